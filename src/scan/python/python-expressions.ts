import type { SyntaxNode } from '../shared/syntax-tree.js';
import type { Value } from '../shared/code-facts.js';
import { constant, unknownValue } from '../shared/code-facts.js';
import { MAX_DEPTH, locOf } from '../shared/fact-collector.js';
import { UNKNOWN_PART, concatTexts, formatPercent } from '../shared/fold-strings.js';
import { derived, withTaints } from '../shared/merge-values.js';
import { evalPythonCall } from './python-calls.js';
import { evalGenerator } from './python-generators.js';
import type { PythonContext } from './python-context.js';
import { foldPythonString } from './python-strings.js';
import { environmentRead } from '../shared/environment-reads.js';

// Names that reach builtins or other modules by string, so a subscript on them names a function.
const namespaceRefs = new Set([
  'globals()',
  'locals()',
  'vars()',
  'builtins',
  '__builtins__',
  'sys.modules',
]);

export function evalPython(node: SyntaxNode, ctx: PythonContext): Value {
  if (ctx.depth > MAX_DEPTH) return unknownValue;
  ctx.depth++;
  try {
    return evalNode(node, ctx);
  } finally {
    ctx.depth--;
  }
}

function evalNode(node: SyntaxNode, ctx: PythonContext): Value {
  switch (node.type) {
    case 'string':
      return evalString(node, ctx);
    case 'concatenated_string':
      return derived([], concatTexts(node.namedChildren.map((part) => evalPython(part, ctx).text)));
    case 'integer':
    case 'float':
      return constant(node.text);
    case 'identifier':
      return ctx.scope.get(node.text) ?? { taints: new Set(), ref: node.text };
    case 'attribute':
      return evalAttribute(node, ctx);
    case 'subscript':
      return evalSubscript(node, ctx);
    case 'call':
      return evalPythonCall(node, ctx);
    case 'binary_operator':
      return evalBinary(node, ctx);
    case 'list':
    case 'tuple':
    case 'set':
    case 'expression_list':
      return evalSequence(node, ctx);
    case 'dictionary':
      return evalDictionary(node, ctx);
    case 'parenthesized_expression':
    case 'await':
      return node.namedChildren[0] ? evalPython(node.namedChildren[0], ctx) : unknownValue;
    case 'lambda':
      return unknownValue;
    case 'list_comprehension':
    case 'set_comprehension':
    case 'generator_expression':
      return evalGenerator(node, ctx);
    default:
      return derived(node.namedChildren.map((child) => evalPython(child, ctx)));
  }
}

function evalString(node: SyntaxNode, ctx: PythonContext): Value {
  const text = foldPythonString(node, (expression) => evalPython(expression, ctx).text);
  const taints = derived(
    node.namedChildren
      .filter((child) => child.type === 'interpolation')
      .map((child) => evalPython(child, ctx)),
  ).taints;
  if (text !== undefined && text.length > 1) ctx.facts.strings.push({ text, loc: locOf(node) });
  return text === undefined ? { taints } : { text, taints };
}

function evalAttribute(node: SyntaxNode, ctx: PythonContext): Value {
  const stored = ctx.scope.get(node.text);
  if (stored) return stored;
  const object = node.childForFieldName('object');
  const name = node.childForFieldName('attribute')?.text ?? '';
  const base = object ? evalPython(object, ctx) : unknownValue;
  const ref = base.ref ? `${base.ref}.${name}` : undefined;
  let value: Value = derived([base]);
  if (ref) value = base.viaString ? { ...value, ref, viaString: true } : { ...value, ref };
  if (ref === 'os.environ' || ref === 'os.environb') value = withTaints(value, 'secret');
  if (base.handle?.kind === 'http') value = withTaints(value, 'network');
  if (base.handle) value = { ...value, handle: base.handle };
  return value;
}

function evalSubscript(node: SyntaxNode, ctx: PythonContext): Value {
  const target = node.childForFieldName('value');
  const index = node.childForFieldName('subscript');
  const base = target ? evalPython(target, ctx) : unknownValue;
  const key = index ? evalPython(index, ctx) : unknownValue;
  if (base.ref && namespaceRefs.has(base.ref) && key.text !== undefined) {
    return { taints: new Set(), ref: key.text, viaString: true };
  }
  if (
    index?.type === 'slice' &&
    index.text.replace(/\s/g, '') === '::-1' &&
    base.text !== undefined
  ) {
    return { ...derived([base]), text: [...base.text].reverse().join('') };
  }
  const item =
    key.text !== undefined && /^\d+$/.test(key.text) ? base.items?.[Number(key.text)] : undefined;
  const field = key.text !== undefined ? base.fields?.get(key.text) : undefined;
  const picked = item ?? field;
  if (picked) return picked;
  const value = derived([base]);
  if (base.ref === 'os.environ' || base.ref === 'os.environb')
    return environmentRead(key.text, value);
  return base.handle ? { ...value, handle: base.handle } : value;
}

function evalBinary(node: SyntaxNode, ctx: PythonContext): Value {
  const left = evalPython(node.childForFieldName('left') ?? node, ctx);
  const right = evalPython(node.childForFieldName('right') ?? node, ctx);
  const operator = node.childForFieldName('operator')?.text;
  if (operator === '+' && (left.text !== undefined || right.text !== undefined)) {
    return derived([left, right], concatTexts([left.text, right.text]));
  }
  if (operator === '%' && left.text !== undefined) {
    const values = right.items ? right.items.map((item) => item.text) : [right.text];
    return derived([left, right], formatPercent(left.text, values));
  }
  if (operator === '*' && left.text !== undefined && right.text === undefined) {
    return derived([left, right], `${left.text}${UNKNOWN_PART}`);
  }
  return derived([left, right]);
}

function evalSequence(node: SyntaxNode, ctx: PythonContext): Value {
  const items = node.namedChildren
    .filter((child) => child.type !== 'comment')
    .map((child) => evalPython(child, ctx));
  return { ...derived(items), items };
}

function evalDictionary(node: SyntaxNode, ctx: PythonContext): Value {
  const fields = new Map<string, Value>();
  const all: Value[] = [];
  for (const pair of node.namedChildren) {
    const keyNode = pair.childForFieldName('key');
    const valueNode = pair.childForFieldName('value');
    const value = evalPython(valueNode ?? pair, ctx);
    all.push(value);
    const key = keyNode ? evalPython(keyNode, ctx).text : undefined;
    if (key !== undefined) fields.set(key, value);
  }
  return { ...derived(all), fields };
}

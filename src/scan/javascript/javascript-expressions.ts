import type { SyntaxNode } from '../shared/syntax-tree.js';
import type { Value } from '../shared/code-facts.js';
import { constant, unknownValue } from '../shared/code-facts.js';
import { MAX_DEPTH, locOf } from '../shared/fact-collector.js';
import { concatTexts } from '../shared/fold-strings.js';
import { evalJavascriptCall } from './javascript-calls.js';
import { normaliseJsRef } from './javascript-refs.js';
import { javascriptSecretRefs } from './javascript-call-table.js';
import type { JavascriptContext } from './javascript-context.js';
import { derived, withTaints } from '../shared/merge-values.js';
import { decodeEscape } from '../shared/string-escapes.js';
import { environmentRead } from '../shared/environment-reads.js';

export function evalJs(node: SyntaxNode, ctx: JavascriptContext): Value {
  if (ctx.depth > MAX_DEPTH) return unknownValue;
  ctx.depth++;
  try {
    return evalNode(node, ctx);
  } finally {
    ctx.depth--;
  }
}

function evalNode(node: SyntaxNode, ctx: JavascriptContext): Value {
  switch (node.type) {
    case 'string':
    case 'template_string':
      return evalString(node, ctx);
    case 'number':
      return constant(node.text);
    case 'identifier':
    case 'this':
      return ctx.scope.get(node.text) ?? { taints: new Set(), ref: node.text };
    case 'member_expression':
    case 'subscript_expression':
      return evalMember(node, ctx);
    case 'call_expression':
    case 'new_expression':
      return evalJavascriptCall(node, ctx);
    case 'binary_expression':
      return evalBinary(node, ctx);
    case 'array':
      return evalArray(node, ctx);
    case 'object':
      return evalObject(node, ctx);
    case 'parenthesized_expression':
    case 'await_expression':
    case 'as_expression':
    case 'non_null_expression':
    case 'satisfies_expression':
      return node.namedChildren[0] ? evalJs(node.namedChildren[0], ctx) : unknownValue;
    case 'arrow_function':
    case 'function_expression':
    case 'function':
      ctx.walkFunction(node);
      return unknownValue;
    default:
      return derived(node.namedChildren.map((child) => evalJs(child, ctx)));
  }
}

function evalString(node: SyntaxNode, ctx: JavascriptContext): Value {
  const parts: (string | undefined)[] = [];
  const values: Value[] = [];
  for (const child of node.namedChildren) {
    if (child.type === 'string_fragment') parts.push(child.text);
    else if (child.type === 'escape_sequence') parts.push(decodeEscape(child.text));
    else if (child.type === 'template_substitution') {
      const value = child.namedChildren[0] ? evalJs(child.namedChildren[0], ctx) : unknownValue;
      values.push(value);
      parts.push(value.text);
    }
  }
  const text = parts.length === 0 ? '' : concatTexts(parts);
  if (text !== undefined && text.length > 1) ctx.facts.strings.push({ text, loc: locOf(node) });
  return derived(values, text);
}

function evalMember(node: SyntaxNode, ctx: JavascriptContext): Value {
  const object = node.childForFieldName('object');
  const property = node.childForFieldName('property') ?? node.childForFieldName('index');
  const base = object ? evalJs(object, ctx) : unknownValue;
  const computed = node.type === 'subscript_expression';
  const key = computed ? (property ? evalJs(property, ctx).text : undefined) : property?.text;
  let value: Value = derived([base]);
  if (base.ref && key !== undefined) {
    const ref = normaliseJsRef(`${base.ref}.${key}`);
    value = { ...value, ref, ...(computed || base.viaString ? { viaString: true } : {}) };
  }
  const field =
    key === undefined ? undefined : (base.fields?.get(key) ?? base.items?.[Number(key)]);
  if (field) return field;
  if (value.ref && javascriptSecretRefs.test(value.ref)) value = withTaints(value, 'secret');
  const variable = /^(?:process\.env|Deno\.env|Bun\.env)\.(\w+)$/.exec(value.ref ?? '')?.[1];
  if (variable) value = environmentRead(variable, value);
  if (base.handle?.kind === 'http') value = withTaints(value, 'network');
  return base.handle ? { ...value, handle: base.handle } : value;
}

function evalBinary(node: SyntaxNode, ctx: JavascriptContext): Value {
  const left = evalJs(node.childForFieldName('left') ?? node, ctx);
  const right = evalJs(node.childForFieldName('right') ?? node, ctx);
  const operator = node.childForFieldName('operator')?.text;
  if (operator === '+' && (left.text !== undefined || right.text !== undefined)) {
    return derived([left, right], concatTexts([left.text, right.text]));
  }
  return derived([left, right]);
}

function evalArray(node: SyntaxNode, ctx: JavascriptContext): Value {
  const items = node.namedChildren
    .filter((child) => child.type !== 'comment')
    .map((child) => evalJs(child, ctx));
  return { ...derived(items), items };
}

function evalObject(node: SyntaxNode, ctx: JavascriptContext): Value {
  const fields = new Map<string, Value>();
  const all: Value[] = [];
  for (const pair of node.namedChildren) {
    const valueNode = pair.type === 'pair' ? pair.childForFieldName('value') : pair;
    const value = valueNode ? evalJs(valueNode, ctx) : unknownValue;
    all.push(value);
    const keyNode = pair.childForFieldName('key');
    const key =
      keyNode?.type === 'string'
        ? evalJs(keyNode, ctx).text
        : (keyNode?.text ??
          (pair.type === 'shorthand_property_identifier' ? pair.text : undefined));
    if (key !== undefined) fields.set(key, value);
  }
  return { ...derived(all), fields };
}

import type { SyntaxNode } from '../shared/syntax-tree.js';
import { unknownValue } from '../shared/code-facts.js';
import type { Value } from '../shared/code-facts.js';
import { MAX_DEPTH, evidenceOf, locOf } from '../shared/fact-collector.js';
import { concatTexts } from '../shared/fold-strings.js';
import { derived } from '../shared/merge-values.js';
import type { PythonContext } from './python-context.js';
import { LOCAL_FUNCTION } from './python-context.js';
import { evalPython } from './python-expressions.js';
import { element } from './python-generators.js';
import { bindTarget } from './python-targets.js';

export function walkPython(node: SyntaxNode, ctx: PythonContext): void {
  if (ctx.depth > MAX_DEPTH) return;
  ctx.depth++;
  try {
    walkNode(node, ctx);
  } finally {
    ctx.depth--;
  }
}

function walkNode(node: SyntaxNode, ctx: PythonContext): void {
  switch (node.type) {
    case 'import_statement':
      return importModules(node, ctx);
    case 'import_from_statement':
      return importNames(node, ctx);
    case 'assignment':
      return assign(node, ctx);
    case 'augmented_assignment':
      return augment(node, ctx);
    case 'with_statement':
      return withStatement(node, ctx);
    case 'for_statement':
    case 'while_statement':
      return loop(node, ctx);
    case 'function_definition':
    case 'class_definition':
      return define(node, ctx);
    case 'decorated_definition':
      return decorated(node, ctx);
    case 'return_statement':
      return returns(node, ctx);
    case 'expression_statement':
      for (const child of node.namedChildren) walkOrEval(child, ctx);
      return;
    default:
      for (const child of node.namedChildren) walkOrEval(child, ctx);
  }
}

const statementLike =
  /(_statement|_clause|^block$|^module$|^assignment$|^augmented_assignment$|_definition$|^comment$)/;

function walkOrEval(node: SyntaxNode, ctx: PythonContext): void {
  if (node.type === 'comment') return;
  if (statementLike.test(node.type)) walkPython(node, ctx);
  else evalPython(node, ctx);
}

function importModules(node: SyntaxNode, ctx: PythonContext): void {
  for (const name of node.namedChildren) {
    if (name.type === 'aliased_import') {
      const module = name.childForFieldName('name')?.text ?? '';
      const alias = name.childForFieldName('alias')?.text ?? module;
      ctx.scope.set(alias, { taints: new Set(), ref: module });
    } else {
      const root = name.text.split('.')[0] ?? name.text;
      ctx.scope.set(root, { taints: new Set(), ref: root });
    }
  }
}

function importNames(node: SyntaxNode, ctx: PythonContext): void {
  const module = node.childForFieldName('module_name')?.text ?? '';
  for (const name of node.childrenForFieldName('name')) {
    const original =
      (name.type === 'aliased_import' ? name.childForFieldName('name') : name)?.text ?? '';
    const alias =
      (name.type === 'aliased_import' ? name.childForFieldName('alias')?.text : undefined) ??
      original;
    ctx.scope.set(alias, { taints: new Set(), ref: `${module}.${original}` });
  }
}

function assign(node: SyntaxNode, ctx: PythonContext): void {
  const left = node.childForFieldName('left');
  const right = node.childForFieldName('right');
  const value = right ? evalPython(right, ctx) : unknownValue;
  if (left) bindTarget(left, value, ctx);
}

function augment(node: SyntaxNode, ctx: PythonContext): void {
  const left = node.childForFieldName('left');
  const right = node.childForFieldName('right');
  if (!left || !right) return;
  const before = evalPython(left, ctx);
  const added = evalPython(right, ctx);
  const plus = node.childForFieldName('operator')?.text === '+=';
  bindTarget(
    left,
    derived([before, added], plus ? concatTexts([before.text, added.text]) : undefined),
    ctx,
  );
}

function withStatement(node: SyntaxNode, ctx: PythonContext): void {
  const clause = node.namedChildren.find((child) => child.type === 'with_clause');
  for (const item of clause?.namedChildren ?? []) {
    const pattern = item.childForFieldName('value');
    if (pattern?.type === 'as_pattern') {
      const value = pattern.namedChildren[0]
        ? evalPython(pattern.namedChildren[0], ctx)
        : unknownValue;
      const target = pattern.childForFieldName('alias')?.namedChildren[0];
      if (target) bindTarget(target, value, ctx);
    } else if (pattern) evalPython(pattern, ctx);
  }
  const body = node.childForFieldName('body');
  if (body) walkPython(body, ctx);
}

function loop(node: SyntaxNode, ctx: PythonContext): void {
  const left = node.childForFieldName('left');
  const right = node.childForFieldName('right');
  const condition = node.childForFieldName('condition');
  if (right && left) bindTarget(left, element(evalPython(right, ctx)), ctx);
  if (condition) evalPython(condition, ctx);
  const wasInLoop = ctx.inLoop;
  ctx.inLoop = true;
  for (const child of node.namedChildren)
    if (child !== left && child !== right && child !== condition) walkOrEval(child, ctx);
  ctx.inLoop = wasInLoop;
}

function define(node: SyntaxNode, ctx: PythonContext): void {
  const name = node.childForFieldName('name')?.text ?? '';
  ctx.facts.functions.push({ name, loc: locOf(node) });
  ctx.scope.set(name, { taints: new Set(), ref: `${LOCAL_FUNCTION}${name}` });
  ctx.deferred.push({ name, node, scope: ctx.scope });
}

function decorated(node: SyntaxNode, ctx: PythonContext): void {
  for (const decorator of node.namedChildren.filter((child) => child.type === 'decorator')) {
    const expression = decorator.namedChildren[0];
    const name =
      (expression?.type === 'call' ? expression.childForFieldName('function') : expression)?.text ??
      '';
    ctx.facts.decorators.push({ name, loc: locOf(decorator), evidence: evidenceOf(decorator) });
    if (expression) evalPython(expression, ctx);
  }
  const definition = node.childForFieldName('definition');
  if (definition) walkPython(definition, ctx);
}

function returns(node: SyntaxNode, ctx: PythonContext): void {
  const expression = node.namedChildren[0];
  const value: Value = expression ? evalPython(expression, ctx) : unknownValue;
  if (!ctx.currentFunction) return;
  const seen = ctx.returns.get(ctx.currentFunction) ?? [];
  seen.push(value);
  ctx.returns.set(ctx.currentFunction, seen);
}

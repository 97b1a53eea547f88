import type { SyntaxNode } from '../shared/syntax-tree.js';
import type { CallFact, FileFacts, Value } from '../shared/code-facts.js';
import { unknownValue } from '../shared/code-facts.js';
import {
  FactCollector,
  Scope,
  collectComments,
  deeper,
  evidenceOf,
  locOf,
} from '../shared/fact-collector.js';
import type { GoContext } from './go-context.js';
import { evalGo } from './go-expressions.js';

/** Lowers a Go syntax tree into facts: imports resolve package names, assignments carry values. */
export function goFacts(root: SyntaxNode, path: string): FileFacts {
  const ctx: GoContext = {
    scope: new Scope(),
    facts: new FactCollector(),
    imports: new Map(),
    inLoop: false,
    depth: 0,
  };
  for (const spec of root.descendantsOfType('import_spec')) importSpec(spec, ctx);
  walkGo(root, ctx);
  collectComments(root, ctx.facts.comments);
  return ctx.facts.finish(path, 'go');
}

// cgo: `import "C"` compiles the C in the comment above it into the package.
function importSpec(spec: SyntaxNode, ctx: GoContext): void {
  const path = (spec.childForFieldName('path')?.text ?? '').slice(1, -1);
  const alias = spec.childForFieldName('name')?.text;
  const name = alias ?? path.split('/').pop() ?? path;
  if (name !== '_' && name !== '.') ctx.imports.set(name, path);
  if (path === 'C') ctx.facts.calls.push(importFact(spec, 'cgo.import'));
}

function importFact(node: SyntaxNode, callee: string): CallFact {
  return {
    capability: 'native',
    callee,
    args: [],
    kwargs: new Map(),
    loc: locOf(node),
    inLoop: false,
    evidence: evidenceOf(node),
    computedCallee: false,
  };
}

function walkGo(node: SyntaxNode, ctx: GoContext): void {
  deeper(ctx, undefined, () => walkNode(node, ctx));
}

const expression = /(_expression|_literal)$|^identifier$/;

function walkNode(node: SyntaxNode, ctx: GoContext): void {
  switch (node.type) {
    case 'import_declaration':
    case 'comment':
      return;
    case 'function_declaration':
    case 'method_declaration':
      ctx.facts.functions.push({
        name: node.childForFieldName('name')?.text ?? '',
        loc: locOf(node),
      });
      return inScope(node, ctx);
    case 'func_literal':
      return inScope(node, ctx);
    case 'short_var_declaration':
    case 'assignment_statement':
      return assign(node.childForFieldName('left'), node.childForFieldName('right'), ctx);
    case 'var_spec':
    case 'const_spec':
      return declare(node, ctx);
    case 'for_statement':
      return loop(node, ctx);
    default:
      for (const child of node.namedChildren) {
        if (expression.test(child.type)) evalGo(child, ctx);
        else walkGo(child, ctx);
      }
  }
}

function inScope(node: SyntaxNode, ctx: GoContext): void {
  const outer = ctx.scope;
  ctx.scope = outer.child();
  try {
    const body = node.childForFieldName('body');
    if (body) walkGo(body, ctx);
  } finally {
    ctx.scope = outer;
  }
}

function loop(node: SyntaxNode, ctx: GoContext): void {
  const outer = ctx.inLoop;
  ctx.inLoop = true;
  try {
    for (const child of node.namedChildren) walkGo(child, ctx);
  } finally {
    ctx.inLoop = outer;
  }
}

// `a, err := f()` binds the call's value to the first name; the rest (errors, ok) stay unknown.
function assign(left: SyntaxNode | null, right: SyntaxNode | null, ctx: GoContext): void {
  const values: Value[] = (right?.namedChildren ?? []).map((child) => evalGo(child, ctx));
  const names = left?.namedChildren ?? [];
  names.forEach((name, index) => {
    if (name.type !== 'identifier' || name.text === '_') return;
    ctx.scope.set(name.text, values[index] ?? unknownValue);
  });
}

function declare(node: SyntaxNode, ctx: GoContext): void {
  const value = node.childForFieldName('value');
  const values = (value?.namedChildren ?? []).map((child) => evalGo(child, ctx));
  node.childrenForFieldName('name').forEach((name, index) => {
    ctx.scope.set(name.text, values[index] ?? unknownValue);
  });
}

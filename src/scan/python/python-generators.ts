import type { SyntaxNode } from '../shared/syntax-tree.js';
import type { Value } from '../shared/code-facts.js';
import { derived, mergeValues } from '../shared/merge-values.js';
import type { PythonContext } from './python-context.js';
import { bindTarget } from './python-targets.js';

// Unrolling stops here: longer literal lists are data tables, not an obfuscated name.
const MAX_UNROLL = 4096;

/**
 * A comprehension over a literal list is unrolled, so ''.join(chr(c) for c in [111, 115])
 * folds to 'os'. The unrolled passes are muted; one ordinary pass records the calls.
 */
export function evalGenerator(node: SyntaxNode, ctx: PythonContext): Value {
  const body = node.childForFieldName('body');
  const clause = node.namedChildren.find((child) => child.type === 'for_in_clause');
  const target = clause?.childForFieldName('left');
  const iterable = clause?.childForFieldName('right');
  if (!body || !target || !iterable)
    return derived(node.namedChildren.map((child) => ctx.evaluate.expression(child, ctx)));
  const source = ctx.evaluate.expression(iterable, ctx);
  const saved = ctx.scope;
  ctx.scope = saved.child();
  try {
    const items = unroll({ body, target, source }, ctx);
    bindTarget(target, mergeValues(source.items ?? [element(source)]), ctx);
    for (const condition of node.namedChildren.filter((child) => child.type === 'if_clause'))
      ctx.evaluate.expression(condition, ctx);
    const value = ctx.evaluate.expression(body, ctx);
    return items ? { ...derived([value, source]), items } : derived([value, source]);
  } finally {
    ctx.scope = saved;
  }
}

function unroll(
  generator: { readonly body: SyntaxNode; readonly target: SyntaxNode; readonly source: Value },
  ctx: PythonContext,
): Value[] | undefined {
  const { body, target, source } = generator;
  if (!source.items || source.items.length > MAX_UNROLL) return undefined;
  ctx.muted++;
  try {
    return source.items.map((item) => {
      bindTarget(target, item, ctx);
      return ctx.evaluate.expression(body, ctx);
    });
  } finally {
    ctx.muted--;
  }
}

/** What iterating over a value yields: its items, or the value itself (a file's lines, processes). */
export function element(source: Value): Value {
  if (source.items && source.items.length > 0) return mergeValues(source.items);
  const { text: _text, ...rest } = source;
  return rest;
}

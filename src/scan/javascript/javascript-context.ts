import type { SyntaxNode } from '../shared/syntax-tree.js';
import type { Value } from '../shared/code-facts.js';
import type { FactCollector, Scope } from '../shared/fact-collector.js';

/** State of the walk over one JavaScript/TypeScript file. */
export interface JavascriptContext {
  /** The expression evaluator, passed in so that call lowering need not import its caller. */
  readonly evaluate: (node: SyntaxNode, ctx: JavascriptContext) => Value;
  scope: Scope;
  readonly facts: FactCollector;
  inLoop: boolean;
  depth: number;
  /** Walks a nested function body in its own scope (set by the statement walker). */
  readonly walkFunction: (node: SyntaxNode) => void;
}

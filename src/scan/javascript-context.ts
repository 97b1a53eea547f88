import type { SyntaxNode } from './syntax-tree.js';
import type { FactCollector, Scope } from './fact-collector.js';

/** State of the walk over one JavaScript/TypeScript file. */
export interface JavascriptContext {
  scope: Scope;
  readonly facts: FactCollector;
  inLoop: boolean;
  depth: number;
  /** Walks a nested function body in its own scope (set by the statement walker). */
  readonly walkFunction: (node: SyntaxNode) => void;
}

import type { SyntaxNode } from '../shared/syntax-tree.js';
import type { Value } from '../shared/code-facts.js';
import type { FactCollector, Scope } from '../shared/fact-collector.js';

/** A function body waiting to be analysed once the module scope is complete. */
export interface DeferredFunction {
  readonly name: string;
  readonly node: SyntaxNode;
  readonly scope: Scope;
}

/**
 * The expression evaluator, passed in the context so that calls and generators (which evaluate
 * their arguments) need not import the evaluator that calls them.
 */
export interface PythonEvaluator {
  expression(node: SyntaxNode, ctx: PythonContext): Value;
  generator(node: SyntaxNode, ctx: PythonContext): Value;
}

/** State of one analysis round over a Python file. */
export interface PythonContext {
  readonly evaluate: PythonEvaluator;
  scope: Scope;
  readonly facts: FactCollector;
  inLoop: boolean;
  depth: number;
  /** Above zero while evaluating speculatively (unrolled generators): calls are not recorded. */
  muted: number;
  /** Name of the function whose body is being walked, for return values. */
  currentFunction: string | null;
  readonly deferred: DeferredFunction[];
  /** Arguments seen at call sites of local functions, this round. */
  readonly callSites: Map<string, Value[][]>;
  /** Return values of local functions, this round. */
  readonly returns: Map<string, Value[]>;
  /** What the previous round learnt: merged parameter bindings and return values. */
  readonly previous: {
    readonly params: ReadonlyMap<string, readonly Value[]>;
    readonly returns: ReadonlyMap<string, Value>;
  };
}

/** Marks a value as a local function, so calls to it can bind parameters. */
export const LOCAL_FUNCTION = '<local>.';

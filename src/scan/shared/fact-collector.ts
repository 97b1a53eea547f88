import type { SyntaxNode } from './syntax-tree.js';
import type {
  CallFact,
  CommentFact,
  DecoratorFact,
  FileFacts,
  Loc,
  StringFact,
  Value,
} from './code-facts.js';

// Evidence is shown to reviewers and in SARIF; one long minified line must not flood them.
const MAX_EVIDENCE = 200;
// Deeper syntax than this is pathological (generated or hostile); we stop descending, never crash.
export const MAX_DEPTH = 150;

export function locOf(node: SyntaxNode): Loc {
  return {
    line: node.startPosition.row + 1,
    column: node.startPosition.column + 1,
    endLine: node.endPosition.row + 1,
  };
}

export function evidenceOf(node: SyntaxNode): string {
  const firstLine = node.text.split('\n', 1)[0] ?? '';
  return firstLine.length > MAX_EVIDENCE ? `${firstLine.slice(0, MAX_EVIDENCE)}…` : firstLine;
}

/** Runs `step` one level deeper; past MAX_DEPTH it returns `fallback` instead of descending. */
export function deeper<T>(ctx: { depth: number }, fallback: T, step: () => T): T {
  if (ctx.depth > MAX_DEPTH) return fallback;
  ctx.depth++;
  try {
    return step();
  } finally {
    ctx.depth--;
  }
}

/** Lexical scopes: a chain of maps from a name to its abstract value. */
export class Scope {
  private readonly names = new Map<string, Value>();
  constructor(private readonly parent?: Scope) {}
  get(name: string): Value | undefined {
    return this.names.get(name) ?? this.parent?.get(name);
  }
  set(name: string, value: Value): void {
    this.names.set(name, value);
  }
  child(): Scope {
    return new Scope(this);
  }
}

/** Accumulates facts while a front end walks one file. */
export class FactCollector {
  readonly calls: CallFact[] = [];
  readonly strings: StringFact[] = [];
  readonly comments: CommentFact[] = [];
  readonly decorators: DecoratorFact[] = [];
  readonly functions: { name: string; loc: Loc }[] = [];

  finish(path: string, language: string): FileFacts {
    return {
      path,
      language,
      calls: this.calls,
      strings: this.strings,
      comments: this.comments,
      decorators: this.decorators,
      functions: this.functions,
    };
  }
}

/** Collects every comment node; the search runs inside WASM, so only comments are marshalled. */
export function collectComments(root: SyntaxNode, into: CommentFact[]): void {
  for (const node of root.descendantsOfType('comment')) {
    if (node) into.push({ text: node.text, loc: locOf(node) });
  }
}

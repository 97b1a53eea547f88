// The syntax tree the front ends read, held in plain JavaScript objects. Every property of a
// web-tree-sitter node is a call into WASM that allocates a fresh wrapper, and each Python file is
// walked twice (see python-facts.ts), so the tree is copied out once with a cursor instead.
// The copy keeps named nodes and every node that fills a field (operators included); bare
// punctuation and keywords are left out of `children`.

/** A row and column, both zero-based; columns count UTF-16 code units, as web-tree-sitter does. */
export interface Point {
  readonly row: number;
  readonly column: number;
}

/** The parts of a tree-sitter cursor the copy reads; web-tree-sitter's TreeCursor has them. */
export interface SyntaxCursor {
  readonly nodeTypeId: number;
  readonly currentFieldId: number;
  readonly startIndex: number;
  readonly endIndex: number;
  gotoFirstChild(): boolean;
  gotoNextSibling(): boolean;
  gotoParent(): boolean;
}

/** A grammar's symbol tables, indexed by the ids the cursor reports. */
export interface GrammarSymbols {
  readonly types: readonly (string | null | undefined)[];
  readonly fields: readonly (string | null | undefined)[];
  readonly named: readonly boolean[];
}

/** Source text plus line starts, so positions are computed only for nodes that report them. */
class SourceText {
  private lineStarts: number[] | undefined;
  constructor(readonly text: string) {}

  pointAt(index: number): Point {
    const starts = (this.lineStarts ??= lineStartsOf(this.text));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= index) low = middle;
      else high = middle - 1;
    }
    return { row: low, column: index - (starts[low] ?? 0) };
  }
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

const noChildren: readonly SyntaxNode[] = [];

export class SyntaxNode {
  children: readonly SyntaxNode[] = noChildren;
  private named: readonly SyntaxNode[] | undefined;

  constructor(
    private readonly source: SourceText,
    readonly type: string,
    readonly isNamed: boolean,
    /** The field this node fills in its parent ('left', 'body', …), if any. */
    readonly field: string | undefined,
    readonly startIndex: number,
    readonly endIndex: number,
  ) {}

  get text(): string {
    return this.source.text.slice(this.startIndex, this.endIndex);
  }

  get startPosition(): Point {
    return this.source.pointAt(this.startIndex);
  }

  get endPosition(): Point {
    return this.source.pointAt(this.endIndex);
  }

  get namedChildren(): readonly SyntaxNode[] {
    this.named ??= this.children.filter((child) => child.isNamed);
    return this.named;
  }

  get namedChildCount(): number {
    return this.namedChildren.length;
  }

  namedChild(index: number): SyntaxNode | null {
    return this.namedChildren[index] ?? null;
  }

  childForFieldName(field: string): SyntaxNode | null {
    for (const child of this.children) if (child.field === field) return child;
    return null;
  }

  childrenForFieldName(field: string): SyntaxNode[] {
    return this.children.filter((child) => child.field === field);
  }

  /** Every descendant of the type, in source order; iterative, so deep nesting cannot overflow. */
  descendantsOfType(type: string): SyntaxNode[] {
    const out: SyntaxNode[] = [];
    const stack: SyntaxNode[] = [this];
    for (let node = stack.pop(); node; node = stack.pop()) {
      if (node.type === type) out.push(node);
      for (let i = node.children.length - 1; i >= 0; i--)
        stack.push(node.children[i] as SyntaxNode);
    }
    return out;
  }
}

/** What stays the same while one tree is copied, passed to the per-node helpers. */
interface TreeCopy {
  readonly cursor: SyntaxCursor;
  readonly symbols: GrammarSymbols;
  readonly source: SourceText;
}

function nodeAt(copy: TreeCopy, typeId: number, fieldId: number): SyntaxNode {
  const { cursor, symbols, source } = copy;
  return new SyntaxNode(
    source,
    symbols.types[typeId] ?? 'ERROR',
    symbols.named[typeId] ?? true,
    symbols.fields[fieldId] ?? undefined,
    cursor.startIndex,
    cursor.endIndex,
  );
}

/** Punctuation and keywords that fill no field; no front end reads them, so they are not copied. */
function isBareToken(copy: TreeCopy, typeId: number, fieldId: number) {
  const { cursor, symbols } = copy;
  if (symbols.named[typeId] !== false || fieldId !== 0) return false;
  if (!cursor.gotoFirstChild()) return true;
  cursor.gotoParent();
  return false;
}

/**
 * Copies the tree under the cursor into SyntaxNodes, depth first without recursion (hostile input
 * nests thousands deep). Costs a handful of WASM calls per node, once, instead of per property read.
 */
export function copySyntaxTree(
  cursor: SyntaxCursor,
  symbols: GrammarSymbols,
  text: string,
): SyntaxNode {
  const copy: TreeCopy = { cursor, symbols, source: new SourceText(text) };
  const root = nodeAt(copy, cursor.nodeTypeId, 0);
  const parents: SyntaxNode[] = [];
  const siblings: SyntaxNode[][] = [];
  if (!cursor.gotoFirstChild()) return root;
  let parent = root;
  let kids: SyntaxNode[] = [];
  for (;;) {
    const typeId = cursor.nodeTypeId;
    const fieldId = cursor.currentFieldId;
    if (!isBareToken(copy, typeId, fieldId)) {
      const node = nodeAt(copy, typeId, fieldId);
      kids.push(node);
      if (cursor.gotoFirstChild()) {
        parents.push(parent);
        siblings.push(kids);
        parent = node;
        kids = [];
        continue;
      }
    }
    while (!cursor.gotoNextSibling()) {
      cursor.gotoParent();
      parent.children = kids;
      const up = parents.pop();
      if (!up) return root;
      parent = up;
      kids = siblings.pop() ?? [];
    }
  }
}

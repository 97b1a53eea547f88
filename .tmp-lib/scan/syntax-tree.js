// The syntax tree the front ends read, held in plain JavaScript objects. Every property of a
// web-tree-sitter node is a call into WASM that allocates a fresh wrapper, and each Python file is
// walked twice (see python-facts.ts), so the tree is copied out once with a cursor instead.
/** Source text plus line starts, so positions are computed only for nodes that report them. */
class SourceText {
    text;
    lineStarts;
    constructor(text) {
        this.text = text;
    }
    pointAt(index) {
        const starts = (this.lineStarts ??= lineStartsOf(this.text));
        let low = 0;
        let high = starts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if ((starts[middle] ?? 0) <= index)
                low = middle;
            else
                high = middle - 1;
        }
        return { row: low, column: index - (starts[low] ?? 0) };
    }
}
function lineStartsOf(text) {
    const starts = [0];
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1))
        starts.push(at + 1);
    return starts;
}
const noChildren = [];
export class SyntaxNode {
    source;
    type;
    isNamed;
    field;
    startIndex;
    endIndex;
    children = noChildren;
    named;
    constructor(source, type, isNamed, 
    /** The field this node fills in its parent ('left', 'body', …), if any. */
    field, startIndex, endIndex) {
        this.source = source;
        this.type = type;
        this.isNamed = isNamed;
        this.field = field;
        this.startIndex = startIndex;
        this.endIndex = endIndex;
    }
    get text() {
        return this.source.text.slice(this.startIndex, this.endIndex);
    }
    get startPosition() {
        return this.source.pointAt(this.startIndex);
    }
    get endPosition() {
        return this.source.pointAt(this.endIndex);
    }
    get namedChildren() {
        this.named ??= this.children.filter((child) => child.isNamed);
        return this.named;
    }
    get namedChildCount() {
        return this.namedChildren.length;
    }
    namedChild(index) {
        return this.namedChildren[index] ?? null;
    }
    childForFieldName(field) {
        for (const child of this.children)
            if (child.field === field)
                return child;
        return null;
    }
    childrenForFieldName(field) {
        return this.children.filter((child) => child.field === field);
    }
    /** Every descendant of the type, in source order; iterative, so deep nesting cannot overflow. */
    descendantsOfType(type) {
        const out = [];
        const stack = [this];
        for (let node = stack.pop(); node; node = stack.pop()) {
            if (node.type === type)
                out.push(node);
            for (let i = node.children.length - 1; i >= 0; i--)
                stack.push(node.children[i]);
        }
        return out;
    }
}
function nodeAt(cursor, symbols, source) {
    const typeId = cursor.nodeTypeId;
    return new SyntaxNode(source, symbols.types[typeId] ?? 'ERROR', symbols.named[typeId] ?? true, symbols.fields[cursor.currentFieldId] ?? undefined, cursor.startIndex, cursor.endIndex);
}
/**
 * Copies the tree under the cursor into SyntaxNodes, depth first without recursion (hostile input
 * nests thousands deep). Costs a handful of WASM calls per node, once, instead of per property read.
 */
export function copySyntaxTree(cursor, symbols, text) {
    const source = new SourceText(text);
    const root = nodeAt(cursor, symbols, source);
    const parents = [];
    const siblings = [];
    if (!cursor.gotoFirstChild())
        return root;
    let parent = root;
    let kids = [];
    for (;;) {
        const node = nodeAt(cursor, symbols, source);
        kids.push(node);
        if (cursor.gotoFirstChild()) {
            parents.push(parent);
            siblings.push(kids);
            parent = node;
            kids = [];
            continue;
        }
        while (!cursor.gotoNextSibling()) {
            cursor.gotoParent();
            parent.children = kids;
            const up = parents.pop();
            if (!up)
                return root;
            parent = up;
            kids = siblings.pop() ?? [];
        }
    }
}

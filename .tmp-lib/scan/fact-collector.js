// Evidence is shown to reviewers and in SARIF; one long minified line must not flood them.
const MAX_EVIDENCE = 200;
// Deeper syntax than this is pathological (generated or hostile); we stop descending, never crash.
export const MAX_DEPTH = 150;
export function locOf(node) {
    return {
        line: node.startPosition.row + 1,
        column: node.startPosition.column + 1,
        endLine: node.endPosition.row + 1,
    };
}
export function evidenceOf(node) {
    const firstLine = node.text.split('\n', 1)[0] ?? '';
    return firstLine.length > MAX_EVIDENCE ? `${firstLine.slice(0, MAX_EVIDENCE)}…` : firstLine;
}
/** Lexical scopes: a chain of maps from a name to its abstract value. */
export class Scope {
    parent;
    names = new Map();
    constructor(parent) {
        this.parent = parent;
    }
    get(name) {
        return this.names.get(name) ?? this.parent?.get(name);
    }
    set(name, value) {
        this.names.set(name, value);
    }
    child() {
        return new Scope(this);
    }
}
/** Accumulates facts while a front end walks one file. */
export class FactCollector {
    calls = [];
    strings = [];
    comments = [];
    decorators = [];
    functions = [];
    finish(path, language) {
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
export function collectComments(root, into) {
    for (const node of root.descendantsOfType('comment')) {
        if (node)
            into.push({ text: node.text, loc: locOf(node) });
    }
}

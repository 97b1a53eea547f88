export const id = 471;
export const ids = [471];
export const modules = {

/***/ 3106:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ readGitDiff)
});

// EXTERNAL MODULE: ./node_modules/execa/index.js + 136 modules
var execa = __webpack_require__(2269);
;// CONCATENATED MODULE: ./.build/lib/collect/diff-hunks.js
// Parses `git diff -U0` output into, per file, the new-side lines the patch adds and the places
// where it removes lines. Pure: the git adapter runs git and hands the text here.
/** Undoes git's C-style quoting of unusual path names ("a\\tb", "\\303\\251"). */
function unquoteGitPath(raw) {
    if (!raw.startsWith('"'))
        return raw;
    const bytes = [];
    const body = raw.slice(1, -1);
    const escapes = {
        n: 10,
        t: 9,
        r: 13,
        '"': 34,
        '\\': 92,
        a: 7,
        b: 8,
        f: 12,
        v: 11,
    };
    for (let i = 0; i < body.length; i++) {
        const char = body[i] ?? '';
        if (char !== '\\') {
            bytes.push(...Buffer.from(char, 'utf8'));
            continue;
        }
        const next = body[i + 1] ?? '';
        if (/[0-7]/.test(next)) {
            bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
            i += 3;
        }
        else {
            bytes.push(escapes[next] ?? next.charCodeAt(0));
            i += 1;
        }
    }
    return Buffer.from(bytes).toString('utf8');
}
function stripPrefix(raw) {
    const path = unquoteGitPath(raw.trim());
    if (path === '/dev/null')
        return undefined;
    return path.replace(/^[ab]\//, '');
}
const hunkHeader = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
function parseDiffHunks(diff) {
    const files = new Map();
    let current;
    let oldPath;
    let newLine = 0;
    let anchor = 0;
    for (const line of diff.split('\n')) {
        if (line.startsWith('diff --git '))
            current = undefined;
        else if (line.startsWith('--- '))
            oldPath = stripPrefix(line.slice(4));
        else if (line.startsWith('+++ ')) {
            const path = stripPrefix(line.slice(4)) ?? oldPath ?? '';
            current = { path, added: [], removed: [] };
            files.set(path, current);
        }
        else if (current && line.startsWith('@@')) {
            const match = hunkHeader.exec(line);
            const start = Number(match?.[3] ?? 0);
            const count = match?.[4] === undefined ? 1 : Number(match[4]);
            newLine = start;
            // A pure deletion's header names the line before it; the removal sits after that line.
            anchor = count === 0 ? start + 1 : start;
        }
        else if (current && line.startsWith('+')) {
            current.added.push(newLine++);
            anchor = newLine;
        }
        else if (current && line.startsWith('-'))
            current.removed.push({ anchor, text: line.slice(1) });
    }
    return files;
}

;// CONCATENATED MODULE: ./.build/lib/collect/diff-raw.js
// Parses `git diff --raw -z`: one record per file with modes, blob ids, status and path(s).
function parseRawDiff(raw) {
    const fields = raw.split('\0');
    const out = [];
    for (let i = 0; i < fields.length; i++) {
        const header = fields[i] ?? '';
        if (!header.startsWith(':'))
            continue;
        const [oldMode = '', newMode = '', oldBlob = '', newBlob = '', status = ''] = header
            .slice(1)
            .split(' ');
        const letter = status.charAt(0);
        if (letter === 'R' || letter === 'C') {
            const oldPath = fields[++i] ?? '';
            const path = fields[++i] ?? '';
            out.push({ oldMode, newMode, oldBlob, newBlob, status: letter, path, oldPath });
        }
        else
            out.push({ oldMode, newMode, oldBlob, newBlob, status: letter, path: fields[++i] ?? '' });
    }
    return out;
}

// EXTERNAL MODULE: ./.build/lib/collect/file-changes.js
var file_changes = __webpack_require__(3841);
// EXTERNAL MODULE: ./.build/lib/errors.js
var errors = __webpack_require__(5119);
;// CONCATENATED MODULE: ./.build/lib/adapters/git/git-objects.js
// Reads a change from git objects only: never the work tree, so symlinks in the change are never
// followed and files the patch did not touch cannot be substituted. git runs without a shell.





const ZERO_BLOB = /^0+$/;
const statusNames = {
    A: 'added',
    M: 'modified',
    D: 'deleted',
    R: 'renamed',
    C: 'copied',
    T: 'type-changed',
};
// Old versions are read only where a rule compares before and after.
const needsOldText = /(^|\/)(tests?|__tests__|spec)\/|(^|\/)test_[^/]*\.py$|_test\.py$|\.(test|spec)\.[cm]?[jt]sx?$|(^|\/)conftest\.py$/;
async function git(cwd, args, input) {
    const result = await (0,execa/* execa */.Ho)('git', ['-c', 'core.quotePath=false', ...args], {
        cwd,
        encoding: 'buffer',
        reject: false,
        maxBuffer: 2 ** 31 - 1,
        ...(input === undefined ? {} : { input }),
    });
    if (result.exitCode !== 0)
        throw new errors/* ConfigError */.xL('--diff', `git ${args[0] ?? ''} failed: ${Buffer.from(result.stderr).toString('utf8').trim()}`);
    return Buffer.from(result.stdout);
}
async function resolveCommit(cwd, ref) {
    return (await git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]))
        .toString('utf8')
        .trim();
}
/** Reads many blobs in one `git cat-file --batch`, skipping those over the size cap. */
async function readBlobs(cwd, ids, maxBytes) {
    const out = new Map();
    if (ids.length === 0)
        return out;
    const sizes = (await git(cwd, ['cat-file', '--batch-check'], `${ids.join('\n')}\n`))
        .toString('utf8')
        .trim()
        .split('\n');
    const wanted = [];
    for (const line of sizes) {
        const [id = '', , size = '0'] = line.split(' ');
        if (Number(size) > maxBytes)
            out.set(id, `larger than ${maxBytes} bytes`);
        else
            wanted.push(id);
    }
    if (wanted.length === 0)
        return out;
    const batch = await git(cwd, ['cat-file', '--batch'], `${wanted.join('\n')}\n`);
    let offset = 0;
    while (offset < batch.length) {
        const headerEnd = batch.indexOf(10, offset);
        const [id = '', , size = '0'] = batch.subarray(offset, headerEnd).toString('utf8').split(' ');
        const start = headerEnd + 1;
        out.set(id, new Uint8Array(batch.subarray(start, start + Number(size))));
        offset = start + Number(size) + 1;
    }
    return out;
}
function toChange(raw, hunks, blobs) {
    const content = blobs.get(raw.newBlob);
    const old = blobs.get(raw.oldBlob);
    const fileHunks = hunks.get(raw.path);
    return {
        path: raw.path,
        status: statusNames[raw.status] ?? 'modified',
        oldMode: raw.oldMode,
        newMode: raw.newMode,
        added: fileHunks?.added ?? [],
        removed: fileHunks?.removed ?? (raw.status === 'D' ? [] : []),
        ...(raw.oldPath === undefined ? {} : { oldPath: raw.oldPath }),
        ...(content instanceof Uint8Array
            ? { newBytes: content }
            : typeof content === 'string'
                ? { skipped: content }
                : {}),
        ...(old instanceof Uint8Array ? { oldBytes: old } : {}),
    };
}
async function readGitDiff(range, options) {
    const [baseRef = '', headRef = ''] = range.split('..');
    // Independent git processes run concurrently: start-up dominates a small diff's wall time.
    const [base, head] = await Promise.all([baseRef, headRef].map((ref) => resolveCommit(options.cwd, ref).catch(() => '')));
    if (!base || !head)
        throw new errors/* ConfigError */.xL('--diff', `'${range}' does not name two commits in ${options.cwd}`);
    const common = ['--no-ext-diff', '--no-textconv', '-M', base, head];
    const [rawText, patchText] = await Promise.all([
        git(options.cwd, ['diff', '--raw', '-z', '--no-abbrev', ...common]),
        git(options.cwd, ['diff', '-U0', '--no-color', ...common]),
    ]);
    const raw = parseRawDiff(rawText.toString('utf8'));
    const hunks = parseDiffHunks(patchText.toString('utf8'));
    const regular = (mode) => mode !== file_changes/* SYMLINK_MODE */.G && mode !== file_changes/* SUBMODULE_MODE */.F;
    const ids = raw.flatMap((change) => [
        ...(regular(change.newMode) && !ZERO_BLOB.test(change.newBlob) ? [change.newBlob] : []),
        ...(needsOldText.test(change.oldPath ?? change.path) && !ZERO_BLOB.test(change.oldBlob)
            ? [change.oldBlob]
            : []),
    ]);
    const blobs = await readBlobs(options.cwd, [...new Set(ids)], options.maxBytes);
    return { range, files: raw.map((change) => toChange(change, hunks, blobs)) };
}


/***/ }),

/***/ 295:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  v: () => (/* binding */ loadSyntaxParser)
});

// UNUSED EXPORTS: grammarWasmFiles

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./.build/lib/scan/shared/syntax-parser.js
var syntax_parser = __webpack_require__(8871);
;// CONCATENATED MODULE: ./.build/lib/scan/shared/syntax-tree.js
// The syntax tree the front ends read, held in plain JavaScript objects. Every property of a
// web-tree-sitter node is a call into WASM that allocates a fresh wrapper, and each Python file is
// walked twice (see python-facts.ts), so the tree is copied out once with a cursor instead.
// The copy keeps named nodes and every node that fills a field (operators included); bare
// punctuation and keywords are left out of `children`.
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
class SyntaxNode {
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
function nodeAt(copy, typeId, fieldId) {
    const { cursor, symbols, source } = copy;
    return new SyntaxNode(source, symbols.types[typeId] ?? 'ERROR', symbols.named[typeId] ?? true, symbols.fields[fieldId] ?? undefined, cursor.startIndex, cursor.endIndex);
}
/** Punctuation and keywords that fill no field; no front end reads them, so they are not copied. */
function isBareToken(copy, typeId, fieldId) {
    const { cursor, symbols } = copy;
    if (symbols.named[typeId] !== false || fieldId !== 0)
        return false;
    if (!cursor.gotoFirstChild())
        return true;
    cursor.gotoParent();
    return false;
}
/**
 * Copies the tree under the cursor into SyntaxNodes, depth first without recursion (hostile input
 * nests thousands deep). Costs a handful of WASM calls per node, once, instead of per property read.
 */
function copySyntaxTree(cursor, symbols, text) {
    const copy = { cursor, symbols, source: new SourceText(text) };
    const root = nodeAt(copy, cursor.nodeTypeId, 0);
    const parents = [];
    const siblings = [];
    if (!cursor.gotoFirstChild())
        return root;
    let parent = root;
    let kids = [];
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
            if (!up)
                return root;
            parent = up;
            kids = siblings.pop() ?? [];
        }
    }
}

;// CONCATENATED MODULE: ./.build/lib/adapters/scanner/scan-grammars.js
// Loads the tree-sitter runtime and grammars as WASM, so dist/ runs on any platform without
// native builds. In dist/ the files sit in dist/grammars/ (scripts/build.mjs copies them);
// from source they come straight from node_modules.







// The CommonJS build: ncc mangles the ESM build's `await import('module')` when bundling dist/, and
// does not follow this require either, so dist/ carries its own copy (grammars/web-tree-sitter.cjs):
// the action runs where no node_modules exists.
const bundledRuntime = (0,external_node_path_.join)((0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url)), 'grammars', 'web-tree-sitter.cjs');
const { Language, Parser } = (0,external_node_module_.createRequire)(import.meta.url)((0,external_node_fs_.existsSync)(bundledRuntime) ? bundledRuntime : 'web-tree-sitter');
const grammarFiles = {
    python: 'tree-sitter-python.wasm',
    javascript: 'tree-sitter-javascript.wasm',
    typescript: 'tree-sitter-typescript.wasm',
    tsx: 'tree-sitter-tsx.wasm',
    bash: 'tree-sitter-bash.wasm',
    go: 'tree-sitter-go.wasm',
};
// A single file may not hold the scan longer than this; its findings are then skipped with a reason.
const PARSE_BUDGET_MS = 3000;
function locateWasm(file) {
    const bundled = (0,external_node_path_.join)((0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url)), 'grammars', file);
    if ((0,external_node_fs_.existsSync)(bundled))
        return bundled;
    // Running from source: resolved at run time, out of webpack's sight.
    const resolve = (0,external_node_module_.createRequire)(import.meta.url).resolve;
    if (file === 'web-tree-sitter.wasm')
        return resolve('web-tree-sitter/web-tree-sitter.wasm');
    return (0,external_node_path_.join)((0,external_node_path_.dirname)(resolve('@vscode/tree-sitter-wasm/package.json')), 'wasm', file);
}
async function loadGrammar(language) {
    const grammar = await Language.load(await (0,promises_.readFile)(locateWasm(grammarFiles[language])));
    const parser = new Parser();
    parser.setLanguage(grammar);
    const named = [];
    for (let id = 0; id < grammar.nodeTypeCount; id++)
        named.push(grammar.nodeTypeIsNamed(id));
    return { parser, symbols: { types: grammar.types, fields: grammar.fields, named } };
}
function parseWith(grammar, text) {
    const deadline = performance.now() + PARSE_BUDGET_MS;
    const tree = grammar.parser.parse(text, null, {
        progressCallback: () => performance.now() > deadline,
    });
    if (!tree)
        return null;
    const cursor = tree.walk();
    try {
        return copySyntaxTree(cursor, grammar.symbols, text);
    }
    finally {
        cursor.delete();
        tree.delete();
    }
}
/**
 * Loads the runtime and the grammars asked for (all by default). Compiling a grammar costs about
 * 10 ms, so a diff that touches only Python files loads only Python.
 */
async function loadSyntaxParser(languages = syntax_parser/* allLanguages */.D) {
    await Parser.init({ wasmBinary: await (0,promises_.readFile)(locateWasm('web-tree-sitter.wasm')) });
    const grammars = new Map();
    for (const language of new Set(languages))
        grammars.set(language, await loadGrammar(language));
    return {
        parse(language, text) {
            const grammar = grammars.get(language);
            return grammar ? parseWith(grammar, text) : null;
        },
    };
}
/** Every WASM file dist/ needs, for scripts/build.mjs to copy. */
function grammarWasmFiles() {
    return ['web-tree-sitter.wasm', ...Object.values(grammarFiles)].map(locateWasm);
}


/***/ }),

/***/ 3841:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ SUBMODULE_MODE),
/* harmony export */   G: () => (/* binding */ SYMLINK_MODE)
/* harmony export */ });
/** git's mode for a symbolic link and for a submodule (gitlink). */
const SYMLINK_MODE = '120000';
const SUBMODULE_MODE = '160000';


/***/ }),

/***/ 9231:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ae: () => (/* binding */ testPath),
/* harmony export */   JA: () => (/* binding */ assertionFindings),
/* harmony export */   Pm: () => (/* binding */ configFileFindings),
/* harmony export */   sS: () => (/* binding */ changeFinding),
/* harmony export */   wV: () => (/* binding */ structuralFindings)
/* harmony export */ });
/* harmony import */ var _collect_file_changes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3841);
/* harmony import */ var _rule_catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5886);


const testPath = /(^|\/)(tests?|__tests__|spec|specs)\/|(^|\/)test_[^/]*\.py$|_test\.(py|go)$|\.(test|spec)\.[cm]?[jt]sx?$|(^|\/)conftest\.py$/;
const ciPath = /(^|\/)\.github\/(workflows|actions)\/|(^|\/)action\.ya?ml$|(^|\/)CODEOWNERS$|(^|\/)\.airlock[^/]*$|(^|\/)airlock\.ya?ml$|(^|\/)\.ci\/|(^|\/)\.gitlab-ci\.yml$|(^|\/)\.pre-commit-config\.yaml$/;
const snapshotPath = /(^|\/)__snapshots__\/|\.snap$|\.ambr$/;
const assertion = /\bassert\b|\.assert[A-Z]\w*\(|\bexpect\(|\bassert\.\w+\(|\bshould\.|\.to(Be|Equal|Throw|Match)/;
// The assertion is the literal alone: `assert 1 + 1 == 2` is a real (if constant) check.
const trivialAssertion = /\bassert\s+(True|1|not\s+False)\s*(?:[#,]|$)|assertTrue\(\s*True\s*\)|expect\(\s*true\s*\)\.toBe\(\s*true\s*\)|expect\(1\)\.toBe\(1\)/;
function changeFinding(change, finding) {
    const { ruleId, severity, message, line = 1 } = finding;
    const meta = (0,_rule_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .ruleMeta */ .ME)(ruleId);
    return {
        ruleId,
        severity,
        category: meta.category,
        message,
        path: change.path,
        line,
        column: 1,
        endLine: line,
        cwe: meta.cwe,
        evidence: change.path,
    };
}
/** Findings about the change itself: what it deletes, links, or reconfigures. */
function structuralFindings(change) {
    const out = [];
    const first = change.added[0] ?? change.removed[0]?.anchor ?? 1;
    if (change.newMode === _collect_file_changes_js__WEBPACK_IMPORTED_MODULE_1__/* .SYMLINK_MODE */ .G && change.oldMode !== _collect_file_changes_js__WEBPACK_IMPORTED_MODULE_1__/* .SYMLINK_MODE */ .G) {
        out.push(changeFinding(change, {
            ruleId: 'repo-symlink-added',
            severity: 'high',
            message: 'adds a symbolic link',
        }));
    }
    if (change.newMode === _collect_file_changes_js__WEBPACK_IMPORTED_MODULE_1__/* .SUBMODULE_MODE */ .F && change.oldMode !== _collect_file_changes_js__WEBPACK_IMPORTED_MODULE_1__/* .SUBMODULE_MODE */ .F) {
        out.push(changeFinding(change, {
            ruleId: 'repo-submodule-added',
            severity: 'high',
            message: 'adds a git submodule',
        }));
    }
    if (change.status === 'deleted' && testPath.test(change.path)) {
        out.push(changeFinding(change, {
            ruleId: 'test-file-deleted',
            severity: 'high',
            message: 'deletes a test file',
        }));
    }
    if (ciPath.test(change.path) || (change.oldPath !== undefined && ciPath.test(change.oldPath))) {
        out.push(changeFinding(change, {
            ruleId: 'ci-config-changed',
            severity: 'high',
            message: 'changes CI, code-owner or gate configuration',
            line: first,
        }));
    }
    if (snapshotPath.test(change.path)) {
        out.push(changeFinding(change, {
            ruleId: 'test-snapshot-rewrite',
            severity: 'medium',
            message: 'rewrites stored test snapshots',
            line: first,
        }));
    }
    return out;
}
/** Path mode: a CI, code-owner or gate file given as a PATH counts as added. */
function configFileFindings(path) {
    if (!ciPath.test(path))
        return [];
    const message = 'adds CI, code-owner or gate configuration';
    return [changeFinding({ path }, { ruleId: 'ci-config-changed', severity: 'high', message })];
}
function countAssertions(text) {
    return text.split('\n').filter((line) => assertion.test(line)).length;
}
/** Assertions a test file lost, and trivially true ones it gained. */
function assertionFindings(change, oldText, newText) {
    if (!testPath.test(change.path))
        return [];
    const out = [];
    const removed = change.removed.filter((line) => assertion.test(line.text));
    if (oldText !== undefined &&
        removed.length > 0 &&
        countAssertions(newText) < countAssertions(oldText)) {
        const where = removed[0]?.anchor ?? 1;
        out.push(changeFinding(change, {
            ruleId: 'test-assertion-removed',
            severity: 'high',
            message: `removes ${removed.length} assertion line(s) from a test file`,
            line: where,
        }));
    }
    const lines = newText.split('\n');
    for (const line of change.added) {
        if (trivialAssertion.test(lines[line - 1] ?? '')) {
            out.push(changeFinding(change, {
                ruleId: 'test-assertion-trivial',
                severity: 'medium',
                message: 'adds an assertion that is always true',
                line,
            }));
        }
    }
    return out;
}


/***/ }),

/***/ 5886:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V7: () => (/* binding */ allRules),
  Iz: () => (/* binding */ codeFamilies),
  ME: () => (/* binding */ ruleMeta)
});

// EXTERNAL MODULE: ./.build/lib/scan/shared/posix-paths.js
var posix_paths = __webpack_require__(6151);
// EXTERNAL MODULE: ./.build/lib/scan/shared/path-classes.js
var path_classes = __webpack_require__(2186);
// EXTERNAL MODULE: ./.build/lib/scan/shared/code-facts.js
var code_facts = __webpack_require__(795);
;// CONCATENATED MODULE: ./.build/lib/scan/shared/call-targets.js

/** The path a filesystem call acts on: the handle it was called on, or its first argument. */
function targetPath(call) {
    return call.receiver?.handle?.path ?? call.args[0]?.text ?? call.kwargs.get('path')?.text;
}
/** Every constant path a call names (a copy names two). */
function namedPaths(call) {
    const paths = [call.receiver?.handle?.path, ...call.args.map((arg) => arg.text)];
    return paths.filter((path) => path !== undefined && path.length > 0);
}
function writesTo(call) {
    if (call.capability === 'fs.write')
        return true;
    if (call.capability !== 'fs.open')
        return false;
    const mode = (call.method === 'open' ? call.args[0] : call.args[1])?.text ??
        call.kwargs.get('mode')?.text ??
        'r';
    return /[wax+]/.test(mode);
}
/** The command text of a shell call, or the argv joined for a spawn. */
function commandText(call) {
    const first = call.args[0] ?? call.kwargs.get('args') ?? call.kwargs.get('command');
    if (!first)
        return undefined;
    if (first.items) {
        const words = first.items.map((item) => item.text);
        return words.every((word) => word !== undefined) ? words.join(' ') : undefined;
    }
    const rest = call.args.slice(1).flatMap((arg) => arg.items?.map((item) => item.text) ?? []);
    if (first.text === undefined)
        return undefined;
    return rest.every((word) => word !== undefined) && rest.length > 0
        ? [first.text, ...rest].join(' ')
        : first.text;
}
function inputs(call) {
    const receiver = call.receiver && !call.receiver.ref ? [call.receiver] : [];
    return [...receiver, ...(0,code_facts/* allArgs */.TD)(call)];
}
function hit(call, finding) {
    return { ...finding, loc: call.loc, evidence: call.evidence };
}

;// CONCATENATED MODULE: ./.build/lib/scan/rules/destructive-operations.js



function checkCall(call) {
    if (call.capability !== 'fs.delete')
        return [];
    const path = targetPath(call);
    if (path === undefined)
        return [];
    const resolved = (0,posix_paths/* normalisePath */.q)(path);
    if ((0,path_classes/* isCriticalRoot */.Yf)(resolved)) {
        return [
            hit(call, {
                ruleId: 'destroy-system-files',
                severity: 'critical',
                message: `deletes ${resolved}, a system or home root`,
            }),
        ];
    }
    const kind = (0,path_classes/* classifyPath */.qK)(resolved);
    // Deleting a workflow or the runner's files is CI tampering, judged by ci-tampering.ts.
    if (kind === 'project' || kind === 'temp' || kind === 'ci')
        return [];
    return [
        hit(call, {
            ruleId: 'destroy-system-files',
            severity: 'high',
            message: `deletes ${resolved}, outside the project`,
        }),
    ];
}
const destructiveOperations = {
    rules: [
        {
            id: 'destroy-system-files',
            category: 'destructive',
            title: 'Deletes system or home files',
            help: 'Deletes files or directories outside the project (system files, home directory), or wipes a disk.',
            cwe: ['CWE-73', 'CWE-284'],
        },
    ],
    check: (facts) => facts.calls.flatMap(checkCall),
};

;// CONCATENATED MODULE: ./.build/lib/scan/rules/deserialisation.js


function deserialisation_checkCall(call) {
    if (call.capability !== 'deserialise')
        return [];
    if ((0,code_facts/* hasTaint */.Lp)(inputs(call), 'network', 'decoded'))
        return [];
    return [
        hit(call, {
            ruleId: 'deser-unsafe',
            severity: 'high',
            message: `${call.callee} can run arbitrary code while loading data`,
        }),
    ];
}
const deserialisation = {
    rules: [
        {
            id: 'deser-unsafe',
            category: 'deserialisation',
            title: 'Unsafe deserialisation',
            help: 'pickle, marshal, shelve, yaml.load without SafeLoader and node-serialize execute code embedded in the data.',
            cwe: ['CWE-502'],
        },
    ],
    check: (facts) => facts.calls.flatMap(deserialisation_checkCall),
};

;// CONCATENATED MODULE: ./.build/lib/scan/rules/downloads.js



const runners = new Set(['code.eval', 'process.shell', 'process.spawn', 'deserialise']);
const executable = /\.(py|sh|bash|js|mjs|cjs|ts|exe|bin|so|dll|dylib|pl|rb|ps1|bat|cmd|jar)$|(^|\/)(s?bin)\//;
function downloads_checkCall(call) {
    const data = inputs(call);
    if (call.capability && runners.has(call.capability) && (0,code_facts/* hasTaint */.Lp)(data, 'network')) {
        if ((0,code_facts/* hasTaint */.Lp)(data, 'socket')) {
            return [
                hit(call, {
                    ruleId: 'net-reverse-shell',
                    severity: 'critical',
                    message: 'runs commands received over a network socket (reverse shell)',
                }),
            ];
        }
        return [
            hit(call, {
                ruleId: 'download-execute',
                severity: 'critical',
                message: 'executes or deserialises data downloaded from the network',
            }),
        ];
    }
    const download = call.capability === 'net.download' ||
        (writesTo(call) && call.capability === 'fs.write' && (0,code_facts/* hasTaint */.Lp)(data, 'network'));
    if (!download)
        return [];
    const path = call.capability === 'net.download' ? call.args[1]?.text : targetPath(call);
    const risky = path !== undefined && (executable.test(path) || (0,path_classes/* classifyPath */.qK)(path) !== 'project');
    return [
        risky
            ? hit(call, {
                ruleId: 'download-write',
                severity: 'high',
                message: `writes downloaded content to ${path}, an executable or system location`,
            })
            : hit(call, {
                ruleId: 'download-write',
                severity: 'medium',
                message: 'writes content downloaded from the network to disk',
            }),
    ];
}
const downloads = {
    rules: [
        {
            id: 'download-write',
            category: 'download',
            title: 'Download written to disk',
            help: 'Content fetched from the network is written to a file; high when the file is executable or outside the project.',
            cwe: ['CWE-494'],
        },
        {
            id: 'download-execute',
            category: 'download',
            title: 'Download executed',
            help: 'Content fetched from the network reaches eval/exec, a shell, or a deserialiser.',
            cwe: ['CWE-494', 'CWE-829'],
        },
    ],
    check: (facts) => facts.calls.flatMap(downloads_checkCall),
};

// EXTERNAL MODULE: ./.build/lib/scan/shared/fold-strings.js
var fold_strings = __webpack_require__(6680);
;// CONCATENATED MODULE: ./.build/lib/scan/rules/dynamic-code.js



// A constant program text that reaches for the OS is as dangerous as a computed one.
const reachesOs = /__import__|\bimport\b|\bos\.|subprocess|\bsystem\s*\(|\bexec\s*\(|\beval\s*\(|require\s*\(|child_process|process\.|open\s*\(/;
const importers = new Set([
    '__import__',
    'importlib.import_module',
    'importlib.__import__',
    'require',
    'import',
]);
function dynamic_code_checkCall(call) {
    if (importers.has(call.callee)) {
        const name = call.args[0]?.text;
        if (name === undefined || name.includes(fold_strings/* UNKNOWN_PART */.DQ)) {
            return [
                hit(call, {
                    ruleId: 'code-dynamic-import',
                    severity: 'medium',
                    message: 'imports a module whose name is computed at run time',
                }),
            ];
        }
        return [];
    }
    if (call.capability !== 'code.eval')
        return [];
    if ((0,code_facts/* hasTaint */.Lp)(inputs(call), 'network', 'decoded'))
        return [];
    const source = call.args[0]?.text ?? call.args[call.args.length - 1]?.text;
    if (source === undefined || source.includes(fold_strings/* UNKNOWN_PART */.DQ)) {
        return [
            hit(call, {
                ruleId: 'code-eval',
                severity: 'high',
                message: `${call.callee || 'dynamic code'} runs code that is only known at run time`,
            }),
        ];
    }
    if (reachesOs.test(source))
        return [
            hit(call, {
                ruleId: 'code-eval',
                severity: 'high',
                message: `${call.callee} runs code that reaches the OS: ${source.slice(0, 80)}`,
            }),
        ];
    return [
        hit(call, {
            ruleId: 'code-eval',
            severity: 'low',
            message: `${call.callee} of a constant expression`,
        }),
    ];
}
const dynamicCode = {
    rules: [
        {
            id: 'code-eval',
            category: 'dynamic-code',
            title: 'Dynamic code execution',
            help: 'eval/exec/compile, new Function or vm run code from a string. High unless the string is a harmless constant.',
            cwe: ['CWE-95'],
        },
        {
            id: 'code-dynamic-import',
            category: 'dynamic-code',
            title: 'Computed import',
            help: 'A module is imported by a name computed at run time, hiding which code is loaded.',
            cwe: ['CWE-470'],
        },
    ],
    check: (facts) => facts.calls.flatMap(dynamic_code_checkCall),
};

;// CONCATENATED MODULE: ./.build/lib/scan/rules/filesystem-access.js



const touches = new Set(['fs.open', 'fs.read', 'fs.write', 'fs.copy', 'fs.list', 'fs.chmod']);
function filesystem_access_checkCall(call) {
    if (!call.capability || !touches.has(call.capability))
        return [];
    // A method on an already-opened handle was judged where the handle was opened.
    if (call.receiver?.handle &&
        call.capability !== 'fs.open' &&
        call.method !== 'read_text' &&
        call.method !== 'read_bytes' &&
        call.method !== 'iterdir' &&
        call.method !== 'glob')
        return [];
    for (const path of namedPaths(call)) {
        const found = judgePath(call, path);
        if (found)
            return [found];
    }
    return [];
}
function judgePath(call, path) {
    const resolved = (0,posix_paths/* normalisePath */.q)(path);
    const kind = (0,path_classes/* classifyPath */.qK)(resolved);
    if ((0,path_classes/* climbsOut */.Jg)(path) && kind !== 'project' && kind !== 'temp') {
        return hit(call, {
            ruleId: 'fs-path-traversal',
            severity: 'high',
            message: `climbs out of its directory with '..' to reach ${resolved}`,
        });
    }
    if (kind === 'credential')
        return hit(call, {
            ruleId: 'fs-credential-access',
            severity: 'high',
            message: `accesses credentials at ${resolved}`,
        });
    if (kind === 'profile' || kind === 'persistence')
        return undefined;
    if (kind !== 'system' && kind !== 'home')
        return undefined;
    if (call.capability === 'fs.list')
        return hit(call, {
            ruleId: 'fs-system-listing',
            severity: 'medium',
            message: `lists ${resolved}, outside the project`,
        });
    if (writesTo(call) || call.capability === 'fs.chmod') {
        return hit(call, {
            ruleId: 'fs-system-write',
            severity: 'high',
            message: `modifies ${resolved}, outside the project`,
        });
    }
    return hit(call, {
        ruleId: 'fs-system-read',
        severity: 'medium',
        message: `reads ${resolved}, outside the project`,
    });
}
const filesystemAccess = {
    rules: [
        {
            id: 'fs-credential-access',
            category: 'filesystem',
            title: 'Credential file access',
            help: 'Reads or copies credential stores: ~/.ssh, ~/.aws, .npmrc, .git/config, /etc/shadow, /proc/*/environ, GITHUB_* files.',
            cwe: ['CWE-522', 'CWE-200'],
        },
        {
            id: 'fs-system-read',
            category: 'filesystem',
            title: 'System file read',
            help: 'Reads or copies a file outside the project (system or home directory).',
            cwe: ['CWE-200'],
        },
        {
            id: 'fs-system-listing',
            category: 'filesystem',
            title: 'System directory listing',
            help: 'Enumerates a directory outside the project.',
            cwe: ['CWE-548'],
        },
        {
            id: 'fs-system-write',
            category: 'filesystem',
            title: 'System file modified',
            help: 'Writes, or changes the permissions of, a file outside the project.',
            cwe: ['CWE-732'],
        },
        {
            id: 'fs-path-traversal',
            category: 'filesystem',
            title: 'Path traversal',
            help: "A path climbs out of its base directory with '..' to reach a system or home file.",
            cwe: ['CWE-22'],
        },
    ],
    check: (facts) => facts.calls.flatMap(filesystem_access_checkCall),
};

;// CONCATENATED MODULE: ./.build/lib/scan/rules/go-toolchain.js

// Go runs code before any test does: every init() of every imported package, and `go generate`
// runs whatever its directives name. These rules read only Go files.
const initEffects = new Set([
    'process.spawn',
    'process.shell',
    'process.kill',
    'net.http',
    'net.socket',
    'fs.write',
    'fs.delete',
    'fs.copy',
    'fs.chmod',
    'native',
]);
// A generator names a tool (stringer, mockgen, protoc); a shell, a download or a pipe is a payload.
const riskyGenerate = /\b(sh|bash|zsh)\s+-c\b|\b(curl|wget|nc)\b|https?:\/\/|\|\s*(sh|bash)\b|\$\(|\bgo\s+run\s+\S*@|\bbase64\b/;
// Build tags that name the CI environment compile code only where the secrets are; ordinary
// tags (linux, integration, ignore) do not.
const ciBuildTag = /\b(ci|github|actions|gha|runner|ci_only|on_ci)\b/i;
const buildLine = /^\/\/(go:build\s|\s*\+build\s)/;
function initSideEffects(facts) {
    const inits = facts.functions.filter((fn) => fn.name === 'init');
    const inside = (call) => inits.some((fn) => call.loc.line >= fn.loc.line && call.loc.line <= fn.loc.endLine);
    return facts.calls
        .filter((call) => call.capability !== null && initEffects.has(call.capability) && inside(call))
        .map((call) => hit(call, {
        ruleId: 'go-init-side-effect',
        severity: 'high',
        message: `init() ${call.callee || call.method || 'code'} runs on import, before any test`,
    }));
}
function directiveHits(comment) {
    const text = comment.text.trim();
    const evidence = text.slice(0, 200);
    if (text.startsWith('//go:generate') && riskyGenerate.test(text))
        return [
            {
                ruleId: 'go-generate-command',
                severity: 'high',
                message: 'a go:generate directive runs a shell, a download or a pipe',
                loc: comment.loc,
                evidence,
            },
        ];
    if (buildLine.test(text) && ciBuildTag.test(text.replace(buildLine, '')))
        return [
            {
                ruleId: 'go-build-tag-ci',
                severity: 'medium',
                message: 'a build constraint compiles this file only in CI',
                loc: comment.loc,
                evidence,
            },
        ];
    if (text.startsWith('//go:linkname'))
        return [
            {
                ruleId: 'native-escape-hatch',
                severity: 'medium',
                message: 'go:linkname reaches an unexported runtime symbol',
                loc: comment.loc,
                evidence,
            },
        ];
    return [];
}
const goToolchain = {
    rules: [
        {
            id: 'go-init-side-effect',
            category: 'go',
            title: 'init() with side effects',
            help: 'A Go init() function runs a process, opens a connection or writes files: it runs whenever the package is imported, tests included.',
            cwe: ['CWE-506'],
        },
        {
            id: 'go-generate-command',
            category: 'go',
            title: 'go:generate runs a payload',
            help: 'A //go:generate directive runs a shell command, a download or a pipe instead of a code generator.',
            cwe: ['CWE-78', 'CWE-494'],
        },
        {
            id: 'go-build-tag-ci',
            category: 'go',
            title: 'Build constraint targets CI',
            help: 'A //go:build or +build line names a CI tag (ci, github, actions): the file is compiled only where the runner and its secrets are, and reviewers never run it.',
            cwe: ['CWE-506'],
        },
    ],
    check: (facts) => facts.language === 'go'
        ? [...initSideEffects(facts), ...facts.comments.flatMap(directiveHits)]
        : [],
};

// EXTERNAL MODULE: ./.build/lib/scan/rules/install-hooks.js + 1 modules
var install_hooks = __webpack_require__(3097);
;// CONCATENATED MODULE: ./.build/lib/scan/rules/native-code.js

function native_code_checkCall(call) {
    if (call.capability !== 'native')
        return [];
    return [
        hit(call, {
            ruleId: 'native-escape-hatch',
            severity: 'medium',
            message: `${call.callee} reaches native code, outside the language's safety checks`,
        }),
    ];
}
const nativeCode = {
    rules: [
        {
            id: 'native-escape-hatch',
            category: 'native',
            title: 'Native escape hatch',
            help: 'ctypes, cffi, process.binding, process.dlopen, ffi-napi, Go cgo, unsafe.Pointer, raw syscalls or go:linkname reach native code directly.',
            cwe: ['CWE-676'],
        },
    ],
    check: (facts) => facts.calls.flatMap(native_code_checkCall),
};

;// CONCATENATED MODULE: ./.build/lib/scan/rules/network-egress.js


const socketEgress = /^(connect|connect_ex|send|sendall|sendto|write|end|Write|WriteTo)$/;
const socketOpeners = /(create_connection|open_connection|Telnet|net\.connect|net\.createConnection|tls\.connect|dgram\.createSocket|^net\.Dial\w*|^crypto\/tls\.Dial)$/;
function isEgress(call) {
    if (call.capability === 'net.http' || call.capability === 'net.download')
        return true;
    if (call.capability !== 'net.socket')
        return false;
    return socketEgress.test(call.method ?? '') || socketOpeners.test(call.callee);
}
// One argument names where to connect (the first; Go's Dial takes the network first). A variable
// read whole there (DB_ADDR, WEBHOOK_URL) is configuration; built into a longer address it
// carries data, and counts as sent.
function payload(call) {
    const at = /(^|\.)Dial\w*$/.test(call.callee) ? 1 : 0;
    if (call.args[at]?.envName === undefined)
        return inputs(call);
    return inputs({ ...call, args: call.args.map((arg, i) => (i === at ? code_facts/* unknownValue */.Uo : arg)) });
}
function network_egress_checkCall(call) {
    if (call.capability === 'fs.dup' && (0,code_facts/* hasTaint */.Lp)(inputs(call), 'socket')) {
        return [
            hit(call, {
                ruleId: 'net-reverse-shell',
                severity: 'critical',
                message: 'binds standard input/output to a network socket (reverse shell)',
            }),
        ];
    }
    if (!isEgress(call))
        return [];
    const data = payload(call);
    if ((0,code_facts/* hasTaint */.Lp)(data, 'secret')) {
        return [
            hit(call, {
                ruleId: 'net-exfiltrate-secret',
                severity: 'critical',
                message: 'sends secrets (environment or credential files) over the network',
            }),
        ];
    }
    if ((0,code_facts/* hasTaint */.Lp)(data, 'file')) {
        return [
            hit(call, {
                ruleId: 'net-send-file-contents',
                severity: 'high',
                message: 'sends the contents of a local file over the network',
            }),
        ];
    }
    if (call.capability === 'net.socket') {
        return [
            hit(call, {
                ruleId: 'net-raw-socket',
                severity: 'medium',
                message: 'opens or writes to a raw network socket',
            }),
        ];
    }
    return [
        hit(call, {
            ruleId: 'net-http-request',
            severity: 'medium',
            message: 'makes a network request',
        }),
    ];
}
const networkEgress = {
    rules: [
        {
            id: 'net-exfiltrate-secret',
            category: 'network',
            title: 'Secret sent over the network',
            help: 'Environment variables or credential files flow into a network request. Code under review has no reason to send runner secrets anywhere.',
            cwe: ['CWE-201', 'CWE-200'],
        },
        {
            id: 'net-send-file-contents',
            category: 'network',
            title: 'Local file sent over the network',
            help: 'The contents of a local file flow into a network request or upload.',
            cwe: ['CWE-201'],
        },
        {
            id: 'net-raw-socket',
            category: 'network',
            title: 'Raw socket egress',
            help: 'The code connects or writes to a raw TCP/UDP socket.',
            cwe: ['CWE-669'],
        },
        {
            id: 'net-http-request',
            category: 'network',
            title: 'Network request',
            help: 'The code makes an outbound network request; tests should not need the network.',
            cwe: ['CWE-669'],
        },
        {
            id: 'net-reverse-shell',
            category: 'network',
            title: 'Reverse shell',
            help: 'A shell or command runner is wired to a network socket, giving a remote party control of the machine.',
            cwe: ['CWE-78', 'CWE-506'],
        },
    ],
    check: (facts) => facts.calls.flatMap(network_egress_checkCall),
};

;// CONCATENATED MODULE: ./.build/lib/scan/rules/obfuscation.js


const obfuscation_runners = new Set(['code.eval', 'process.shell', 'process.spawn', 'deserialise', 'native']);
function obfuscation_checkCall(call) {
    const out = [];
    const data = inputs(call);
    if (call.capability &&
        obfuscation_runners.has(call.capability) &&
        (0,code_facts/* hasTaint */.Lp)(data, 'decoded') &&
        !(0,code_facts/* hasTaint */.Lp)(data, 'network')) {
        out.push(hit(call, {
            ruleId: 'obf-decoded-exec',
            severity: 'critical',
            message: 'decodes a hidden payload (base64/hex/zlib/rot13) and executes it',
        }));
    }
    if (call.computedCallee && call.capability) {
        out.push(hit(call, {
            ruleId: 'obf-computed-call',
            severity: 'high',
            message: `calls ${call.callee} through a name assembled at run time`,
        }));
    }
    if (writesTo(call) && call.capability === 'fs.write' && (0,code_facts/* hasTaint */.Lp)(data, 'encoded')) {
        out.push(hit(call, {
            ruleId: 'obf-encoded-write',
            severity: 'medium',
            message: 'writes base64/hex-encoded data to a file (payload staging)',
        }));
    }
    return out;
}
const obfuscation = {
    rules: [
        {
            id: 'obf-decoded-exec',
            category: 'obfuscation',
            title: 'Decoded payload executed',
            help: 'Data decoded from base64, hex, zlib, rot13 or marshal reaches eval/exec or a process.',
            cwe: ['CWE-506', 'CWE-95'],
        },
        {
            id: 'obf-computed-call',
            category: 'obfuscation',
            title: 'Dangerous function called by computed name',
            help: 'A process, eval or file API is reached through getattr, globals()[…], __import__ or require() with an assembled string.',
            cwe: ['CWE-506'],
        },
        {
            id: 'obf-encoded-write',
            category: 'obfuscation',
            title: 'Encoded payload written',
            help: 'Base64 or hex-encoded data is written to a file, a common way to stage a payload.',
            cwe: ['CWE-506'],
        },
    ],
    check: (facts) => facts.calls.flatMap(obfuscation_checkCall),
};

;// CONCATENATED MODULE: ./.build/lib/scan/rules/persistence.js


function persistence_checkCall(call) {
    const copies = call.capability === 'fs.copy';
    if (!writesTo(call) && !copies)
        return [];
    if (call.capability === 'fs.write' && call.receiver?.handle)
        return [];
    const paths = copies ? namedPaths(call).slice(1) : namedPaths(call).slice(0, 1);
    for (const path of paths) {
        const kind = (0,path_classes/* classifyPath */.qK)(path);
        if (kind === 'profile')
            return [
                hit(call, {
                    ruleId: 'persist-shell-profile',
                    severity: 'high',
                    message: `modifies the shell profile ${path}`,
                }),
            ];
        if (kind === 'persistence')
            return [
                hit(call, {
                    ruleId: 'persist-autostart',
                    severity: 'high',
                    message: `installs into ${path}, which runs code later`,
                }),
            ];
    }
    return [];
}
const persistence = {
    rules: [
        {
            id: 'persist-shell-profile',
            category: 'persistence',
            title: 'Shell profile modified',
            help: 'Writes to .bashrc, .profile, .zshrc or /etc/profile, so code runs in every later shell.',
            cwe: ['CWE-506'],
        },
        {
            id: 'persist-autostart',
            category: 'persistence',
            title: 'Autostart installed',
            help: 'Writes crontabs, git hooks, systemd units, autostart entries, authorized_keys or .pth files.',
            cwe: ['CWE-506'],
        },
    ],
    check: (facts) => facts.calls.flatMap(persistence_checkCall),
};

;// CONCATENATED MODULE: ./.build/lib/scan/shared/command-text.js
// Ordered most severe first: the first match names the threat.
const threats = [
    [
        /\b(curl|wget|fetch)\b[^|;&]*\|\s*(sudo\s+)?(ba|z|da|k)?sh\b|\b(ba|z)?sh\s+-c\s+["']?\$\((curl|wget)/,
        {
            ruleId: 'download-execute',
            severity: 'critical',
            message: 'pipes a download straight into a shell',
        },
    ],
    [
        /\brm\s+(-[a-zA-Z]*[rf][a-zA-Z]*\s+)+(--no-preserve-root\s+)?(\/|~|\$HOME)(\*|\s|$|\/\*|\/(etc|usr|bin|home|root|var|boot|lib)\b)/,
        {
            ruleId: 'destroy-system-files',
            severity: 'critical',
            message: 'recursively deletes the root, system or home directory',
        },
    ],
    [
        /\bmkfs(\.\w+)?\b|\bdd\b[^|;&]*\bof=\/dev\/(sd|nvme|xvd|vd|hd)|\bshred\b[^|;&]*\/dev\/|>\s*\/dev\/sd[a-z]/,
        {
            ruleId: 'destroy-system-files',
            severity: 'critical',
            message: 'overwrites a disk or filesystem',
        },
    ],
    [
        /:\(\)\s*\{\s*:\s*\|\s*:\s*&\s*\}\s*;\s*:/,
        { ruleId: 'abuse-fork-loop', severity: 'critical', message: 'fork bomb' },
    ],
    [
        /stratum\+(tcp|ssl):\/\/|\bxmrig\b|\bminerd\b|\bcpuminer\b|--donate-level/i,
        {
            ruleId: 'abuse-crypto-miner',
            severity: 'critical',
            message: 'starts a cryptocurrency miner',
        },
    ],
    [
        /\b(nc|ncat|netcat)\b[^|;&]*\s-[a-z]*e\s|\/dev\/tcp\/|\bsocat\b[^|;&]*exec:/i,
        { ruleId: 'net-reverse-shell', severity: 'critical', message: 'opens a reverse shell' },
    ],
    [
        /\bcrontab\s+(?!-l\b)\S|>>?\s*\/etc\/cron|\bgit\s+config\b[^|;&]*core\.hooksPath|>>?\s*~?[^\s]*\/\.(bashrc|profile|zshrc|bash_profile)\b|authorized_keys/,
        {
            ruleId: 'persist-autostart',
            severity: 'high',
            message: 'installs itself to run again later (cron, git hooks, shell profile, ssh keys)',
        },
    ],
    [
        /\b(cat|less|more|head|tail|cp|scp|base64|xxd)\b[^|;&]*(\/etc\/shadow|\.ssh\/|\.aws\/|\.npmrc|\.git-credentials|\/proc\/[^\s/]+\/environ)/,
        { ruleId: 'fs-credential-access', severity: 'high', message: 'reads credential files' },
    ],
    [
        /\b(curl|wget)\b[^|;&]*(-d|--data|--data-binary|-F|--upload-file|-T|--post-file)\s*[@'"]?(\$|@\/|@~|\/etc\/|~\/)/,
        {
            ruleId: 'net-send-file-contents',
            severity: 'high',
            message: 'uploads local data with curl or wget',
        },
    ],
    [
        /(^|[;&|({]\s*|\bsudo\s+)(pkill|killall|kill\s+-(9|KILL|TERM))\b/,
        { ruleId: 'kill-process', severity: 'medium', message: 'kills other processes' },
    ],
    [
        /\brm\s+-[a-zA-Z]*r[a-zA-Z]*\s+(\/|~)\S*/,
        {
            ruleId: 'destroy-system-files',
            severity: 'high',
            message: 'recursively deletes files outside the project',
        },
    ],
    [
        /\bchmod\s+(-R\s+)?[0-7]?777\s+\/|\bchmod\s+[ug]?\+s\b|\bsetenforce\s+0|\bufw\s+disable|\biptables\s+-F/,
        {
            ruleId: 'fs-system-write',
            severity: 'high',
            message: 'weakens system permissions or the firewall',
        },
    ],
];
function commandThreat(command) {
    for (const [pattern, threat] of threats)
        if (pattern.test(command))
            return threat;
    return undefined;
}

;// CONCATENATED MODULE: ./.build/lib/scan/rules/process-execution.js




function process_execution_checkCall(call) {
    if (call.capability !== 'process.shell' && call.capability !== 'process.spawn')
        return [];
    const command = commandText(call);
    const threat = command === undefined ? undefined : commandThreat(command);
    if (threat)
        return [
            hit(call, { ruleId: threat.ruleId, severity: threat.severity, message: threat.message }),
        ];
    // In a shell script every line runs a command: only the threats above are worth reporting.
    if (call.callee === 'sh' || call.callee.startsWith('sh.'))
        return [];
    if ((0,code_facts/* hasTaint */.Lp)(inputs(call), 'network'))
        return [];
    if ((0,code_facts/* hasTaint */.Lp)(inputs(call), 'secret')) {
        return [
            hit(call, {
                ruleId: 'proc-secret-in-command',
                severity: 'high',
                message: 'passes secrets to a child process command line',
            }),
        ];
    }
    const constant = command !== undefined && !command.includes(fold_strings/* UNKNOWN_PART */.DQ);
    if (call.capability === 'process.shell') {
        return constant
            ? [
                hit(call, {
                    ruleId: 'proc-shell-command',
                    severity: 'medium',
                    message: `runs a shell command: ${command.slice(0, 80)}`,
                }),
            ]
            : [
                hit(call, {
                    ruleId: 'proc-shell-command',
                    severity: 'high',
                    message: 'runs a shell command built at run time (command injection risk)',
                }),
            ];
    }
    return constant
        ? [
            hit(call, {
                ruleId: 'proc-spawn',
                severity: 'low',
                message: `runs a program: ${command.slice(0, 80)}`,
            }),
        ]
        : [
            hit(call, {
                ruleId: 'proc-spawn',
                severity: 'medium',
                message: 'runs a program chosen at run time',
            }),
        ];
}
const processExecution = {
    rules: [
        {
            id: 'proc-shell-command',
            category: 'process',
            title: 'Shell command',
            help: 'Runs a command through a shell (os.system, shell=True, child_process.exec). High when the command is assembled at run time.',
            cwe: ['CWE-78'],
        },
        {
            id: 'proc-secret-in-command',
            category: 'process',
            title: 'Secret on a command line',
            help: "Passes a secret (an environment variable or credential file's content) on a child process's command line, shell or not, where other processes and logs can read it.",
            cwe: ['CWE-214'],
        },
        {
            id: 'proc-spawn',
            category: 'process',
            title: 'Child process',
            help: 'Starts a program with an argument vector. Low for a fixed command such as git status; medium when the program is computed.',
            cwe: ['CWE-78'],
        },
    ],
    check: (facts) => facts.calls.flatMap(process_execution_checkCall),
};

;// CONCATENATED MODULE: ./.build/lib/scan/rules/process-killing.js

function process_killing_checkCall(call) {
    if (call.capability !== 'process.kill')
        return [];
    const pid = call.args[0]?.text;
    if (pid === '-1' || pid === '1')
        return [
            hit(call, {
                ruleId: 'kill-process',
                severity: 'critical',
                message: 'kills every process or init',
            }),
        ];
    return [
        hit(call, {
            ruleId: 'kill-process',
            severity: 'medium',
            message: 'kills or signals another process',
        }),
    ];
}
const processKilling = {
    rules: [
        {
            id: 'kill-process',
            category: 'process-kill',
            title: 'Kills processes',
            help: 'Sends kill/terminate signals to other processes (os.kill, psutil, process.kill, pkill).',
            cwe: ['CWE-284'],
        },
    ],
    check: (facts) => facts.calls.flatMap(process_killing_checkCall),
};

;// CONCATENATED MODULE: ./.build/lib/scan/rules/resource-abuse.js

const miner = /stratum\+(tcp|ssl|udp):\/\/|\bxmrig\b|\bminerd\b|\bcpuminer\b|\bcryptonight\b|--donate-level|\bnicehash\b/i;
function check(facts) {
    const out = [];
    for (const call of facts.calls) {
        if (call.capability === 'process.fork' && call.inLoop) {
            out.push(hit(call, {
                ruleId: 'abuse-fork-loop',
                severity: 'high',
                message: 'forks processes inside a loop (fork bomb risk)',
            }));
        }
    }
    for (const literal of facts.strings) {
        if (miner.test(literal.text)) {
            out.push({
                ruleId: 'abuse-crypto-miner',
                severity: 'critical',
                message: 'refers to a cryptocurrency miner or mining pool',
                loc: literal.loc,
                evidence: literal.text.slice(0, 200),
            });
        }
    }
    return out;
}
const resourceAbuse = {
    rules: [
        {
            id: 'abuse-fork-loop',
            category: 'resource-abuse',
            title: 'Fork loop',
            help: 'Processes are forked inside a loop, which can exhaust the machine.',
            cwe: ['CWE-400'],
        },
        {
            id: 'abuse-crypto-miner',
            category: 'resource-abuse',
            title: 'Cryptocurrency miner',
            help: 'Mining pool URLs (stratum+tcp://) or miner binaries.',
            cwe: ['CWE-400', 'CWE-506'],
        },
    ],
    check,
};

;// CONCATENATED MODULE: ./.build/lib/scan/rules/suppression-comments.js
// Suppressions are reported, never honoured: a patch must not be able to silence its own review.
const securityScanner = /\b(nosec|nosemgrep|NOSONAR|noqa\s*:\s*S\d*|bandit\s*:\s*skip|airlock[-:\s]*(ignore|disable|allow)|codeql\[|lgtm\b|DevSkim:\s*ignore|gitleaks:allow)/i;
const linter = /(eslint-disable|@ts-ignore|@ts-nocheck|@ts-expect-error|pylint:\s*disable|type:\s*ignore|biome-ignore|jshint\s+ignore|noqa\b|shellcheck\s+disable)/;
function suppression_comments_check(facts) {
    const out = [];
    for (const comment of facts.comments) {
        const evidence = comment.text.slice(0, 200);
        if (securityScanner.test(comment.text)) {
            out.push({
                ruleId: 'suppress-security-scanner',
                severity: 'medium',
                message: 'adds a comment that silences a security scanner (reported, not honoured)',
                loc: comment.loc,
                evidence,
            });
        }
        else if (linter.test(comment.text)) {
            out.push({
                ruleId: 'suppress-linter',
                severity: 'low',
                message: 'adds a comment that silences a linter or type checker',
                loc: comment.loc,
                evidence,
            });
        }
    }
    return out;
}
const suppressionComments = {
    rules: [
        {
            id: 'suppress-security-scanner',
            category: 'suppression',
            title: 'Security-scanner suppression',
            help: '# nosec, nosemgrep, NOSONAR, noqa: S…, airlock-ignore: Airlock reports these and never honours them.',
            cwe: ['CWE-693'],
        },
        {
            id: 'suppress-linter',
            category: 'suppression',
            title: 'Linter suppression',
            help: 'eslint-disable, @ts-ignore, pylint: disable, type: ignore.',
            cwe: ['CWE-693'],
        },
    ],
    check: suppression_comments_check,
};

// EXTERNAL MODULE: ./.build/lib/scan/rules/pytest-outcome-rewrite.js
var pytest_outcome_rewrite = __webpack_require__(9347);
;// CONCATENATED MODULE: ./.build/lib/scan/rules/test-markers.js

// Whole-file scans judge every line, so these match wherever a test is skipped or focused, in
// every form the runners accept: chained (it.only.each, test.describe.only, it.concurrent.skip),
// imported (from pytest import mark), module-wide (pytestmark = pytest.mark.skip) or raised.
const skipDecorator = /^((pytest\.)?mark\.(skip|skipif|xfail)|unittest\.(skip|skipIf|skipUnless|expectedFailure)|skip|skipIf|skipUnless|expectedFailure)$/;
const skipCall = /^(pytest\.(skip|xfail)|(pytest\.)?mark\.(skip|skipif|xfail)|(unittest\.)?SkipTest|(test\.)?(it|test|describe|context|suite)(\.concurrent)?\.(skip|todo|skipIf|fails|fixme)(\.each)?|xit|xdescribe|xtest|self\.skipTest|(t|b|f|tb)\.(Skip|SkipNow|Skipf)|testing\.Short)$/;
const onlyCall = /^((test\.)?(it|test|describe|context|suite)(\.concurrent)?\.only(\.each)?|fit|fdescribe)$/;
// Hooks that can rewrite what pytest reports, rather than what the tests do.
const outcomeHooks = /^(pytest_runtest_makereport|pytest_report_teststatus|pytest_collection_modifyitems|pytest_runtest_call|pytest_runtest_protocol|pytest_deselected|pytest_sessionfinish|pytest_terminal_summary)$/;
function test_markers_check(facts) {
    const out = [];
    for (const decorator of facts.decorators) {
        if (skipDecorator.test(decorator.name)) {
            out.push({
                ruleId: 'test-skip-added',
                severity: 'medium',
                message: `marks a test skipped or expected to fail (${decorator.name})`,
                loc: decorator.loc,
                evidence: decorator.evidence,
            });
        }
    }
    for (const call of facts.calls) {
        const name = call.callee || (call.method ? `self.${call.method}` : '');
        if (onlyCall.test(name))
            out.push(hit(call, {
                ruleId: 'test-only-added',
                severity: 'high',
                message: `${name} silently skips every other test`,
            }));
        else if (skipCall.test(name))
            out.push(hit(call, {
                ruleId: 'test-skip-added',
                severity: 'medium',
                message: `skips a test (${name})`,
            }));
    }
    if (/(^|\/)conftest\.py$/.test(facts.path)) {
        for (const fn of facts.functions) {
            if (outcomeHooks.test(fn.name)) {
                out.push({
                    ruleId: 'test-outcome-hook',
                    severity: 'high',
                    message: `conftest hook ${fn.name} can rewrite or drop test outcomes`,
                    loc: fn.loc,
                    evidence: `def ${fn.name}`,
                });
            }
        }
    }
    return out;
}
const testMarkers = {
    rules: [
        {
            id: 'test-skip-added',
            category: 'test-integrity',
            title: 'Test skipped',
            help: 'skip/skipif/xfail markers (also module-wide pytestmark), unittest.skip, SkipTest, it.skip, xit, pytest.skip(): a patch that skips tests can hide a regression.',
            cwe: ['CWE-693'],
        },
        {
            id: 'test-only-added',
            category: 'test-integrity',
            title: 'Focused test (.only)',
            help: 'it.only/describe.only/test.only(.each)/fit run one test and silently skip the rest.',
            cwe: ['CWE-693'],
        },
        {
            id: 'test-outcome-hook',
            category: 'test-integrity',
            title: 'Test outcome hook',
            help: 'conftest.py hooks such as pytest_runtest_makereport can turn failures into passes.',
            cwe: ['CWE-693'],
        },
    ],
    check: test_markers_check,
};

// EXTERNAL MODULE: ./.build/lib/scan/rules/test-runner-config.js
var test_runner_config = __webpack_require__(4038);
;// CONCATENATED MODULE: ./.build/lib/scan/rules/change-rules.js
/** Rules about the change itself rather than the code in it; emitted by the diff stage. */
const changeRules = [
    {
        id: 'test-file-deleted',
        category: 'test-integrity',
        title: 'Test file deleted',
        help: 'The change deletes a test file.',
        cwe: ['CWE-693'],
    },
    {
        id: 'test-function-removed',
        category: 'test-integrity',
        title: 'Test removed',
        help: 'A test function or test case present before the change is gone after it.',
        cwe: ['CWE-693'],
    },
    {
        id: 'test-assertion-removed',
        category: 'test-integrity',
        title: 'Assertions removed',
        help: 'A test file has fewer assertion lines after the change than before.',
        cwe: ['CWE-693'],
    },
    {
        id: 'test-assertion-trivial',
        category: 'test-integrity',
        title: 'Always-true assertion added',
        help: 'A test file gains an assertion that cannot fail (assert True, expect(true).toBe(true)), so the test passes whatever the code does.',
        cwe: ['CWE-693'],
    },
    {
        id: 'ci-config-changed',
        category: 'ci-tampering',
        title: 'CI or gate configuration changed',
        help: "Edits to .github/workflows, action.yml, CODEOWNERS or Airlock's own configuration change what checks the change.",
        cwe: ['CWE-284'],
    },
    {
        id: 'repo-symlink-added',
        category: 'repository',
        title: 'Symlink added',
        help: 'A symbolic link can point the build or the gate at files outside the repository.',
        cwe: ['CWE-59'],
    },
    {
        id: 'repo-submodule-added',
        category: 'repository',
        title: 'Submodule added',
        help: 'A submodule pulls in code that this diff does not show.',
        cwe: ['CWE-829'],
    },
];

;// CONCATENATED MODULE: ./.build/lib/scan/shared/test-run-context.js
// Code the test command runs: test files and folders, pytest's conftest and plugins, test-runner
// setup files. A plugin can load from any module, so defining a pytest hook makes a file one.
const testPath = /(^|\/)(tests?|__tests__|testing|spec)\/|(^|\/)(test_[^/]*\.py|[^/]*_test\.(py|go)|conftest\.py|[^/]*\.(test|spec)\.[cm]?[jt]sx?|(jest|vitest)\.setup\.[cm]?[jt]s|setup-?tests\.[cm]?[jt]s)$/i;
const pytestHook = /^pytest_[a-z_]+$/;
/** True when the file's code runs as part of a test run rather than a build or release script. */
function runsInTests(facts) {
    return testPath.test(facts.path) || facts.functions.some((fn) => pytestHook.test(fn.name));
}

;// CONCATENATED MODULE: ./.build/lib/scan/rules/ci-tampering.js




// Tests have no reason to steer the CI job that runs them. Writes to the runner's command files
// (GITHUB_ENV, GITHUB_PATH, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY), to workflows or to git hooks are
// flagged only in code the test run executes (see runsInTests): a release script or an action's
// own source writing GITHUB_OUTPUT, or a generator writing a workflow for review, is not a test.
const runnerFile = /^\$\{?(GITHUB_ENV|GITHUB_PATH|GITHUB_OUTPUT|GITHUB_STEP_SUMMARY)\}?$/;
const gitHook = /(^|\/)\.git\/hooks(\/|$)/;
const shellRunnerWrite = /(>>?|\btee\b(\s+-a)?)\s*["']?\$\{?(GITHUB_ENV|GITHUB_PATH|GITHUB_OUTPUT|GITHUB_STEP_SUMMARY)\b/;
const shellTreeWrite = /(>>?|\b(tee|cp|mv|install|ln)\b[^|;&]*)\s*["']?(\S*\/)?\.(github\/workflows|git\/hooks)\//;
function targetOf(path) {
    if (runnerFile.test(path))
        return 'runner';
    if (gitHook.test(path))
        return 'hook';
    return (0,path_classes/* classifyPath */.qK)((0,posix_paths/* normalisePath */.q)(path)) === 'ci' ? 'workflow' : null;
}
function fileWrite(call) {
    const copies = call.capability === 'fs.copy';
    if (!writesTo(call) && !copies)
        return [];
    // A write on a handle opened for writing was judged where it was opened.
    if (call.method !== undefined && /[wax+]/.test(call.receiver?.handle?.mode ?? ''))
        return [];
    const paths = copies ? namedPaths(call).slice(1) : namedPaths(call).slice(0, 1);
    const target = paths.map(targetOf).find((kind) => kind !== null);
    return target ? [hitFor(call, target, paths.join(' → '))] : [];
}
function shellWrite(call) {
    if (call.capability !== 'process.shell' && call.capability !== 'process.spawn')
        return [];
    const text = commandText(call) ?? '';
    if (shellRunnerWrite.test(text))
        return [hitFor(call, 'runner', 'a runner command file')];
    const tree = shellTreeWrite.exec(text)?.[4];
    if (tree)
        return [hitFor(call, tree === 'github/workflows' ? 'workflow' : 'hook', `.${tree}`)];
    return [];
}
function hitFor(call, target, path) {
    if (target === 'runner')
        return hit(call, {
            ruleId: 'ci-runner-file-write',
            severity: 'critical',
            message: `a test writes to ${path}, which steers later CI steps`,
        });
    if (target === 'workflow')
        return hit(call, {
            ruleId: 'ci-workflow-write',
            severity: 'high',
            message: `a test writes a workflow (${path})`,
        });
    return hit(call, {
        ruleId: 'ci-git-hook-write',
        severity: 'high',
        message: `a test installs a git hook (${path})`,
    });
}
const ciTampering = {
    rules: [
        {
            id: 'ci-runner-file-write',
            category: 'ci-tampering',
            title: 'Test writes to a runner command file',
            help: 'Code run by the tests writes to GITHUB_ENV, GITHUB_PATH, GITHUB_OUTPUT or GITHUB_STEP_SUMMARY: it can set variables, put programs on PATH or forge outputs for the steps after it.',
            cwe: ['CWE-15', 'CWE-494'],
        },
        {
            id: 'ci-workflow-write',
            category: 'ci-tampering',
            title: 'Test writes a workflow',
            help: 'Code run by the tests writes under .github/workflows, where a later push would run it with the repository token.',
            cwe: ['CWE-494'],
        },
        {
            id: 'ci-git-hook-write',
            category: 'ci-tampering',
            title: 'Test installs a git hook',
            help: 'Code run by the tests writes under .git/hooks, which git runs on later commits and checkouts.',
            cwe: ['CWE-506'],
        },
    ],
    check: (facts) => runsInTests(facts)
        ? facts.calls.flatMap((call) => [...fileWrite(call), ...shellWrite(call)])
        : [],
};

;// CONCATENATED MODULE: ./.build/lib/scan/rules/dns-exfiltration.js

// Name lookups by language: the hostname is the first argument.
const resolvers = /^(socket\.(gethostbyname|gethostbyname_ex|getaddrinfo|getfqdn)|dns\.resolver\.(resolve|query|resolve_name)|dns\.(lookup|resolve|resolve4|resolve6|resolveAny|resolveTxt|resolveCname)|dns\.promises\.(lookup|resolve\w*)|net\.(LookupHost|LookupIP|LookupAddr|LookupTXT|LookupCNAME|ResolveIPAddr|ResolveTCPAddr|ResolveUDPAddr))$/;
const resolverMethods = /^(resolve|query|lookup|LookupHost|LookupIP|LookupTXT)$/;
// A lookup command whose name expands a secret-looking variable or a command's output.
const shellLookup = /\b(nslookup|dig|host|getent\s+hosts)\b[^|;&\n]*(\$\{?\w*(TOKEN|SECRET|KEY|PASS|PWD|CRED|AUTH)\w*\}?|\$\((cat|base64|env|printenv|whoami|id)\b)/i;
function isResolver(call) {
    if (resolvers.test(call.callee))
        return true;
    return /[Rr]esolver/.test(call.receiver?.ref ?? '') && resolverMethods.test(call.method ?? '');
}
// A secret placed into a hostname leaves through the resolver. A variable read whole (a host
// named by DB_HOST) is configuration, not a payload: environmentRead marks it with envName.
function carriesSecret(name) {
    return name !== undefined && name.taints.has('secret') && name.envName === undefined;
}
function dns_exfiltration_checkCall(call) {
    if (isResolver(call) && carriesSecret(call.args[0] ?? call.kwargs.get('host')))
        return [
            hit(call, {
                ruleId: 'net-dns-exfiltrate-secret',
                severity: 'critical',
                message: 'resolves a hostname built from a secret: DNS carries it out',
            }),
        ];
    if (call.capability === 'process.shell' && shellLookup.test(commandText(call) ?? ''))
        return [
            hit(call, {
                ruleId: 'net-dns-exfiltrate-secret',
                severity: 'high',
                message: "looks up a hostname built from a secret or a command's output",
            }),
        ];
    return [];
}
const dnsExfiltration = {
    rules: [
        {
            id: 'net-dns-exfiltrate-secret',
            category: 'network',
            title: 'Secret sent through DNS',
            help: "An environment value or credential is placed into a hostname that is then resolved: the lookup reaches the attacker's name server even where HTTP egress is blocked.",
            cwe: ['CWE-201', 'CWE-200'],
        },
    ],
    check: (facts) => facts.calls.flatMap(dns_exfiltration_checkCall),
};

;// CONCATENATED MODULE: ./.build/lib/scan/rule-catalog.js





















/** Rule families that read a parsed file's facts. */
const codeFamilies = [
    networkEgress,
    dnsExfiltration,
    ciTampering,
    downloads,
    processExecution,
    dynamicCode,
    obfuscation,
    deserialisation,
    filesystemAccess,
    destructiveOperations,
    persistence,
    resourceAbuse,
    processKilling,
    nativeCode,
    testMarkers,
    suppressionComments,
    goToolchain,
];
/** Every rule, for SARIF's tool.driver.rules and the docs; ids are unique and stable. */
const allRules = [
    ...codeFamilies.flatMap((family) => family.rules),
    ...install_hooks/* installHookRules */.W,
    ...test_runner_config/* testRunnerConfigRules */.s,
    ...pytest_outcome_rewrite/* pytestOutcomeRules */.D,
    ...changeRules,
];
const byId = new Map(allRules.map((rule) => [rule.id, rule]));
function ruleMeta(id) {
    const meta = byId.get(id);
    if (!meta)
        throw new Error(`unknown rule id ${id}`);
    return meta;
}


/***/ }),

/***/ 3097:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u: () => (/* binding */ checkInstallHooks),
  W: () => (/* binding */ installHookRules)
});

;// CONCATENATED MODULE: ./.build/lib/scan/shared/text-lines.js
/** 1-based line of the first occurrence of `needle`, or 1 when absent. */
function lineOf(text, needle) {
    const index = text.indexOf(needle);
    if (index < 0)
        return 1;
    let line = 1;
    for (let i = 0; i < index; i++)
        if (text.charCodeAt(i) === 10)
            line++;
    return line;
}

;// CONCATENATED MODULE: ./.build/lib/scan/rules/install-hooks.js

const lifecycle = /^(preinstall|install|postinstall|prepare|preprepare|postprepare|prepublish|preuninstall|postuninstall)$/;
const riskyScript = /\b(curl|wget|nc|bash|sh|powershell|eval|base64)\b|node\s+-e|https?:\/\/|\|\s*sh/;
const standardBackends = /^(setuptools\.build_meta(:__legacy__)?|poetry\.core\.masonry\.api|poetry\.masonry\.api|hatchling\.build|flit_core\.buildapi|pdm\.backend|pdm\.pep517\.api|maturin|scikit_build_core\.build|mesonpy|sipbuild\.api|whey|uv_build)$/;
function packageJsonHooks(text) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        return [];
    }
    const scripts = parsed?.scripts;
    if (!scripts || typeof scripts !== 'object')
        return [];
    const out = [];
    for (const [name, command] of Object.entries(scripts)) {
        if (!lifecycle.test(name) || typeof command !== 'string')
            continue;
        const line = lineOf(text, `"${name}"`);
        const risky = riskyScript.test(command);
        out.push({
            ruleId: 'install-hook',
            severity: risky ? 'high' : 'medium',
            message: `package.json '${name}' runs at install time: ${command.slice(0, 80)}`,
            loc: { line, column: 1, endLine: line },
            evidence: command.slice(0, 200),
        });
    }
    return out;
}
function pythonBuildHooks(path, text) {
    const out = [];
    if (/(^|\/)setup\.py$/.test(path) && /\bcmdclass\s*=/.test(text)) {
        const line = lineOf(text, 'cmdclass');
        out.push({
            ruleId: 'install-hook',
            severity: 'high',
            message: 'setup.py overrides build/install commands (cmdclass), running code at install time',
            loc: { line, column: 1, endLine: line },
            evidence: 'cmdclass',
        });
    }
    if (!/(^|\/)pyproject\.toml$/.test(path))
        return out;
    const backend = /^\s*build-backend\s*=\s*["']([^"']+)["']/m.exec(text);
    if (backend?.[1] && !standardBackends.test(backend[1])) {
        const line = lineOf(text, 'build-backend');
        out.push({
            ruleId: 'install-hook',
            severity: 'high',
            message: `pyproject.toml uses a non-standard build backend '${backend[1]}'`,
            loc: { line, column: 1, endLine: line },
            evidence: backend[0].trim(),
        });
    }
    return out;
}
function checkInstallHooks(path, text) {
    if (/(^|\/)package\.json$/.test(path))
        return packageJsonHooks(text);
    return pythonBuildHooks(path, text);
}
const installHookRules = [
    {
        id: 'install-hook',
        category: 'install-hook',
        title: 'Install-time hook',
        help: 'package.json pre/post/install scripts, setup.py cmdclass or a custom build backend run code when the package is installed.',
        cwe: ['CWE-829'],
    },
];


/***/ }),

/***/ 9347:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ pytestOutcomeRules),
/* harmony export */   p: () => (/* binding */ checkOutcomeRewrite)
/* harmony export */ });
// pytest loads plugins from any importable module (-p, entry points, pytest_plugins), so a hook
// that rewrites outcomes is judged in every Python file, not only conftest.py. A results model
// that sets its own `outcome` is not a hook: the rule needs a pytest hook defined in the file.
const definesHook = /^\s*(?:async\s+)?def\s+pytest_(runtest_\w+|report_\w+|terminal_summary|sessionfinish)\s*\(/m;
const rewrites = [
    /^\s*[\w.]+\.outcome\s*=\s*(['"])(passed|skipped)\1/,
    /\bsetattr\(\s*[\w.]+\s*,\s*(['"])outcome\1\s*,\s*(['"])(passed|skipped)\2/,
    /^\s*[\w.]+\.(longrepr|wasxfail)\s*=\s*(None|['"])/,
    /\.force_result\(/,
];
const pytestOutcomeRules = [
    {
        id: 'test-outcome-rewrite',
        category: 'test-integrity',
        title: 'pytest outcome rewritten',
        help: 'A pytest hook sets report.outcome to "passed" (or clears the failure, or forces a result): failing tests are reported as passing. Plugins load from any module, so every file is checked.',
        cwe: ['CWE-693'],
    },
];
/** Lines of a Python file that rewrite a test report's outcome inside a module with pytest hooks. */
function checkOutcomeRewrite(path, text) {
    if (!/\.py$/.test(path) || !definesHook.test(text))
        return [];
    const out = [];
    text.split('\n').forEach((line, index) => {
        if (/^\s*#/.test(line) || !rewrites.some((pattern) => pattern.test(line)))
            return;
        out.push({
            ruleId: 'test-outcome-rewrite',
            severity: 'critical',
            message: 'a pytest hook rewrites a test outcome: failures are reported as passes',
            loc: { line: index + 1, column: 1, endLine: index + 1 },
            evidence: line.trim().slice(0, 200),
        });
    });
    return out;
}


/***/ }),

/***/ 4038:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ checkTestRunnerConfig),
/* harmony export */   s: () => (/* binding */ testRunnerConfigRules)
/* harmony export */ });
const configFile = /(^|\/)(pytest\.ini|tox\.ini|setup\.cfg|pyproject\.toml|conftest\.py|(vitest|vite|jest|karma|playwright|cypress)\.config\.[cm]?[jt]s|jest\.config\.json|\.mocharc\.[a-z]+|package\.json|Makefile|noxfile\.py)$/;
const excludes = /(--ignore(-glob)?[= ]|--deselect\b|-k\s+["']?not\b|\bcollect_ignore|\btestPathIgnorePatterns\b|\bmodulePathIgnorePatterns\b|\bexclude\s*[:=]|\bnorecursedirs\b|--passWithNoTests|\btestIgnore\b)/;
const masked = /(pytest|jest|vitest|mocha|npm\s+(run\s+)?test|go\s+test|cargo\s+test|tox|make\s+test|unittest)[^\n|;&]*(\|\|\s*(true|:|exit\s+0)|;\s*exit\s+0|\s-+(exitfirst=false|exit-zero))/;
const snapshotUpdate = /(--update-snapshots?|--snapshot-update|--ci=false|\s-u\b)/;
function lineHits(path, text) {
    const out = [];
    const lines = text.split('\n');
    const isConfig = configFile.test(path);
    lines.forEach((line, index) => {
        const loc = { line: index + 1, column: 1, endLine: index + 1 };
        const evidence = line.trim().slice(0, 200);
        if (masked.test(line))
            out.push({
                ruleId: 'test-result-masked',
                severity: 'high',
                message: 'a test command ignores its own failure (|| true / exit 0)',
                loc,
                evidence,
            });
        else if (isConfig && excludes.test(line))
            out.push({
                ruleId: 'test-config-exclusion',
                severity: 'medium',
                message: 'test-runner configuration excludes tests from the run',
                loc,
                evidence,
            });
        else if (isConfig && /\b(test|pytest|jest|vitest)\b/.test(line) && snapshotUpdate.test(line))
            out.push({
                ruleId: 'test-snapshot-rewrite',
                severity: 'medium',
                message: 'the test command rewrites snapshots instead of checking them',
                loc,
                evidence,
            });
    });
    return out;
}
function checkTestRunnerConfig(path, text) {
    const shellish = /\.(sh|bash|ya?ml|toml|ini|cfg|json|[cm]?[jt]s)$|(^|\/)Makefile$/.test(path);
    return shellish || configFile.test(path) ? lineHits(path, text) : [];
}
const testRunnerConfigRules = [
    {
        id: 'test-result-masked',
        category: 'test-integrity',
        title: 'Test failure masked',
        help: "'|| true' or 'exit 0' after a test command turns every failure into a pass.",
        cwe: ['CWE-693'],
    },
    {
        id: 'test-config-exclusion',
        category: 'test-integrity',
        title: 'Tests excluded by configuration',
        help: 'Runner configuration (--ignore, --deselect, -k not, testPathIgnorePatterns, exclude) drops tests from the run.',
        cwe: ['CWE-693'],
    },
    {
        id: 'test-snapshot-rewrite',
        category: 'test-integrity',
        title: 'Snapshots rewritten',
        help: 'Snapshot files are changed, or the test command updates snapshots (-u) instead of checking them.',
        cwe: ['CWE-693'],
    },
];


/***/ }),

/***/ 918:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ sarifRuleDescriptor),
/* harmony export */   _: () => (/* binding */ sarifReport)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _rule_catalog_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5886);


const level = {
    low: 'note',
    medium: 'warning',
    high: 'error',
    critical: 'error',
};
// GitHub code scanning ranks alerts by this property (0.0–10.0).
const securitySeverity = {
    low: '3.0',
    medium: '5.5',
    high: '8.0',
    critical: '9.5',
};
/** A fingerprint that survives the finding moving to another line. */
function fingerprint(finding) {
    const material = `${finding.ruleId}\0${finding.path}\0${finding.evidence.trim()}`;
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(material).digest('hex').slice(0, 32);
}
function result(finding) {
    return {
        ruleId: finding.ruleId,
        ruleIndex: _rule_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .allRules */ .V7.findIndex((rule) => rule.id === finding.ruleId),
        level: level[finding.severity],
        message: { text: finding.message },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: encodeURI(finding.path), uriBaseId: '%SRCROOT%' },
                    region: {
                        startLine: finding.line,
                        startColumn: finding.column,
                        endLine: Math.max(finding.endLine, finding.line),
                        snippet: { text: finding.evidence },
                    },
                },
            },
        ],
        partialFingerprints: { 'airlockFinding/v1': fingerprint(finding) },
        properties: { severity: finding.severity, category: finding.category },
    };
}
/** One rule's SARIF descriptor: help text, and the CWE and severity tags code scanning reads. */
function sarifRuleDescriptor(rule, securitySeverityScore) {
    return {
        id: rule.id,
        name: rule.title.replace(/[^A-Za-z0-9]+/g, ''),
        shortDescription: { text: rule.title },
        fullDescription: { text: rule.help },
        help: {
            text: rule.help,
            markdown: `**${rule.title}**\n\n${rule.help}\n\n${rule.cwe.join(', ')}`,
        },
        properties: {
            tags: [
                'security',
                rule.category,
                ...rule.cwe.map((cwe) => `external/cwe/${cwe.toLowerCase()}`),
            ],
            'security-severity': securitySeverityScore,
        },
    };
}
/** SARIF 2.1.0 log with one run: rules with help and CWE tags, results with fingerprints. */
function sarifReport(report, options) {
    const worst = new Map();
    const order = ['low', 'medium', 'high', 'critical'];
    for (const finding of report.findings) {
        const seen = worst.get(finding.ruleId);
        if (!seen || order.indexOf(finding.severity) > order.indexOf(seen))
            worst.set(finding.ruleId, finding.severity);
    }
    const rules = _rule_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .allRules */ .V7.map((rule) => sarifRuleDescriptor(rule, securitySeverity[worst.get(rule.id) ?? 'medium']));
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'Airlock',
                        informationUri: 'https://github.com/airlock',
                        semanticVersion: options.version,
                        rules,
                    },
                },
                automationDetails: { id: options.automationId },
                results: report.findings.map(result),
                properties: { skipped: report.stats.skipped },
            },
        ],
    };
}


/***/ }),

/***/ 6225:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qj: () => (/* binding */ changeLanguages),
/* harmony export */   Vc: () => (/* binding */ scanChanges)
/* harmony export */ });
/* unused harmony export filterToAddedLines */
/* harmony import */ var _change_findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9231);
/* harmony import */ var _scan_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4538);
/* harmony import */ var _shared_syntax_parser_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8871);



// Enough of a file to read its '#!' line.
const SHEBANG_PROBE = 256;
/** The grammars a change set needs, so the CLI compiles only those. */
function changeLanguages(changes) {
    const out = new Set();
    for (const change of changes.files) {
        for (const [path, bytes] of [
            [change.path, change.newBytes],
            [change.oldPath ?? change.path, change.oldBytes],
        ]) {
            if (!bytes)
                continue;
            const head = new TextDecoder().decode(bytes.subarray(0, SHEBANG_PROBE));
            const language = (0,_shared_syntax_parser_js__WEBPACK_IMPORTED_MODULE_2__/* .languageOf */ .e)(path, head);
            if (language)
                out.add(language);
        }
    }
    return out;
}
/** Keeps findings that touch a line the patch added or changed. */
function filterToAddedLines(findings, added) {
    return findings.filter((finding) => {
        for (let line = finding.line; line <= Math.max(finding.line, finding.endLine); line++)
            if (added.has(line))
                return true;
        return false;
    });
}
// `it('…')` as a global or imported from a test framework (resolved to 'vitest.it', …).
const testCaseCallee = /^(?:(?:vitest|mocha|@jest\/globals|node:test|bun:test)\.)?(it|test|specify)$/;
function testNames(facts) {
    const names = new Set();
    for (const fn of facts?.functions ?? [])
        if (/^test/i.test(fn.name))
            names.add(fn.name);
    for (const call of facts?.calls ?? []) {
        if (testCaseCallee.test(call.callee) && call.args[0]?.text !== undefined)
            names.add(call.args[0].text);
    }
    return names;
}
function removedTests(change, texts, deps) {
    const { oldText, newFacts } = texts;
    const before = testNames((0,_scan_file_js__WEBPACK_IMPORTED_MODULE_1__/* .factsOf */ .xS)(change.oldPath ?? change.path, oldText, deps));
    const after = testNames(newFacts);
    const gone = [...before].filter((name) => !after.has(name));
    if (gone.length === 0)
        return [];
    const where = change.removed[0]?.anchor ?? 1;
    return [
        (0,_change_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .changeFinding */ .sS)(change, {
            ruleId: 'test-function-removed',
            severity: 'high',
            message: `removes test(s): ${gone.slice(0, 5).join(', ')}`,
            line: where,
        }),
    ];
}
function scanChange(original, deps) {
    let change = original;
    const findings = (0,_change_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .structuralFindings */ .wV)(change);
    if (!change.newBytes)
        return { findings, lines: 0, ...(change.skipped ? { skipped: change.skipped } : {}) };
    const decoded = (0,_scan_file_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeSource */ .E4)(change.newBytes);
    if (decoded.text === undefined)
        return { findings, lines: 0, skipped: decoded.skipped ?? 'unreadable' };
    const { scan, facts } = (0,_scan_file_js__WEBPACK_IMPORTED_MODULE_1__/* .scanSource */ .bX)(change.path, decoded.text, deps);
    // A removal at the end of the file anchors one past its last line; point at the last line.
    const lastLine = Math.max(1, scan.lines - (decoded.text.endsWith('\n') ? 1 : 0));
    change = {
        ...change,
        removed: change.removed.map((line) => ({ ...line, anchor: Math.min(line.anchor, lastLine) })),
    };
    findings.push(...filterToAddedLines(scan.findings, new Set(change.added)));
    const oldText = change.oldBytes ? (0,_scan_file_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeSource */ .E4)(change.oldBytes).text : undefined;
    findings.push(...(0,_change_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .assertionFindings */ .JA)(change, oldText, decoded.text));
    if (oldText !== undefined && _change_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .testPath */ .Ae.test(change.path))
        findings.push(...removedTests(change, { oldText, newFacts: facts }, deps));
    return {
        findings,
        lines: change.added.length,
        ...(scan.skipped ? { skipped: scan.skipped } : {}),
    };
}
/** Diff mode: findings on added or changed lines, plus findings about the diff itself. */
function scanChanges(changes, deps) {
    const started = deps.clock();
    const findings = [];
    const skipped = [];
    let files = 0;
    let lines = 0;
    for (const change of changes.files) {
        const scan = scanChange(change, deps);
        findings.push(...scan.findings);
        if (scan.skipped)
            skipped.push({ path: change.path, reason: scan.skipped });
        if (change.newBytes)
            files++;
        lines += scan.lines;
    }
    return {
        findings,
        stats: { files, lines, durationMs: Math.round(deps.clock() - started), skipped },
    };
}


/***/ }),

/***/ 4538:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gZ: () => (/* binding */ MAX_FILE_BYTES),
  E4: () => (/* binding */ decodeSource),
  xS: () => (/* binding */ factsOf),
  vw: () => (/* binding */ scanBytes),
  bX: () => (/* binding */ scanSource)
});

// UNUSED EXPORTS: scanText, toFindings

// EXTERNAL MODULE: ./.build/lib/scan/shared/code-facts.js
var code_facts = __webpack_require__(795);
;// CONCATENATED MODULE: ./.build/lib/scan/shared/fact-collector.js
// Evidence is shown to reviewers and in SARIF; one long minified line must not flood them.
const MAX_EVIDENCE = 200;
// Deeper syntax than this is pathological (generated or hostile); we stop descending, never crash.
const MAX_DEPTH = 150;
function locOf(node) {
    return {
        line: node.startPosition.row + 1,
        column: node.startPosition.column + 1,
        endLine: node.endPosition.row + 1,
    };
}
function evidenceOf(node) {
    const firstLine = node.text.split('\n', 1)[0] ?? '';
    return firstLine.length > MAX_EVIDENCE ? `${firstLine.slice(0, MAX_EVIDENCE)}…` : firstLine;
}
/** Runs `step` one level deeper; past MAX_DEPTH it returns `fallback` instead of descending. */
function deeper(ctx, fallback, step) {
    if (ctx.depth > MAX_DEPTH)
        return fallback;
    ctx.depth++;
    try {
        return step();
    }
    finally {
        ctx.depth--;
    }
}
/** Lexical scopes: a chain of maps from a name to its abstract value. */
class Scope {
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
class FactCollector {
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
function collectComments(root, into) {
    for (const node of root.descendantsOfType('comment')) {
        if (node)
            into.push({ text: node.text, loc: locOf(node) });
    }
}

;// CONCATENATED MODULE: ./.build/lib/scan/shared/environment-reads.js
// Files the runner reads back after the step: a line written to GITHUB_ENV or GITHUB_PATH changes
// what later steps run; GITHUB_OUTPUT and GITHUB_STEP_SUMMARY feed outputs and the summary.
const ciControlVariables = new Set([
    'GITHUB_ENV',
    'GITHUB_PATH',
    'GITHUB_OUTPUT',
    'GITHUB_STEP_SUMMARY',
]);
/**
 * The value of reading the environment variable `name` (a constant) into `value`: it records the
 * name, and a CI control file's variable reads as the path "$NAME", so path rules can judge it.
 */
function environmentRead(name, value) {
    if (name === undefined || !/^\w{1,100}$/.test(name))
        return value;
    const read = { ...value, envName: name };
    return ciControlVariables.has(name) ? { ...read, text: `$${name}` } : read;
}

// EXTERNAL MODULE: ./.build/lib/scan/shared/fold-strings.js
var fold_strings = __webpack_require__(6680);
;// CONCATENATED MODULE: ./.build/lib/scan/go/go-call-table.js
// What Go's standard library does, by import path and name: 'os/exec.Command' whatever the
// package was imported as. Methods are judged by the handle their receiver holds.
const words = (text) => text.split(' ');
const byName = [
    [
        'process.spawn',
        words('os/exec.Command os/exec.CommandContext syscall.Exec syscall.ForkExec syscall.StartProcess os.StartProcess golang.org/x/sys/unix.Exec'),
    ],
    ['process.kill', words('syscall.Kill golang.org/x/sys/unix.Kill')],
    [
        'net.http',
        words('net/http.Get net/http.Post net/http.PostForm net/http.Head net/http.DefaultClient.Do'),
    ],
    [
        'net.socket',
        words('net.Dial net.DialTimeout net.DialTCP net.DialUDP net.DialIP net.DialUnix crypto/tls.Dial'),
    ],
    ['fs.open', words('os.Open os.OpenFile os.Create')],
    ['fs.read', words('os.ReadFile io/ioutil.ReadFile')],
    ['fs.write', words('os.WriteFile io/ioutil.WriteFile')],
    ['fs.delete', words('os.Remove os.RemoveAll os.Truncate')],
    [
        'fs.list',
        words('os.ReadDir io/ioutil.ReadDir path/filepath.Walk path/filepath.WalkDir path/filepath.Glob'),
    ],
    ['fs.chmod', words('os.Chmod os.Chown os.Lchown')],
    ['fs.copy', words('os.Rename os.Link os.Symlink')],
    [
        'native',
        words('syscall.Syscall syscall.Syscall6 syscall.RawSyscall syscall.RawSyscall6 syscall.Mmap syscall.PtraceAttach golang.org/x/sys/unix.Syscall golang.org/x/sys/unix.RawSyscall unsafe.Pointer plugin.Open'),
    ],
];
const table = new Map(byName.flatMap(([capability, names]) => names.map((name) => [name, capability])));
const goSecretSources = new Set(words('os.Getenv os.LookupEnv os.Environ syscall.Getenv syscall.Environ'));
const goEnvironmentGetters = new Set(words('os.Getenv os.LookupEnv syscall.Getenv'));
const goDecoders = /^encoding\/(base64\.\w+Encoding\.DecodeString|hex\.DecodeString)$/;
/** Methods by the kind of handle they are called on. */
const methods = {
    file: new Map([
        ['Write', 'fs.write'],
        ['WriteString', 'fs.write'],
        ['WriteAt', 'fs.write'],
    ]),
    socket: new Map([
        ['Write', 'net.socket'],
        ['WriteTo', 'net.socket'],
    ]),
    http: new Map([
        ['Do', 'net.http'],
        ['Get', 'net.http'],
        ['Post', 'net.http'],
        ['PostForm', 'net.http'],
        ['Head', 'net.http'],
    ]),
    process: new Map([['Kill', 'process.kill']]),
};
function goCapability(callee, method, handle) {
    const named = table.get(callee);
    if (named)
        return named;
    return handle && method ? (methods[handle].get(method) ?? null) : null;
}

;// CONCATENATED MODULE: ./.build/lib/scan/shared/merge-values.js

/** Joins the values a name may hold: text survives only when every value agrees on it. */
function mergeValues(values) {
    const first = values[0];
    if (!first)
        return code_facts/* unknownValue */.Uo;
    if (values.length === 1)
        return first;
    const text = values.every((value) => value.text === first.text) ? first.text : undefined;
    const handle = values.find((value) => value.handle)?.handle;
    const out = {
        taints: (0,code_facts/* mergeTaints */.A4)(values),
    };
    if (text !== undefined)
        out.text = text;
    if (handle)
        out.handle = handle;
    return out;
}
/** A value carrying extra taints on top of an existing one. */
function withTaints(value, ...labels) {
    const taints = new Set(value.taints);
    for (const label of labels)
        taints.add(label);
    return { ...value, taints };
}
/** A derived value: the union of its inputs' taints, with no text of its own. */
function derived(values, text) {
    const taints = (0,code_facts/* mergeTaints */.A4)(values);
    return text === undefined ? { taints } : { text, taints };
}
/** Stable text for comparing what two analysis rounds learnt. */
function valueSignature(value) {
    return `${value.text ?? '?'}|${[...value.taints].sort().join(',')}|${value.handle?.kind ?? ''}:${value.handle?.path ?? ''}`;
}

// EXTERNAL MODULE: ./.build/lib/scan/shared/path-classes.js
var path_classes = __webpack_require__(2186);
;// CONCATENATED MODULE: ./.build/lib/scan/go/go-expressions.js







/** The abstract value of a Go expression; calls met on the way are recorded as facts. */
function evalGo(node, ctx) {
    return deeper(ctx, code_facts/* unknownValue */.Uo, () => evalNode(node, ctx));
}
function evalNode(node, ctx) {
    switch (node.type) {
        case 'interpreted_string_literal':
        case 'raw_string_literal':
            return stringLiteral(node, ctx);
        case 'int_literal':
            return (0,code_facts/* constant */.dY)(node.text);
        case 'identifier':
            return identifier(node.text, ctx);
        case 'selector_expression':
            return selector(node, ctx);
        case 'binary_expression':
            return binary(node, ctx);
        case 'call_expression':
            return callExpression(node, ctx);
        case 'composite_literal':
            return compositeLiteral(node, ctx);
        case 'unary_expression':
        case 'parenthesized_expression': {
            // &http.Client{} and (x) are the value itself, handle included.
            const operand = node.childForFieldName('operand') ?? node.namedChildren[0];
            return operand ? evalGo(operand, ctx) : code_facts/* unknownValue */.Uo;
        }
        default:
            return derived(node.namedChildren.map((child) => evalGo(child, ctx)));
    }
}
function stringLiteral(node, ctx) {
    const raw = node.text.slice(1, -1);
    let text = raw;
    if (node.type === 'interpreted_string_literal') {
        try {
            const decoded = JSON.parse(`"${raw.replace(/\\x([0-9a-fA-F]{2})/g, '\\u00$1')}"`);
            text = typeof decoded === 'string' ? decoded : raw;
        }
        catch {
            text = raw;
        }
    }
    if (text.length > 1)
        ctx.facts.strings.push({ text, loc: locOf(node) });
    return (0,code_facts/* constant */.dY)(text);
}
function identifier(name, ctx) {
    const bound = ctx.scope.get(name);
    if (bound)
        return bound;
    const path = ctx.imports.get(name);
    return path ? { taints: new Set(), ref: path } : code_facts/* unknownValue */.Uo;
}
function selector(node, ctx) {
    const operand = node.childForFieldName('operand');
    const field = node.childForFieldName('field')?.text ?? '';
    const base = operand ? evalGo(operand, ctx) : code_facts/* unknownValue */.Uo;
    const ref = base.ref ? `${base.ref}.${field}` : undefined;
    const value = derived([base]);
    if (ref === 'net/http.DefaultClient')
        return { ...value, ref, handle: { kind: 'http' } };
    if (ref)
        return { ...value, ref };
    return base.handle ? { ...value, handle: base.handle } : value;
}
function binary(node, ctx) {
    const left = evalGo(node.childForFieldName('left') ?? node, ctx);
    const right = evalGo(node.childForFieldName('right') ?? node, ctx);
    const plus = node.childForFieldName('operator')?.text === '+';
    const text = plus ? (0,fold_strings/* concatTexts */.Hc)([left.text, right.text]) : undefined;
    return derived([left, right], text);
}
function compositeLiteral(node, ctx) {
    const type = node.childForFieldName('type')?.text ?? '';
    const body = node.childForFieldName('body');
    const value = derived(body ? body.namedChildren.map((child) => evalGo(child, ctx)) : []);
    const http = ctx.imports.get(type.split('.')[0] ?? '') === 'net/http';
    return http && type.endsWith('.Client') ? { ...value, handle: { kind: 'http' } } : value;
}
function callExpression(node, ctx) {
    const fn = node.childForFieldName('function');
    const args = (node.childForFieldName('arguments')?.namedChildren ?? []).map((arg) => evalGo(arg, ctx));
    let callee = fn?.text ?? '';
    let receiver;
    let method;
    if (fn?.type === 'selector_expression') {
        const operand = fn.childForFieldName('operand');
        method = fn.childForFieldName('field')?.text;
        receiver = operand ? evalGo(operand, ctx) : code_facts/* unknownValue */.Uo;
        callee = receiver.ref ? `${receiver.ref}.${method ?? ''}` : callee;
    }
    else if (fn?.type === 'identifier') {
        // `run := exec.Command` then run(...): the value remembers what it names.
        callee = ctx.scope.get(fn.text)?.ref ?? callee;
    }
    else if (fn?.type === 'func_literal') {
        evalGo(fn, ctx);
    }
    const call = goCall({ node, callee, method, receiver, args, ctx });
    ctx.facts.calls.push(call);
    return callResult(call);
}
function goCall(parts) {
    const { node, callee, method, receiver, args } = parts;
    const capability = goCapability(callee, method, receiver?.handle?.kind);
    // exec.Command takes its argv as separate arguments: one list, as Python's subprocess has it.
    const argv = capability === 'process.spawn' && !callee.startsWith('syscall.');
    const fields = {
        capability,
        callee,
        args: argv ? [{ ...derived(args), items: args }] : args,
        // The open mode as a keyword, where writesTo() reads Python's open(..., mode=).
        kwargs: new Map(capability === 'fs.open' ? [['mode', (0,code_facts/* constant */.dY)(openMode(callee, evidenceOf(node)))]] : []),
        loc: locOf(node),
        inLoop: parts.ctx.inLoop,
        evidence: evidenceOf(node),
        computedCallee: false,
    };
    const withMethod = method !== undefined && !receiver?.ref ? { ...fields, method } : fields;
    return receiver && !receiver.ref ? { ...withMethod, receiver } : withMethod;
}
// os.OpenFile's flags say whether it writes: O_WRONLY, O_RDWR, O_APPEND, O_CREATE, O_TRUNC.
function openMode(callee, flags) {
    if (callee === 'os.Create')
        return 'w';
    if (callee === 'os.Open')
        return 'r';
    if (/O_APPEND/.test(flags))
        return 'a';
    return /O_WRONLY|O_RDWR|O_CREATE|O_TRUNC/.test(flags) ? 'w' : 'r';
}
function callResult(call) {
    const first = call.args[0];
    if (goSecretSources.has(call.callee)) {
        const value = withTaints(derived([]), 'secret');
        return goEnvironmentGetters.has(call.callee) ? environmentRead(first?.text, value) : value;
    }
    if (goDecoders.test(call.callee)) {
        const text = first?.text;
        const decoded = text === undefined
            ? undefined
            : call.callee.includes('hex')
                ? (0,fold_strings/* decodeHex */.EF)(text)
                : (0,fold_strings/* decodeBase64 */.y4)(text);
        return withTaints(derived(call.args, decoded), 'decoded');
    }
    return capabilityResult(call) ?? derived([call.receiver, ...call.args]);
}
function capabilityResult(call) {
    const path = call.args[0]?.text;
    switch (call.capability) {
        case 'fs.open': {
            const handle = {
                kind: 'file',
                mode: call.kwargs.get('mode')?.text ?? 'r',
                ...(path === undefined ? {} : { path }),
            };
            return { taints: new Set(), handle };
        }
        case 'fs.read': {
            const value = withTaints(derived([]), 'file');
            return path !== undefined && (0,path_classes/* classifyPath */.qK)(path) === 'credential'
                ? withTaints(value, 'secret')
                : value;
        }
        case 'net.http':
            return { ...withTaints(derived([]), 'network'), handle: { kind: 'http' } };
        case 'net.socket':
            return { taints: new Set(['socket']), handle: { kind: 'socket' } };
        default:
            return undefined;
    }
}

;// CONCATENATED MODULE: ./.build/lib/scan/go/go-facts.js



/** Lowers a Go syntax tree into facts: imports resolve package names, assignments carry values. */
function goFacts(root, path) {
    const ctx = {
        scope: new Scope(),
        facts: new FactCollector(),
        imports: new Map(),
        inLoop: false,
        depth: 0,
    };
    for (const spec of root.descendantsOfType('import_spec'))
        importSpec(spec, ctx);
    walkGo(root, ctx);
    collectComments(root, ctx.facts.comments);
    return ctx.facts.finish(path, 'go');
}
// cgo: `import "C"` compiles the C in the comment above it into the package.
function importSpec(spec, ctx) {
    const path = (spec.childForFieldName('path')?.text ?? '').slice(1, -1);
    const alias = spec.childForFieldName('name')?.text;
    const name = alias ?? path.split('/').pop() ?? path;
    if (name !== '_' && name !== '.')
        ctx.imports.set(name, path);
    if (path === 'C')
        ctx.facts.calls.push(importFact(spec, 'cgo.import'));
}
function importFact(node, callee) {
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
function walkGo(node, ctx) {
    deeper(ctx, undefined, () => walkNode(node, ctx));
}
const expression = /(_expression|_literal)$|^identifier$/;
function walkNode(node, ctx) {
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
            return go_facts_assign(node.childForFieldName('left'), node.childForFieldName('right'), ctx);
        case 'var_spec':
        case 'const_spec':
            return declare(node, ctx);
        case 'for_statement':
            return loop(node, ctx);
        default:
            for (const child of node.namedChildren) {
                if (expression.test(child.type))
                    evalGo(child, ctx);
                else
                    walkGo(child, ctx);
            }
    }
}
function inScope(node, ctx) {
    const outer = ctx.scope;
    ctx.scope = outer.child();
    try {
        const body = node.childForFieldName('body');
        if (body)
            walkGo(body, ctx);
    }
    finally {
        ctx.scope = outer;
    }
}
function loop(node, ctx) {
    const outer = ctx.inLoop;
    ctx.inLoop = true;
    try {
        for (const child of node.namedChildren)
            walkGo(child, ctx);
    }
    finally {
        ctx.inLoop = outer;
    }
}
// `a, err := f()` binds the call's value to the first name; the rest (errors, ok) stay unknown.
function go_facts_assign(left, right, ctx) {
    const values = (right?.namedChildren ?? []).map((child) => evalGo(child, ctx));
    const names = left?.namedChildren ?? [];
    names.forEach((name, index) => {
        if (name.type !== 'identifier' || name.text === '_')
            return;
        ctx.scope.set(name.text, values[index] ?? code_facts/* unknownValue */.Uo);
    });
}
function declare(node, ctx) {
    const value = node.childForFieldName('value');
    const values = (value?.namedChildren ?? []).map((child) => evalGo(child, ctx));
    node.childrenForFieldName('name').forEach((name, index) => {
        ctx.scope.set(name.text, values[index] ?? code_facts/* unknownValue */.Uo);
    });
}

;// CONCATENATED MODULE: ./.build/lib/scan/javascript/javascript-call-table.js
const javascript_call_table_words = (text) => text.split(' ');
// Node's built-ins and common packages, by resolved name ('node:' prefixes are dropped first).
const javascript_call_table_byName = [
    [
        'process.shell',
        javascript_call_table_words('child_process.exec child_process.execSync shelljs.exec execa.execaCommand execa.execaCommandSync execa.$'),
    ],
    [
        'process.spawn',
        javascript_call_table_words('child_process.spawn child_process.spawnSync child_process.execFile child_process.execFileSync execa execa.execa execa.execaSync cross-spawn Bun.spawn Deno.run'),
    ],
    ['process.fork', javascript_call_table_words('child_process.fork cluster.fork')],
    ['process.kill', javascript_call_table_words('process.kill')],
    [
        'net.http',
        javascript_call_table_words('fetch http.request http.get https.request https.get axios axios.get axios.post axios.put axios.patch axios.delete axios.request got got.get got.post node-fetch undici.request undici.fetch request superagent.get superagent.post XMLHttpRequest WebSocket ws navigator.sendBeacon'),
    ],
    [
        'net.socket',
        javascript_call_table_words('net.connect net.createConnection net.Socket tls.connect dgram.createSocket'),
    ],
    [
        'fs.read',
        javascript_call_table_words('fs.readFileSync fs.readFile fs.promises.readFile fs/promises.readFile fs.createReadStream fs.openSync fs.open'),
    ],
    [
        'fs.write',
        javascript_call_table_words('fs.writeFileSync fs.writeFile fs.appendFileSync fs.appendFile fs.promises.writeFile fs.promises.appendFile fs/promises.writeFile fs/promises.appendFile fs.createWriteStream'),
    ],
    [
        'fs.delete',
        javascript_call_table_words('fs.rmSync fs.rm fs.unlinkSync fs.unlink fs.rmdirSync fs.rmdir fs.promises.rm fs.promises.unlink fs/promises.rm fs/promises.unlink rimraf rimraf.sync del fs-extra.remove fs-extra.removeSync'),
    ],
    [
        'fs.list',
        javascript_call_table_words('fs.readdirSync fs.readdir fs.promises.readdir fs/promises.readdir fs.opendirSync glob glob.sync fast-glob'),
    ],
    [
        'fs.copy',
        javascript_call_table_words('fs.copyFileSync fs.copyFile fs.cpSync fs.cp fs.renameSync fs.rename fs.symlinkSync fs.symlink fs/promises.copyFile'),
    ],
    ['fs.chmod', javascript_call_table_words('fs.chmodSync fs.chmod fs.chownSync fs.chown')],
    [
        'code.eval',
        javascript_call_table_words('eval Function vm.runInThisContext vm.runInNewContext vm.runInContext vm.Script vm.compileFunction vm.SourceTextModule'),
    ],
    [
        'deserialise',
        javascript_call_table_words('node-serialize.unserialize serialize-to-js.deserialize v8.deserialize funcster.deepDeserialize'),
    ],
    [
        'native',
        javascript_call_table_words('process.binding process._linkedBinding process.dlopen ffi-napi.Library ffi.Library ref-napi koffi.load'),
    ],
];
const javascript_call_table_table = new Map();
for (const [capability, names] of javascript_call_table_byName)
    for (const name of names)
        javascript_call_table_table.set(name, capability);
function javascriptCapability(callee) {
    return javascript_call_table_table.get(callee) ?? null;
}
/** Resolved names whose value is a secret. */
const javascriptSecretRefs = /^(process\.env|Deno\.env|Bun\.env)(\.|$)/;

;// CONCATENATED MODULE: ./.build/lib/scan/javascript/javascript-refs.js
// `node:fs` and `globalThis.fetch` name the same things as `fs` and `fetch`.
const globalObjects = /^(globalThis|global|window|self)\./;
function normaliseJsRef(ref) {
    return ref.replace(/^node:/, '').replace(globalObjects, '');
}

;// CONCATENATED MODULE: ./.build/lib/scan/javascript/javascript-calls.js






function resolveCallee(node, ctx) {
    if (!node)
        return { ref: '', viaString: false };
    if (node.type === 'member_expression' || node.type === 'subscript_expression') {
        const object = node.childForFieldName('object');
        const property = node.childForFieldName('property') ?? node.childForFieldName('index');
        const receiver = object ? ctx.evaluate(object, ctx) : code_facts/* unknownValue */.Uo;
        const computed = node.type === 'subscript_expression';
        const method = computed
            ? property
                ? ctx.evaluate(property, ctx).text
                : undefined
            : property?.text;
        const ref = receiver.ref && method !== undefined ? normaliseJsRef(`${receiver.ref}.${method}`) : '';
        return {
            ref,
            viaString: computed || receiver.viaString === true,
            receiver,
            ...(method === undefined ? {} : { method }),
        };
    }
    const value = ctx.evaluate(node, ctx);
    return { ref: normaliseJsRef(value.ref ?? ''), viaString: value.viaString === true };
}
function evalArguments(node, ctx) {
    if (!node)
        return [];
    return node.namedChildren
        .filter((child) => child.type !== 'comment')
        .map((child) => ctx.evaluate(child.type === 'spread_element' ? (child.namedChildren[0] ?? child) : child, ctx));
}
function evalJavascriptCall(node, ctx) {
    const callee = resolveCallee(node.childForFieldName('function') ?? node.childForFieldName('constructor'), ctx);
    const args = evalArguments(node.childForFieldName('arguments'), ctx);
    if (callee.ref === 'require' || callee.ref === 'import') {
        const name = args[0]?.text;
        const literal = node.childForFieldName('arguments')?.namedChildren[0]?.type === 'string';
        recordCall(node, { callee: { ...callee, ref: callee.ref }, args, capability: null }, ctx);
        return name === undefined
            ? code_facts/* unknownValue */.Uo
            : { taints: new Set(), ref: normaliseJsRef(name), viaString: !literal };
    }
    const capability = adjustCapability(javascriptCapability(callee.ref), args);
    const fact = recordCall(node, { callee, args, capability }, ctx);
    return javascriptCallResult(fact);
}
function adjustCapability(capability, args) {
    const options = args.find((arg) => arg.fields?.has('shell'));
    const shell = options?.fields?.get('shell');
    if (capability === 'process.spawn' && shell && shell.text !== 'false')
        return 'process.shell';
    return capability;
}
function recordCall(node, call, ctx) {
    const { callee, args, capability } = call;
    const fact = {
        capability,
        callee: callee.ref,
        args,
        kwargs: new Map(),
        loc: locOf(node),
        inLoop: ctx.inLoop,
        evidence: evidenceOf(node),
        computedCallee: callee.viaString,
        ...(callee.method === undefined ? {} : { method: callee.method }),
        ...(callee.receiver === undefined ? {} : { receiver: callee.receiver }),
    };
    ctx.facts.calls.push(fact);
    return fact;
}
function javascriptCallResult(call) {
    const inputs = [call.receiver && !call.receiver.ref ? call.receiver : undefined, ...call.args];
    if (call.capability === 'net.http')
        return { ...withTaints(derived(call.args), 'network'), handle: { kind: 'http' } };
    if (call.capability === 'net.socket')
        return { taints: new Set(['socket']), handle: { kind: 'socket' } };
    if (call.capability === 'fs.read') {
        const path = call.args[0]?.text;
        const value = withTaints(derived([]), 'file');
        return path !== undefined && (0,path_classes/* classifyPath */.qK)(path) === 'credential'
            ? withTaints(value, 'secret')
            : value;
    }
    if (call.receiver?.handle?.kind === 'http')
        return { ...withTaints(derived(inputs), 'network'), handle: call.receiver.handle };
    if (/^(Buffer\.from|atob)$/.test(call.callee) &&
        /base64|hex/.test(call.args[1]?.text ?? (call.callee === 'atob' ? 'base64' : ''))) {
        return withTaints(derived(call.args), 'decoded');
    }
    if (call.method === 'toString' && /base64|hex/.test(call.args[0]?.text ?? ''))
        return withTaints(derived(inputs), 'encoded');
    if (call.callee === 'btoa')
        return withTaints(derived(call.args), 'encoded');
    if (call.method === 'join' && call.receiver?.items) {
        const texts = call.receiver.items.map((item) => item.text);
        const sep = call.args[0]?.text ?? ',';
        return derived(inputs, texts.every((text) => text !== undefined) ? texts.join(sep) : undefined);
    }
    if (call.callee === 'String.fromCharCode') {
        const codes = call.args.map((arg) => arg.text);
        return derived(call.args, codes.every((code) => code !== undefined && /^\d+$/.test(code))
            ? String.fromCharCode(...codes.map(Number))
            : undefined);
    }
    return derived(inputs);
}

;// CONCATENATED MODULE: ./.build/lib/scan/shared/string-escapes.js
// Escape sequences both front ends decode the same way (Python's and JavaScript's agree on these).
const simpleEscapes = {
    n: '\n',
    t: '\t',
    r: '\r',
    '0': '\0',
    '\\': '\\',
    "'": "'",
    '"': '"',
    a: '\x07',
    b: '\b',
    f: '\f',
    v: '\v',
};
/** Decodes one escape sequence (\n, \x41, \u0041, \101) as Python and JavaScript do. */
function decodeEscape(escape) {
    const body = escape.slice(1);
    const simple = simpleEscapes[body];
    if (simple !== undefined)
        return simple;
    if (/^x[0-9a-fA-F]{2}$/.test(body) || /^u[0-9a-fA-F]{4}$/.test(body)) {
        return String.fromCharCode(parseInt(body.slice(1), 16));
    }
    if (/^U[0-9a-fA-F]{8}$/.test(body))
        return String.fromCodePoint(parseInt(body.slice(1), 16) & 0x10ffff);
    if (/^[0-7]{1,3}$/.test(body))
        return String.fromCharCode(parseInt(body, 8));
    return escape;
}

;// CONCATENATED MODULE: ./.build/lib/scan/javascript/javascript-expressions.js









function evalJs(node, ctx) {
    if (ctx.depth > MAX_DEPTH)
        return code_facts/* unknownValue */.Uo;
    ctx.depth++;
    try {
        return javascript_expressions_evalNode(node, ctx);
    }
    finally {
        ctx.depth--;
    }
}
function javascript_expressions_evalNode(node, ctx) {
    switch (node.type) {
        case 'string':
        case 'template_string':
            return evalString(node, ctx);
        case 'number':
            return (0,code_facts/* constant */.dY)(node.text);
        case 'identifier':
        case 'this':
            return ctx.scope.get(node.text) ?? { taints: new Set(), ref: node.text };
        case 'member_expression':
        case 'subscript_expression':
            return evalMember(node, ctx);
        case 'call_expression':
        case 'new_expression':
            return evalJavascriptCall(node, ctx);
        case 'binary_expression':
            return evalBinary(node, ctx);
        case 'array':
            return evalArray(node, ctx);
        case 'object':
            return evalObject(node, ctx);
        case 'parenthesized_expression':
        case 'await_expression':
        case 'as_expression':
        case 'non_null_expression':
        case 'satisfies_expression':
            return node.namedChildren[0] ? evalJs(node.namedChildren[0], ctx) : code_facts/* unknownValue */.Uo;
        case 'arrow_function':
        case 'function_expression':
        case 'function':
            ctx.walkFunction(node);
            return code_facts/* unknownValue */.Uo;
        default:
            return derived(node.namedChildren.map((child) => evalJs(child, ctx)));
    }
}
function evalString(node, ctx) {
    const parts = [];
    const values = [];
    for (const child of node.namedChildren) {
        if (child.type === 'string_fragment')
            parts.push(child.text);
        else if (child.type === 'escape_sequence')
            parts.push(decodeEscape(child.text));
        else if (child.type === 'template_substitution') {
            const value = child.namedChildren[0] ? evalJs(child.namedChildren[0], ctx) : code_facts/* unknownValue */.Uo;
            values.push(value);
            parts.push(value.text);
        }
    }
    const text = parts.length === 0 ? '' : (0,fold_strings/* concatTexts */.Hc)(parts);
    if (text !== undefined && text.length > 1)
        ctx.facts.strings.push({ text, loc: locOf(node) });
    return derived(values, text);
}
function evalMember(node, ctx) {
    const object = node.childForFieldName('object');
    const property = node.childForFieldName('property') ?? node.childForFieldName('index');
    const base = object ? evalJs(object, ctx) : code_facts/* unknownValue */.Uo;
    const computed = node.type === 'subscript_expression';
    const key = computed ? (property ? evalJs(property, ctx).text : undefined) : property?.text;
    let value = derived([base]);
    if (base.ref && key !== undefined) {
        const ref = normaliseJsRef(`${base.ref}.${key}`);
        value = { ...value, ref, ...(computed || base.viaString ? { viaString: true } : {}) };
    }
    const field = key === undefined ? undefined : (base.fields?.get(key) ?? base.items?.[Number(key)]);
    if (field)
        return field;
    if (value.ref && javascriptSecretRefs.test(value.ref))
        value = withTaints(value, 'secret');
    const variable = /^(?:process\.env|Deno\.env|Bun\.env)\.(\w+)$/.exec(value.ref ?? '')?.[1];
    if (variable)
        value = environmentRead(variable, value);
    if (base.handle?.kind === 'http')
        value = withTaints(value, 'network');
    return base.handle ? { ...value, handle: base.handle } : value;
}
function evalBinary(node, ctx) {
    const left = evalJs(node.childForFieldName('left') ?? node, ctx);
    const right = evalJs(node.childForFieldName('right') ?? node, ctx);
    const operator = node.childForFieldName('operator')?.text;
    if (operator === '+' && (left.text !== undefined || right.text !== undefined)) {
        return derived([left, right], (0,fold_strings/* concatTexts */.Hc)([left.text, right.text]));
    }
    return derived([left, right]);
}
function evalArray(node, ctx) {
    const items = node.namedChildren
        .filter((child) => child.type !== 'comment')
        .map((child) => evalJs(child, ctx));
    return { ...derived(items), items };
}
function evalObject(node, ctx) {
    const fields = new Map();
    const all = [];
    for (const pair of node.namedChildren) {
        const valueNode = pair.type === 'pair' ? pair.childForFieldName('value') : pair;
        const value = valueNode ? evalJs(valueNode, ctx) : code_facts/* unknownValue */.Uo;
        all.push(value);
        const keyNode = pair.childForFieldName('key');
        const key = keyNode?.type === 'string'
            ? evalJs(keyNode, ctx).text
            : (keyNode?.text ??
                (pair.type === 'shorthand_property_identifier' ? pair.text : undefined));
        if (key !== undefined)
            fields.set(key, value);
    }
    return { ...derived(all), fields };
}

;// CONCATENATED MODULE: ./.build/lib/scan/javascript/javascript-facts.js





/** Lowers a JavaScript/TypeScript syntax tree into facts. */
function javascriptFacts(root, path, language) {
    const ctx = {
        evaluate: evalJs,
        scope: new Scope(),
        facts: new FactCollector(),
        inLoop: false,
        depth: 0,
        walkFunction: (node) => walkFunction(node, ctx),
    };
    walkJs(root, ctx);
    collectComments(root, ctx.facts.comments);
    return ctx.facts.finish(path, language);
}
function walkJs(node, ctx) {
    if (ctx.depth > MAX_DEPTH)
        return;
    ctx.depth++;
    try {
        javascript_facts_walkNode(node, ctx);
    }
    finally {
        ctx.depth--;
    }
}
const statement = /(_statement|_declaration|^program$|^statement_block$|^variable_declarator$|^export_clause$|_clause$|^class_body$|^switch_case$|^switch_default$|^method_definition$)/;
function javascript_facts_walkNode(node, ctx) {
    switch (node.type) {
        case 'import_statement':
            return importStatement(node, ctx);
        case 'variable_declarator':
            return javascript_facts_declare(node, ctx);
        case 'function_declaration':
        case 'generator_function_declaration':
        case 'method_definition':
            ctx.facts.functions.push({
                name: node.childForFieldName('name')?.text ?? '',
                loc: locOf(node),
            });
            return walkFunction(node, ctx);
        case 'for_in_statement':
        case 'for_statement':
        case 'while_statement':
        case 'do_statement':
            return javascript_facts_loop(node, ctx);
        case 'comment':
            return;
        default:
            for (const child of node.namedChildren) {
                if (statement.test(child.type))
                    walkJs(child, ctx);
                else if (child.type !== 'comment')
                    evalJs(child, ctx);
            }
    }
}
function importStatement(node, ctx) {
    const source = node.childForFieldName('source');
    const module = normaliseJsRef(source ? (evalJs(source, ctx).text ?? '') : '');
    const clause = node.namedChildren.find((child) => child.type === 'import_clause');
    for (const part of clause?.namedChildren ?? []) {
        if (part.type === 'identifier')
            ctx.scope.set(part.text, { taints: new Set(), ref: module });
        else if (part.type === 'namespace_import') {
            const name = part.namedChildren[0]?.text;
            if (name)
                ctx.scope.set(name, { taints: new Set(), ref: module });
        }
        else if (part.type === 'named_imports') {
            for (const spec of part.namedChildren) {
                const name = spec.childForFieldName('name')?.text ?? '';
                const alias = spec.childForFieldName('alias')?.text ?? name;
                ctx.scope.set(alias, {
                    taints: new Set(),
                    ref: name === 'default' ? module : `${module}.${name}`,
                });
            }
        }
    }
}
function javascript_facts_declare(node, ctx) {
    const name = node.childForFieldName('name');
    const valueNode = node.childForFieldName('value');
    const value = valueNode ? evalJs(valueNode, ctx) : code_facts/* unknownValue */.Uo;
    if (name)
        bindPattern(name, value, ctx);
}
function bindPattern(pattern, value, ctx) {
    if (pattern.type === 'identifier')
        return ctx.scope.set(pattern.text, value);
    if (pattern.type === 'object_pattern') {
        for (const part of pattern.namedChildren) {
            const key = part.type === 'pair_pattern'
                ? part.childForFieldName('key')?.text
                : part.text.split('=')[0]?.trim();
            const target = part.type === 'pair_pattern' ? part.childForFieldName('value') : part;
            const field = key
                ? (value.fields?.get(key) ??
                    (value.ref ? { taints: value.taints, ref: `${value.ref}.${key}` } : derived([value])))
                : derived([value]);
            if (target?.type === 'shorthand_property_identifier_pattern')
                ctx.scope.set(target.text, field);
            else if (target)
                bindPattern(target, field, ctx);
        }
        return;
    }
    if (pattern.type === 'array_pattern') {
        pattern.namedChildren.forEach((part, index) => bindPattern(part, value.items?.[index] ?? derived([value]), ctx));
    }
}
function javascript_facts_loop(node, ctx) {
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    if (left && right) {
        const source = evalJs(right, ctx);
        const target = left.type === 'identifier'
            ? left
            : (left.namedChildren.find((child) => child.type === 'identifier') ?? left);
        bindPattern(target, derived([source]), ctx);
    }
    const wasInLoop = ctx.inLoop;
    ctx.inLoop = true;
    for (const child of node.namedChildren) {
        if (child === left || child === right)
            continue;
        if (statement.test(child.type))
            walkJs(child, ctx);
        else
            evalJs(child, ctx);
    }
    ctx.inLoop = wasInLoop;
}
function walkFunction(node, ctx) {
    const saved = ctx.scope;
    const wasInLoop = ctx.inLoop;
    ctx.scope = saved.child();
    ctx.inLoop = false;
    const body = node.childForFieldName('body');
    if (body) {
        if (statement.test(body.type))
            walkJs(body, ctx);
        else
            evalJs(body, ctx);
    }
    ctx.scope = saved;
    ctx.inLoop = wasInLoop;
}

;// CONCATENATED MODULE: ./.build/lib/scan/python/python-call-table.js
// What Python's standard library and common packages do, by qualified name. Front ends resolve
// aliases first, so 'sp.run' after 'import subprocess as sp' arrives here as 'subprocess.run'.
const python_call_table_words = (text) => text.split(' ');
const python_call_table_byName = [
    [
        'process.shell',
        python_call_table_words('os.system os.popen commands.getoutput commands.getstatusoutput subprocess.getoutput subprocess.getstatusoutput os.popen2 os.popen3 popen2.popen2'),
    ],
    [
        'process.spawn',
        python_call_table_words('subprocess.run subprocess.call subprocess.check_call subprocess.check_output subprocess.Popen os.execv os.execve os.execl os.execle os.execlp os.execlpe os.execvp os.execvpe os.spawnl os.spawnle os.spawnlp os.spawnv os.spawnve os.spawnvp os.posix_spawn os.posix_spawnp pty.spawn asyncio.create_subprocess_exec sh.Command pexpect.spawn pexpect.run'),
    ],
    ['process.shell', python_call_table_words('asyncio.create_subprocess_shell')],
    ['process.fork', python_call_table_words('os.fork os.forkpty multiprocessing.Process')],
    ['process.kill', python_call_table_words('os.kill os.killpg signal.pthread_kill')],
    [
        'net.http',
        python_call_table_words('requests.get requests.post requests.put requests.patch requests.delete requests.head requests.request requests.Session urllib.request.urlopen urllib.request.Request urllib2.urlopen urllib.urlopen http.client.HTTPConnection http.client.HTTPSConnection httpx.get httpx.post httpx.put httpx.request httpx.Client httpx.AsyncClient aiohttp.ClientSession aiohttp.request urllib3.PoolManager urllib3.request ftplib.FTP smtplib.SMTP smtplib.SMTP_SSL xmlrpc.client.ServerProxy webbrowser.open pycurl.Curl'),
    ],
    ['net.download', python_call_table_words('urllib.request.urlretrieve urllib.urlretrieve wget.download')],
    [
        'net.socket',
        python_call_table_words('socket.socket socket.create_connection socket.socketpair asyncio.open_connection telnetlib.Telnet paramiko.SSHClient'),
    ],
    [
        'fs.open',
        python_call_table_words('open io.open codecs.open os.open os.fdopen pathlib.Path pathlib.PurePath pathlib.PosixPath tarfile.open zipfile.ZipFile'),
    ],
    [
        'fs.copy',
        python_call_table_words('shutil.copy shutil.copy2 shutil.copyfile shutil.copytree shutil.move os.rename os.replace os.link os.symlink'),
    ],
    ['fs.delete', python_call_table_words('os.remove os.unlink os.rmdir os.removedirs shutil.rmtree os.truncate')],
    ['fs.list', python_call_table_words('os.listdir os.scandir os.walk os.fwalk glob.glob glob.iglob')],
    ['fs.chmod', python_call_table_words('os.chmod os.chown os.lchown shutil.chown')],
    ['fs.dup', python_call_table_words('os.dup2')],
    [
        'code.eval',
        python_call_table_words('eval exec compile execfile runpy.run_path runpy.run_module code.InteractiveInterpreter builtins.eval builtins.exec builtins.compile'),
    ],
    [
        'deserialise',
        python_call_table_words('pickle.loads pickle.load pickle.Unpickler cPickle.loads cPickle.load _pickle.loads marshal.loads marshal.load shelve.open dill.loads dill.load jsonpickle.decode pandas.read_pickle joblib.load torch.load numpy.load yaml.unsafe_load yaml.full_load yaml.load_all'),
    ],
    [
        'native',
        python_call_table_words('ctypes.CDLL ctypes.cdll.LoadLibrary ctypes.PyDLL ctypes.WinDLL ctypes.windll ctypes.cdll ctypes.CFUNCTYPE ctypes.memmove ctypes.pythonapi cffi.FFI ctypes.util.find_library'),
    ],
];
const python_call_table_table = new Map();
for (const [capability, names] of python_call_table_byName)
    for (const name of names)
        python_call_table_table.set(name, capability);
// Methods whose meaning depends on what the receiver is (an open file, a socket, a process).
const handleMethods = {
    file: {
        write: 'fs.write',
        writelines: 'fs.write',
        write_text: 'fs.write',
        write_bytes: 'fs.write',
        read: 'fs.read',
        read_text: 'fs.read',
        read_bytes: 'fs.read',
        readlines: 'fs.read',
        readline: 'fs.read',
        unlink: 'fs.delete',
        rmdir: 'fs.delete',
        iterdir: 'fs.list',
        glob: 'fs.list',
        rglob: 'fs.list',
        chmod: 'fs.chmod',
        open: 'fs.open',
        rename: 'fs.copy',
        replace: 'fs.copy',
        symlink_to: 'fs.copy',
        extractall: 'fs.write',
    },
    socket: {
        connect: 'net.socket',
        connect_ex: 'net.socket',
        send: 'net.socket',
        sendall: 'net.socket',
        sendto: 'net.socket',
        exec_command: 'process.shell',
    },
    http: {
        request: 'net.http',
        get: 'net.http',
        post: 'net.http',
        put: 'net.http',
        putrequest: 'net.http',
        send: 'net.http',
        sendmail: 'net.http',
        storbinary: 'net.http',
    },
    process: {
        kill: 'process.kill',
        terminate: 'process.kill',
        send_signal: 'process.kill',
        suspend: 'process.kill',
    },
};
function pythonCapability(callee, handleKind, method) {
    const direct = python_call_table_table.get(callee);
    if (direct)
        return direct;
    if (handleKind && method)
        return handleMethods[handleKind]?.[method] ?? null;
    return null;
}
/** Which handle a call returns, so later method calls on it can be classified. */
function pythonHandleKind(capability) {
    if (capability === 'fs.open')
        return 'file';
    if (capability === 'net.socket')
        return 'socket';
    if (capability === 'net.http')
        return 'http';
    return undefined;
}
const pythonSecretSources = new Set(python_call_table_words('os.getenv os.environ.get os.environ.copy os.environ.items os.environ.values os.getenvb os.environ.__getitem__ dotenv.dotenv_values keyring.get_password getpass.getpass netrc.netrc'));
const pythonEncoders = new Set(python_call_table_words('base64.b64encode base64.b32encode base64.b85encode base64.a85encode base64.urlsafe_b64encode base64.encodebytes binascii.hexlify binascii.b2a_base64 codecs.encode zlib.compress marshal.dumps'));
const pythonDecoders = new Set(python_call_table_words('base64.b64decode base64.b32decode base64.b85decode base64.a85decode base64.urlsafe_b64decode base64.decodebytes binascii.unhexlify binascii.a2b_base64 bytes.fromhex codecs.decode zlib.decompress gzip.decompress bz2.decompress lzma.decompress'));

// EXTERNAL MODULE: ./.build/lib/scan/shared/posix-paths.js
var posix_paths = __webpack_require__(6151);
;// CONCATENATED MODULE: ./.build/lib/scan/python/python-string-methods.js


const python_string_methods_methods = {
    join: (text, call) => {
        const items = call.args[0]?.items;
        return items
            ? (0,fold_strings/* concatTexts */.Hc)(items.flatMap((item, i) => (i === 0 ? [item.text] : [text, item.text])))
            : undefined;
    },
    format: (text, call) => (0,fold_strings/* formatBraces */.AI)(text, call.args.map((arg) => arg.text), new Map([...call.kwargs].map(([key, value]) => [key, value.text]))),
    replace: (text, call) => {
        const [from, to] = call.args;
        return from?.text !== undefined && to?.text !== undefined
            ? text.split(from.text).join(to.text)
            : undefined;
    },
    strip: (text) => text.trim(),
    lstrip: (text) => text.trimStart(),
    rstrip: (text) => text.trimEnd(),
    lower: (text) => text.toLowerCase(),
    upper: (text) => text.toUpperCase(),
    encode: (text) => text,
    decode: (text, call) => (/base64/.test(call.args[0]?.text ?? '') ? (0,fold_strings/* decodeBase64 */.y4)(text) : text),
};
/** Folds str methods called on a constant: '{}'.format(...), ''.join([...]), 'x'.replace(...). */
function stringMethodResult(call) {
    const text = call.receiver?.text;
    const method = call.method ? python_string_methods_methods[call.method] : undefined;
    if (text === undefined || !method)
        return undefined;
    return derived([call.receiver, ...call.args, ...call.kwargs.values()], method(text, call));
}

;// CONCATENATED MODULE: ./.build/lib/scan/python/python-call-results.js








const fileReads = new Set(['read', 'read_text', 'read_bytes', 'readlines', 'readline', '__next__']);
const socketReads = new Set([
    'recv',
    'recvfrom',
    'recv_into',
    'makefile',
    'accept',
    'read_until',
    'read_all',
    'exec_command',
]);
const importers = new Set(['__import__', 'importlib.import_module', 'importlib.__import__']);
const namespaces = new Set(['globals', 'locals', 'vars', 'dir']);
/** The value a call returns: what later code can learn from it (a module, a file, tainted data). */
function pythonCallResult(call) {
    const first = call.args[0];
    if (importers.has(call.callee))
        return first?.text ? { taints: new Set(), ref: first.text, viaString: true } : code_facts/* unknownValue */.Uo;
    if (call.callee === 'getattr')
        return getattrResult(call);
    if (namespaces.has(call.callee) && call.args.length === 0)
        return { taints: new Set(), ref: 'globals()' };
    if (pythonSecretSources.has(call.callee))
        return secretResult(call);
    if (pythonEncoders.has(call.callee))
        return withTaints(derived(call.args), 'encoded');
    if (pythonDecoders.has(call.callee))
        return decoded(call);
    if (call.callee === 'chr' || call.callee === 'bytes' || call.callee === 'bytearray')
        return charsOf(call);
    if (call.callee === 'map' && call.args[0]?.ref === 'chr')
        return mappedChars(call.args[1]);
    if (call.callee === 'os.path.join' || call.callee === 'posixpath.join')
        return joined(call);
    if (/^os\.path\.(expanduser|abspath|normpath|realpath|expandvars)$/.test(call.callee))
        return derived(call.args, first?.text);
    if (call.callee.startsWith('psutil.'))
        return { ...derived(call.args), handle: { kind: 'process' } };
    return handleResult(call) ?? stringMethodResult(call) ?? defaultResult(call);
}
function getattrResult(call) {
    const [target, name] = call.args;
    if (!target?.ref || name?.text === undefined)
        return derived(call.args);
    const builtin = /^(builtins|__builtins__|__builtin__|globals\(\))$/.test(target.ref);
    return {
        taints: new Set(),
        ref: builtin ? name.text : `${target.ref}.${name.text}`,
        viaString: true,
    };
}
function decoded(call) {
    const input = call.args[0]?.text;
    const codec = (call.args[1] ?? call.kwargs.get('encoding'))?.text ?? '';
    let text;
    if (input !== undefined) {
        if (/b64decode|b64|base64|decodebytes/.test(call.callee))
            text = (0,fold_strings/* decodeBase64 */.y4)(input);
        else if (/hex|unhexlify/.test(call.callee))
            text = (0,fold_strings/* decodeHex */.EF)(input);
        else if (call.callee === 'codecs.decode' && /rot.?13/i.test(codec))
            text = (0,fold_strings/* rot13 */.mB)(input);
        else if (call.callee === 'codecs.decode' && /hex/i.test(codec))
            text = (0,fold_strings/* decodeHex */.EF)(input);
        else if (call.callee === 'codecs.decode' && /base64/i.test(codec))
            text = (0,fold_strings/* decodeBase64 */.y4)(input);
    }
    const taints = new Set(derived(call.args).taints);
    // Decoding undoes an encoding: the result is a payload, no longer staged data.
    taints.delete('encoded');
    taints.add('decoded');
    return text === undefined ? { taints } : { text, taints };
}
function charsOf(call) {
    const first = call.args[0];
    if (call.callee === 'chr')
        return derived(call.args, first?.text ? (0,fold_strings/* charsFromCodes */.E7)([first.text]) : undefined);
    const text = first?.items ? (0,fold_strings/* charsFromCodes */.E7)(first.items.map((item) => item.text)) : first?.text;
    return derived(call.args, text);
}
function mappedChars(source) {
    const items = source?.items?.map((item) => derived([item], item.text ? (0,fold_strings/* charsFromCodes */.E7)([item.text]) : undefined));
    return items ? { ...derived([source]), items } : derived([source]);
}
function joined(call) {
    const parts = call.args.map((arg) => arg.text);
    if (parts.some((part) => part === undefined))
        return derived(call.args);
    return derived(call.args, (0,posix_paths/* joinPosixPath */.j)(parts));
}
function openedHandle(call) {
    const inherited = call.receiver?.handle;
    const pathArg = call.args[0]?.text ?? call.kwargs.get('file')?.text;
    const path = call.capability === 'fs.open' && call.method === 'open' ? inherited?.path : pathArg;
    const modeArg = call.method === 'open' ? call.args[0] : call.args[1];
    const mode = (modeArg ?? call.kwargs.get('mode'))?.text ?? 'r';
    return path === undefined ? { kind: 'file', mode } : { kind: 'file', path, mode };
}
function handleResult(call) {
    const kind = pythonHandleKind(call.capability);
    if (call.capability === 'fs.open')
        return { ...derived(call.args), handle: openedHandle(call) };
    if (kind === 'http')
        return { ...withTaints(derived(call.args), 'network'), handle: { kind } };
    if (kind === 'socket')
        return { taints: new Set(['socket']), handle: { kind } };
    const handle = call.receiver?.handle;
    if (!handle || !call.method)
        return undefined;
    if (handle.kind === 'file' && fileReads.has(call.method))
        return fileContents(handle);
    if (handle.kind === 'socket' && socketReads.has(call.method))
        return withTaints(derived([]), 'network', 'socket');
    if (handle.kind === 'socket' && call.method === 'fileno')
        return withTaints(derived([]), 'socket');
    if (handle.kind === 'http')
        return { ...withTaints(derived([]), 'network'), handle };
    if (handle.kind === 'process')
        return { ...derived([]), handle };
    return { ...derived([call.receiver, ...call.args]), handle };
}
function fileContents(handle) {
    const value = withTaints(derived([]), 'file');
    return handle.path !== undefined && (0,path_classes/* classifyPath */.qK)(handle.path) === 'credential'
        ? withTaints(value, 'secret')
        : value;
}
const environmentGetters = new Set(['os.getenv', 'os.environ.get', 'os.getenvb']);
function secretResult(call) {
    const value = withTaints(derived(call.args), 'secret');
    return environmentGetters.has(call.callee) ? environmentRead(call.args[0]?.text, value) : value;
}
function defaultResult(call) {
    // A module's function returns data, not the module: do not leak the receiver's ref.
    const receiver = call.receiver && !call.receiver.ref ? call.receiver : undefined;
    return derived([receiver, ...call.args, ...call.kwargs.values()]);
}

;// CONCATENATED MODULE: ./.build/lib/scan/python/python-context.js
/** Marks a value as a local function, so calls to it can bind parameters. */
const LOCAL_FUNCTION = '<local>.';

;// CONCATENATED MODULE: ./.build/lib/scan/python/python-calls.js





function python_calls_resolveCallee(node, ctx) {
    if (!node)
        return { ref: '' };
    if (node.type !== 'attribute') {
        const value = ctx.evaluate.expression(node, ctx);
        return { ref: normaliseRef(value.ref ?? ''), viaString: value.viaString === true };
    }
    const object = node.childForFieldName('object');
    const method = node.childForFieldName('attribute')?.text ?? '';
    const receiver = object ? ctx.evaluate.expression(object, ctx) : code_facts/* unknownValue */.Uo;
    const ref = receiver.ref ? normaliseRef(`${receiver.ref}.${method}`) : '';
    return { ref, method, receiver, viaString: receiver.viaString === true };
}
// 'builtins.eval', '__builtins__.eval' and a bare 'eval' are one function.
function normaliseRef(ref) {
    return ref.replace(/^(builtins|__builtins__|__builtin__|globals\(\)|locals\(\)|vars\(\))\./, '');
}
function python_calls_evalArguments(node, ctx) {
    const args = [];
    const kwargs = new Map();
    if (!node)
        return { args, kwargs };
    if (node.type === 'generator_expression')
        return { args: [ctx.evaluate.generator(node, ctx)], kwargs };
    for (const child of node.namedChildren) {
        if (child.type === 'comment')
            continue;
        if (child.type === 'keyword_argument') {
            const name = child.childForFieldName('name')?.text ?? '';
            const value = child.childForFieldName('value');
            kwargs.set(name, value ? ctx.evaluate.expression(value, ctx) : code_facts/* unknownValue */.Uo);
        }
        else if (child.type === 'generator_expression')
            args.push(ctx.evaluate.generator(child, ctx));
        else
            args.push(ctx.evaluate.expression(child, ctx));
    }
    return { args, kwargs };
}
function evalPythonCall(node, ctx) {
    const callee = python_calls_resolveCallee(node.childForFieldName('function'), ctx);
    const { args, kwargs } = python_calls_evalArguments(node.childForFieldName('arguments'), ctx);
    if (callee.ref.startsWith(LOCAL_FUNCTION))
        return callLocal(callee.ref.slice(LOCAL_FUNCTION.length), args, ctx);
    const capability = python_calls_adjustCapability(pythonCapability(callee.ref, callee.receiver?.handle?.kind, callee.method), callee.ref, kwargs);
    const fact = {
        capability,
        callee: callee.ref,
        args,
        kwargs,
        loc: locOf(node),
        inLoop: ctx.inLoop,
        evidence: evidenceOf(node),
        computedCallee: callee.viaString === true,
        ...(callee.method === undefined ? {} : { method: callee.method }),
        ...(callee.receiver === undefined ? {} : { receiver: callee.receiver }),
    };
    if (ctx.muted === 0)
        ctx.facts.calls.push(fact);
    return pythonCallResult(fact);
}
function python_calls_adjustCapability(capability, ref, kwargs) {
    const shell = kwargs.get('shell');
    if (capability === 'process.spawn' && shell && shell.text !== 'False' && shell.text !== '0')
        return 'process.shell';
    if (ref === 'yaml.load') {
        const loader = kwargs.get('Loader')?.text ?? kwargs.get('Loader')?.ref ?? '';
        return /Safe|Base/.test(loader) ? null : 'deserialise';
    }
    return capability;
}
function callLocal(name, args, ctx) {
    const sites = ctx.callSites.get(name) ?? [];
    sites.push(args);
    ctx.callSites.set(name, sites);
    return ctx.previous.returns.get(name) ?? code_facts/* unknownValue */.Uo;
}

;// CONCATENATED MODULE: ./.build/lib/scan/python/python-targets.js

/** Binds an assignment or loop target (name, tuple, attribute) to a value. */
function bindTarget(target, value, ctx) {
    switch (target.type) {
        case 'identifier':
            ctx.scope.set(target.text, value);
            return;
        case 'attribute':
        case 'subscript':
            // 'self.url = x' is read back as 'self.url': good enough inside one class.
            ctx.scope.set(target.text, value);
            return;
        case 'pattern_list':
        case 'tuple_pattern':
        case 'list_pattern':
        case 'tuple':
        case 'list':
        case 'expression_list': {
            const parts = target.namedChildren;
            parts.forEach((part, index) => bindTarget(part, value.items?.[index] ?? derived([value]), ctx));
            return;
        }
        case 'list_splat_pattern':
        case 'parenthesized_expression':
            if (target.namedChildren[0])
                bindTarget(target.namedChildren[0], derived([value]), ctx);
            return;
        default:
            return;
    }
}

;// CONCATENATED MODULE: ./.build/lib/scan/python/python-generators.js


// Unrolling stops here: longer literal lists are data tables, not an obfuscated name.
const MAX_UNROLL = 4096;
/**
 * A comprehension over a literal list is unrolled, so ''.join(chr(c) for c in [111, 115])
 * folds to 'os'. The unrolled passes are muted; one ordinary pass records the calls.
 */
function evalGenerator(node, ctx) {
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
        bindTarget(target, mergeValues(source.items ?? [python_generators_element(source)]), ctx);
        for (const condition of node.namedChildren.filter((child) => child.type === 'if_clause'))
            ctx.evaluate.expression(condition, ctx);
        const value = ctx.evaluate.expression(body, ctx);
        return items ? { ...derived([value, source]), items } : derived([value, source]);
    }
    finally {
        ctx.scope = saved;
    }
}
function unroll(generator, ctx) {
    const { body, target, source } = generator;
    if (!source.items || source.items.length > MAX_UNROLL)
        return undefined;
    ctx.muted++;
    try {
        return source.items.map((item) => {
            bindTarget(target, item, ctx);
            return ctx.evaluate.expression(body, ctx);
        });
    }
    finally {
        ctx.muted--;
    }
}
/** What iterating over a value yields: its items, or the value itself (a file's lines, processes). */
function python_generators_element(source) {
    if (source.items && source.items.length > 0)
        return mergeValues(source.items);
    const { text: _text, ...rest } = source;
    return rest;
}

;// CONCATENATED MODULE: ./.build/lib/scan/python/python-strings.js


/**
 * Folds a Python string literal, asking `interpolate` for the value of each f-string field.
 * Raw strings keep their backslashes.
 */
function foldPythonString(node, interpolate) {
    const start = node.children.find((child) => child.type === 'string_start')?.text ?? '';
    const raw = /r/i.test(start);
    const parts = [];
    for (const child of node.children) {
        if (child.type === 'string_content')
            parts.push(child.text);
        else if (child.type === 'escape_sequence')
            parts.push(raw ? child.text : decodeEscape(child.text));
        else if (child.type === 'interpolation') {
            const expression = child.namedChildren.find((part) => part.type !== 'format_specifier');
            parts.push(expression ? interpolate(expression) : undefined);
        }
    }
    if (parts.length === 0)
        return '';
    return (0,fold_strings/* concatTexts */.Hc)(parts);
}

;// CONCATENATED MODULE: ./.build/lib/scan/python/python-expressions.js








// Names that reach builtins or other modules by string, so a subscript on them names a function.
const namespaceRefs = new Set([
    'globals()',
    'locals()',
    'vars()',
    'builtins',
    '__builtins__',
    'sys.modules',
]);
function evalPython(node, ctx) {
    if (ctx.depth > MAX_DEPTH)
        return code_facts/* unknownValue */.Uo;
    ctx.depth++;
    try {
        return python_expressions_evalNode(node, ctx);
    }
    finally {
        ctx.depth--;
    }
}
function python_expressions_evalNode(node, ctx) {
    switch (node.type) {
        case 'string':
            return python_expressions_evalString(node, ctx);
        case 'concatenated_string':
            return derived([], (0,fold_strings/* concatTexts */.Hc)(node.namedChildren.map((part) => evalPython(part, ctx).text)));
        case 'integer':
        case 'float':
            return (0,code_facts/* constant */.dY)(node.text);
        case 'identifier':
            return ctx.scope.get(node.text) ?? { taints: new Set(), ref: node.text };
        case 'attribute':
            return evalAttribute(node, ctx);
        case 'subscript':
            return evalSubscript(node, ctx);
        case 'call':
            return evalPythonCall(node, ctx);
        case 'binary_operator':
            return python_expressions_evalBinary(node, ctx);
        case 'list':
        case 'tuple':
        case 'set':
        case 'expression_list':
            return evalSequence(node, ctx);
        case 'dictionary':
            return evalDictionary(node, ctx);
        case 'parenthesized_expression':
        case 'await':
            return node.namedChildren[0] ? evalPython(node.namedChildren[0], ctx) : code_facts/* unknownValue */.Uo;
        case 'lambda':
            return code_facts/* unknownValue */.Uo;
        case 'list_comprehension':
        case 'set_comprehension':
        case 'generator_expression':
            return evalGenerator(node, ctx);
        default:
            return derived(node.namedChildren.map((child) => evalPython(child, ctx)));
    }
}
function python_expressions_evalString(node, ctx) {
    const text = foldPythonString(node, (expression) => evalPython(expression, ctx).text);
    const taints = derived(node.namedChildren
        .filter((child) => child.type === 'interpolation')
        .map((child) => evalPython(child, ctx))).taints;
    if (text !== undefined && text.length > 1)
        ctx.facts.strings.push({ text, loc: locOf(node) });
    return text === undefined ? { taints } : { text, taints };
}
function evalAttribute(node, ctx) {
    const stored = ctx.scope.get(node.text);
    if (stored)
        return stored;
    const object = node.childForFieldName('object');
    const name = node.childForFieldName('attribute')?.text ?? '';
    const base = object ? evalPython(object, ctx) : code_facts/* unknownValue */.Uo;
    const ref = base.ref ? `${base.ref}.${name}` : undefined;
    let value = derived([base]);
    if (ref)
        value = base.viaString ? { ...value, ref, viaString: true } : { ...value, ref };
    if (ref === 'os.environ' || ref === 'os.environb')
        value = withTaints(value, 'secret');
    if (base.handle?.kind === 'http')
        value = withTaints(value, 'network');
    if (base.handle)
        value = { ...value, handle: base.handle };
    return value;
}
function evalSubscript(node, ctx) {
    const target = node.childForFieldName('value');
    const index = node.childForFieldName('subscript');
    const base = target ? evalPython(target, ctx) : code_facts/* unknownValue */.Uo;
    const key = index ? evalPython(index, ctx) : code_facts/* unknownValue */.Uo;
    if (base.ref && namespaceRefs.has(base.ref) && key.text !== undefined) {
        return { taints: new Set(), ref: key.text, viaString: true };
    }
    if (index?.type === 'slice' &&
        index.text.replace(/\s/g, '') === '::-1' &&
        base.text !== undefined) {
        return { ...derived([base]), text: [...base.text].reverse().join('') };
    }
    const item = key.text !== undefined && /^\d+$/.test(key.text) ? base.items?.[Number(key.text)] : undefined;
    const field = key.text !== undefined ? base.fields?.get(key.text) : undefined;
    const picked = item ?? field;
    if (picked)
        return picked;
    const value = derived([base]);
    if (base.ref === 'os.environ' || base.ref === 'os.environb')
        return environmentRead(key.text, value);
    return base.handle ? { ...value, handle: base.handle } : value;
}
function python_expressions_evalBinary(node, ctx) {
    const left = evalPython(node.childForFieldName('left') ?? node, ctx);
    const right = evalPython(node.childForFieldName('right') ?? node, ctx);
    const operator = node.childForFieldName('operator')?.text;
    if (operator === '+' && (left.text !== undefined || right.text !== undefined)) {
        return derived([left, right], (0,fold_strings/* concatTexts */.Hc)([left.text, right.text]));
    }
    if (operator === '%' && left.text !== undefined) {
        const values = right.items ? right.items.map((item) => item.text) : [right.text];
        return derived([left, right], (0,fold_strings/* formatPercent */.l9)(left.text, values));
    }
    if (operator === '*' && left.text !== undefined && right.text === undefined) {
        return derived([left, right], `${left.text}${fold_strings/* UNKNOWN_PART */.DQ}`);
    }
    return derived([left, right]);
}
function evalSequence(node, ctx) {
    const items = node.namedChildren
        .filter((child) => child.type !== 'comment')
        .map((child) => evalPython(child, ctx));
    return { ...derived(items), items };
}
function evalDictionary(node, ctx) {
    const fields = new Map();
    const all = [];
    for (const pair of node.namedChildren) {
        const keyNode = pair.childForFieldName('key');
        const valueNode = pair.childForFieldName('value');
        const value = evalPython(valueNode ?? pair, ctx);
        all.push(value);
        const key = keyNode ? evalPython(keyNode, ctx).text : undefined;
        if (key !== undefined)
            fields.set(key, value);
    }
    return { ...derived(all), fields };
}

;// CONCATENATED MODULE: ./.build/lib/scan/python/python-statements.js








function walkPython(node, ctx) {
    if (ctx.depth > MAX_DEPTH)
        return;
    ctx.depth++;
    try {
        python_statements_walkNode(node, ctx);
    }
    finally {
        ctx.depth--;
    }
}
function python_statements_walkNode(node, ctx) {
    switch (node.type) {
        case 'import_statement':
            return importModules(node, ctx);
        case 'import_from_statement':
            return importNames(node, ctx);
        case 'assignment':
            return python_statements_assign(node, ctx);
        case 'augmented_assignment':
            return augment(node, ctx);
        case 'with_statement':
            return withStatement(node, ctx);
        case 'for_statement':
        case 'while_statement':
            return python_statements_loop(node, ctx);
        case 'function_definition':
        case 'class_definition':
            return python_statements_define(node, ctx);
        case 'decorated_definition':
            return decorated(node, ctx);
        case 'return_statement':
            return returns(node, ctx);
        case 'expression_statement':
            for (const child of node.namedChildren)
                walkOrEval(child, ctx);
            return;
        default:
            for (const child of node.namedChildren)
                walkOrEval(child, ctx);
    }
}
const statementLike = /(_statement|_clause|^block$|^module$|^assignment$|^augmented_assignment$|_definition$|^comment$)/;
function walkOrEval(node, ctx) {
    if (node.type === 'comment')
        return;
    if (statementLike.test(node.type))
        walkPython(node, ctx);
    else
        evalPython(node, ctx);
}
function importModules(node, ctx) {
    for (const name of node.namedChildren) {
        if (name.type === 'aliased_import') {
            const module = name.childForFieldName('name')?.text ?? '';
            const alias = name.childForFieldName('alias')?.text ?? module;
            ctx.scope.set(alias, { taints: new Set(), ref: module });
        }
        else {
            const root = name.text.split('.')[0] ?? name.text;
            ctx.scope.set(root, { taints: new Set(), ref: root });
        }
    }
}
function importNames(node, ctx) {
    const module = node.childForFieldName('module_name')?.text ?? '';
    for (const name of node.childrenForFieldName('name')) {
        const original = (name.type === 'aliased_import' ? name.childForFieldName('name') : name)?.text ?? '';
        const alias = (name.type === 'aliased_import' ? name.childForFieldName('alias')?.text : undefined) ??
            original;
        ctx.scope.set(alias, { taints: new Set(), ref: `${module}.${original}` });
    }
}
function python_statements_assign(node, ctx) {
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    const value = right ? evalPython(right, ctx) : code_facts/* unknownValue */.Uo;
    if (left)
        bindTarget(left, value, ctx);
}
function augment(node, ctx) {
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    if (!left || !right)
        return;
    const before = evalPython(left, ctx);
    const added = evalPython(right, ctx);
    const plus = node.childForFieldName('operator')?.text === '+=';
    bindTarget(left, derived([before, added], plus ? (0,fold_strings/* concatTexts */.Hc)([before.text, added.text]) : undefined), ctx);
}
function withStatement(node, ctx) {
    const clause = node.namedChildren.find((child) => child.type === 'with_clause');
    for (const item of clause?.namedChildren ?? []) {
        const pattern = item.childForFieldName('value');
        if (pattern?.type === 'as_pattern') {
            const value = pattern.namedChildren[0]
                ? evalPython(pattern.namedChildren[0], ctx)
                : code_facts/* unknownValue */.Uo;
            const target = pattern.childForFieldName('alias')?.namedChildren[0];
            if (target)
                bindTarget(target, value, ctx);
        }
        else if (pattern)
            evalPython(pattern, ctx);
    }
    const body = node.childForFieldName('body');
    if (body)
        walkPython(body, ctx);
}
function python_statements_loop(node, ctx) {
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    const condition = node.childForFieldName('condition');
    if (right && left)
        bindTarget(left, python_generators_element(evalPython(right, ctx)), ctx);
    if (condition)
        evalPython(condition, ctx);
    const wasInLoop = ctx.inLoop;
    ctx.inLoop = true;
    for (const child of node.namedChildren)
        if (child !== left && child !== right && child !== condition)
            walkOrEval(child, ctx);
    ctx.inLoop = wasInLoop;
}
function python_statements_define(node, ctx) {
    const name = node.childForFieldName('name')?.text ?? '';
    ctx.facts.functions.push({ name, loc: locOf(node) });
    ctx.scope.set(name, { taints: new Set(), ref: `${LOCAL_FUNCTION}${name}` });
    ctx.deferred.push({ name, node, scope: ctx.scope });
}
function decorated(node, ctx) {
    for (const decorator of node.namedChildren.filter((child) => child.type === 'decorator')) {
        const expression = decorator.namedChildren[0];
        const name = (expression?.type === 'call' ? expression.childForFieldName('function') : expression)?.text ??
            '';
        ctx.facts.decorators.push({ name, loc: locOf(decorator), evidence: evidenceOf(decorator) });
        if (expression)
            evalPython(expression, ctx);
    }
    const definition = node.childForFieldName('definition');
    if (definition)
        walkPython(definition, ctx);
}
function returns(node, ctx) {
    const expression = node.namedChildren[0];
    const value = expression ? evalPython(expression, ctx) : code_facts/* unknownValue */.Uo;
    if (!ctx.currentFunction)
        return;
    const seen = ctx.returns.get(ctx.currentFunction) ?? [];
    seen.push(value);
    ctx.returns.set(ctx.currentFunction, seen);
}

;// CONCATENATED MODULE: ./.build/lib/scan/python/python-facts.js






// Each round feeds call-site arguments into parameters and return values into callers;
// two rounds follow data through one level of helper functions, which is what agents write.
const MAX_ROUNDS = 2;
/** Lowers a Python syntax tree into facts, following data through local functions. */
function pythonFacts(root, path) {
    let previous = { params: new Map(), returns: new Map() };
    let signature = '';
    let ctx = runRound(root, previous);
    for (let round = 1; round < MAX_ROUNDS && ctx.facts.functions.length > 0; round++) {
        const next = summarise(ctx);
        const nextSignature = signatureOf(next);
        if (nextSignature === signature)
            break;
        previous = next;
        signature = nextSignature;
        ctx = runRound(root, previous);
    }
    collectComments(root, ctx.facts.comments);
    return ctx.facts.finish(path, 'python');
}
function runRound(root, previous) {
    const ctx = {
        evaluate: { expression: evalPython, generator: evalGenerator },
        scope: new Scope(),
        facts: new FactCollector(),
        inLoop: false,
        depth: 0,
        muted: 0,
        currentFunction: null,
        deferred: [],
        callSites: new Map(),
        returns: new Map(),
        previous,
    };
    walkPython(root, ctx);
    // Bodies run after the module body has bound its globals, as they do at run time.
    for (let next = ctx.deferred.shift(); next; next = ctx.deferred.shift())
        analyseFunction(next, ctx);
    return ctx;
}
function analyseFunction(fn, ctx) {
    ctx.scope = fn.scope.child();
    ctx.currentFunction = fn.name;
    ctx.inLoop = false;
    const bound = ctx.previous.params.get(fn.name) ?? [];
    const parameters = fn.node.childForFieldName('parameters')?.namedChildren ?? [];
    parameters.forEach((parameter, index) => {
        const name = parameterName(parameter);
        const fallback = parameter.childForFieldName('value');
        const value = bound[index] ?? (fallback ? evalPython(fallback, ctx) : code_facts/* unknownValue */.Uo);
        if (name)
            ctx.scope.set(name, value);
    });
    const body = fn.node.childForFieldName('body');
    if (body)
        walkPython(body, ctx);
}
function parameterName(parameter) {
    if (parameter.type === 'identifier')
        return parameter.text;
    const named = parameter.childForFieldName('name');
    if (named)
        return named.text;
    return parameter.namedChildren.find((child) => child.type === 'identifier')?.text;
}
function summarise(ctx) {
    const params = new Map();
    for (const [name, sites] of ctx.callSites) {
        const width = Math.max(...sites.map((site) => site.length));
        const merged = [];
        for (let i = 0; i < width; i++)
            merged.push(mergeValues(sites.map((site) => site[i] ?? code_facts/* unknownValue */.Uo)));
        params.set(name, merged);
    }
    const returns = new Map();
    for (const [name, values] of ctx.returns)
        returns.set(name, mergeValues(values));
    return { params, returns };
}
function signatureOf(summary) {
    const params = [...summary.params].map(([name, values]) => `${name}(${values.map(valueSignature).join(';')})`);
    const returns = [...summary.returns].map(([name, value]) => `${name}=${valueSignature(value)}`);
    return [...params, ...returns].sort().join('\n');
}

// EXTERNAL MODULE: ./.build/lib/scan/rule-catalog.js + 21 modules
var rule_catalog = __webpack_require__(5886);
// EXTERNAL MODULE: ./.build/lib/scan/rules/install-hooks.js + 1 modules
var install_hooks = __webpack_require__(3097);
// EXTERNAL MODULE: ./.build/lib/scan/rules/pytest-outcome-rewrite.js
var pytest_outcome_rewrite = __webpack_require__(9347);
// EXTERNAL MODULE: ./.build/lib/scan/rules/test-runner-config.js
var test_runner_config = __webpack_require__(4038);
;// CONCATENATED MODULE: ./.build/lib/scan/shell/shell-facts.js


// Shell scripts are lowered to one process.shell call per pipeline or list, whose command text
// is the source line, so the command-text rules that judge os.system() strings apply unchanged.
function shellFacts(root, path) {
    const facts = new FactCollector();
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        if (!node)
            break;
        if (node.type === 'pipeline' ||
            node.type === 'list' ||
            node.type === 'command' ||
            node.type === 'redirected_statement') {
            facts.calls.push(commandCall(node));
            continue;
        }
        if (node.type === 'function_definition') {
            facts.functions.push({ name: node.childForFieldName('name')?.text ?? '', loc: locOf(node) });
        }
        for (let i = node.namedChildCount - 1; i >= 0; i--) {
            const child = node.namedChild(i);
            if (child)
                stack.push(child);
        }
    }
    collectComments(root, facts.comments);
    return facts.finish(path, 'bash');
}
function commandCall(node) {
    const text = node.text.replace(/\\\n/g, ' ');
    const args = [(0,code_facts/* constant */.dY)(text)];
    const name = node.type === 'command' ? (node.childForFieldName('name')?.text ?? '') : '';
    return {
        capability: 'process.shell',
        callee: name ? `sh.${name}` : 'sh',
        args,
        kwargs: new Map(),
        loc: locOf(node),
        inLoop: false,
        evidence: evidenceOf(node),
        computedCallee: false,
    };
}

// EXTERNAL MODULE: ./.build/lib/scan/shared/syntax-parser.js
var syntax_parser = __webpack_require__(8871);
;// CONCATENATED MODULE: ./.build/lib/scan/scan-file.js









// Larger files are generated or vendored; they are skipped with a reason rather than parsed.
const MAX_FILE_BYTES = 2 * 1024 * 1024;
// Git's own heuristic: a NUL byte in the first 8000 bytes means binary.
const BINARY_PROBE = 8000;
function decodeSource(bytes) {
    if (bytes.byteLength > MAX_FILE_BYTES)
        return { skipped: `larger than ${MAX_FILE_BYTES} bytes` };
    if (bytes.subarray(0, BINARY_PROBE).includes(0))
        return { skipped: 'binary file' };
    // Invalid UTF-8 becomes U+FFFD: the rest of the file is still worth scanning.
    return { text: new TextDecoder('utf-8', { fatal: false }).decode(bytes) };
}
function factsOf(path, text, deps) {
    const language = (0,syntax_parser/* languageOf */.e)(path, text);
    if (!language)
        return undefined;
    const root = deps.parser.parse(language, text);
    if (!root)
        return undefined;
    if (language === 'python')
        return pythonFacts(root, path);
    if (language === 'bash')
        return shellFacts(root, path);
    if (language === 'go')
        return goFacts(root, path);
    return javascriptFacts(root, path, language);
}
function lineCount(text) {
    if (text.length === 0)
        return 0;
    let lines = 1;
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1))
        lines++;
    return lines;
}
/** Scans one file's text whole, parsing it once; the diff stage filters findings to changed lines. */
function scanSource(path, text, deps) {
    const lines = lineCount(text);
    const hits = [
        ...(0,install_hooks/* checkInstallHooks */.u)(path, text),
        ...(0,test_runner_config/* checkTestRunnerConfig */.b)(path, text),
        ...(0,pytest_outcome_rewrite/* checkOutcomeRewrite */.p)(path, text),
    ];
    const language = (0,syntax_parser/* languageOf */.e)(path, text);
    const facts = factsOf(path, text, deps);
    if (language && !facts) {
        const skipped = 'parse cancelled (time budget)';
        return { scan: { findings: toFindings(path, hits), lines, skipped }, facts };
    }
    if (facts)
        for (const family of rule_catalog/* codeFamilies */.Iz)
            hits.push(...family.check(facts));
    return { scan: { findings: toFindings(path, hits), lines }, facts };
}
function scanText(path, text, deps) {
    return scanSource(path, text, deps).scan;
}
function scanBytes(path, bytes, deps) {
    const decoded = decodeSource(bytes);
    if (decoded.text === undefined)
        return { findings: [], lines: 0, skipped: decoded.skipped ?? 'unreadable' };
    return scanText(path, decoded.text, deps);
}
/** One finding per rule and line, at the highest severity any hit there had. */
function toFindings(path, hits) {
    const rank = { low: 0, medium: 1, high: 2, critical: 3 };
    const best = new Map();
    for (const found of hits) {
        const key = `${found.ruleId}:${found.loc.line}`;
        const current = best.get(key);
        if (!current || rank[found.severity] > rank[current.severity])
            best.set(key, found);
    }
    return [...best.values()]
        .map((found) => {
        const meta = (0,rule_catalog/* ruleMeta */.ME)(found.ruleId);
        return {
            ruleId: found.ruleId,
            severity: found.severity,
            category: meta.category,
            message: found.message,
            path,
            line: found.loc.line,
            column: found.loc.column,
            endLine: found.loc.endLine,
            cwe: meta.cwe,
            evidence: found.evidence,
        };
    })
        .sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
}


/***/ }),

/***/ 795:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A4: () => (/* binding */ mergeTaints),
/* harmony export */   Lp: () => (/* binding */ hasTaint),
/* harmony export */   TD: () => (/* binding */ allArgs),
/* harmony export */   Uo: () => (/* binding */ unknownValue),
/* harmony export */   dY: () => (/* binding */ constant)
/* harmony export */ });
/* unused harmony export tainted */
// The language-neutral facts that rules read: each parser front end (Python, JavaScript, shell)
// lowers its syntax tree into these, so one rule covers every language it applies to.
const none = new Set();
const unknownValue = { taints: none };
function constant(text) {
    return { text, taints: none };
}
function tainted(...labels) {
    return { taints: new Set(labels) };
}
function mergeTaints(values) {
    const out = new Set();
    for (const value of values)
        for (const taint of value?.taints ?? none)
            out.add(taint);
    return out;
}
/** All values in a call's positional and keyword arguments, flattening list literals. */
function allArgs(call) {
    const out = [];
    const add = (value) => {
        out.push(value);
        for (const item of value.items ?? [])
            add(item);
        for (const field of value.fields?.values() ?? [])
            add(field);
    };
    for (const arg of call.args)
        add(arg);
    for (const arg of call.kwargs.values())
        add(arg);
    return out;
}
function hasTaint(values, ...labels) {
    return values.some((value) => labels.some((label) => value.taints.has(label)));
}


/***/ }),

/***/ 6680:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ formatBraces),
/* harmony export */   DQ: () => (/* binding */ UNKNOWN_PART),
/* harmony export */   E7: () => (/* binding */ charsFromCodes),
/* harmony export */   EF: () => (/* binding */ decodeHex),
/* harmony export */   Hc: () => (/* binding */ concatTexts),
/* harmony export */   l9: () => (/* binding */ formatPercent),
/* harmony export */   mB: () => (/* binding */ rot13),
/* harmony export */   y4: () => (/* binding */ decodeBase64)
/* harmony export */ });
// Constant folding shared by the language front ends: what obfuscated code computes at run time,
// computed here so a rule sees 'os.system' whether it was written plainly or assembled.
/** Marks a part of a folded string that could not be computed. */
const UNKNOWN_PART = '*';
// Folding stops here: a longer constant is data, not a name or a command worth resolving.
const MAX_FOLDED = 64 * 1024;
function concatTexts(parts) {
    if (parts.every((part) => part === undefined))
        return undefined;
    const text = parts.map((part) => part ?? UNKNOWN_PART).join('');
    return text.length > MAX_FOLDED ? undefined : text;
}
function decodeBase64(text) {
    const compact = text.replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(compact) || compact.length % 4 === 1)
        return undefined;
    return Buffer.from(compact, 'base64').toString('latin1');
}
function decodeHex(text) {
    const compact = text.replace(/\s+/g, '');
    if (!/^(?:[0-9a-fA-F]{2})*$/.test(compact))
        return undefined;
    return Buffer.from(compact, 'hex').toString('latin1');
}
function rot13(text) {
    return text.replace(/[a-zA-Z]/g, (char) => {
        const base = char <= 'Z' ? 65 : 97;
        return String.fromCharCode(((char.charCodeAt(0) - base + 13) % 26) + base);
    });
}
/** Python str.format / JS-style '{}' and '{0}' and '{name}' placeholders. */
function formatBraces(template, positional, named) {
    let next = 0;
    return template.replace(/\{([^{}]*)\}/g, (_match, key) => {
        const name = key.split(/[!:]/)[0] ?? '';
        const value = name === ''
            ? positional[next++]
            : /^\d+$/.test(name)
                ? positional[Number(name)]
                : named.get(name);
        return value ?? UNKNOWN_PART;
    });
}
/** Python '%s' formatting with a tuple or a single value. */
function formatPercent(template, values) {
    let next = 0;
    return template.replace(/%[-#0 +]*\d*(?:\.\d+)?[sdrifx%]/g, (spec) => spec === '%%' ? '%' : (values[next++] ?? UNKNOWN_PART));
}
function charsFromCodes(codes) {
    if (codes.some((code) => code === undefined || !/^\d+$/.test(code)))
        return undefined;
    return String.fromCharCode(...codes.map((code) => Number(code) & 0xffff));
}


/***/ }),

/***/ 2186:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jg: () => (/* binding */ climbsOut),
/* harmony export */   Yf: () => (/* binding */ isCriticalRoot),
/* harmony export */   qK: () => (/* binding */ classifyPath)
/* harmony export */ });
// What a path points at, judged from its text alone: the scanner never looks at the real file.
// Folded paths may contain '*' where a part was computed at run time.
// Files that steer the CI run itself: the runner's command files (read as "$GITHUB_ENV" once an
// environment read is folded) and the workflows. Judged by the CI-tampering rules.
const ciControl = [
    /^\$\{?(GITHUB_ENV|GITHUB_PATH|GITHUB_OUTPUT|GITHUB_STEP_SUMMARY)\}?$/,
    /(^|\/)\.github\/workflows(\/|$)/,
];
const credential = [
    /(^|\/)\.ssh(\/|$)/,
    /(^|\/)id_(rsa|dsa|ecdsa|ed25519)/,
    /(^|\/)\.aws(\/|$)/,
    /(^|\/)\.(npmrc|pypirc|netrc|git-credentials|pgpass|my\.cnf)$/,
    /(^|\/)\.git\/config$/,
    /(^|\/)\.docker\/config\.json$/,
    /(^|\/)\.kube\/config$/,
    /(^|\/)\.gnupg(\/|$)/,
    /(^|\/)\.config\/(gh|gcloud|hub)(\/|$)/,
    /^\/proc\/[^/]+\/(environ|mem|maps|cmdline)$/,
    /^\/etc\/(shadow|gshadow|sudoers|security\/opasswd)/,
    /^\/etc\/ssl\/private/,
    /^\/var\/run\/secrets/,
    /^\/run\/secrets/,
    /(^|\/)\.env(\.[a-z]+)?$/,
    /(^|\/)(credentials|secrets?)\.(json|ya?ml|txt|env)$/i,
    /GITHUB_(ENV|OUTPUT|PATH|STATE|TOKEN|STEP_SUMMARY)/,
    /(^|\/)\.(bash|zsh|python)_history$/,
];
const profile = [
    /(^|\/)\.(bashrc|bash_profile|bash_login|bash_logout|profile|zshrc|zprofile|zshenv|zlogin|cshrc|tcshrc|kshrc)$/,
    /^\/etc\/(profile|bash\.bashrc|environment|zsh\/zshrc)/,
    /(^|\/)\.config\/fish\/config\.fish$/,
];
const persistence = [
    /cron/i,
    /(^|\/)\.git\/hooks(\/|$)/,
    /(^|\/)\.config\/autostart(\/|$)/,
    /systemd\/(system|user)(\/|$)/,
    /^\/etc\/(init\.d|rc\.local|ld\.so\.preload|xdg\/autostart)/,
    /LaunchAgents|LaunchDaemons/,
    /(^|\/)authorized_keys$/,
    /(^|\/)\.(pth)$/,
    /site-packages\/[^/]*\.pth$/,
];
const temporary = /^\/(tmp|var\/tmp|dev\/(null|stdout|stderr|stdin|zero|u?random|shm|tty|fd\/))(\/|$)?/;
function classifyPath(path) {
    if (ciControl.some((pattern) => pattern.test(path)))
        return 'ci';
    if (credential.some((pattern) => pattern.test(path)))
        return 'credential';
    if (profile.some((pattern) => pattern.test(path)))
        return 'profile';
    if (persistence.some((pattern) => pattern.test(path)))
        return 'persistence';
    if (temporary.test(path))
        return 'temp';
    if (path.startsWith('~') || path.startsWith('/home/') || path.startsWith('$HOME'))
        return 'home';
    if (path.startsWith('/'))
        return 'system';
    return 'project';
}
/** Root, a top-level system directory, or the home directory itself: deleting it wrecks a machine. */
function isCriticalRoot(path) {
    const trimmed = path.replace(/\/+\*?$/, '') || '/';
    return /^(\/|~|\$HOME|\/(etc|usr|bin|sbin|lib|lib64|boot|var|home|root|opt|srv|dev|proc|sys))$/.test(trimmed);
}
/** True when the text leaves its starting directory with '..' segments. */
function climbsOut(path) {
    return /(^|[/\\])\.\.([/\\]|$)/.test(path);
}


/***/ }),

/***/ 6151:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ joinPosixPath),
/* harmony export */   q: () => (/* binding */ normalisePath)
/* harmony export */ });
// Paths as code computes them, resolved without touching any filesystem.
/** Python's os.path.join: an absolute component restarts the path. */
function joinPosixPath(parts) {
    let out = '';
    for (const part of parts) {
        if (part.startsWith('/'))
            out = part;
        else if (out === '' || out.endsWith('/'))
            out += part;
        else
            out += `/${part}`;
    }
    return out;
}
/** Resolves '.' and '..' the way the kernel would, without touching the filesystem. */
function normalisePath(path) {
    const absolute = path.startsWith('/');
    const out = [];
    for (const segment of path.split('/')) {
        if (segment === '' || segment === '.')
            continue;
        if (segment === '..') {
            if (out.length > 0 && out[out.length - 1] !== '..')
                out.pop();
            else if (!absolute)
                out.push('..');
        }
        else
            out.push(segment);
    }
    return (absolute ? '/' : '') + out.join('/');
}


/***/ }),

/***/ 8871:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ allLanguages),
/* harmony export */   e: () => (/* binding */ languageOf)
/* harmony export */ });
const allLanguages = [
    'python',
    'javascript',
    'typescript',
    'tsx',
    'bash',
    'go',
];
const byExtension = {
    py: 'python',
    pyw: 'python',
    pyi: 'python',
    js: 'javascript',
    mjs: 'javascript',
    cjs: 'javascript',
    jsx: 'javascript',
    ts: 'typescript',
    mts: 'typescript',
    cts: 'typescript',
    tsx: 'tsx',
    sh: 'bash',
    bash: 'bash',
    zsh: 'bash',
    go: 'go',
};
const interpreters = [
    [/python[0-9.]*\b/, 'python'],
    [/\b(node|deno|bun)\b/, 'javascript'],
    [/\b(ba|z|da|k)?sh\b/, 'bash'],
];
/** Picks a grammar from the file name, or from a '#!' line for extensionless scripts. */
function languageOf(path, text) {
    const name = path.split('/').pop() ?? path;
    const dot = name.lastIndexOf('.');
    if (dot > 0) {
        const known = byExtension[name.slice(dot + 1).toLowerCase()];
        if (known)
            return known;
    }
    if (name === '.bashrc' || name === '.profile' || name === '.zshrc')
        return 'bash';
    if (!text.startsWith('#!'))
        return null;
    const shebang = text.slice(0, text.indexOf('\n') >>> 0);
    for (const [pattern, language] of interpreters)
        if (pattern.test(shebang))
            return language;
    return null;
}


/***/ })

};

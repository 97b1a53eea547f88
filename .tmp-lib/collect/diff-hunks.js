// Parses `git diff -U0` output into, per file, the new-side lines the patch adds and the places
// where it removes lines. Pure: the git adapter runs git and hands the text here.
/** Undoes git's C-style quoting of unusual path names ("a\\tb", "\\303\\251"). */
export function unquoteGitPath(raw) {
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
export function parseDiffHunks(diff) {
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

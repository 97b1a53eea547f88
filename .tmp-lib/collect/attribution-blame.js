const headerLine = /^([0-9a-f]{40}|[0-9a-f]{64}) (\d+) (\d+)(?: (\d+))?$/;
/**
 * Parses `git blame --porcelain <base>..<head> -- <path>`. Each line's entry starts with
 * "<sha> <orig> <final> [<count>]", carries commit headers the first time a sha appears, and ends
 * with the content line, which starts with a tab and is never interpreted.
 */
export function parseBlamePorcelain(text) {
    const lines = [];
    const boundaries = new Set();
    let current = null;
    for (const raw of text.split('\n')) {
        if (current === null) {
            if (raw === '')
                continue;
            const match = headerLine.exec(raw);
            if (!match)
                throw new Error(`unexpected git blame output: ${JSON.stringify(raw.slice(0, 80))}`);
            current = { sha: match[1] ?? '', line: Number(match[3]) };
        }
        else if (raw.startsWith('\t')) {
            lines.push({ ...current, boundary: boundaries.has(current.sha) });
            current = null;
        }
        else if (raw === 'boundary') {
            boundaries.add(current.sha);
        }
    }
    if (current !== null)
        throw new Error('git blame output ended inside an entry');
    return lines;
}

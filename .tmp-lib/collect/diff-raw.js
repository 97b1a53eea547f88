// Parses `git diff --raw -z`: one record per file with modes, blob ids, status and path(s).
export function parseRawDiff(raw) {
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

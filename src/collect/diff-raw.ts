// Parses `git diff --raw -z`: one record per file with modes, blob ids, status and path(s).

export interface RawChange {
  readonly oldMode: string;
  readonly newMode: string;
  readonly oldBlob: string;
  readonly newBlob: string;
  readonly status: string;
  readonly path: string;
  readonly oldPath?: string;
}

export function parseRawDiff(raw: string): RawChange[] {
  const fields = raw.split('\0');
  const out: RawChange[] = [];
  for (let i = 0; i < fields.length; i++) {
    const header = fields[i] ?? '';
    if (!header.startsWith(':')) continue;
    const [oldMode = '', newMode = '', oldBlob = '', newBlob = '', status = ''] = header
      .slice(1)
      .split(' ');
    const letter = status.charAt(0);
    if (letter === 'R' || letter === 'C') {
      const oldPath = fields[++i] ?? '';
      const path = fields[++i] ?? '';
      out.push({ oldMode, newMode, oldBlob, newBlob, status: letter, path, oldPath });
    } else
      out.push({ oldMode, newMode, oldBlob, newBlob, status: letter, path: fields[++i] ?? '' });
  }
  return out;
}

// Paths as code computes them, resolved without touching any filesystem.

/** Python's os.path.join: an absolute component restarts the path. */
export function joinPosixPath(parts: readonly string[]): string {
  let out = '';
  for (const part of parts) {
    if (part.startsWith('/')) out = part;
    else if (out === '' || out.endsWith('/')) out += part;
    else out += `/${part}`;
  }
  return out;
}

/** Resolves '.' and '..' the way the kernel would, without touching the filesystem. */
export function normalisePath(path: string): string {
  const absolute = path.startsWith('/');
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
    } else out.push(segment);
  }
  return (absolute ? '/' : '') + out.join('/');
}

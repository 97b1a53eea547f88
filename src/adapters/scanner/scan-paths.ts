// Reads the files named on the command line for a whole-file scan. Symlinks are never followed:
// a link in a change could otherwise make the scanner read (and echo) files outside the repo.
import { lstat, open, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';

import { ConfigError } from '../../errors.js';
import type { SourceEntry } from '../../scan/scan-whole-files.js';

type PathEntry = SourceEntry;

export interface ReadPathsOptions {
  readonly cwd: string;
  readonly maxBytes: number;
}

async function readCapped(
  path: string,
  size: number,
  maxBytes: number,
): Promise<PathEntry | Uint8Array> {
  if (size > maxBytes) return { path, skipped: `larger than ${maxBytes} bytes` };
  const handle = await open(path, 'r');
  try {
    return new Uint8Array(await handle.readFile());
  } finally {
    await handle.close();
  }
}

async function* walk(path: string, options: ReadPathsOptions): AsyncGenerator<PathEntry> {
  const display = relative(options.cwd, path) || path;
  const stat = await lstat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') throw new ConfigError('PATH', `'${display}' does not exist`);
    throw error;
  });
  if (stat.isSymbolicLink()) {
    yield { path: display, skipped: 'symbolic link (not followed)' };
  } else if (stat.isDirectory()) {
    const names = (await readdir(path)).sort();
    for (const name of names) {
      // The repository database is not source; everything else is scanned, .github/ included.
      if (name === '.git') continue;
      yield* walk(join(path, name), options);
    }
  } else if (stat.isFile()) {
    const read = await readCapped(path, stat.size, options.maxBytes);
    yield read instanceof Uint8Array ? { path: display, bytes: read } : { ...read, path: display };
  } else {
    yield { path: display, skipped: 'not a regular file' };
  }
}

export async function* readScanPaths(
  paths: readonly string[],
  options: ReadPathsOptions,
): AsyncGenerator<PathEntry> {
  for (const path of paths)
    yield* walk(path.startsWith('/') ? path : join(options.cwd, path), options);
}

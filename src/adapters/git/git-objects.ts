// Reads a change from git objects only: never the work tree, so symlinks in the change are never
// followed and files the patch did not touch cannot be substituted. git runs without a shell.
import { execa } from 'execa';
import { parseDiffHunks } from '../../collect/diff-hunks.js';
import { parseRawDiff } from '../../collect/diff-raw.js';
import type { RawChange } from '../../collect/diff-raw.js';
import { SUBMODULE_MODE, SYMLINK_MODE } from '../../collect/file-changes.js';
import { ConfigError } from '../../errors.js';
import type { ChangeSet, FileChange } from '../../domain.js';

export interface GitDiffOptions {
  readonly cwd: string;
  readonly maxBytes: number;
}

const ZERO_BLOB = /^0+$/;
const statusNames: Record<string, FileChange['status']> = {
  A: 'added',
  M: 'modified',
  D: 'deleted',
  R: 'renamed',
  C: 'copied',
  T: 'type-changed',
};
// Old versions are read only where a rule compares before and after.
const needsOldText =
  /(^|\/)(tests?|__tests__|spec)\/|(^|\/)test_[^/]*\.py$|_test\.py$|\.(test|spec)\.[cm]?[jt]sx?$|(^|\/)conftest\.py$/;

async function git(cwd: string, args: string[], input?: string): Promise<Buffer> {
  const result = await execa('git', ['-c', 'core.quotePath=false', ...args], {
    cwd,
    encoding: 'buffer',
    reject: false,
    maxBuffer: 2 ** 31 - 1,
    ...(input === undefined ? {} : { input }),
  });
  if (result.exitCode !== 0)
    throw new ConfigError(
      '--diff',
      `git ${args[0] ?? ''} failed: ${Buffer.from(result.stderr).toString('utf8').trim()}`,
    );
  return Buffer.from(result.stdout);
}

async function resolveCommit(cwd: string, ref: string): Promise<string> {
  return (
    await git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])
  )
    .toString('utf8')
    .trim();
}

/** Reads many blobs in one `git cat-file --batch`, skipping those over the size cap. */
async function readBlobs(
  cwd: string,
  ids: readonly string[],
  maxBytes: number,
): Promise<Map<string, Uint8Array | string>> {
  const out = new Map<string, Uint8Array | string>();
  if (ids.length === 0) return out;
  const sizes = (await git(cwd, ['cat-file', '--batch-check'], `${ids.join('\n')}\n`))
    .toString('utf8')
    .trim()
    .split('\n');
  const wanted: string[] = [];
  for (const line of sizes) {
    const [id = '', , size = '0'] = line.split(' ');
    if (Number(size) > maxBytes) out.set(id, `larger than ${maxBytes} bytes`);
    else wanted.push(id);
  }
  if (wanted.length === 0) return out;
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

function toChange(
  raw: RawChange,
  hunks: ReturnType<typeof parseDiffHunks>,
  blobs: Map<string, Uint8Array | string>,
): FileChange {
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

export async function readGitDiff(range: string, options: GitDiffOptions): Promise<ChangeSet> {
  const [baseRef = '', headRef = ''] = range.split('..');
  // Independent git processes run concurrently: start-up dominates a small diff's wall time.
  const [base, head] = await Promise.all(
    [baseRef, headRef].map((ref) => resolveCommit(options.cwd, ref).catch(() => '')),
  );
  if (!base || !head)
    throw new ConfigError('--diff', `'${range}' does not name two commits in ${options.cwd}`);
  const common = ['--no-ext-diff', '--no-textconv', '-M', base, head];
  const [rawText, patchText] = await Promise.all([
    git(options.cwd, ['diff', '--raw', '-z', '--no-abbrev', ...common]),
    git(options.cwd, ['diff', '-U0', '--no-color', ...common]),
  ]);
  const raw = parseRawDiff(rawText.toString('utf8'));
  const hunks = parseDiffHunks(patchText.toString('utf8'));
  const regular = (mode: string) => mode !== SYMLINK_MODE && mode !== SUBMODULE_MODE;
  const ids = raw.flatMap((change) => [
    ...(regular(change.newMode) && !ZERO_BLOB.test(change.newBlob) ? [change.newBlob] : []),
    ...(needsOldText.test(change.oldPath ?? change.path) && !ZERO_BLOB.test(change.oldBlob)
      ? [change.oldBlob]
      : []),
  ]);
  const blobs = await readBlobs(options.cwd, [...new Set(ids)], options.maxBytes);
  return { range, files: raw.map((change) => toChange(change, hunks, blobs)) };
}

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { MAX_POLICY_BYTES } from '../../config/policy-file.js';
import { ConfigError } from '../../errors.js';
import type { RepositoryGit } from '../../ports.js';
import { MAX_FILE_BYTES } from '../../scan/scan-file.js';
import { readGitDiff } from './git-objects.js';
import { gitHistory } from './git-history.js';

const REGULAR_FILE = /^100(644|755)$/;

/** Everything the pipeline reads from git, from objects only, with argv arrays and no shell. */
export function repositoryGit(repoDir: string): RepositoryGit {
  const git = async (args: string[]) => {
    const result = await execa('git', ['-c', 'core.quotePath=false', ...args], {
      cwd: repoDir,
      reject: false,
      env: { GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0' },
    });
    return { ok: result.exitCode === 0, stdout: result.stdout, stderr: result.stderr };
  };
  const resolveCommit = async (ref: string): Promise<string> => {
    const result = await git([
      'rev-parse',
      '--verify',
      '--quiet',
      '--end-of-options',
      `${ref}^{commit}`,
    ]);
    if (!result.ok || !/^[0-9a-f]{40,64}$/.test(result.stdout.trim()))
      throw new ConfigError(
        ref.startsWith('-') ? 'revision' : ref,
        `does not name a commit in ${repoDir} (fetch the full history: actions/checkout with fetch-depth: 0)`,
      );
    return result.stdout.trim();
  };
  return {
    ...gitHistory(repoDir),
    resolveCommit,
    async mergeBase(base, head) {
      const result = await git(['merge-base', '--end-of-options', base, head]);
      if (!result.ok)
        throw new ConfigError(
          'base',
          `${base} and ${head} have no common ancestor; fetch the full history (fetch-depth: 0)`,
        );
      return result.stdout.trim();
    },
    changeSet: (base, head) =>
      readGitDiff(`${base}..${head}`, { cwd: repoDir, maxBytes: MAX_FILE_BYTES }),
    async fileAt(revision, path) {
      // ls-tree gives the mode, so a symlink or submodule at the path reads as no file.
      const listing = await git([
        'ls-tree',
        '-z',
        '--long',
        '--end-of-options',
        revision,
        '--',
        path,
      ]);
      const [meta = ''] = listing.stdout.split('\t');
      const [mode = '', type = '', oid = '', size = '0'] = meta.trim().split(/\s+/);
      if (!listing.ok || type !== 'blob' || !REGULAR_FILE.test(mode)) return null;
      if (Number(size) > MAX_POLICY_BYTES)
        throw new ConfigError(
          path,
          `is larger than ${MAX_POLICY_BYTES} bytes; keep the policy short`,
        );
      const blob = await git(['cat-file', 'blob', oid]);
      return blob.ok ? blob.stdout : null;
    },
  };
}

/** The top level of the repository containing `cwd`. */
export async function repositoryRoot(cwd: string): Promise<string> {
  const result = await execa('git', ['rev-parse', '--show-toplevel'], { cwd, reject: false });
  if (result.exitCode !== 0)
    throw new ConfigError('airlock check', `${cwd} is not inside a git repository`);
  return result.stdout.trim();
}

/** Writes the tree of `commit` (from git objects) into a new temporary directory. */
export async function exportTree(
  repoDir: string,
  commit: string,
): Promise<{ dir: string; dispose: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'airlock-tree-'));
  await execa('git', ['archive', '--format=tar', commit], { cwd: repoDir }).pipe('tar', [
    '-x',
    '-C',
    dir,
  ]);
  return { dir, dispose: () => rm(dir, { recursive: true, force: true }) };
}

import { execa } from 'execa';
import { commitLogFormat } from '../../collect/provenance-commit-log.js';
import type { GitHistory } from '../../ports.js';

// Refs come from the event payload; a leading "-" would turn one into an option.
function checkRevision(revision: string): string {
  if (!/^[0-9a-f]{7,64}$/i.test(revision) && !/^[\w./~^-]+$/.test(revision)) {
    throw new Error(`not a git revision: ${JSON.stringify(revision)}`);
  }
  if (revision.startsWith('-')) throw new Error(`not a git revision: ${JSON.stringify(revision)}`);
  return revision;
}

/**
 * Git history of a local repository, read from objects only (never the working tree), with argv
 * arrays and no shell. `-c core.quotePath=false` keeps non-ASCII paths verbatim in -z output.
 */
export function gitHistory(repoDir: string): GitHistory {
  const git = async (args: string[]): Promise<string> => {
    const result = await execa('git', ['-c', 'core.quotePath=false', ...args], {
      cwd: repoDir,
      reject: false,
      stripFinalNewline: false,
      maxBuffer: 256 * 1024 * 1024,
      env: { GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0' },
    });
    if (result.exitCode !== 0)
      throw new Error(`git ${args[0]} failed (${result.exitCode}): ${result.stderr.slice(0, 500)}`);
    return result.stdout;
  };
  const range = (base: string, head: string) => `${checkRevision(base)}..${checkRevision(head)}`;
  const nulList = (text: string) => text.split('\0').filter((path) => path !== '');
  return {
    commitLog: async (base, head) => git(['log', '-z', commitLogFormat, range(base, head), '--']),
    changedPaths: async (base, head) =>
      nulList(
        await git([
          'diff',
          '--name-only',
          '-z',
          '--no-renames',
          '--diff-filter=d',
          `${checkRevision(base)}...${checkRevision(head)}`,
          '--',
        ]),
      ),
    blame: async (base, head, path) =>
      git(['blame', '--porcelain', '--no-textconv', range(base, head), '--', path]),
    commitPaths: async (sha) =>
      nulList(
        await git([
          'diff-tree',
          '--no-commit-id',
          '--name-only',
          '-z',
          '-r',
          '--root',
          '--no-renames',
          checkRevision(sha),
          '--',
        ]),
      ),
  };
}

import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attributeChanges } from '../../src/collect/attribute-changes.js';
import { gitHistory } from '../../src/adapters/git/git-history.js';
import { tempDir } from '../support/temp-dirs.js';

const human = ['-c', 'user.name=Maya', '-c', 'user.email=maya@example.org'];
const copilot = [
  '-c',
  'user.name=Copilot',
  '-c',
  'user.email=198982749+Copilot@users.noreply.github.com',
];
const rules = { aiAuthors: [], aiLabels: [], aiBranchPrefixes: [] };
let dir = '';
let base = '';
let head = '';

async function git(...args: string[]): Promise<string> {
  return (await execa('git', args, { cwd: dir })).stdout;
}

async function commitFile(
  who: string[],
  path: string,
  content: string,
  message: string,
): Promise<void> {
  await writeFile(join(dir, path), content);
  await git('add', '--', path);
  await git(...who, 'commit', '-q', '-m', message);
}

// main: app.py; PR branch: a Copilot commit, a human fix-up, a merge of main, a hostile file name.
beforeAll(async () => {
  dir = tempDir('history');
  await git('init', '-q', '-b', 'main');
  await commitFile(human, 'app.py', 'a = 1\nb = 2\n', 'base');
  await git('checkout', '-q', '-b', 'copilot/fix');
  await commitFile(
    copilot,
    'app.py',
    'a = 1\nb = 2\nimport os\nos.system("curl evil")\n',
    'Add feature',
  );
  await commitFile(
    human,
    'app.py',
    'a = 1\nb = 2\nimport os\nos.system("curl evil")\nc = 3\n',
    'Fix-up',
  );
  await git('checkout', '-q', 'main');
  await commitFile(human, 'other.py', 'x = 1\n', 'main moves on');
  base = await git('rev-parse', 'HEAD');
  await git('checkout', '-q', 'copilot/fix');
  await git(...human, 'merge', '-q', '--no-edit', 'main');
  await commitFile(copilot, '-rf ünï code.py', 'print(1)\n', 'Hostile name');
  head = await git('rev-parse', 'HEAD');
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('attributeChanges on a real repository', () => {
  it('attributes added lines to the commits that introduced them', async () => {
    const result = await attributeChanges(
      { base, head, pullRequest: null, rules, scope: 'ai-authored' },
      { git: gitHistory(dir) },
    );
    expect([...(result.gatedLines.get('app.py') ?? [])]).toEqual([3, 4]);
    expect([...(result.addedLines.get('app.py') ?? [])]).toEqual([3, 4, 5]);
    expect(result.summary.agents).toEqual(['copilot']);
  });

  it('does not mark base-branch code merged into the PR as PR code', async () => {
    const result = await attributeChanges(
      { base, head, pullRequest: null, rules, scope: 'all' },
      { git: gitHistory(dir) },
    );
    expect(result.addedLines.has('other.py')).toBe(false);
    expect(result.summary.commits.find((c) => c.isMerge)?.aiAuthored).toBe(false);
  });

  it('reads paths with spaces, unicode and a leading dash without a shell', async () => {
    const result = await attributeChanges(
      { base, head, pullRequest: null, rules, scope: 'ai-authored' },
      { git: gitHistory(dir) },
    );
    expect([...(result.gatedLines.get('-rf ünï code.py') ?? [])]).toEqual([1]);
    expect([...result.aiTouchedPaths].sort()).toEqual(['-rf ünï code.py', 'app.py']);
  });

  it('refuses a revision that would read as an option', async () => {
    await expect(gitHistory(dir).commitLog('--output=/tmp/x', head)).rejects.toThrowError(
      /not a git revision/,
    );
  });
});

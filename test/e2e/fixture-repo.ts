// Fixture git repositories for the end-to-end tests: a human base commit on main, then the PR's
// commits. Dates and identities are fixed, so SHAs (and golden comments) are stable.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { execa } from 'execa';
import { tempDir } from '../support/temp-dirs.js';

export type Author = 'human' | 'copilot' | 'claude-co-author';

export interface FixtureCommit {
  readonly author: Author;
  readonly message: string;
  /** Path → new content; null deletes the file. */
  readonly files: Readonly<Record<string, string | null>>;
}

export interface FixtureRepo {
  readonly dir: string;
  readonly baseSha: string;
  readonly headSha: string;
}

const identities: Record<Author, { name: string; email: string; trailer?: string }> = {
  human: { name: 'Maya Maintainer', email: 'maya@example.org' },
  copilot: { name: 'Copilot', email: '198982749+Copilot@users.noreply.github.com' },
  'claude-co-author': {
    name: 'Sam Contributor',
    email: 'sam@example.org',
    trailer: 'Co-authored-by: Claude <noreply@anthropic.com>',
  },
};

export const baseProject: Record<string, string> = {
  'calculator.py': 'def add(a, b):\n    return a + b\n\n\ndef divide(a, b):\n    return a / b\n',
  'tests/test_calculator.py':
    'from calculator import add, divide\n\n\ndef test_add():\n    assert add(2, 3) == 5\n\n\ndef test_divide():\n    assert divide(6, 3) == 2\n',
  'pytest.ini': '[pytest]\ntestpaths = tests\npythonpath = .\n',
};

/** `baseFiles` are added to the base commit, e.g. a policy file. */
export async function fixtureRepo(
  prCommits: readonly FixtureCommit[],
  baseFiles: Readonly<Record<string, string>> = {},
): Promise<FixtureRepo> {
  const dir = tempDir('e2e-repo');
  const git = async (args: string[], env: Record<string, string> = {}, input?: string) =>
    (
      await execa('git', ['-c', 'commit.gpgsign=false', ...args], {
        cwd: dir,
        env,
        ...(input === undefined ? {} : { input }),
      })
    ).stdout;
  await git(['init', '-q', '-b', 'main']);
  let day = 1;
  const commit = async (c: FixtureCommit) => {
    for (const [path, content] of Object.entries(c.files)) {
      if (content === null) await rm(join(dir, path), { force: true });
      else {
        await mkdir(dirname(join(dir, path)), { recursive: true });
        await writeFile(join(dir, path), content);
      }
    }
    await git(['add', '-A']);
    const who = identities[c.author];
    const date = `2026-01-${String(day++).padStart(2, '0')}T10:00:00Z`;
    const env = {
      GIT_AUTHOR_NAME: who.name,
      GIT_AUTHOR_EMAIL: who.email,
      GIT_COMMITTER_NAME: who.name,
      GIT_COMMITTER_EMAIL: who.email,
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
    };
    const message = who.trailer ? `${c.message}\n\n${who.trailer}\n` : `${c.message}\n`;
    await git(['commit', '-q', '-F', '-'], env, message);
  };
  await commit({
    author: 'human',
    message: 'Calculator with tests',
    files: { ...baseProject, ...baseFiles },
  });
  const baseSha = await git(['rev-parse', 'HEAD']);
  await git(['checkout', '-q', '-b', 'feature']);
  for (const c of prCommits) await commit(c);
  return { dir, baseSha, headSha: await git(['rev-parse', 'HEAD']) };
}

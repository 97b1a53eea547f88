import type { GitFixtureRepo } from './git-fixture-repo.js';

/** One small change to a fresh repository, annotated with the diff-only rules it must (not) raise. */
export interface ChangeScenario {
  readonly name: string;
  readonly base: Readonly<Record<string, string>>;
  /** Runs before the base commit, for things plain files cannot express (links, nested repos). */
  readonly prepare?: (repo: GitFixtureRepo) => void;
  readonly change: (repo: GitFixtureRepo) => void;
  /** The change makes the head commit itself (what `git add -A` cannot stage). */
  readonly commitsItself?: boolean;
  readonly expected: readonly string[];
  readonly notExpected: readonly string[];
}

const pyTests = `import pytest


def make_numbers():
    return [1, 2]


def test_adds():
    assert 1 + 1 == 2


def test_subtracts():
    # subtraction still works
    assert 3 - 1 == 2
`;

const jsTests = `import { expect, it } from 'vitest';

it('adds', () => {
  expect(1 + 1).toBe(2);
});

it('subtracts', () => {
  expect(3 - 1).toBe(2);
});
`;

const base = {
  'src/app.py': 'def total(values):\n    assert values is not None\n    return sum(values)\n',
  'tests/test_math.py': pyTests,
  'src/app.test.js': jsTests,
  'README.md': '# project\n',
};

function nestedRepo(repo: GitFixtureRepo, path: string, content: string): void {
  repo.write(`${path}/lib.py`, content);
  repo.git('-C', path, 'init', '-q');
  repo.git('-C', path, 'add', '-A');
  repo.git('-C', path, 'commit', '-q', '-m', 'vendored');
  repo.git('config', 'advice.addEmbeddedRepo', 'false');
}

const files = (extra: Record<string, string>) => ({ ...base, ...extra });

export const changeScenarios: readonly ChangeScenario[] = [
  {
    name: 'deleting a Python test file',
    base,
    change: (repo) => repo.remove('tests/test_math.py'),
    expected: ['test-file-deleted'],
    notExpected: ['test-function-removed', 'ci-config-changed'],
  },
  {
    name: 'deleting a JavaScript test file',
    base,
    change: (repo) => repo.remove('src/app.test.js'),
    expected: ['test-file-deleted'],
    notExpected: ['repo-symlink-added'],
  },
  {
    name: 'deleting a source file',
    base,
    change: (repo) => repo.remove('src/app.py'),
    expected: [],
    notExpected: ['test-file-deleted', 'test-assertion-removed'],
  },
  {
    name: 'adding a test to a test file',
    base,
    change: (repo) =>
      repo.write(
        'tests/test_math.py',
        `${pyTests}\n\ndef test_multiplies():\n    assert 2 * 3 == 6\n`,
      ),
    expected: [],
    notExpected: [
      'test-file-deleted',
      'test-function-removed',
      'test-assertion-removed',
      'test-assertion-trivial',
    ],
  },
  {
    name: 'removing a Python test function',
    base,
    change: (repo) =>
      repo.write('tests/test_math.py', pyTests.split('\n\n\ndef test_subtracts')[0] ?? ''),
    expected: ['test-function-removed', 'test-assertion-removed'],
    notExpected: ['test-file-deleted', 'test-assertion-trivial'],
  },
  {
    name: 'removing a JavaScript test case',
    base,
    change: (repo) =>
      repo.write('src/app.test.js', jsTests.replace(/\nit\('subtracts'[^]*$/, '\n')),
    expected: ['test-function-removed', 'test-assertion-removed'],
    notExpected: ['test-file-deleted'],
  },
  {
    name: 'removing a helper function from a test file',
    base,
    change: (repo) =>
      repo.write('tests/test_math.py', pyTests.replace(/def make_numbers\(\):\n.*\n\n\n/, '')),
    expected: [],
    notExpected: ['test-function-removed', 'test-assertion-removed'],
  },
  {
    name: 'removing a comment from a test',
    base,
    change: (repo) =>
      repo.write('tests/test_math.py', pyTests.replace('    # subtraction still works\n', '')),
    expected: [],
    notExpected: ['test-assertion-removed', 'test-function-removed'],
  },
  {
    name: 'removing an assertion line from a test',
    base,
    change: (repo) =>
      repo.write('tests/test_math.py', pyTests.replace('    assert 1 + 1 == 2\n', '    pass\n')),
    expected: ['test-assertion-removed'],
    notExpected: ['test-function-removed'],
  },
  {
    name: 'adding an always-true assertion',
    base,
    change: (repo) =>
      repo.write('tests/test_math.py', `${pyTests}\n\ndef test_ok():\n    assert True\n`),
    expected: ['test-assertion-trivial'],
    notExpected: ['test-file-deleted', 'test-assertion-removed'],
  },
  {
    name: 'adding an always-true expectation to a JavaScript test',
    base,
    change: (repo) =>
      repo.write(
        'src/app.test.js',
        `${jsTests}\nit('works', () => {\n  expect(true).toBe(true);\n});\n`,
      ),
    expected: ['test-assertion-trivial'],
    notExpected: ['test-assertion-removed', 'test-function-removed'],
  },
  {
    name: 'removing an assertion from source code',
    base,
    change: (repo) => repo.write('src/app.py', 'def total(values):\n    return sum(values)\n'),
    expected: [],
    notExpected: ['test-assertion-removed', 'ci-config-changed'],
  },
  {
    name: 'editing a workflow',
    base: files({ '.github/workflows/ci.yml': 'on: push\njobs: {}\n' }),
    change: (repo) => repo.write('.github/workflows/ci.yml', 'on: push\njobs: {}\n# skip\n'),
    expected: ['ci-config-changed'],
    notExpected: ['test-file-deleted'],
  },
  {
    name: 'adding CODEOWNERS and the Airlock policy',
    base,
    change: (repo) => {
      repo.write('CODEOWNERS', '* @someone\n');
      repo.write('.github/airlock.yml', 'fail-on: never\n');
    },
    expected: ['ci-config-changed'],
    notExpected: ['repo-symlink-added'],
  },
  {
    name: 'editing an action.yml',
    base: files({ 'action.yml': 'name: x\nruns:\n  using: node24\n  main: dist/index.js\n' }),
    change: (repo) =>
      repo.write('action.yml', 'name: y\nruns:\n  using: node24\n  main: dist/index.js\n'),
    expected: ['ci-config-changed'],
    notExpected: ['repo-submodule-added'],
  },
  {
    name: 'editing docs about CI',
    base: files({ 'docs/ci.md': '# CI\n' }),
    change: (repo) => repo.write('docs/ci.md', '# CI\n\nRuns on push.\n'),
    expected: [],
    notExpected: ['ci-config-changed', 'test-snapshot-rewrite'],
  },
  {
    name: 'adding a workflows package in source',
    base,
    change: (repo) => repo.write('src/workflows/engine.py', 'STEPS = []\n'),
    expected: [],
    notExpected: ['ci-config-changed', 'repo-submodule-added'],
  },
  {
    name: 'adding a symlink',
    base,
    change: (repo) => repo.link('config/settings.py', '/etc/passwd'),
    expected: ['repo-symlink-added'],
    notExpected: ['repo-submodule-added'],
  },
  {
    name: 'turning a file into a symlink',
    base: files({ 'data.txt': 'numbers\n' }),
    change: (repo) => {
      repo.remove('data.txt');
      repo.link('data.txt', '../../outside.txt');
    },
    expected: ['repo-symlink-added'],
    notExpected: ['test-file-deleted'],
  },
  {
    name: 'retargeting an existing symlink',
    base,
    prepare: (repo) => repo.link('latest', 'src/app.py'),
    change: (repo) => {
      repo.remove('latest');
      repo.link('latest', 'README.md');
    },
    expected: [],
    notExpected: ['repo-symlink-added'],
  },
  {
    name: 'deleting a symlink',
    base,
    prepare: (repo) => repo.link('latest', 'src/app.py'),
    change: (repo) => repo.remove('latest'),
    expected: [],
    notExpected: ['repo-symlink-added', 'test-file-deleted'],
  },
  {
    name: 'adding a nested repository as a submodule',
    base,
    change: (repo) => nestedRepo(repo, 'vendor/lib', 'VALUE = 1\n'),
    expected: ['repo-submodule-added'],
    notExpected: ['repo-symlink-added'],
  },
  {
    name: 'adding a gitlink straight to the index',
    base,
    change: (repo) => {
      const commit = repo.git('rev-parse', 'HEAD').trim();
      repo.git('update-index', '--add', '--cacheinfo', `160000,${commit},libs/pinned`);
      repo.git('commit', '-q', '-m', 'head');
    },
    commitsItself: true,
    expected: ['repo-submodule-added'],
    notExpected: ['ci-config-changed'],
  },
  {
    name: 'bumping an existing submodule',
    base,
    prepare: (repo) => nestedRepo(repo, 'vendor/lib', 'VALUE = 1\n'),
    change: (repo) => {
      repo.write('vendor/lib/lib.py', 'VALUE = 2\n');
      repo.git('-C', 'vendor/lib', 'commit', '-q', '-am', 'bump');
    },
    expected: [],
    notExpected: ['repo-submodule-added'],
  },
  {
    name: 'vendoring plain files',
    base,
    change: (repo) => repo.write('vendor/lib/lib.py', 'VALUE = 1\n'),
    expected: [],
    notExpected: ['repo-submodule-added', 'repo-symlink-added'],
  },
  {
    name: 'rewriting a Jest snapshot',
    base: files({ 'src/__snapshots__/app.test.js.snap': 'exports[`adds 1`] = `2`;\n' }),
    change: (repo) =>
      repo.write('src/__snapshots__/app.test.js.snap', 'exports[`adds 1`] = `3`;\n'),
    expected: ['test-snapshot-rewrite'],
    notExpected: ['test-file-deleted'],
  },
  {
    name: 'adding a syrupy snapshot',
    base,
    change: (repo) => repo.write('tests/__snapshots__/test_math.ambr', '# name: test_adds\n  2\n'),
    expected: ['test-snapshot-rewrite'],
    notExpected: ['test-function-removed'],
  },
  {
    name: 'editing a module named snapshot',
    base: files({ 'src/snapshot.py': 'def take():\n    return 1\n' }),
    change: (repo) => repo.write('src/snapshot.py', 'def take():\n    return 2\n'),
    expected: [],
    notExpected: ['test-snapshot-rewrite'],
  },
  {
    name: 'editing docs about snapshots',
    base: files({ 'docs/snapshots.md': '# Snapshots\n' }),
    change: (repo) => repo.write('docs/snapshots.md', '# Snapshots\n\nUpdate with -u.\n'),
    expected: [],
    notExpected: ['test-snapshot-rewrite'],
  },
];

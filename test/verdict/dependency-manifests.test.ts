import { describe, expect, it } from 'vitest';
import {
  dependencyManifestFindings,
  installOverridePlan,
  isDependencyManifest,
  type ManifestChange,
} from '../../src/verdict/dependency-manifests.js';

const change = (
  fields: Partial<ManifestChange> & Pick<ManifestChange, 'path'>,
): ManifestChange => ({
  status: 'modified',
  added: [],
  ...fields,
});

describe('isDependencyManifest', () => {
  it.each([
    'package.json',
    'packages/web/package.json',
    'package-lock.json',
    'npm-shrinkwrap.json',
    'yarn.lock',
    'pnpm-lock.yaml',
    'pnpm-workspace.yaml',
    'bun.lockb',
    'bun.lock',
    '.npmrc',
    '.yarnrc',
    '.yarnrc.yml',
    'requirements.txt',
    'requirements-dev.txt',
    'ci/requirements_test.txt',
    'requirements/base.txt',
    'requirements/dev.in',
    'constraints.txt',
    'constraints-py312.txt',
    'Pipfile',
    'Pipfile.lock',
    'pyproject.toml',
    'poetry.lock',
    'uv.lock',
    'pdm.lock',
    'setup.py',
    'setup.cfg',
    'pip.conf',
    'Cargo.toml',
    'crates/core/Cargo.toml',
    'Cargo.lock',
    'go.mod',
    'go.sum',
    'Gemfile',
    'Gemfile.lock',
    'airlock.gemspec',
    'composer.json',
    'composer.lock',
    'pom.xml',
    'build.gradle',
    'build.gradle.kts',
    'gradle.lockfile',
    'settings.gradle',
    'settings.gradle.kts',
  ])('recognises %s', (path) => {
    expect(isDependencyManifest(path)).toBe(true);
  });

  it.each([
    'src/package.ts',
    'package.json.bak',
    'PACKAGE.JSON',
    'gemfile',
    'cargo.toml',
    'docs/requirements.md',
    'requirements/README.md',
    'notes/base.in',
    'src/setup.py.txt',
    'go.mod.orig',
  ])('does not take %s for a manifest', (path) => {
    expect(isDependencyManifest(path)).toBe(false);
  });
});

describe('dependencyManifestFindings', () => {
  it('reports a changed manifest at its first added line', () => {
    const [finding, ...rest] = dependencyManifestFindings([
      change({ path: 'src/app.ts', added: [3] }),
      change({ path: 'web/package.json', added: [12, 13, 20] }),
    ]);
    expect(rest).toEqual([]);
    expect(finding).toEqual({
      ruleId: 'airlock/dependency-manifest-changed',
      severity: 'medium',
      category: 'supply-chain',
      message: expect.stringContaining('web/package.json'),
      path: 'web/package.json',
      line: 12,
      column: 1,
      endLine: 12,
      cwe: ['CWE-829'],
      evidence: '',
    });
  });

  it('tells the reviewer how the install runs and how to install from base instead', () => {
    const [finding] = dependencyManifestFindings([change({ path: 'yarn.lock', added: [1] })]);
    expect(finding?.message).toMatch(/install-command.*sandbox.*registries/);
    expect(finding?.message).toContain('install-from: base');
  });

  it('reports a deleted manifest at line 1', () => {
    expect(
      dependencyManifestFindings([change({ path: 'go.sum', status: 'deleted' })]),
    ).toMatchObject([{ path: 'go.sum', line: 1, endLine: 1 }]);
  });

  it('reports a rename by whichever side is a manifest', () => {
    const findings = dependencyManifestFindings([
      change({ path: 'old-requirements.bak', oldPath: 'requirements.txt', status: 'renamed' }),
      change({ path: 'Gemfile', oldPath: 'Gemfile.draft', status: 'renamed', added: [4] }),
    ]);
    expect(findings.map((f) => [f.path, f.line])).toEqual([
      ['requirements.txt', 1],
      ['Gemfile', 4],
    ]);
  });

  it('ignores a copy whose source is a manifest and changes that touch none', () => {
    expect(
      dependencyManifestFindings([
        change({ path: 'docs/package.json.example', oldPath: 'package.json', status: 'copied' }),
        change({ path: 'README.md', added: [1] }),
      ]),
    ).toEqual([]);
  });
});

describe('installOverridePlan', () => {
  it('restores edited and deleted manifests and hides added ones', () => {
    expect(
      installOverridePlan([
        change({ path: 'package.json' }),
        change({ path: 'package-lock.json', status: 'deleted' }),
        change({ path: 'tools/requirements.txt', status: 'added' }),
        change({ path: '.npmrc', status: 'type-changed' }),
        change({ path: 'src/index.ts' }),
      ]),
    ).toEqual({
      restore: ['.npmrc', 'package-lock.json', 'package.json'],
      hide: ['tools/requirements.txt'],
    });
  });

  it('restores the old path of a rename and hides the new one', () => {
    expect(
      installOverridePlan([
        change({ path: 'app/Cargo.toml', oldPath: 'Cargo.toml', status: 'renamed' }),
        change({ path: 'notes.txt', oldPath: 'go.mod', status: 'renamed' }),
        change({ path: 'pom.xml', oldPath: 'pom.xml.in', status: 'renamed' }),
      ]),
    ).toEqual({ restore: ['Cargo.toml', 'go.mod'], hide: ['app/Cargo.toml', 'pom.xml'] });
  });

  it('hides the target of a copy', () => {
    expect(
      installOverridePlan([
        change({ path: 'sub/package.json', oldPath: 'package.json', status: 'copied' }),
      ]),
    ).toEqual({ restore: [], hide: ['sub/package.json'] });
  });

  it('lists each path once, and never in both lists', () => {
    const plan = installOverridePlan([
      change({ path: 'yarn.lock' }),
      change({ path: 'yarn.lock' }),
      change({ path: 'Gemfile', status: 'deleted' }),
      change({ path: 'Gemfile', oldPath: 'Gemfile.next', status: 'renamed' }),
    ]);
    expect(plan).toEqual({ restore: ['Gemfile', 'yarn.lock'], hide: [] });
  });
});

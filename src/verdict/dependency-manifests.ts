import type { FileChange, Finding } from '../domain.js';

export type ManifestChange = Pick<FileChange, 'path' | 'oldPath' | 'status' | 'added'>;

// Files an installer reads to decide what to fetch and from where, spelled as each ecosystem does.
const manifestNames: ReadonlySet<string> = new Set([
  // npm, yarn, pnpm, bun
  'package.json',
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
  // pip, pipenv, poetry, uv, pdm, setuptools
  'Pipfile',
  'Pipfile.lock',
  'pyproject.toml',
  'poetry.lock',
  'uv.lock',
  'pdm.lock',
  'setup.py',
  'setup.cfg',
  'pip.conf',
  // cargo, go, bundler, composer
  'Cargo.toml',
  'Cargo.lock',
  'go.mod',
  'go.sum',
  'Gemfile',
  'Gemfile.lock',
  'composer.json',
  'composer.lock',
  // maven, gradle
  'pom.xml',
  'build.gradle',
  'build.gradle.kts',
  'gradle.lockfile',
  'settings.gradle',
  'settings.gradle.kts',
]);

// pip's conventions: requirements-dev.txt, constraints.txt, requirements/base.in (pip-tools).
const manifestPatterns: readonly RegExp[] = [
  /^requirements.*\.txt$/,
  /^constraints.*\.txt$/,
  /\.gemspec$/,
];

/** True for a dependency manifest, lockfile or installer config, judged by its repository path. */
export function isDependencyManifest(path: string): boolean {
  const parts = path.split('/');
  const name = parts.at(-1) ?? '';
  if (manifestNames.has(name) || manifestPatterns.some((pattern) => pattern.test(name))) {
    return true;
  }
  return parts.slice(0, -1).includes('requirements') && /\.(txt|in)$/.test(name);
}

/**
 * A change to what gets installed is worth a reviewer's eye even when every line of it looks
 * harmless: the install runs the new packages' code, and a lockfile diff is rarely read.
 */
export function dependencyManifestFindings(files: readonly ManifestChange[]): Finding[] {
  return files.flatMap((file) => {
    // A rename away from a manifest name changes what the installer sees as much as an edit does.
    const sides = file.status === 'renamed' ? [file.path, file.oldPath] : [file.path];
    const path = sides.find((p) => p !== undefined && isDependencyManifest(p));
    if (path === undefined) return [];
    const line = path === file.path ? (file.added[0] ?? 1) : 1;
    return [
      {
        ruleId: 'airlock/dependency-manifest-changed',
        severity: 'medium',
        category: 'supply-chain',
        message:
          `This pull request changes the dependency manifest or lockfile ${path}. ` +
          'install-command installs from it inside the sandbox, with egress limited to package ' +
          "registries; set install-from: base to install from the base branch's versions instead.",
        path,
        line,
        column: 1,
        endLine: line,
        cwe: ['CWE-829'],
        evidence: '',
      },
    ];
  });
}

export interface InstallOverridePlan {
  /** Manifests to put back at their base-branch content. */
  readonly restore: readonly string[];
  /** Manifests the base branch does not have, to remove before the install. */
  readonly hide: readonly string[];
}

/** What install-from: base changes in the workspace: the PR's manifest edits undone. */
export function installOverridePlan(files: readonly ManifestChange[]): InstallOverridePlan {
  const restore = new Set<string>();
  const hide = new Set<string>();
  for (const file of files) {
    const isNew = file.status === 'added' || file.status === 'copied' || file.status === 'renamed';
    (isNew ? hide : restore).add(file.path);
    if (file.status === 'renamed' && file.oldPath !== undefined) restore.add(file.oldPath);
  }
  // A path listed as both existed in base (say a rename onto a deleted file's name): restore wins.
  const manifests = (paths: Iterable<string>) => [...paths].filter(isDependencyManifest).sort();
  return {
    restore: manifests(restore),
    hide: manifests([...hide].filter((path) => !restore.has(path))),
  };
}

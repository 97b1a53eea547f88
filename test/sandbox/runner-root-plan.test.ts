import { describe, expect, it } from 'vitest';
import {
  carriedPath,
  carriedToolchainEnv,
  exposableToolCache,
  resolveSandboxRoot,
  runnerPrivateDirs,
  runnerRootPlan,
  type HostEntry,
} from '../../src/sandbox/runner-root.js';

const mergedUsr: HostEntry[] = [
  { name: 'usr', kind: 'dir' },
  { name: 'etc', kind: 'dir' },
  { name: 'opt', kind: 'dir' },
  { name: 'bin', kind: 'symlink', target: 'usr/bin' },
  { name: 'lib', kind: 'symlink', target: 'usr/lib' },
  { name: 'lib64', kind: 'symlink', target: 'usr/lib64' },
  { name: 'sbin', kind: 'symlink', target: '/home/evil' },
];

describe('runnerRootPlan', () => {
  it('binds the system directories read-only and recreates links that stay inside them', () => {
    const plan = runnerRootPlan(mergedUsr, '/opt/hostedtoolcache');
    expect(plan.exposed).toEqual(['/usr', '/etc', '/opt']);
    expect(plan.links).toEqual([
      { path: 'bin', target: 'usr/bin' },
      { path: 'lib', target: 'usr/lib' },
      { path: 'lib64', target: 'usr/lib64' },
    ]);
    expect(plan.mounts.every((m) => m.options?.includes('ro'))).toBe(true);
    expect(plan.visible).toContain('/bin');
    expect(plan.dirs).toEqual(expect.arrayContaining(['workspace', 'results', 'home/airlock']));
  });

  it('binds a tool cache outside /opt at its own path, and covers the runner’s own directories', () => {
    const plan = runnerRootPlan(mergedUsr, '/srv/toolcache', ['/opt/actions-runner', '/home/x']);
    expect(plan.exposed).toContain('/srv/toolcache');
    expect(plan.dirs).toEqual(expect.arrayContaining(['srv', 'srv/toolcache']));
    expect(plan.mounts).toContainEqual(
      expect.objectContaining({ destination: '/opt/actions-runner', type: 'tmpfs' }),
    );
    expect(plan.mounts.map((m) => m.destination)).not.toContain('/home/x');
  });
});

describe('exposableToolCache', () => {
  it('refuses a cache that is, holds or hides under a place never shown', () => {
    for (const path of ['/', '/home', '/var', 'relative/x', '/tmp/cache', '/home/runner/cache'])
      expect(exposableToolCache(path), path).toBeNull();
    expect(exposableToolCache('/opt/hostedtoolcache/')).toBe('/opt/hostedtoolcache');
  });
});

describe('carriedPath and carriedToolchainEnv', () => {
  const visible = ['/usr', '/etc', '/opt', '/bin'];

  it("keeps the caller's entries inside the root, in order, then the standard directories", () =>
    expect(
      carriedPath('/opt/node/bin:/home/runner/.local/bin:/usr/bin:/opt/../root', visible),
    ).toBe('/opt/node/bin:/usr/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/sbin:/bin'));

  it('carries only toolchain variables whose every path lies inside the root', () =>
    expect(
      carriedToolchainEnv(
        {
          JAVA_HOME_17_X64: '/opt/java/17',
          GOROOT: '/opt/go',
          PKG_CONFIG_PATH: '/opt/py/lib/pkgconfig:/home/runner/pc',
          pythonLocation: '/opt/py',
          GITHUB_TOKEN: '/opt/looks-like-a-path',
          NPM_TOKEN: 'secret',
        },
        visible,
      ),
    ).toEqual({ JAVA_HOME_17_X64: '/opt/java/17', GOROOT: '/opt/go', pythonLocation: '/opt/py' }));
});

describe('resolveSandboxRoot and runnerPrivateDirs', () => {
  it('is the runner root on GitHub-hosted runners only', () => {
    expect(resolveSandboxRoot('auto', { RUNNER_ENVIRONMENT: 'github-hosted' })).toBe('runner');
    expect(resolveSandboxRoot('auto', { RUNNER_ENVIRONMENT: 'self-hosted' })).toBe('image');
    expect(resolveSandboxRoot('image', { RUNNER_ENVIRONMENT: 'github-hosted' })).toBe('image');
  });

  it("finds the runner's installation from the node running the action, and its temp dirs", () =>
    expect(
      runnerPrivateDirs(
        { RUNNER_TEMP: '/opt/actions-runner/_work/_temp' },
        '/opt/actions-runner/externals/node24/bin/node',
        ['/opt/other-runner'],
      ),
    ).toEqual(['/opt/other-runner', '/opt/actions-runner', '/opt/actions-runner/_work/_temp']));
});

import { describe, expect, it } from 'vitest';
import { parseRunOptions } from '../../src/config/run-options.js';
import { ConfigError } from '../../src/errors.js';

const base = { command: ['pytest'], workspace: '/work/repo' };

describe('parseRunOptions', () => {
  it('fills in the documented defaults', () => {
    const options = parseRunOptions(base);
    expect(options).toMatchObject({
      memoryMiB: 2048,
      cpus: 2,
      pids: 512,
      timeoutSeconds: 600,
      env: [],
    });
  });

  it('names the flag at fault', () => {
    expect(() => parseRunOptions({ ...base, memoryMiB: 1 })).toThrow(/^--memory: /);
    expect(() => parseRunOptions({ ...base, timeoutSeconds: 'soon' })).toThrow(ConfigError);
  });

  it('refuses to pass credentials of the runner into the sandbox', () => {
    for (const name of ['GITHUB_TOKEN', 'ACTIONS_RUNTIME_TOKEN', 'INPUT_TOKEN', 'RUNNER_TEMP']) {
      expect(() => parseRunOptions({ ...base, env: [name] }), name).toThrow(
        /--env: .*never enters/,
      );
    }
  });

  it('says the AIRLOCK_ prefix is reserved, not that it carries credentials', () => {
    expect(() => parseRunOptions({ ...base, env: ['AIRLOCK_CACHE_DIR'] })).toThrow(
      /--env: .*AIRLOCK_ prefix, which is reserved/,
    );
  });

  it('refuses variable names the sandbox fixes itself', () => {
    expect(() => parseRunOptions({ ...base, env: ['PATH'] })).toThrow(/fixed by the sandbox/);
  });

  it('refuses workspace paths that would break mount options', () => {
    expect(() => parseRunOptions({ ...base, workspace: '/a,lowerdir=/etc' })).toThrow(
      /--workspace/,
    );
    expect(() => parseRunOptions({ ...base, workspace: 'relative' })).toThrow(/absolute/);
  });

  it('requires a command', () => {
    expect(() => parseRunOptions({ ...base, command: [] })).toThrow(/^command: /);
  });

  it('reads package caches as KIND=DIR, one per kind, with paths a mount option can hold', () => {
    expect(
      parseRunOptions({ ...base, packageCaches: ['npm=/home/runner/.npm', 'pip=/c/pip'] })
        .packageCaches,
    ).toEqual([
      { kind: 'npm', hostPath: '/home/runner/.npm' },
      { kind: 'pip', hostPath: '/c/pip' },
    ]);
    for (const bad of ['/home/runner/.npm', 'yarn=/c', 'npm=relative', 'npm=/a,b', 'npm=/a:b'])
      expect(() => parseRunOptions({ ...base, packageCaches: [bad] }), bad).toThrow(
        /^--package-cache: must be KIND=DIR/,
      );
    expect(() => parseRunOptions({ ...base, packageCaches: ['npm=/a', 'npm=/b'] })).toThrow(
      /^--package-cache: at most one cache per kind/,
    );
  });
});

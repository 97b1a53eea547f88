// Fail-closed limits: a host that cannot apply one is refused before anything runs.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCgroup } from '../../src/adapters/sandbox-host/cgroups.js';
import { limitsOf, parseRunOptions } from '../../src/config/run-options.js';
import { tempDir } from '../support/sandbox-harness.js';

const limits = limitsOf(parseRunOptions({ command: ['x'], workspace: '/w' }));

describe('createCgroup', () => {
  it('refuses to run when the host has no pids controller', async () => {
    const root = tempDir('cgroups');
    for (const controller of ['memory', 'cpu', 'cpuacct']) mkdirSync(join(root, controller));
    const layout = {
      version: 1,
      hierarchies: {
        memory: join(root, 'memory'),
        cpu: join(root, 'cpu'),
        cpuacct: join(root, 'cpuacct'),
      },
    } as const;
    await expect(createCgroup('airlock-test', limits, layout)).rejects.toThrow(
      /no 'pids' cgroup controller/,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { limitsOf, parseRunOptions } from '../../src/config/run-options.js';
import { cgroupWrites, parseCgroupStats } from '../../src/sandbox/cgroup-plan.js';

const limits = limitsOf(
  parseRunOptions({ command: ['x'], workspace: '/w', memoryMiB: 256, cpus: 1.5, pids: 100 }),
);
const v1 = { version: 1, hierarchies: { memory: '/sys/fs/cgroup/memory' } } as const;
const v2 = { version: 2, root: '/sys/fs/cgroup' } as const;

describe('cgroupWrites', () => {
  it('writes memory, CPU quota and the pids backstop on cgroup v2', () => {
    expect(cgroupWrites(v2, limits).map((w) => `${w.file}=${w.value}`)).toEqual([
      `memory.max=${256 * 1024 * 1024}`,
      'memory.swap.max=0',
      'cpu.max=150000 100000',
      'pids.max=1424',
    ]);
  });

  it('writes the v1 equivalents, memsw after the memory limit', () => {
    const files = cgroupWrites(v1, limits).map((w) => w.file);
    expect(files).toEqual([
      'memory.limit_in_bytes',
      'memory.memsw.limit_in_bytes',
      'cpu.cfs_period_us',
      'cpu.cfs_quota_us',
      'pids.max',
    ]);
  });

  it('marks only swap files optional: every limit the user asked for must be verified', () => {
    const optional = [...cgroupWrites(v1, limits), ...cgroupWrites(v2, limits)]
      .filter((w) => w.optional)
      .map((w) => w.file);
    expect(optional).toEqual(['memory.memsw.limit_in_bytes', 'memory.swap.max']);
  });
});

describe('parseCgroupStats', () => {
  it('reads OOM kills, pids refusals, CPU and peak memory on v2', () => {
    const stats = parseCgroupStats(v2, {
      'memory.events': 'low 0\nhigh 0\nmax 12\noom 1\noom_kill 1\n',
      'pids.events': 'max 3\n',
      'cpu.stat': 'usage_usec 2500000\nuser_usec 2000000\n',
      'memory.peak': '104857600\n',
    });
    expect(stats).toEqual({
      oomKills: 1,
      pidsRefusals: 3,
      cpuMs: 2500,
      peakMemoryBytes: 104857600,
    });
  });

  it('reads the v1 files', () => {
    const stats = parseCgroupStats(v1, {
      'memory.oom_control': 'oom_kill_disable 0\nunder_oom 0\noom_kill 2\n',
      'memory.max_usage_in_bytes': '1073741824\n',
      'pids.events': 'max 0\n',
      'cpuacct.usage': '2347158808\n',
    });
    expect(stats).toEqual({
      oomKills: 2,
      pidsRefusals: 0,
      cpuMs: 2347,
      peakMemoryBytes: 1073741824,
    });
  });

  it('reports unknown rather than inventing numbers when files are missing or garbled', () => {
    const stats = parseCgroupStats(v2, { 'memory.peak': 'lots', 'cpu.stat': null });
    expect(stats).toEqual({ oomKills: 0, pidsRefusals: 0, cpuMs: null, peakMemoryBytes: null });
  });
});

import { cpuQuota, hostPidsBackstop } from './oci-spec.js';
import type { CgroupStats, SandboxLimits } from '../domain.js';

export type CgroupLayout =
  | { readonly version: 2; readonly root: string }
  | { readonly version: 1; readonly hierarchies: Readonly<Record<string, string>> };

/** One file write; `verify` is what reading the file back must show, else the limit is not in force. */
export interface CgroupWrite {
  readonly controller: string;
  readonly file: string;
  readonly value: string;
  readonly verify: string | null;
  readonly optional: boolean;
}

/** The controllers a run cannot do without; a host missing one is refused (fail-closed). */
export const requiredControllers = ['memory', 'cpu', 'pids'] as const;

export function cgroupWrites(layout: CgroupLayout, limits: SandboxLimits): CgroupWrite[] {
  const { quota, period } = cpuQuota(limits.cpus);
  const memory = String(limits.memoryBytes);
  const pids = String(hostPidsBackstop(limits.pids));
  if (layout.version === 2) {
    return [
      { controller: 'memory', file: 'memory.max', value: memory, verify: memory, optional: false },
      { controller: 'memory', file: 'memory.swap.max', value: '0', verify: '0', optional: true },
      {
        controller: 'cpu',
        file: 'cpu.max',
        value: `${quota} ${period}`,
        verify: `${quota} ${period}`,
        optional: false,
      },
      { controller: 'pids', file: 'pids.max', value: pids, verify: pids, optional: false },
    ];
  }
  return [
    {
      controller: 'memory',
      file: 'memory.limit_in_bytes',
      value: memory,
      verify: memory,
      optional: false,
    },
    // Must follow memory.limit_in_bytes (memsw may never be below it); absent without swap accounting.
    {
      controller: 'memory',
      file: 'memory.memsw.limit_in_bytes',
      value: memory,
      verify: memory,
      optional: true,
    },
    {
      controller: 'cpu',
      file: 'cpu.cfs_period_us',
      value: String(period),
      verify: String(period),
      optional: false,
    },
    {
      controller: 'cpu',
      file: 'cpu.cfs_quota_us',
      value: String(quota),
      verify: String(quota),
      optional: false,
    },
    { controller: 'pids', file: 'pids.max', value: pids, verify: pids, optional: false },
  ];
}

/** Controllers whose directories the run creates (v1); cpuacct for CPU time where it is separate. */
export function v1Controllers(): string[] {
  return ['memory', 'cpu', 'cpuacct', 'pids'];
}

/** Reads counters from the files' text. Unknown or missing values stay null/0: never invented. */
export function parseCgroupStats(
  layout: CgroupLayout,
  files: Readonly<Record<string, string | null>>,
): CgroupStats {
  if (layout.version === 2) {
    const usageUsec = keyed(files['cpu.stat'], 'usage_usec');
    return {
      oomKills: keyed(files['memory.events'], 'oom_kill') ?? 0,
      pidsRefusals: keyed(files['pids.events'], 'max') ?? 0,
      cpuMs: usageUsec === null ? null : Math.round(usageUsec / 1000),
      peakMemoryBytes: integer(files['memory.peak']),
    };
  }
  const usageNs = integer(files['cpuacct.usage']);
  return {
    oomKills: keyed(files['memory.oom_control'], 'oom_kill') ?? 0,
    pidsRefusals: keyed(files['pids.events'], 'max') ?? 0,
    cpuMs: usageNs === null ? null : Math.round(usageNs / 1e6),
    peakMemoryBytes: integer(files['memory.max_usage_in_bytes']),
  };
}

/** The stats files to read, as controller/file pairs. */
export function statsFiles(layout: CgroupLayout): Array<{ controller: string; file: string }> {
  if (layout.version === 2) {
    return ['cpu.stat', 'memory.events', 'pids.events', 'memory.peak'].map((file) => ({
      controller: 'unified',
      file,
    }));
  }
  return [
    { controller: 'memory', file: 'memory.oom_control' },
    { controller: 'memory', file: 'memory.max_usage_in_bytes' },
    { controller: 'pids', file: 'pids.events' },
    { controller: 'cpuacct', file: 'cpuacct.usage' },
  ];
}

function integer(text: string | null | undefined): number | null {
  if (text === null || text === undefined) return null;
  const trimmed = text.trim();
  if (!/^\d{1,18}$/.test(trimmed)) return null;
  return Number(trimmed);
}

function keyed(text: string | null | undefined, key: string): number | null {
  if (!text) return null;
  for (const line of text.split('\n')) {
    const [name, value] = line.trim().split(/\s+/);
    if (name === key) return integer(value);
  }
  return null;
}

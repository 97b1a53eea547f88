// runPhases with fake ports: which layers, network and budget each phase gets, and what is always
// taken down again. (The real thing runs in install-phase.test.ts.)
import { describe, expect, it } from 'vitest';
import { containerStart, framed, openMessage } from '../support/monitor-frames.js';
import { RecordingLogger } from '../support/recording-logger.js';
import { parseEgressPolicy } from '../../src/sandbox/egress-policy.js';
import { runPhases, type PhasedDeps, type PhasedRequest } from '../../src/sandbox/run-phases.js';
import type { EgressEvent, SandboxLimits } from '../../src/domain.js';
import type {
  HostPort,
  HostRun,
  InstallNetworkPort,
  OutputSinks,
  PhaseLayers,
  RunscPort,
} from '../../src/ports.js';

const limits: SandboxLimits = {
  memoryBytes: 1 << 30,
  cpus: 1,
  pids: 64,
  timeoutMs: 60_000,
  graceMs: 1000,
  openFiles: 256,
  fileSizeBytes: 1 << 20,
  tmpBytes: 1 << 20,
  workspaceWriteBytes: 1 << 20,
  resultsBytes: 1 << 20,
  outputLimitBytes: 1 << 20,
};

interface Recorded {
  prepared: Array<{ id: string; layers: PhaseLayers | undefined; timeoutMs: number }>;
  runs: Array<{ network: string; spec: { process: { args: string[]; env: string[] } } }>;
  events: string[];
}

function fakes(options: {
  exits: Record<string, number>;
  denied?: EgressEvent[];
  onRun?: (args: string[]) => void;
  onNetworkClosed?: () => void;
  /** What the runtime monitor's receiver passes on (default: the session's start). */
  monitor?: Buffer;
  /** What it passes on four seconds into each phase's run. */
  whileRunning?: Buffer;
}): { deps: PhasedDeps; recorded: Recorded } {
  const recorded: Recorded = { prepared: [], runs: [], events: [] };
  let ids = 0;
  let clock = 0;
  let lastSpec: Recorded['runs'][number]['spec'] | null = null;
  let monitorChunk: ((chunk: Buffer) => void) | null = null;
  const host: HostPort = {
    async prepare(id, { limits: runLimits, layers }) {
      recorded.prepared.push({ id, layers, timeoutMs: runLimits.timeoutMs });
      const run: HostRun = {
        id,
        bundleDir: `/b/${id}`,
        workspacePath: `/w/${id}`,
        resultsPath: `/r/${id}`,
        tmpPath: `/t/${id}`,
        homePath: layers?.home ?? `/h/${id}`,
        logDir: `/l/${id}`,
        cgroupsPath: `/airlock-${id}`,
        workspaceLinks: new Map(),
        writeBundle: async (spec) => {
          lastSpec = spec as Recorded['runs'][number]['spec'];
        },
        readStats: async () => ({ oomKills: 0, pidsRefusals: 0, cpuMs: 1, peakMemoryBytes: 1 }),
        watchOomKill: () => () => undefined,
        openTrace: () => ({ finish: async () => true, abandon: () => undefined }),
        openMonitor: async (_session, onChunk) => {
          monitorChunk = onChunk;
          onChunk(options.monitor ?? framed(containerStart()));
          return { finish: async () => true, abandon: () => undefined };
        },
        collectResults: async () => [],
        dispose: async () => {
          recorded.events.push(`dispose run ${id}`);
        },
      };
      return run;
    },
    async prepareCarry(id, _limits, { overrides }) {
      recorded.events.push(`carry ${id}${overrides ? ' with overrides' : ''}`);
      return {
        upper: { dir: `/c/${id}/upper`, work: `/c/${id}/work` },
        home: `/c/${id}/home`,
        overridesDir: overrides ? `/c/${id}/overrides` : null,
        cacheViews: [],
        dispose: async () => {
          recorded.events.push(`dispose carry ${id}`);
        },
      };
    },
  };
  const network: InstallNetworkPort = {
    async open(runId) {
      recorded.events.push(`open network for ${runId}`);
      return {
        nsPath: '/var/run/netns/airlock-x',
        proxyUrl: 'http://10.200.0.1:3128',
        proxy: { address: '10.200.0.1', port: 3128 },
        events: () => options.denied ?? [],
        totals: () => ({ connections: 0, bytes: 0, unrecorded: 0 }),
        close: async () => {
          recorded.events.push('close network');
          options.onNetworkClosed?.();
        },
      };
    },
  };
  const runscFor = (_logDir: string, _telemetry: boolean, mode: 'none' | 'sandbox'): RunscPort => ({
    run(_id: string, _bundle: string, _sinks: OutputSinks) {
      const spec = lastSpec ?? { process: { args: [], env: [] } };
      recorded.runs.push({ network: mode, spec });
      options.onRun?.(spec.process.args);
      // Each phase takes ten seconds of the budget.
      clock += 4_000;
      if (options.whileRunning) monitorChunk?.(options.whileRunning);
      clock += 6_000;
      const exit = options.exits[spec.process.args.join(' ')] ?? 0;
      return {
        exit: Promise.resolve(exit),
        streamsClosed: Promise.resolve(),
        terminate: () => undefined,
      };
    },
    kill: async () => undefined,
    destroy: async () => undefined,
    taskCount: async () => null,
  });
  return {
    recorded,
    deps: {
      host,
      runscFor,
      network,
      log: new RecordingLogger(),
      now: () => clock,
      epochMs: () => 1_800_000_000_000 + clock,
      newId: () => `id${(ids += 1)}`,
    },
  };
}

function request(overrides = false): PhasedRequest {
  return {
    command: ['npm', 'test'],
    workspace: '/src/repo',
    resultsDir: undefined,
    passEnv: {},
    limits,
    rootfsPath: '/rootfs',
    runtime: { runtime: 'gvisor', runscVersion: 'test', platform: 'systrap' },
    arch: 'x86_64',
    telemetry: true,
    install: {
      command: ['npm', 'ci'],
      policy: parseEgressPolicy({}),
      overrides: overrides
        ? { restore: [{ path: 'package.json', content: '{}' }], hide: [] }
        : null,
    },
  };
}

describe('runPhases', () => {
  it('installs on the proxy network into the carried layer, then tests offline on top of it', async () => {
    const { deps, recorded } = fakes({ exits: {} });
    const result = await runPhases(request(true), deps);
    expect(result.outcome).toBe('passed');
    expect(result.phase).toBe('test');
    expect(result.install?.outcome).toBe('passed');
    const [install, test] = recorded.prepared;
    expect(install?.layers).toEqual({
      lowers: ['/c/id1/overrides'],
      upper: { dir: '/c/id1/upper', work: '/c/id1/work' },
      home: '/c/id1/home',
    });
    expect(test?.layers).toEqual({
      lowers: ['/c/id1/upper', '/c/id1/overrides'],
      upper: null,
      home: '/c/id1/home',
    });
    expect(recorded.runs.map((r) => [r.spec.process.args.join(' '), r.network])).toEqual([
      ['npm ci', 'sandbox'],
      ['npm test', 'none'],
    ]);
    const installEnv = recorded.runs[0]?.spec.process.env ?? [];
    expect(installEnv).toContain('HTTPS_PROXY=http://10.200.0.1:3128');
    expect(installEnv).toContain('NO_PROXY=');
    expect(recorded.runs[1]?.spec.process.env.some((e) => /PROXY/i.test(e))).toBe(false);
    // The tests get what the install left of the one budget.
    expect(test?.timeoutMs).toBe(limits.timeoutMs - 10_000);
    expect(recorded.events).toEqual([
      'carry id1 with overrides',
      'open network for id1',
      'dispose run id2',
      'close network',
      'dispose run id3',
      'dispose carry id1',
    ]);
  });

  it('reports a monitor that never started, or dropped messages, as gaps in the trace', async () => {
    const clean = await runPhases(request(), fakes({ exits: {} }).deps);
    expect(clean.violations).toEqual([]);
    const silent = await runPhases(request(), fakes({ exits: {}, monitor: Buffer.alloc(0) }).deps);
    expect(silent.violations.map((v) => v.detail)).toContain(
      'the runtime monitor reported no session start; file opens were not recorded',
    );
    const lossy = await runPhases(
      request(),
      fakes({ exits: {}, monitor: framed(containerStart(), containerStart(2)) }).deps,
    );
    // Each phase is its own sandbox with its own monitor: both report their loss.
    expect(lossy.violations.length).toBeGreaterThan(0);
    for (const violation of lossy.violations)
      expect(violation).toMatchObject({
        kind: 'resource',
        syscall: 'trace',
        detail: 'the runtime monitor dropped 2 file-open events',
      });
  });

  it('dates what the monitor reports while a phase runs by when it arrived, not by when it is read', async () => {
    const whileRunning = framed(
      openMessage({ sysno: 257, pathname: '/etc/shadow', errno: 13, pid: 7, process: 'node' }),
    );
    const result = await runPhases(request(), fakes({ exits: {}, whileRunning }).deps);
    // Read once the run has ended (ten seconds in), it arrived four seconds into each phase.
    expect(result.violations.filter((v) => v.kind === 'filesystem')).toEqual([
      expect.objectContaining({
        phase: 'install',
        detail: expect.stringContaining('/etc/shadow'),
        firstAtMs: 4_000,
      }),
      expect.objectContaining({
        phase: 'test',
        detail: expect.stringContaining('/etc/shadow'),
        firstAtMs: 4_000,
      }),
    ]);
  });

  it('does not run the tests after a failed install, and reports the install phase', async () => {
    const { deps, recorded } = fakes({ exits: { 'npm ci': 1 } });
    const result = await runPhases(request(), deps);
    expect(result).toMatchObject({ phase: 'install', outcome: 'failed', exitCode: 1 });
    expect(recorded.runs).toHaveLength(1);
    expect(recorded.events.at(-1)).toBe('dispose carry id1');
  });

  it('never reads as a pass when interrupted between a passing install and the tests', async () => {
    const abort = new AbortController();
    // The signal arrives after the install ended (as its network is taken down).
    const { deps, recorded } = fakes({ exits: {}, onNetworkClosed: () => abort.abort() });
    const result = await runPhases(request(), { ...deps, signal: abort.signal });
    expect(result.install?.outcome).toBe('passed');
    expect(result.outcome).toBe('sandbox-error');
    expect(result.phase).toBe('install');
    expect(result.error).toMatch(/^interrupted: .* after the install, before the tests/);
    expect(recorded.runs).toHaveLength(1);
  });

  it('turns refused destinations into install-phase network violations', async () => {
    const denied: EgressEvent[] = [1, 2].map((n) => ({
      host: 'evil.example',
      port: 443,
      decision: 'deny',
      rule: 'host',
      reason: 'evil.example is not on the allowlist',
      bytes: 0,
      atMs: n * 100,
    }));
    const { deps } = fakes({ exits: {}, denied });
    const result = await runPhases(request(), deps);
    expect(result.install?.egress.denied).toEqual([
      expect.objectContaining({ host: 'evil.example', port: 443, rule: 'host', count: 2 }),
    ]);
    expect(result.violations).toEqual([
      expect.objectContaining({
        kind: 'network',
        syscall: 'proxy',
        phase: 'install',
        count: 2,
        firstAtMs: 100,
        detail:
          'install proxy refused evil.example:443 (host): evil.example is not on the allowlist',
      }),
    ]);
  });

  it('closes the network and removes the carried layer when a phase cannot even start', async () => {
    const { deps, recorded } = fakes({ exits: {} });
    let prepared = 0;
    const failing: PhasedDeps = {
      ...deps,
      host: {
        ...deps.host,
        prepare: async (...args) => {
          prepared += 1;
          if (prepared === 1) throw new Error('mount failed');
          return deps.host.prepare(...args);
        },
      },
    };
    await expect(runPhases(request(), failing)).rejects.toThrow('mount failed');
    expect(recorded.events).toEqual([
      'carry id1',
      'open network for id1',
      'close network',
      'dispose carry id1',
    ]);
  });

  it('is one plain run without an install command', async () => {
    const { deps, recorded } = fakes({ exits: {} });
    const result = await runPhases({ ...request(), install: null }, deps);
    expect(result.outcome).toBe('passed');
    expect(result.install).toBeUndefined();
    expect(recorded.prepared.map((p) => p.layers)).toEqual([undefined]);
    expect(recorded.runs.map((r) => r.network)).toEqual(['none']);
  });
});

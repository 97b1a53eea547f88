import type {
  CacheView,
  HostPort,
  HostRun,
  Logger,
  PhaseLayers,
  RunningSandbox,
  RunscPort,
} from '../ports.js';
import type { SandboxLimits, SandboxResult, SandboxRuntime, TelemetryStatus } from '../domain.js';
import { classifyOutcome, splitExitStatus, type RunSignals } from './classify-outcome.js';
import { buildOciSpec, type RunnerRootView } from './oci-spec.js';
import { MonitorFrames } from './monitor-frames.js';
import { monitorSession } from './monitor-session.js';
import { MAX_TRACE_LINE } from './strace-events.js';
import { TraceBacklog } from './trace-backlog.js';
import { TraceLineSplitter } from './trace-lines.js';
import { ViolationCollector, type TraceSummary } from './violation-collector.js';
import { StreamCollector } from './stream-collector.js';

export interface SandboxRequest {
  readonly command: readonly string[];
  readonly workspace: string;
  readonly resultsDir: string | undefined;
  /** Variables the caller chose to pass, with their values. */
  readonly passEnv: Readonly<Record<string, string>>;
  readonly limits: SandboxLimits;
  readonly rootfsPath: string;
  readonly runtime: SandboxRuntime;
  readonly arch: 'x86_64' | 'aarch64';
  /** Collect violations from gVisor's trace (off: only what outcome classification needs). */
  readonly telemetry: boolean;
  /** The `runner` root's binds and guest environment; absent for the image. */
  readonly runnerRoot?: RunnerRootView;
  /** What this host's runsc lets telemetry see, as its probe found; reported with the result. */
  readonly telemetryStatus?: TelemetryStatus;
  /** The install phase's network (else none); connections to its proxy are not violations. */
  readonly network?: {
    readonly nsPath: string;
    readonly proxyUrl: string;
    readonly proxy: { readonly address: string; readonly port: number };
  };
  /** A phase of a two-phase run: the layers it shares with the other phase. */
  readonly layers?: PhaseLayers;
  /** The install phase's views of host package caches, shown where each package manager looks. */
  readonly cacheViews?: readonly CacheView[];
}

export interface SandboxDeps {
  readonly host: HostPort;
  readonly runscFor: (logDir: string, telemetry: boolean, network: 'none' | 'sandbox') => RunscPort;
  readonly log: Logger;
  readonly now: () => number;
  /** Wall clock (ms since the epoch), to place the sentry's log timestamps on the run's timeline. */
  readonly epochMs: () => number;
  readonly newId: () => string;
  readonly signal?: AbortSignal;
}

// Each escalation step gets this long to end the run before the next, harsher one.
const SETTLE_MS = 2000;
// Once runsc has exited, its sandbox has let go of the trace; this long for what is still in the pipe.
const TRACE_END_MS = 5000;
// The trace and monitor output held until the run ends (trace-backlog.ts): about 400,000 opens.
const TRACE_BACKLOG_BYTES = 32 * 1024 * 1024;

/** Runs one command in a fresh gVisor sandbox and always leaves the host as it found it. */
export async function runSandbox(
  request: SandboxRequest,
  deps: SandboxDeps,
): Promise<SandboxResult> {
  const host = await deps.host.prepare(deps.newId(), {
    workspace: request.workspace,
    limits: request.limits,
    layers: request.layers,
  });
  try {
    return await execute(host, request, deps);
  } finally {
    await host.dispose();
  }
}

type StopReason = 'timedOut' | 'outputLimitHit' | 'interrupted' | 'memoryLimitHit';

// runsc exits 128 for its own failures ("unlikely to be used by the application"): no command status.
const RUNSC_FAILURE = 128;

async function execute(
  host: HostRun,
  request: SandboxRequest,
  deps: SandboxDeps,
): Promise<SandboxResult> {
  const { limits } = request;
  await host.writeBundle(
    buildOciSpec({
      ...request,
      args: request.command,
      workspaceHostPath: host.workspacePath,
      resultsHostPath: host.resultsPath,
      cgroupsPath: host.cgroupsPath,
      network: request.network,
      homeHostPath: host.homePath,
      tmpHostPath: host.tmpPath,
    }),
  );
  const runsc = deps.runscFor(host.logDir, request.telemetry, request.network ? 'sandbox' : 'none');
  const stopper = new Stopper(runsc, host.id, limits.graceMs);
  const streams = new StreamCollector(limits.outputLimitBytes, deps.log, () =>
    stopper.stop('outputLimitHit', 0),
  );
  const startedAtEpochMs = deps.epochMs();
  const collector = new ViolationCollector({
    context: {
      workspaceLinks: host.workspaceLinks,
      ...(request.network ? { proxy: request.network.proxy } : {}),
    },
    startedAtEpochMs,
    recordViolations: request.telemetry,
    arch: request.arch,
  });
  const lines = new TraceLineSplitter(MAX_TRACE_LINE, (line) => collector.add(line));
  // Each chunk of monitor messages keeps the time it arrived, for when its violations happened.
  let arrivedAtEpochMs = 0;
  const frames = new MonitorFrames((message) =>
    collector.addMonitorMessage(message, arrivedAtEpochMs),
  );
  const backlog = new TraceBacklog(TRACE_BACKLOG_BYTES);
  // With telemetry, opens come from the runtime monitor; it listens before the sandbox starts.
  const monitor = request.telemetry
    ? await host.openMonitor(
        (endpoint) => monitorSession(request.arch, endpoint),
        (chunk) => {
          const at = deps.epochMs();
          backlog.add(chunk.length, () => {
            arrivedAtEpochMs = at;
            frames.push(chunk);
          });
        },
      )
    : null;
  const tracePipe = host.openTrace((text) => backlog.add(text.length, () => lines.push(text)));
  const tasks = new TaskSampler(() => runsc.taskCount(host.id));
  let status: number | null;
  let durationMs: number;
  let traceEnded: boolean;
  try {
    const started = deps.now();
    const running = runsc.run(host.id, host.bundleDir, streams.sinks);
    stopper.attach(running);
    // A sentry that lost a host process to the OOM killer can hang instead of exiting: stop it.
    const unwatch = host.watchOomKill(() => stopper.stop('memoryLimitHit', 0));
    tasks.start();
    status = await waitWithLimits(running.exit, stopper, { limits, signal: deps.signal });
    await tasks.stop();
    unwatch();
    durationMs = Math.max(0, Math.round(deps.now() - started));
    stopper.cancel();
    await running.streamsClosed;
    const [pipeEnded, monitorEnded] = await Promise.all([
      tracePipe.finish(TRACE_END_MS),
      monitor ? monitor.finish(TRACE_END_MS) : true,
    ]);
    backlog.drain();
    traceEnded = pipeEnded && monitorEnded && frames.end();
  } finally {
    tracePipe.abandon();
    monitor?.abandon();
  }
  lines.end();
  streams.finish();
  const stats = await host.readStats();
  const trace = summarise(collector, traceEnded, monitor !== null);
  const results = request.resultsDir ? await host.collectResults(request.resultsDir) : [];
  const signals: RunSignals = {
    exitStatus: status === RUNSC_FAILURE ? null : status,
    timedOut: stopper.reasons.timedOut,
    outputLimitHit: stopper.reasons.outputLimitHit,
    interrupted: stopper.reasons.interrupted,
    oomKills: stats.oomKills,
    pidsRefusals: stats.pidsRefusals,
    forkRefusals: trace.forkRefusals,
    tasksAtLimit: tasks.peak >= limits.pids,
  };
  const outcome = classifyOutcome(signals);
  return {
    outcome,
    ...splitExitStatus(signals.exitStatus),
    durationMs,
    stdout: streams.stdout.text(),
    stderr: streams.stderr.text(),
    truncated: { stdout: streams.stdout.truncated, stderr: streams.stderr.truncated },
    resources: { cpuMs: stats.cpuMs, peakMemoryBytes: stats.peakMemoryBytes },
    sandbox: request.runtime,
    violations: trace.violations,
    error: outcome === 'sandbox-error' ? sandboxError(signals, streams) : null,
    results,
    startedAt: new Date(startedAtEpochMs).toISOString(),
    ...(request.telemetryStatus ? { telemetry: request.telemetryStatus } : {}),
  };
}

async function waitWithLimits(
  exit: Promise<number | null>,
  stopper: Stopper,
  options: { readonly limits: SandboxLimits; readonly signal: AbortSignal | undefined },
): Promise<number | null> {
  const { limits, signal } = options;
  const timer = setTimeout(() => stopper.stop('timedOut', limits.graceMs), limits.timeoutMs);
  const onAbort = () => stopper.stop('interrupted', 0);
  signal?.addEventListener('abort', onAbort);
  if (signal?.aborted) onAbort();
  try {
    return await exit;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/** Escalates once: TERM, grace, KILL, settle, forced delete, then the runsc process itself. */
class Stopper {
  readonly reasons = {
    timedOut: false,
    outputLimitHit: false,
    interrupted: false,
    memoryLimitHit: false,
  };
  private readonly cancelled = new AbortController();
  private running: RunningSandbox | null = null;
  private stopping = false;

  constructor(
    private readonly runsc: RunscPort,
    private readonly id: string,
    private readonly defaultGraceMs: number,
  ) {}

  attach(running: RunningSandbox): void {
    this.running = running;
  }

  stop(reason: StopReason, graceMs: number = this.defaultGraceMs): void {
    this.reasons[reason] = true;
    if (this.stopping) return;
    this.stopping = true;
    void this.escalate(graceMs);
  }

  /** The run has ended: no further step of the escalation may fire. */
  cancel(): void {
    this.cancelled.abort();
  }

  private async escalate(graceMs: number): Promise<void> {
    if (graceMs > 0) {
      await this.runsc.kill(this.id, 'TERM');
      if (!(await this.pause(graceMs))) return;
    }
    await this.runsc.kill(this.id, 'KILL');
    if (!(await this.pause(SETTLE_MS))) return;
    await this.runsc.destroy(this.id);
    if (!(await this.pause(SETTLE_MS))) return;
    this.running?.terminate();
  }

  /** Resolves true after `ms`, or false at once if the run ended meanwhile. */
  private pause(ms: number): Promise<boolean> {
    const signal = this.cancelled.signal;
    if (signal.aborted) return Promise.resolve(false);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(!signal.aborted), ms);
      signal.addEventListener(
        'abort',
        () => {
          clearTimeout(timer);
          resolve(false);
        },
        { once: true },
      );
    });
  }
}

// A fork bomb holds the guest at its task limit for as long as it runs; one sample a second finds it.
const TASK_SAMPLE_MS = 1000;

/** Samples the guest's task count while the sandbox runs and keeps the highest seen. */
class TaskSampler {
  peak = 0;
  private timer: ReturnType<typeof setInterval> | undefined;
  private pending: Promise<void> | null = null;

  constructor(private readonly read: () => Promise<number | null>) {}

  start(): void {
    this.timer = setInterval(() => this.sample(), TASK_SAMPLE_MS);
  }

  /** No further sample starts; resolves once the one under way (a runsc process) has ended. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.pending;
  }

  private sample(): void {
    if (this.pending) return;
    this.pending = this.read()
      .then((count) => {
        if (count !== null) this.peak = Math.max(this.peak, count);
      })
      .catch(() => undefined)
      .finally(() => (this.pending = null));
  }
}

function sandboxError(signals: RunSignals, streams: StreamCollector): string {
  if (signals.interrupted)
    return 'interrupted: airlock received a termination signal and stopped the sandbox';
  return `runsc ended without a status for the command (exit ${RUNSC_FAILURE}): ${streams.stderr.text().trim().slice(-2000) || 'no message'}`;
}

function summarise(
  collector: ViolationCollector,
  traceEnded: boolean,
  monitored: boolean,
): TraceSummary {
  const summary = collector.summary();
  const { monitor } = summary;
  const gaps = [
    traceEnded ? null : 'the trace did not end with the sandbox; later events were not recorded',
    monitored && !monitor.started
      ? 'the runtime monitor reported no session start; file opens were not recorded'
      : null,
    monitor.dropped > 0 ? `the runtime monitor dropped ${monitor.dropped} file-open events` : null,
    monitor.malformed > 0
      ? `${monitor.malformed} runtime monitor messages could not be read`
      : null,
  ].filter((detail) => detail !== null);
  if (gaps.length === 0) return summary;
  const cuts = gaps.map(
    (detail) =>
      ({
        kind: 'resource',
        syscall: 'trace',
        detail,
        process: 'airlock',
        count: 1,
        firstAtMs: 0,
      }) as const,
  );
  return { ...summary, violations: [...summary.violations, ...cuts] };
}

import type { SandboxOutcome } from '../domain.js';

/** Structured signals gathered around one run; never message text. */
export interface RunSignals {
  /** Exit status reported by `runsc wait` (128+n for a signal), or null when it could not say. */
  readonly exitStatus: number | null;
  readonly timedOut: boolean;
  readonly outputLimitHit: boolean;
  readonly interrupted: boolean;
  /** Host cgroup OOM-kill counter: the sentry itself was killed for memory. */
  readonly oomKills: number;
  /** Host pids cgroup refusals (the backstop) plus RLIMIT_NPROC refusals seen in the trace. */
  readonly pidsRefusals: number;
  readonly forkRefusals: number;
  /** The sentry's own task count reached RLIMIT_NPROC at some sample: needs no trace. */
  readonly tasksAtLimit: boolean;
}

/**
 * The outcome, most specific cause first: a run that hit a limit is reported as that limit even
 * when the limit then caused a timeout or a failing exit status. A clean exit 0 always passes.
 */
export function classifyOutcome(signals: RunSignals): SandboxOutcome {
  if (signals.interrupted) return 'sandbox-error';
  const killedByUs = signals.timedOut || signals.outputLimitHit;
  if (signals.exitStatus === 0 && !killedByUs && signals.oomKills === 0) return 'passed';
  if (signals.oomKills > 0) return 'memory-limit';
  if (signals.outputLimitHit) return 'output-limit';
  if (signals.pidsRefusals > 0 || signals.forkRefusals > 0 || signals.tasksAtLimit)
    return 'process-limit';
  if (signals.timedOut) return 'timeout';
  if (signals.exitStatus === null) return 'sandbox-error';
  return 'failed';
}

const signalNames: Record<number, string> = {
  1: 'SIGHUP',
  2: 'SIGINT',
  3: 'SIGQUIT',
  4: 'SIGILL',
  5: 'SIGTRAP',
  6: 'SIGABRT',
  7: 'SIGBUS',
  8: 'SIGFPE',
  9: 'SIGKILL',
  10: 'SIGUSR1',
  11: 'SIGSEGV',
  12: 'SIGUSR2',
  13: 'SIGPIPE',
  14: 'SIGALRM',
  15: 'SIGTERM',
  24: 'SIGXCPU',
  25: 'SIGXFSZ',
  31: 'SIGSYS',
};

/** Splits runsc's wait status (128+n for signal n, as the shell reports it) into code and signal. */
export function splitExitStatus(status: number | null): {
  exitCode: number | null;
  signal: string | null;
} {
  if (status === null) return { exitCode: null, signal: null };
  const signal = status > 128 ? signalNames[status - 128] : undefined;
  if (signal) return { exitCode: null, signal };
  return { exitCode: status, signal: null };
}

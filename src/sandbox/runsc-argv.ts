import type { Platform } from '../domain.js';
import { traceSyscalls } from './trace-syscalls.js';

/** The boot command's log, named by `--debug-log=<dir>/%COMMAND%.json`: the sentry's trace. */
export const TRACE_PIPE = 'boot.json';

export interface RunscInstallation {
  readonly path: string;
  readonly version: string;
  readonly platform: Platform;
  readonly arch: 'x86_64' | 'aarch64';
}

export interface RunscSession {
  readonly runsc: RunscInstallation;
  /** Private state root: leftovers of this tool never mix with anyone else's containers. */
  readonly stateRoot: string;
  /** Directory for runsc's logs: `<command>.json` in it, the boot one being the trace pipe. */
  readonly logDir: string;
  /** Trace the full telemetry syscall list, not only what outcome classification needs. */
  readonly telemetry: boolean;
  /** `sandbox` (netstack on the spec's network namespace) for the install phase only. */
  readonly network: 'none' | 'sandbox';
  /** The runtime monitor's session config (monitor-session.ts), read when the sandbox boots. */
  readonly monitorConfig?: string;
}

/** Global flags; runsc reads them on every command, so every command gets the same ones. */
export function globalFlags(session: RunscSession): string[] {
  return [
    `--root=${session.stateRoot}`,
    `--platform=${session.runsc.platform}`,
    `--network=${session.network}`,
    '--overlay2=none',
    // Apply the spec's seccomp profile inside the sandbox (refused syscalls, see oci-spec.ts).
    '--oci-seccomp',
    // Only the boot command (the sentry) logs, to `boot.json`: the pipe the host reads as it runs.
    `--debug-log=${session.logDir.replace(/\/$/, '')}/%COMMAND%.json`,
    '--debug-log-format=json',
    '--debug-command=boot',
    // The sentry logs a syscall the seccomp profile refused only at debug level; it adds ~10% to
    // the trace (per-process lines, not per-syscall ones).
    ...(session.telemetry ? ['--debug'] : []),
    '--strace',
    `--strace-syscalls=${traceSyscalls(session.runsc.arch, session.telemetry).join(',')}`,
    '--strace-log-size=64',
  ];
}

export const runscArgv = {
  run: (s: RunscSession, id: string, bundle: string) => [
    ...globalFlags(s),
    ...(s.monitorConfig ? [`--pod-init-config=${s.monitorConfig}`] : []),
    'run',
    '--bundle',
    bundle,
    id,
  ],
  kill: (s: RunscSession, id: string, signal: 'TERM' | 'KILL') => [
    ...globalFlags(s),
    'kill',
    '--all',
    id,
    signal,
  ],
  delete: (s: RunscSession, id: string) => [...globalFlags(s), 'delete', '--force', id],
  list: (s: RunscSession) => [...globalFlags(s), 'list', '--format=json'],
  stats: (s: RunscSession, id: string) => [...globalFlags(s), 'events', '--stats', id],
} as const;

/**
 * The task count in one `runsc events --stats` line (`{"type":"stats","data":{"pids":{"current":12}}}`);
 * null for anything else. Trace-independent: fork bombs are classified from it on every runsc.
 */
export function taskCountIn(statsLine: string): number | null {
  if (statsLine.length > 64 * 1024) return null;
  try {
    const parsed: unknown = JSON.parse(statsLine);
    const current = (parsed as { data?: { pids?: { current?: unknown } } } | null)?.data?.pids
      ?.current;
    return typeof current === 'number' && Number.isSafeInteger(current) && current >= 0
      ? current
      : null;
  } catch {
    return null;
  }
}

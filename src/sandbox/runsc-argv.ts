import type { Platform } from '../domain.js';

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
  /** Directory for runsc's own logs (trailing slash: one file per command). */
  readonly logDir: string;
}

// Traced only to count clone/fork refusals (RLIMIT_NPROC); names must exist in runsc's per-arch
// strace table or the sandbox will not boot, so the list is built per architecture.
export function straceSyscalls(arch: RunscInstallation['arch']): string[] {
  return arch === 'x86_64' ? ['clone', 'fork', 'vfork'] : ['clone'];
}

/** Global flags; runsc reads them on every command, so every command gets the same ones. */
export function globalFlags(session: RunscSession): string[] {
  return [
    `--root=${session.stateRoot}`,
    `--platform=${session.runsc.platform}`,
    '--network=none',
    '--overlay2=none',
    // Apply the spec's seccomp profile inside the sandbox (refused syscalls, see oci-spec.ts).
    '--oci-seccomp',
    `--debug-log=${session.logDir.endsWith('/') ? session.logDir : `${session.logDir}/`}`,
    '--debug-log-format=json',
    '--debug-command=boot',
    '--strace',
    `--strace-syscalls=${straceSyscalls(session.runsc.arch).join(',')}`,
    '--strace-log-size=64',
  ];
}

export const runscArgv = {
  run: (s: RunscSession, id: string, bundle: string) => [
    ...globalFlags(s),
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
} as const;

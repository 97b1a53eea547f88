import { unshareSyscall } from './monitor-events.js';

/**
 * gVisor's runtime monitoring session for the file opens: the sentry sends one binary message per
 * completed open/openat/creat to a socket on the host, instead of two formatted strace lines.
 * File-heavy work (node_modules, test suites) opens tens of thousands of files; this is where the
 * trace spent most of its time. The other traced calls stay in the strace log (trace-syscalls.ts).
 */

/** The session's config, in the run's log directory: runsc reads it at boot (`--pod-init-config`). */
export const MONITOR_CONFIG = 'monitor.json';
/** The socket the host's receiver listens on; runsc connects to it when it creates the sandbox. */
export const MONITOR_SOCKET = 'monitor.sock';

/** The monitored syscalls: only their exit (one message per call, with its errno). */
export const monitoredSyscalls = {
  x86_64: ['open', 'openat', 'creat'],
  aarch64: ['openat'],
} as const;

// Read at exit: when, and the calling process (thread group and name). Not its `cwd`: reading that
// costs the sentry a path walk per open; the host follows each process's directory instead
// (working-directories.ts) from the rare events below, which do carry it.
const contextFields = ['time', 'group_id', 'process_name'];

/**
 * The session for one sandbox. `container/start` comes first and shows the session is live. A full
 * socket makes the sentry retry (sleeping, up to 1 ms apart) rather than drop: a flooding guest is
 * slowed, as with the strace pipe, not blinded.
 */
export function monitorSession(arch: 'x86_64' | 'aarch64', endpoint: string): object {
  return {
    trace_session: {
      name: 'Default',
      points: [
        { name: 'container/start' },
        // A new process: whose, and whether it shares its parent's directory (CLONE_FS).
        { name: 'sentry/clone', context_fields: ['group_id'] },
        { name: 'syscall/chdir/exit', context_fields: [...contextFields, 'cwd'] },
        {
          name: 'syscall/fchdir/exit',
          optional_fields: ['fd_path'],
          context_fields: [...contextFields, 'cwd'],
        },
        // unshare(CLONE_FS) gives one thread its own directory.
        { name: `syscall/sysno/${unshareSyscall[arch]}/exit`, context_fields: ['group_id'] },
        ...monitoredSyscalls[arch].map((syscall) => ({
          name: `syscall/${syscall}/exit`,
          ...(syscall === 'openat' ? { optional_fields: ['fd_path'] } : {}),
          context_fields: contextFields,
        })),
      ],
      sinks: [
        {
          name: 'remote',
          config: { endpoint, retries: 2 ** 31 - 1, backoff: '20us', backoff_max: '1ms' },
        },
      ],
    },
  };
}

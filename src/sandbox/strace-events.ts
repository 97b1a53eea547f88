/** One completed syscall from runsc's JSON strace log (exit lines only; each call has one) or its monitor. */
export interface TraceEvent {
  readonly pid: number;
  readonly process: string;
  readonly syscall: string;
  /** The rendered arguments: sentry text with guest-controlled strings inside, parsed defensively. */
  readonly args: string;
  readonly errno: number | null;
  /** Wall-clock time the sentry logged the line, ms since the epoch. */
  readonly atEpochMs: number;
  /** Refused by the in-sandbox seccomp profile before it ran (no arguments, process unnamed). */
  readonly seccompRefused?: true;
  /**
   * An open from the runtime monitor (monitor-events.ts): its path, already absolute, and flags by
   * name; null where the path could not be placed. Absent on strace lines, whose `args` hold both.
   */
  readonly file?: { readonly path: string; readonly flags: string } | null;
}

/** The sentry's longest lines (execve with its argv) stay far below this; longer ones are not its. */
export const MAX_TRACE_LINE = 16 * 1024;
// `strace.go:605] [   2:   2] python3 X connect(0x3 socket:[1], …) = 0 (0x0) errno=113 (no route to host) (28.2µs)`
// runsc before 2023 logs the same line without its source prefix (`[   2:   2] python3 X …`).
const exitLine =
  /^(?:strace\.go:\d+\] )?\[\s*(\d+):\s*\d+\] (.{0,16}?) X (\w+)\((.*)\) = -?\d+ \(0x[0-9a-f]+\)(?: errno=(\d+) \([^)]*\))? \([^()]*\)$/s;

// `task_syscall.go:241] [   1:   1] Syscall 272: denied by seccomp` (logged with --debug only)
const seccompLine =
  /^(?:task_syscall\.go:\d+\] )?\[\s*(\d+):\s*\d+\] Syscall (\d{1,4}): denied by seccomp$/;
const EPERM = 1;
const ENOSYS = 38;

/**
 * Parses one log line; anything that is not a well-formed sentry exit line, or a seccomp refusal of
 * a syscall in `refusable` (number -> name), is null (data, not a log line).
 */
export function parseTraceLine(
  line: string,
  refusable: Readonly<Record<number, string>>,
): TraceEvent | null {
  if (line.length === 0 || line.length > MAX_TRACE_LINE) return null;
  // Half the lines are syscall entries; only exits and refusals are read (a cheap test first).
  if (!line.includes(' X ') && !line.includes('denied by seccomp')) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const { msg, time } = parsed as { msg?: unknown; time?: unknown };
  if (typeof msg !== 'string' || typeof time !== 'string') return null;
  const atEpochMs = Date.parse(time);
  if (Number.isNaN(atEpochMs)) return null;
  const refusal = seccompLine.exec(msg);
  if (refusal)
    return refusalEvent({
      pid: Number(refusal[1]),
      sysno: Number(refusal[2]),
      atEpochMs,
      refusable,
    });
  const match = exitLine.exec(msg);
  if (!match) return null;
  const [, pid, process, syscall, args, errno] = match;
  if (!pid || !syscall || args === undefined) return null;
  return {
    pid: Number(pid),
    process: process ?? '',
    syscall,
    args,
    errno: errno ? Number(errno) : null,
    atEpochMs,
  };
}

function refusalEvent(refusal: {
  readonly pid: number;
  readonly sysno: number;
  readonly atEpochMs: number;
  readonly refusable: Readonly<Record<number, string>>;
}): TraceEvent | null {
  const { pid, sysno, atEpochMs, refusable } = refusal;
  const syscall = Object.hasOwn(refusable, sysno) ? refusable[sysno] : undefined;
  if (!syscall) return null;
  // The profile answers clone3 through SCMP_ACT_TRACE (ENOSYS) and everything else with EPERM.
  const errno = syscall === 'clone3' ? ENOSYS : EPERM;
  return { pid, process: '', syscall, args: '', errno, atEpochMs, seccompRefused: true };
}

export interface SocketAddress {
  readonly family: string;
  readonly address: string;
  readonly port: number;
}

/** `{Family: AF_INET, Addr: 192.0.2.2, Port: 80}` as rendered by the sentry. */
export function socketAddressIn(args: string): SocketAddress | null {
  const match = /\{Family: (AF_INET6?), Addr: ([0-9a-fA-F.:]{1,45}), Port: (\d{1,5})\}/.exec(args);
  if (!match?.[1] || !match[2] || !match[3]) return null;
  return { family: match[1], address: match[2], port: Number(match[3]) };
}

/**
 * The path an open/openat/creat/mkdir/unlink call named, resolved against its directory fd where
 * relative; null where it cannot be placed (a relative path of a call without a directory fd, which
 * the sentry renders as given).
 */
export function pathIn(syscall: string, args: string): { path: string; flags: string } | null {
  const at =
    /^(?:AT_FDCWD|0x[0-9a-f]+) (.*?), 0x[0-9a-f]+ (.*?)(?:, ([A-Z0-9_|x]+))?(?:, 0o[0-7]+)?$/s;
  const plain = /^0x[0-9a-f]+ (.*?)(?:, ([A-Z0-9_|x]+))?(?:, 0o[0-7]+)?$/s;
  if (syscall.endsWith('at')) {
    const match = at.exec(args);
    if (!match || match[2] === undefined) return null;
    return { path: resolvePath(match[1] ?? '/', match[2]), flags: match[3] ?? '' };
  }
  const match = plain.exec(args);
  if (!match || match[1] === undefined || !match[1].startsWith('/')) return null;
  return { path: match[1], flags: match[2] ?? (syscall === 'creat' ? 'O_CREAT|O_WRONLY' : '') };
}

/** execve's binary path and argv (the sentry renders argv as a quoted list). */
export function execIn(args: string): { binary: string; argv: string[] } | null {
  const match = /^0x[0-9a-f]+ (.*?), 0x[0-9a-f]+ (\[.*?\])(?:, 0x[0-9a-f]+ \[.*\])?$/s.exec(args);
  if (!match?.[1] || !match[2]) return null;
  try {
    const argv: unknown = JSON.parse(match[2]);
    if (!Array.isArray(argv) || !argv.every((a) => typeof a === 'string')) return null;
    return { binary: match[1], argv: argv as string[] };
  } catch {
    return { binary: match[1], argv: [] };
  }
}

/** `path` made absolute against `cwd` where relative, with `.` and `..` taken out. */
export function resolvePath(cwd: string, path: string): string {
  const joined = path.startsWith('/') ? path : `${cwd.replace(/\/$/, '')}/${path}`;
  const parts: string[] = [];
  for (const part of joined.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

import type { ViolationKind } from '../domain.js';
import { execIn, pathIn, socketAddressIn, type TraceEvent } from './strace-events.js';
import { privilegedSyscalls } from './trace-syscalls.js';

export interface ViolationCandidate {
  readonly kind: ViolationKind;
  readonly syscall: string;
  readonly detail: string;
}

export interface ClassifyContext {
  /** Links in the workspace that point outside it: guest path of the link -> its target. */
  readonly workspaceLinks: ReadonlyMap<string, string>;
  /** The install phase's proxy: the one destination outside the sandbox it is meant to use. */
  readonly proxy?: { readonly address: string; readonly port: number };
}

const EAGAIN = 11;
const MAX_ARGV = 8;
const MAX_ARG = 120;

const privileged: ReadonlySet<string> = new Set(privilegedSyscalls);
// Calls that name a file or directory. A chdir into a credential directory is read as an open of it.
const fileCalls: ReadonlySet<string> = new Set([
  'open',
  'openat',
  'creat',
  'mkdir',
  'mkdirat',
  'unlink',
  'unlinkat',
  'chdir',
  'fchdir',
]);

// Programs whose execution in a test run is worth a maintainer's look.
const notablePrograms: ReadonlyArray<[RegExp, string]> = [
  [/^(?:sh|bash|dash|zsh|ksh|mksh|ash|busybox)$/, 'shell'],
  [/^(?:curl|wget|nc|ncat|netcat|socat|ssh|scp|sftp|ftp|tftp|telnet|rsync)$/, 'network tool'],
  [/^(?:gcc|g\+\+|cc|c\+\+|clang|clang\+\+|tcc|as|ld|rustc|go)(?:-\d+)?$/, 'compiler'],
  [/^(?:xmrig|minerd|cpuminer|ethminer|nbminer|t-rex|lolminer|phoenixminer|nanominer)$/i, 'miner'],
  // Their refused unshare/setns is reported too; the tool names what was attempted.
  [/^(?:unshare|nsenter|bwrap|firejail|newuidmap|newgidmap|capsh|chroot)$/, 'namespace tool'],
];

// Test runners and tools use shells all the time (vitest counts CPUs with `sh -c "cat /proc/cpuinfo | …"`),
// so a shell is notable only when it is interactive or its script fetches, decodes or pipes into a shell.
const notableShellScript =
  /\/dev\/(?:tcp|udp)\/|\b(?:curl|wget|nc|ncat|netcat|socat|telnet|ssh|scp|ftp|tftp)\b|\bbase64\s+(?:-d|--decode)\b|\bxxd\s+-r\b|\bopenssl\s+(?:s_client|enc)\b|\|\s*(?:ba|da|z)?sh\b/;

// Package managers run scripts through `sh -c`; that shell is the manager's, not the code's.
const scriptRunners = /^(?:npm|npm .*|npx|yarn|pnpm|corepack)$/;

const writableRoots = [
  '/workspace',
  '/tmp',
  '/results',
  '/home/airlock',
  '/dev/shm',
  '/dev/null',
  '/proc/self/fd',
];

/** Whether one completed syscall is a security-relevant attempt, and how to describe it. */
export function classifyEvent(
  event: TraceEvent,
  context: ClassifyContext,
): ViolationCandidate | null {
  const { syscall } = event;
  if (event.seccompRefused) return seccompRefusal(event);
  // unshare(CLONE_FS) and the like create no namespace; the sentry renders flags by name.
  if (syscall === 'unshare' && !event.args.includes('CLONE_NEW')) return null;
  if (privileged.has(syscall))
    return { kind: 'privilege', syscall, detail: `${syscall} attempted${outcome(event)}` };
  if (syscall === 'socket') return rawSocket(event);
  if (syscall === 'connect' || syscall === 'sendto' || syscall === 'sendmsg' || syscall === 'bind')
    return network(event, context);
  if (syscall === 'execve' || syscall === 'execveat') return execution(event);
  if (['clone', 'fork', 'vfork'].includes(syscall)) {
    return event.errno === EAGAIN
      ? { kind: 'resource', syscall, detail: 'process creation refused by the process limit' }
      : null;
  }
  if (fileCalls.has(syscall)) return fileAccess(event, context);
  return null;
}

// What the profile refuses (oci-spec.ts): a clone is refused only for its namespace flags.
const refusedWhat: Readonly<Record<string, string>> = {
  clone: 'clone with namespace flags',
  unshare: 'unshare with namespace flags',
  setns: 'setns',
  ptrace: 'ptrace',
};

function seccompRefusal(event: TraceEvent): ViolationCandidate | null {
  // clone3 is answered ENOSYS so that libc falls back to clone: every thread start probes it.
  const what = refusedWhat[event.syscall];
  if (!what) return null;
  return {
    kind: 'privilege',
    syscall: event.syscall,
    detail: `${what} attempted (refused by the sandbox's seccomp profile)`,
  };
}

function rawSocket(event: TraceEvent): ViolationCandidate | null {
  // Netlink raw sockets are how runtimes list interfaces (os.networkInterfaces()); not a packet tool.
  if (/^AF_PACKET\b/.test(event.args) || /^AF_INET6?, SOCK_RAW\b/.test(event.args)) {
    return {
      kind: 'privilege',
      syscall: 'socket',
      detail: `raw socket ${event.args.split(',').slice(0, 2).join(',')}${outcome(event)}`,
    };
  }
  return null;
}

function network(event: TraceEvent, context: ClassifyContext): ViolationCandidate | null {
  const address = socketAddressIn(event.args);
  if (!address || isLoopback(address.address)) return null;
  const { proxy } = context;
  if (proxy && address.address === proxy.address && address.port === proxy.port) return null;
  // Binding all interfaces inside a netstack with loopback only reaches nothing outside.
  if (event.syscall === 'bind' && (address.address === '0.0.0.0' || address.address === '::'))
    return null;
  const target =
    address.family === 'AF_INET6'
      ? `[${address.address}]:${address.port}`
      : `${address.address}:${address.port}`;
  return {
    kind: 'network',
    syscall: event.syscall,
    detail: `${event.syscall} ${target}${outcome(event)}`,
  };
}

function execution(event: TraceEvent): ViolationCandidate | null {
  const exec = execIn(event.args);
  if (!exec) return null;
  const name = exec.binary.split('/').pop() ?? exec.binary;
  const notable = notablePrograms.find(([pattern]) => pattern.test(name));
  if (!notable) return null;
  if (notable[1] === 'shell' && !notableShell(exec.argv, event.process)) return null;
  const argv = exec.argv
    .slice(0, MAX_ARGV)
    .map((arg) => (arg.length > MAX_ARG ? `${arg.slice(0, MAX_ARG)}…` : arg));
  return {
    kind: notable[1] === 'namespace tool' ? 'privilege' : 'process',
    syscall: event.syscall,
    detail: `${notable[1]} ${exec.binary} ${JSON.stringify(argv)}${outcome(event)}`,
  };
}

function notableShell(argv: readonly string[], caller: string): boolean {
  if (scriptRunners.test(caller)) return false;
  return argv.slice(1).some((arg) => arg === '-i' || notableShellScript.test(arg));
}

function fileAccess(event: TraceEvent, context: ClassifyContext): ViolationCandidate | null {
  const target = event.file !== undefined ? event.file : pathIn(event.syscall, event.args);
  if (!target) return null;
  const link = context.workspaceLinks.get(target.path);
  if (link !== undefined)
    return {
      kind: 'filesystem',
      syscall: event.syscall,
      detail: `followed workspace link ${target.path} -> ${link}${outcome(event)}`,
    };
  if ([...context.workspaceLinks.values()].includes(target.path)) {
    return {
      kind: 'filesystem',
      syscall: event.syscall,
      detail: `opened ${target.path}, the target of a workspace link${outcome(event)}`,
    };
  }
  const sensitive = sensitivePath(target.path, event);
  if (sensitive)
    return {
      kind: 'filesystem',
      syscall: event.syscall,
      detail: `${sensitive} ${target.path}${outcome(event)}`,
    };
  if (isWrite(event.syscall, target.flags) && event.errno !== null && refusedWrite(target.path)) {
    return {
      kind: 'filesystem',
      syscall: event.syscall,
      detail: `write outside the writable areas ${target.path}${outcome(event)}`,
    };
  }
  return null;
}

const sensitiveRules: ReadonlyArray<[RegExp, string]> = [
  [/^\/etc\/(?:g?shadow|sudoers(?:\.d\/.*)?|ssh\/ssh_host_.*_key)$/, 'credential file'],
  [/\/\.ssh\/(?!known_hosts$|config$)[^/]+$/, 'SSH key'],
  [
    /\/\.(?:aws\/credentials|aws\/config|npmrc|pypirc|netrc|git-credentials|docker\/config\.json|kube\/config|config\/gh\/hosts\.yml|gnupg\/.*)$/,
    'credential file',
  ],
  [/^\/(?:run|var\/run)\/secrets\//, 'secret mount'],
  [/_runner_file_commands|^\/home\/runner\//, 'GitHub runner file'],
  [/^\/root(?:\/|$)/, "root's home"],
];

function sensitivePath(path: string, event: TraceEvent): string | null {
  const proc =
    /^\/proc\/(\d+|self|thread-self)\/(environ|mem|maps|pagemap|auxv|fd|cwd|root|exe)(?:\/|$)/.exec(
      path,
    );
  if (proc) {
    const own = proc[1] === 'self' || proc[1] === 'thread-self' || Number(proc[1]) === event.pid;
    if (!own) return `another process's /proc/${proc[2]}`;
    return proc[2] === 'mem' ? 'process memory' : null;
  }
  if (path.endsWith('/.git/config') && !/^git/.test(event.process))
    return 'git config (may hold credentials)';
  // A package manager reading its own configuration is the manager at work, not the code under test.
  if (/\/\.(?:npmrc|yarnrc(?:\.yml)?)$/.test(path) && scriptRunners.test(event.process))
    return null;
  return sensitiveRules.find(([pattern]) => pattern.test(path))?.[1] ?? null;
}

function isWrite(syscall: string, flags: string): boolean {
  if (['creat', 'mkdir', 'mkdirat', 'unlink', 'unlinkat'].includes(syscall)) return true;
  return /\bO_(?:WRONLY|RDWR|CREAT|TRUNC)\b/.test(flags);
}

function refusedWrite(path: string): boolean {
  // Python tries to cache bytecode next to read-only modules; that refusal is the runtime's, not the code's.
  if (/\/__pycache__\/[^/]+\.pyc\.\d+$|\/__pycache__\/[^/]+\.pyc$|\/__pycache__$/.test(path))
    return false;
  return !writableRoots.some((root) => path === root || path.startsWith(`${root}/`));
}

function isLoopback(address: string): boolean {
  return /^127\./.test(address) || address === '::1' || /^::ffff:127\./i.test(address);
}

function outcome(event: TraceEvent): string {
  return event.errno === null ? '' : ` (refused, errno ${event.errno})`;
}

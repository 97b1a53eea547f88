/** Any attempt of these is a privilege violation: the guest has no capability for them. */
export const privilegedSyscalls = [
  'ptrace',
  'mount',
  'umount2',
  'unshare',
  'setns',
  'chroot',
  'pivot_root',
  'setuid',
  'setgid',
  'setreuid',
  'setregid',
  'setresuid',
  'setresgid',
  'init_module',
  'finit_module',
  'delete_module',
  'kexec_load',
  'bpf',
  'keyctl',
  'add_key',
  'perf_event_open',
  'process_vm_readv',
  'process_vm_writev',
] as const;

/**
 * The syscalls the in-sandbox seccomp profile refuses (oci-spec.ts), by number: the sentry logs a
 * refusal as `Syscall <n>: denied by seccomp`, before its trace would see the call, so this is how a
 * refused attempt is named. clone3 is answered ENOSYS (its flags are unreadable, and libc then falls
 * back to clone for threads), so its refusals are libc probing, not attempts.
 */
export const seccompRefusedSyscalls: Readonly<
  Record<'x86_64' | 'aarch64', Readonly<Record<number, string>>>
> = {
  x86_64: { 56: 'clone', 101: 'ptrace', 272: 'unshare', 308: 'setns', 435: 'clone3' },
  aarch64: { 97: 'unshare', 117: 'ptrace', 220: 'clone', 268: 'setns', 435: 'clone3' },
};

/**
 * The syscalls runsc traces for telemetry. Every name must exist in runsc's per-architecture
 * strace table or the sandbox refuses to boot; arm64 has only the *at forms and no fork/vfork.
 * Opens are not here: the runtime monitor reports them (monitor-session.ts), far more cheaply.
 */
const common = [
  'clone',
  'execve',
  'execveat',
  'mkdirat',
  'unlinkat',
  'socket',
  'connect',
  'bind',
  'sendto',
  'sendmsg',
  ...privilegedSyscalls,
];
const x86Only = ['fork', 'vfork', 'mkdir', 'unlink'];

/** With telemetry off, only what outcome classification needs: refused forks. */
const forkOnly = { x86_64: ['clone', 'fork', 'vfork'], aarch64: ['clone'] } as const;

export function traceSyscalls(arch: 'x86_64' | 'aarch64', telemetry: boolean): string[] {
  if (!telemetry) return [...forkOnly[arch]];
  return arch === 'x86_64' ? [...common, ...x86Only] : [...common];
}

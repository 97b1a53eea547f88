import type { SandboxLimits } from '../domain.js';
import type { PackageCacheKind } from '../config/package-caches.js';
import {
  GUEST_GID,
  GUEST_HOME,
  GUEST_UID,
  RESULTS_PATH,
  WORKSPACE_PATH,
  guestCachePath,
  packageCacheEnv,
} from './guest-layout.js';

const HOME_BYTES = 64 * 1024 * 1024;
const SHM_BYTES = 64 * 1024 * 1024;

export interface SpecPlan {
  readonly args: readonly string[];
  /** Variables passed through by name (already resolved against the caller's environment). */
  readonly passEnv: Readonly<Record<string, string>>;
  readonly rootfsPath: string;
  readonly workspaceHostPath: string;
  readonly resultsHostPath: string;
  readonly cgroupsPath: string;
  readonly limits: SandboxLimits;
  readonly arch: 'x86_64' | 'aarch64';
  /** The install phase: the namespace runsc's netstack copies, and the proxy the guest is told about. */
  readonly network?: { readonly nsPath: string; readonly proxyUrl: string } | undefined;
  /** A host directory shown as the guest's home (shared by the phases of a run); else a fresh tmpfs. */
  readonly homeHostPath?: string | undefined;
  /** A host directory (a capped, disk-backed filesystem of the run's) shown as /tmp; else a tmpfs. */
  readonly tmpHostPath?: string | undefined;
  /** The `runner` root: its read-only binds (mounted first) and the guest's PATH and toolchain variables. */
  readonly runnerRoot?: RunnerRootView | undefined;
  /** Package cache views (copy-on-write over the host's caches), mounted inside the home. */
  readonly cacheViews?:
    ReadonlyArray<{ readonly kind: PackageCacheKind; readonly viewPath: string }> | undefined;
}

export interface RunnerRootView {
  readonly mounts: readonly OciMount[];
  readonly env: Readonly<Record<string, string>>;
}

// Namespace flags of clone(2) and unshare(2); a new user namespace would give the guest
// CAP_SYS_ADMIN over itself, which exempts it from RLIMIT_NPROC, so namespace creation is refused.
const CLONE_NAMESPACE_FLAGS = [
  0x00020000, 0x02000000, 0x04000000, 0x08000000, 0x10000000, 0x20000000, 0x40000000,
];
const EPERM = 1;

/**
 * The in-sandbox seccomp profile (gVisor applies it with --oci-seccomp). Only what would weaken
 * containment is refused here: namespace creation and ptrace. Everything else privileged (mount,
 * chroot, module loading…) is refused by gVisor's own permission checks, where its trace sees the
 * attempt; the sentry logs each refusal here (with --debug), so these attempts are reported too.
 *
 * clone3 passes its flags in memory a filter cannot read. SCMP_ACT_TRACE with no tracer answers
 * ENOSYS without running the call (seccomp(2)), so libc falls back to clone, which is filtered;
 * this runsc answers SCMP_ACT_ERRNO with EPERM whatever errnoRet says, which would break threads.
 * ptrace is refused because a tracer with PTRACE_O_TRACESECCOMP would let that clone3 through.
 */
export function seccompProfile(arch: 'x86_64' | 'aarch64'): OciSpec['linux']['seccomp'] {
  return {
    defaultAction: 'SCMP_ACT_ALLOW',
    architectures: [arch === 'x86_64' ? 'SCMP_ARCH_X86_64' : 'SCMP_ARCH_AARCH64'],
    syscalls: [
      { names: ['setns', 'ptrace'], action: 'SCMP_ACT_ERRNO', errnoRet: EPERM },
      // unshare without namespace flags (CLONE_FS, CLONE_FILES) stays allowed.
      ...['clone', 'unshare'].flatMap((name) =>
        CLONE_NAMESPACE_FLAGS.map((flag) => ({
          names: [name],
          action: 'SCMP_ACT_ERRNO',
          errnoRet: EPERM,
          args: [{ index: 0, value: flag, valueTwo: flag, op: 'SCMP_CMP_MASKED_EQ' }],
        })),
      ),
      { names: ['clone3'], action: 'SCMP_ACT_TRACE' },
    ],
  };
}

export const fixedEnv: Readonly<Record<string, string>> = {
  PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
  HOME: GUEST_HOME,
  LANG: 'C.UTF-8',
  TZ: 'UTC',
  CI: 'true',
  AIRLOCK_RESULTS_DIR: RESULTS_PATH,
};

/**
 * Where installers look for a proxy. They only make well-behaved clients use it: the namespace has
 * no other route, so a client that ignores them reaches nothing.
 */
export function proxyEnv(proxyUrl: string): Record<string, string> {
  const env: Record<string, string> = { NO_PROXY: '', no_proxy: '' };
  for (const name of [
    'HTTP_PROXY',
    'HTTPS_PROXY',
    'http_proxy',
    'https_proxy',
    'npm_config_proxy',
    'npm_config_https_proxy',
    'YARN_HTTP_PROXY',
    'YARN_HTTPS_PROXY',
    'PIP_PROXY',
  ])
    env[name] = proxyUrl;
  return env;
}

/** Host-side pids.max: a backstop only; RLIMIT_NPROC inside the sentry is what contains fork bombs. */
export function hostPidsBackstop(pids: number): number {
  return pids * 4 + 1024;
}

export function cpuQuota(cpus: number): { quota: number; period: number } {
  const period = 100_000;
  return { quota: Math.max(1000, Math.round(cpus * period)), period };
}

interface Rlimit {
  readonly type: string;
  readonly soft: number;
  readonly hard: number;
}

export interface OciMount {
  readonly destination: string;
  readonly type: string;
  readonly source: string;
  readonly options?: readonly string[];
}

/** The part of the OCI runtime spec Airlock writes. */
export interface OciSpec {
  readonly ociVersion: string;
  readonly process: {
    readonly terminal: boolean;
    readonly user: {
      readonly uid: number;
      readonly gid: number;
      readonly additionalGids: readonly number[];
    };
    readonly args: readonly string[];
    readonly env: readonly string[];
    readonly cwd: string;
    readonly capabilities: Readonly<Record<string, readonly string[]>>;
    readonly noNewPrivileges: boolean;
    readonly rlimits: readonly Rlimit[];
  };
  readonly root: { readonly path: string; readonly readonly: boolean };
  readonly hostname: string;
  readonly mounts: readonly OciMount[];
  readonly linux: {
    readonly cgroupsPath: string;
    readonly resources: {
      readonly memory: { readonly limit: number };
      readonly cpu: { readonly quota: number; readonly period: number };
      readonly pids: { readonly limit: number };
    };
    readonly namespaces: ReadonlyArray<{ readonly type: string; readonly path?: string }>;
    readonly seccomp: {
      readonly defaultAction: string;
      readonly architectures: readonly string[];
      readonly syscalls: ReadonlyArray<{
        readonly names: readonly string[];
        readonly action: string;
        readonly errnoRet?: number;
        readonly args?: ReadonlyArray<{
          readonly index: number;
          readonly value: number;
          readonly valueTwo: number;
          readonly op: string;
        }>;
      }>;
    };
  };
}

/** The OCI runtime spec (config.json) for one sandboxed command. Pure: same plan, same spec. */
export function buildOciSpec(plan: SpecPlan): OciSpec {
  const { limits } = plan;
  const env = {
    ...plan.passEnv,
    ...(plan.network ? proxyEnv(plan.network.proxyUrl) : {}),
    ...fixedEnv,
    ...plan.runnerRoot?.env,
    ...packageCacheEnv(plan.cacheViews ?? []),
  };
  const noCapabilities = {
    bounding: [],
    effective: [],
    inheritable: [],
    permitted: [],
    ambient: [],
  };
  return {
    ociVersion: '1.0.2',
    process: {
      terminal: false,
      user: { uid: GUEST_UID, gid: GUEST_GID, additionalGids: [] },
      args: [...plan.args],
      env: Object.entries(env).map(([name, value]) => `${name}=${value}`),
      cwd: WORKSPACE_PATH,
      capabilities: noCapabilities,
      noNewPrivileges: true,
      rlimits: [
        { type: 'RLIMIT_NPROC', soft: limits.pids, hard: limits.pids },
        { type: 'RLIMIT_NOFILE', soft: limits.openFiles, hard: limits.openFiles },
        { type: 'RLIMIT_FSIZE', soft: limits.fileSizeBytes, hard: limits.fileSizeBytes },
        { type: 'RLIMIT_CORE', soft: 0, hard: 0 },
      ],
    },
    root: { path: plan.rootfsPath, readonly: true },
    hostname: 'airlock',
    mounts: [
      ...(plan.runnerRoot?.mounts ?? []),
      { destination: '/proc', type: 'proc', source: 'proc' },
      {
        destination: '/sys',
        type: 'sysfs',
        source: 'sysfs',
        options: ['nosuid', 'noexec', 'nodev', 'ro'],
      },
      plan.tmpHostPath
        ? bind('/tmp', plan.tmpHostPath)
        : tmpfs('/tmp', limits.tmpBytes, 'mode=1777'),
      tmpfs('/dev/shm', SHM_BYTES, 'mode=1777'),
      plan.homeHostPath
        ? bind(GUEST_HOME, plan.homeHostPath)
        : tmpfs(GUEST_HOME, HOME_BYTES, 'mode=0700', `uid=${GUEST_UID}`, `gid=${GUEST_GID}`),
      ...(plan.cacheViews ?? []).map((view) => bind(guestCachePath(view.kind), view.viewPath)),
      bind(WORKSPACE_PATH, plan.workspaceHostPath),
      bind(RESULTS_PATH, plan.resultsHostPath),
    ],
    linux: {
      cgroupsPath: plan.cgroupsPath,
      resources: {
        memory: { limit: limits.memoryBytes },
        cpu: cpuQuota(limits.cpus),
        pids: { limit: hostPidsBackstop(limits.pids) },
      },
      namespaces: [
        ...['pid', 'ipc', 'uts', 'mount'].map((type) => ({ type })),
        plan.network ? { type: 'network', path: plan.network.nsPath } : { type: 'network' },
      ],
      seccomp: seccompProfile(plan.arch),
    },
  };
}

function tmpfs(destination: string, bytes: number, ...extra: string[]): OciMount {
  return {
    destination,
    type: 'tmpfs',
    source: 'tmpfs',
    options: ['nosuid', 'nodev', `size=${bytes}`, ...extra],
  };
}

function bind(destination: string, source: string): OciMount {
  return { destination, type: 'bind', source, options: ['rbind', 'rw', 'nosuid', 'nodev'] };
}

import { posix } from 'node:path';
import type { OciMount } from './oci-spec.js';

import type { SandboxRoot } from '../domain.js';

export type { SandboxRoot };

/** One entry at the top of the host's `/`, read without following it. */
export interface HostEntry {
  readonly name: string;
  readonly kind: 'dir' | 'symlink' | 'other';
  /** A symlink's target, as written. */
  readonly target?: string;
}

/**
 * What `runner` exposes, read-only: the system's programs, libraries and configuration, and /opt
 * (where GitHub's hosted runners keep the tool cache). Nothing else of the host: not /home, /root,
 * /tmp, /var, /run, /mnt, /media, /srv, the runner's installation and credentials, docker's socket
 * and data, nor the host's /proc and /sys.
 */
export const EXPOSED_TOP_LEVEL = [
  'usr',
  'bin',
  'sbin',
  'lib',
  'lib32',
  'lib64',
  'libx32',
  'etc',
  'opt',
];

/** Host places a tool cache may never be, nor contain. */
const NEVER_EXPOSED = [
  '/home',
  '/root',
  '/tmp',
  '/var/tmp',
  '/run',
  '/mnt',
  '/media',
  '/srv',
  '/proc',
  '/sys',
  '/dev',
  '/var/lib/docker',
  '/var/run',
];

/** Guest places Airlock mounts over: a tool cache there could not be shown. */
const GUEST_MOUNTS = [
  '/tmp',
  '/var/tmp',
  '/home',
  '/workspace',
  '/results',
  '/proc',
  '/sys',
  '/dev',
  '/run',
];

/** Guest directories that must exist in the skeleton as mount points. */
const MOUNT_POINTS = [
  'proc',
  'sys',
  'dev',
  'tmp',
  'home/airlock',
  'workspace',
  'results',
  'var/tmp',
  'run',
];

/**
 * Empty directories the guest finds where a machine has them, closed to it (root-owned, 0700), as
 * in the image: `ls /root` is refused, and reported, rather than finding nothing to open.
 */
const CLOSED_DIRS = ['root'];

export interface RunnerRootPlan {
  /** Directories to create in the skeleton root (relative, parents first). */
  readonly dirs: readonly string[];
  /** Directories to create root-owned with mode 0700. */
  readonly closedDirs: readonly string[];
  /** Symlinks to create in the skeleton root: `/bin -> usr/bin` on merged-/usr systems. */
  readonly links: ReadonlyArray<{ readonly path: string; readonly target: string }>;
  /** Read-only binds of the exposed host directories, at the same paths. */
  readonly mounts: readonly OciMount[];
  /** The host directories bound in (mount sources). */
  readonly exposed: readonly string[];
  /** Every path the guest reads as on the host: the binds and the links into them (`/bin`). */
  readonly visible: readonly string[];
}

/** Plans the `runner` root from the host's top-level entries and its tool cache. Pure. */
export function runnerRootPlan(
  entries: readonly HostEntry[],
  toolCache: string | undefined,
  hidden: readonly string[] = [],
): RunnerRootPlan {
  const dirs: string[] = [...MOUNT_POINTS];
  const links: Array<{ path: string; target: string }> = [];
  const exposed: string[] = [];
  for (const name of EXPOSED_TOP_LEVEL) {
    const entry = entries.find((e) => e.name === name);
    if (entry?.kind === 'dir') {
      dirs.push(name);
      exposed.push(`/${name}`);
    } else if (entry?.kind === 'symlink' && entry.target && isInnerTarget(entry.target))
      links.push({ path: name, target: entry.target });
  }
  const cache = toolCache ? exposableToolCache(toolCache) : null;
  if (cache && !isUnder(cache, exposed)) {
    dirs.push(...ancestors(cache.slice(1)));
    exposed.push(cache);
  }
  return {
    dirs: [...new Set(dirs)].sort(
      (a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b),
    ),
    closedDirs: CLOSED_DIRS,
    links,
    mounts: [
      ...exposed.map((path) => ({
        destination: path,
        type: 'bind',
        source: path,
        options: ['rbind', 'ro', 'nosuid', 'nodev'],
      })),
      // Covered by an empty read-only tmpfs: the runner's own files inside an exposed directory.
      ...hidden
        .filter((path) => isUnder(path, exposed) && !exposed.includes(path))
        .map((path) => ({
          destination: path,
          type: 'tmpfs',
          source: 'tmpfs',
          options: ['ro', 'nosuid', 'nodev', 'noexec', 'size=4096', 'mode=0555'],
        })),
    ],
    exposed,
    visible: [...exposed, ...links.map((link) => `/${link.path}`)],
  };
}

/**
 * Directories of the runner itself that may lie inside an exposed one (a self-hosted runner in
 * /opt/actions-runner): the installation holding its credentials (`.credentials`, `.runner`) and
 * diagnostics, found from the marker files of its top level or from the node that runs the action
 * (`<runner>/externals/node24/bin/node`); and the runner's temp and work directories.
 */
export function runnerPrivateDirs(
  env: Readonly<Record<string, string | undefined>>,
  execPath: string,
  installations: readonly string[],
): string[] {
  const dirs = [...installations];
  const externals = execPath.split('/externals/')[0];
  if (externals && externals !== execPath) dirs.push(externals);
  for (const name of ['RUNNER_TEMP', 'RUNNER_WORKSPACE', 'GITHUB_WORKSPACE', 'RUNNER_TRACKING_ID'])
    if (env[name]?.startsWith('/')) dirs.push(posix.normalize(env[name] ?? ''));
  return [...new Set(dirs)];
}

// A top-level link is recreated only when it stays within the exposed tree (`usr/bin`, `/usr/lib`).
function isInnerTarget(target: string): boolean {
  const resolved = posix.resolve('/', target);
  return EXPOSED_TOP_LEVEL.some(
    (name) => resolved === `/${name}` || resolved.startsWith(`/${name}/`),
  );
}

/** The tool cache, normalised, when it is a proper directory that holds none of the never-exposed places. */
export function exposableToolCache(path: string): string | null {
  if (!path.startsWith('/')) return null;
  const normal = posix.normalize(path).replace(/\/+$/, '');
  if (normal.split('/').length < 3) return null;
  const clashes = NEVER_EXPOSED.some((never) => never === normal || never.startsWith(`${normal}/`));
  return clashes || isUnder(normal, GUEST_MOUNTS) ? null : normal;
}

function ancestors(relative: string): string[] {
  const parts = relative.split('/');
  return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
}

export function isUnder(path: string, roots: readonly string[]): boolean {
  const normal = posix.normalize(path);
  return roots.some((root) => normal === root || normal.startsWith(`${root}/`));
}

const STANDARD_PATH = [
  '/usr/local/sbin',
  '/usr/local/bin',
  '/usr/sbin',
  '/usr/bin',
  '/sbin',
  '/bin',
];

/**
 * The guest's PATH: the caller's entries that lie inside what the guest sees, in the caller's
 * order (setup-* actions put their toolchains first), then the standard directories.
 */
export function carriedPath(callerPath: string | undefined, exposed: readonly string[]): string {
  const carried = (callerPath ?? '')
    .split(':')
    .filter((entry) => entry.startsWith('/') && !entry.includes('..') && isUnder(entry, exposed));
  return [...new Set([...carried, ...STANDARD_PATH])].join(':');
}

/**
 * Variables setup-* actions export for their toolchains. Only these names, and only when every
 * path in the value lies inside what the guest sees: a credential is never carried.
 */
const TOOLCHAIN_VARIABLES = [
  /^pythonLocation$/,
  /^Python[23]?_ROOT_DIR$/,
  /^PKG_CONFIG_PATH$/,
  /^JAVA_HOME(_\d+_(X64|ARM64|x64|arm64))?$/,
  /^GOROOT(_\d+_\d+_(X64|ARM64|x64|arm64))?$/,
  /^DOTNET_ROOT$/,
  /^GRADLE_HOME$/,
  /^MAVEN_HOME$/,
  /^M2_HOME$/,
  /^ANT_HOME$/,
  /^ANDROID_(HOME|SDK_ROOT|NDK_HOME)$/,
  /^LD_LIBRARY_PATH$/,
];

export function isToolchainVariable(name: string): boolean {
  return TOOLCHAIN_VARIABLES.some((pattern) => pattern.test(name));
}

/**
 * `auto`: the runner's own root on GitHub-hosted runners (setup-* actions installed the toolchains
 * the tests expect, and no image needs building there); Airlock's image on any other host.
 */
export function resolveSandboxRoot(
  root: 'auto' | SandboxRoot,
  env: Readonly<Record<string, string | undefined>>,
): SandboxRoot {
  if (root !== 'auto') return root;
  return env['RUNNER_ENVIRONMENT'] === 'github-hosted' ? 'runner' : 'image';
}

export function carriedToolchainEnv(
  env: Readonly<Record<string, string | undefined>>,
  exposed: readonly string[],
): Record<string, string> {
  const carried: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (!value || value.length > 4096 || !isToolchainVariable(name)) continue;
    const paths = value.split(':').filter((part) => part !== '');
    if (
      paths.length > 0 &&
      paths.every((p) => p.startsWith('/') && !p.includes('..') && isUnder(p, exposed))
    )
      carried[name] = value;
  }
  return carried;
}

import type { Platform } from '../domain.js';

/**
 * The gVisor release Airlock installs on hosts that can reach Google's release bucket.
 * The sha512 is pinned here, not taken from the `.sha512` file served beside the tarball:
 * that file lives in the same bucket and only proves the download is whole, not genuine.
 */
export const pinnedRelease = {
  version: '20260831.0',
  sha512: {
    x86_64:
      'c7b4f22c60be3ea5a0ace478ed390403255d818729aaccff82d5b60026f3060d2ea31ab6670249a34a98eef59726217018c91ec631f7d753459127d930658392',
    aarch64:
      '9e60dd883aaa9aa341f4708c9de3d0e34b91fb5c4f62534520e636fa509cb0401116428497a2324f69003b88fdabadf195e8bb66c00de3baed07a9fa95583b90',
  },
} as const;

export type Arch = keyof typeof pinnedRelease.sha512;

export function releaseTarballUrl(version: string, arch: Arch): string {
  return `https://storage.googleapis.com/gvisor/releases/release/${version}/${arch}/gvisor.tar.bz2`;
}

export function archOf(machine: string): Arch | null {
  if (machine === 'x64' || machine === 'x86_64') return 'x86_64';
  if (machine === 'arm64' || machine === 'aarch64') return 'aarch64';
  return null;
}

/**
 * The release date inside a `runsc --version` line: upstream prints `release-20260831.0`,
 * Debian prints `0.0~20240729.0`. Null when the line names no date.
 */
export function runscReleaseDate(versionOutput: string): number | null {
  const match = /runsc version (?:release-|[\d.]+~)?(\d{8})(?:\.\d+)?/.exec(versionOutput);
  return match?.[1] ? Number(match[1]) : null;
}

// systrap became runsc's default platform in release-20230621; older builds only have ptrace.
const SYSTRAP_SINCE = 20230621;

export function platformFor(releaseDate: number | null): Platform {
  return releaseDate !== null && releaseDate >= SYSTRAP_SINCE ? 'systrap' : 'ptrace';
}

export function versionLabel(versionOutput: string): string {
  const match = /runsc version (\S+)/.exec(versionOutput);
  return match?.[1] ?? 'unknown';
}

// Until release-20240801, runsc took "/proc/sys/net/core/rmem_default exists" to mean "this is the
// root network namespace"; kernels since 6.x have that file in every namespace, so --network=sandbox
// always failed with "cannot run with network enabled in root network namespace".
const NETNS_CHECK_FIXED = 20240801;

/** Whether this runsc (by its version label) needs /proc/sys/net hidden to use a network namespace. */
export function misdetectsRootNetns(version: string): boolean {
  const match = /(?:^|[^\d])(\d{8})(?:\.\d+)?$/.exec(version);
  return match?.[1] !== undefined && Number(match[1]) < NETNS_CHECK_FIXED;
}

/**
 * Where the pinned release cannot be downloaded (no route to Google's bucket) and the distribution's
 * runsc predates systrap (Debian 12 ships 0.0~20221219), Airlock takes this Debian build: a static
 * binary, fetched with apt into Airlock's own cache (never installed as a package, so no other
 * package of the machine moves to another release), checked against the sha256 pinned here as well
 * as apt's signed index.
 */
export const pinnedDebianBuild = {
  suite: 'trixie',
  version: '0.0~20240729.0-4+b7',
  sha256: {
    x86_64: '3c25a5130dfac2f71237d5baad56ac86a255de87a0400f11b36a555156dc325a',
    aarch64: '8e13e0625a094f962da3edcaf81ab0ed779726b6335e385a8148919f2c217c8e',
  },
} as const;

export interface DebianBuild {
  readonly suite: string;
  readonly version: string;
  readonly sha256: Readonly<Record<Arch, string>>;
}

export function debianArch(arch: Arch): 'amd64' | 'arm64' {
  return arch === 'x86_64' ? 'amd64' : 'arm64';
}

/** The oldest runsc Airlock takes from a distribution without asking: the first with systrap. */
export function isCapableDate(releaseDate: number | null): boolean {
  return platformFor(releaseDate) === 'systrap';
}

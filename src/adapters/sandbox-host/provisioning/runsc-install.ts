import { execa } from 'execa';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { arch as nodeArch } from 'node:os';
import { join } from 'node:path';
import type { Logger } from '../../../ports.js';
import type { RunscInstallation } from '../../../sandbox/runsc-argv.js';
import { debianBuildDir, installDebianBuild } from './debian-runsc.js';
import { probeRunsc } from './runsc-version.js';
import {
  archOf,
  isCapableDate,
  pinnedDebianBuild,
  pinnedRelease,
  releaseTarballUrl,
  runscReleaseDate,
  type Arch,
} from '../../../setup/gvisor-release.js';
import { SetupError, assertNever, errorMessage } from '../../../errors.js';

const GVISOR_SOURCES = ['auto', 'release', 'distribution', 'debian-build'] as const;
export type GvisorSource = (typeof GVISOR_SOURCES)[number];

export function isGvisorSource(value: string): value is GvisorSource {
  return (GVISOR_SOURCES as readonly string[]).includes(value);
}

export interface RunscSearch {
  readonly cacheDir: string;
  /** AIRLOCK_RUNSC: an explicit runsc binary wins over everything else. */
  readonly explicitPath: string | undefined;
  readonly log: Logger;
}

const DISTRIBUTION_PATHS = ['/usr/local/bin/runsc', '/usr/bin/runsc', '/usr/sbin/runsc'];
const DOWNLOAD_TIMEOUT_MS = 120_000;

export function hostArch(): Arch {
  const arch = archOf(nodeArch());
  if (!arch) throw new SetupError(`gVisor has no build for this processor (${nodeArch()})`);
  return arch;
}

export function releaseDir(cacheDir: string, arch: Arch): string {
  return join(cacheDir, 'gvisor', pinnedRelease.version, arch);
}

/**
 * Finds an installed runsc without installing anything: the explicit path, else Airlock's own
 * builds (pinned release, pinned Debian build), else the system's.
 */
export async function findRunsc(search: RunscSearch): Promise<RunscInstallation | null> {
  const arch = hostArch();
  const candidates = search.explicitPath
    ? [search.explicitPath]
    : [
        join(releaseDir(search.cacheDir, arch), 'runsc'),
        join(debianBuildDir(search.cacheDir, pinnedDebianBuild, arch), 'runsc'),
        ...DISTRIBUTION_PATHS,
      ];
  for (const path of candidates) {
    if (!existsSync(path)) continue;
    return probeRunsc(path, arch);
  }
  if (search.explicitPath)
    throw new SetupError(`AIRLOCK_RUNSC points at ${search.explicitPath}, which does not exist`);
  return null;
}

/** Whether a runsc already there is what `source` asks for (an explicit one always is). */
function satisfies(found: RunscInstallation, source: GvisorSource, search: RunscSearch): boolean {
  if (search.explicitPath) return true;
  const arch = found.arch;
  switch (source) {
    case 'auto':
      return found.platform === 'systrap';
    case 'release':
      return found.path.startsWith(releaseDir(search.cacheDir, arch));
    case 'debian-build':
      return found.path.startsWith(debianBuildDir(search.cacheDir, pinnedDebianBuild, arch));
    case 'distribution':
      return DISTRIBUTION_PATHS.includes(found.path);
    default:
      return assertNever(source);
  }
}

/**
 * Installs runsc: the pinned upstream release where reachable; else the distribution's package if
 * it has systrap; else the pinned Debian build. `distribution` takes the package whatever its age.
 */
export async function installRunsc(
  search: RunscSearch,
  source: GvisorSource,
): Promise<RunscInstallation> {
  const existing = await findRunsc(search);
  if (existing && satisfies(existing, source, search)) return existing;
  const arch = hostArch();
  if (source === 'release' || source === 'auto') {
    try {
      return await installRelease(releaseDir(search.cacheDir, arch), { arch, log: search.log });
    } catch (error) {
      if (source === 'release') throw error;
      search.log.warn(`pinned gVisor release unavailable (${errorMessage(error)})`);
    }
  }
  if (source === 'distribution' || (source === 'auto' && (await distributionIsCapable())))
    return installDistribution(search);
  const target = debianBuildDir(search.cacheDir, pinnedDebianBuild, arch);
  return installDebianBuild(target, { build: pinnedDebianBuild, arch, log: search.log });
}

async function installDistribution(search: RunscSearch): Promise<RunscInstallation> {
  await aptInstall(['runsc'], search.log);
  const arch = hostArch();
  const path = DISTRIBUTION_PATHS.find((candidate) => existsSync(candidate));
  if (!path) throw new SetupError('no runsc found after installing the distribution package');
  const installed = await probeRunsc(path, arch);
  if (installed.platform !== 'systrap')
    search.log.warn(
      `the distribution's runsc ${installed.version} predates systrap: runs use ptrace (slower)`,
    );
  return installed;
}

/** Whether apt's candidate for runsc has systrap (Debian 12's 2022 build does not). */
async function distributionIsCapable(): Promise<boolean> {
  if (!existsSync('/usr/bin/apt-cache')) return false;
  const policy = await execa('apt-cache', ['policy', 'runsc'], { reject: false });
  const candidate = /Candidate: (\S+)/.exec(policy.stdout)?.[1];
  if (!candidate || candidate === '(none)') return false;
  return isCapableDate(runscReleaseDate(`runsc version ${candidate}`));
}

export async function installRelease(
  target: string,
  options: { arch: Arch; log: Logger; url?: string; sha512?: string },
): Promise<RunscInstallation> {
  const { arch, log } = options;
  const url = options.url ?? releaseTarballUrl(pinnedRelease.version, arch);
  const expected = options.sha512 ?? pinnedRelease.sha512[arch];
  log.info(`downloading gVisor ${pinnedRelease.version} from ${url}`);
  const response = await fetch(url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
  if (!response.ok) throw new SetupError(`download failed: HTTP ${response.status}`);
  const body = Buffer.from(await response.arrayBuffer());
  const actual = createHash('sha512').update(body).digest('hex');
  if (actual !== expected)
    throw new SetupError(
      `gVisor tarball sha512 mismatch: expected ${expected}, got ${actual}; refusing to install`,
    );
  const staging = `${target}.staging-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  try {
    await writeFile(join(staging, 'gvisor.tar.bz2'), body);
    const untar = await execa('tar', ['-xjf', 'gvisor.tar.bz2', '--no-same-owner'], {
      cwd: staging,
      reject: false,
    });
    if (untar.exitCode !== 0)
      throw new SetupError(`cannot unpack the gVisor tarball: ${untar.stderr.trim()}`);
    await rm(join(staging, 'gvisor.tar.bz2'));
    await rm(target, { recursive: true, force: true });
    await rename(staging, target);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return probeRunsc(join(target, 'runsc'), arch);
}

/** Debian/Ubuntu package install, only as root; the packages' own signatures are apt's to check. */
export async function aptInstall(packages: string[], log: Logger): Promise<void> {
  if (process.getuid?.() !== 0)
    throw new SetupError(
      `${packages.join(', ')} missing; install it or run 'airlock setup' as root`,
    );
  if (!existsSync('/usr/bin/apt-get'))
    throw new SetupError(
      `${packages.join(', ')} missing and this host has no apt-get; install it by hand`,
    );
  log.info(`installing ${packages.join(', ')} with apt-get`);
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  const install = () =>
    execa('apt-get', ['install', '-y', '-q', ...packages], { env, reject: false });
  let result = await install();
  if (result.exitCode !== 0) {
    await execa('apt-get', ['update', '-q'], { env, reject: false });
    result = await install();
  }
  if (result.exitCode !== 0)
    throw new SetupError(
      `apt-get install ${packages.join(' ')} failed: ${result.stderr.trim().slice(-1000)}`,
    );
}

// Fetches one runsc build from Debian's archive into Airlock's cache with apt's own client and
// keyring, under a private package index: the machine's sources, state and packages stay as they were.
import { execa } from 'execa';
import { createHash } from 'node:crypto';
import {
  copyFile,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  rename,
  rm,
  writeFile,
} from 'node:fs/promises';
import { join } from 'node:path';
import { SetupError } from '../../../errors.js';
import type { RunscInstallation } from '../../../sandbox/runsc-argv.js';
import { debianArch, type Arch, type DebianBuild } from '../../../setup/gvisor-release.js';
import type { Logger } from '../../../ports.js';
import { probeRunsc } from './runsc-version.js';

const ARCHIVE = 'http://deb.debian.org/debian';
const KEYRING = '/usr/share/keyrings/debian-archive-keyring.gpg';

export function debianBuildDir(cacheDir: string, build: DebianBuild, arch: Arch): string {
  return join(cacheDir, 'gvisor', `debian-${build.version.replace(/[^\w.+-]/g, '_')}`, arch);
}

/** Downloads, verifies and unpacks `runsc` of one Debian build into `target` (replaced whole). */
export async function installDebianBuild(
  target: string,
  options: { readonly build: DebianBuild; readonly arch: Arch; readonly log: Logger },
): Promise<RunscInstallation> {
  const { build, arch, log } = options;
  log.info(`fetching runsc ${build.version} from Debian ${build.suite} into ${target}`);
  await mkdir(join(target, '..'), { recursive: true });
  const work = await mkdtemp(`${target}.staging-`);
  try {
    const deb = await download(work, build, arch);
    const digest = createHash('sha256')
      .update(await readFile(deb))
      .digest('hex');
    if (digest !== build.sha256[arch])
      throw new SetupError(
        `runsc ${build.version} from Debian has sha256 ${digest}, not the pinned ${build.sha256[arch]}; refusing to install`,
      );
    await run('dpkg-deb', ['-x', deb, join(work, 'unpacked')]);
    await mkdir(join(work, 'out'));
    await copyFile(join(work, 'unpacked', 'usr', 'bin', 'runsc'), join(work, 'out', 'runsc'));
    await rm(target, { recursive: true, force: true });
    await rename(join(work, 'out'), target);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return probeRunsc(join(target, 'runsc'), arch);
}

async function download(work: string, build: DebianBuild, arch: Arch): Promise<string> {
  for (const dir of ['sources', 'lists/partial', 'cache/archives/partial', 'debs'])
    await mkdir(join(work, dir), { recursive: true });
  await writeFile(
    join(work, 'sources', 'airlock.sources'),
    `Types: deb\nURIs: ${ARCHIVE}\nSuites: ${build.suite}\nComponents: main\nSigned-By: ${KEYRING}\n`,
  );
  const options = [
    ['Dir::Etc::SourceList', '/dev/null'],
    ['Dir::Etc::SourceParts', join(work, 'sources')],
    ['Dir::Etc::Preferences', '/dev/null'],
    ['Dir::Etc::PreferencesParts', '/dev/null'],
    ['Dir::State::Lists', join(work, 'lists')],
    ['Dir::Cache', join(work, 'cache')],
    ['APT::Architecture', debianArch(arch)],
    ['APT::Architectures', debianArch(arch)],
    // The download lands in our root-owned staging directory, which apt's _apt user cannot enter.
    ['APT::Sandbox::User', 'root'],
  ].flatMap(([key, value]) => ['-o', `${key}=${value}`]);
  await run('apt-get', [...options, '-q', 'update']);
  await run(
    'apt-get',
    [...options, '-q', 'download', `runsc=${build.version}`],
    join(work, 'debs'),
  );
  const [deb] = await readdir(join(work, 'debs'));
  if (!deb) throw new SetupError(`apt-get downloaded no runsc ${build.version}`);
  return join(work, 'debs', deb);
}

async function run(file: string, args: string[], cwd?: string): Promise<void> {
  const result = await execa(file, args, {
    reject: false,
    timeout: 300_000,
    env: { DEBIAN_FRONTEND: 'noninteractive' },
    ...(cwd ? { cwd } : {}),
  });
  if (result.exitCode !== 0)
    throw new SetupError(
      `${file} ${args.at(-1) ?? ''} failed (${result.shortMessage}): ${result.stderr.trim().slice(-800)}`,
    );
}

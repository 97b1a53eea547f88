import { execa } from 'execa';
import { SetupError } from '../../../errors.js';
import type { RunscInstallation } from '../../../sandbox/runsc-argv.js';
import {
  platformFor,
  runscReleaseDate,
  versionLabel,
  type Arch,
} from '../../../setup/gvisor-release.js';

/** What `runsc --version` says of one binary: its version and the platform its age allows. */
export async function probeRunsc(path: string, arch: Arch): Promise<RunscInstallation> {
  const result = await execa(path, ['--version'], { reject: false, timeout: 30_000 });
  if (result.exitCode !== 0)
    throw new SetupError(`${path} --version failed: ${result.stderr.trim()}`);
  const date = runscReleaseDate(result.stdout);
  return { path, version: versionLabel(result.stdout), platform: platformFor(date), arch };
}

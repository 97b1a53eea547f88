import { parseArgs } from 'node:util';
import { hostPathsFrom } from '../config/host-paths.js';
import { ensureRootfs } from '../adapters/rootfs-build.js';
import { installRunsc, type GvisorSource } from '../adapters/runsc-install.js';
import { findRecipeDir } from '../adapters/recipe-dir.js';
import { ConfigError } from '../errors.js';
import type { RunscInstallation } from '../sandbox/runsc-argv.js';
import type { CliIo, ExitCode } from './cli-io.js';

export const setupUsage = `Usage: airlock setup [--gvisor-source auto|release|distribution] [--package NAME]... [--json]

Installs gVisor (the pinned upstream release, verified against the sha512 in Airlock's source,
else the distribution's runsc package) and builds the sandbox root filesystem (cached by recipe hash).`;

export interface Provisioned {
  readonly runsc: RunscInstallation;
  readonly rootfsPath: string;
}

/** Shared by `setup` and `demo`: idempotent, fast when everything is already cached. */
export async function provision(
  io: CliIo,
  source: GvisorSource,
  extraPackages: readonly string[],
): Promise<Provisioned> {
  const paths = hostPathsFrom(io.env);
  const runsc = await installRunsc(
    { cacheDir: paths.cacheDir, explicitPath: paths.runscPath, log: io.log },
    source,
  );
  io.log.info(`runsc ${runsc.version} at ${runsc.path}; platform ${runsc.platform}`);
  const rootfsPath = await ensureRootfs(
    { recipeDir: findRecipeDir(io.env), cacheDir: paths.cacheDir, extraPackages },
    io.log,
  );
  io.log.info(`sandbox root filesystem: ${rootfsPath}`);
  return { runsc, rootfsPath };
}

export async function setupCommand(io: CliIo): Promise<ExitCode> {
  const { values } = parseArgs({
    args: [...io.argv],
    options: {
      'gvisor-source': { type: 'string' },
      package: { type: 'string', multiple: true },
      json: { type: 'boolean' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    io.stdout(`${setupUsage}\n`);
    return 0;
  }
  const source = values['gvisor-source'] ?? io.env['AIRLOCK_GVISOR_SOURCE'] ?? 'auto';
  if (source !== 'auto' && source !== 'release' && source !== 'distribution') {
    throw new ConfigError('--gvisor-source', 'must be auto, release or distribution');
  }
  const provisioned = await provision(io, source, values.package ?? []);
  if (values.json)
    io.stdout(`${JSON.stringify({ runsc: provisioned.runsc, rootfs: provisioned.rootfsPath })}\n`);
  return 0;
}

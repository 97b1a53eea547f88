import { parseArgs } from 'node:util';
import { hostPathsFrom, type HostPaths } from '../config/host-paths.js';
import { ensureHostTools } from '../adapters/sandbox-host/provisioning/host-packages.js';
import { readySandbox } from '../adapters/sandbox-host/ready-sandbox.js';
import { telemetryStatus, type RunscCapabilities } from '../sandbox/runsc-capabilities.js';
import type { SandboxRoot } from '../sandbox/runner-root.js';
import { ensureRootfs } from '../adapters/sandbox-host/provisioning/rootfs-build.js';
import {
  installRunsc,
  isGvisorSource,
  type GvisorSource,
} from '../adapters/sandbox-host/provisioning/runsc-install.js';
import { findRecipeDir } from '../adapters/sandbox-host/provisioning/recipe-dir.js';
import { ConfigError } from '../errors.js';
import type { RunscInstallation } from '../sandbox/runsc-argv.js';
import type { CliIo, ExitCode } from './cli-io.js';

export const setupUsage = `Usage: airlock setup [--gvisor-source auto|release|distribution|debian-build] [--root image|runner] [--package NAME]... [--json]

Installs what Airlock uses on this host and says what it installed: the host tools (mmdebstrap,
iproute2, nftables, e2fsprogs, python3-minimal) and gVisor — the pinned upstream release (verified against the sha512 in
Airlock's source); where that cannot be downloaded, the distribution's runsc if it has systrap, else
the pinned Debian build (fetched into Airlock's cache, sha256-checked; no package of the machine
changes). Builds the sandbox root filesystem (cached by recipe hash), then probes the runsc once for
its platform and telemetry.

  distribution   the distribution's runsc package, whatever its age
  debian-build   the pinned Debian build
  --root runner  the runs will use the host's own root (--root runner): no image is built`;

export interface Provisioned {
  readonly runsc: RunscInstallation;
  /** The image, or null when the runs use the runner root and none was built. */
  readonly rootfsPath: string | null;
  /** Debian packages this run installed (empty when everything was there). */
  readonly installed: readonly string[];
  /** What the probe found, or null when not run as root (the probe needs the sandbox). */
  readonly capabilities: RunscCapabilities | null;
}

/** Shared by `setup` and `demo`: idempotent, fast when everything is already cached. */
export async function provision(
  io: CliIo,
  options: {
    readonly source: GvisorSource;
    readonly extraPackages: readonly string[];
    readonly root?: SandboxRoot;
  },
): Promise<Provisioned> {
  const { source, extraPackages, root = 'image' } = options;
  const paths = hostPathsFrom(io.env);
  const installed = await ensureHostTools(io.log);
  if (installed.length > 0) io.log.info(`installed host packages: ${installed.join(', ')}`);
  const runsc = await installRunsc(
    { cacheDir: paths.cacheDir, explicitPath: paths.runscPath, log: io.log },
    source,
  );
  io.log.info(`runsc ${runsc.version} at ${runsc.path}; platform ${runsc.platform}`);
  const rootfsPath =
    root === 'image'
      ? await ensureRootfs(
          { recipeDir: findRecipeDir(io.env), cacheDir: paths.cacheDir, extraPackages },
          io.log,
        )
      : null;
  io.log.info(
    rootfsPath ? `sandbox root filesystem: ${rootfsPath}` : "guest root: this host's (runner)",
  );
  const capabilities = await probeCapabilities(io, { paths, extraPackages, root });
  return { runsc, rootfsPath, installed, capabilities };
}

async function probeCapabilities(
  io: CliIo,
  options: {
    readonly paths: HostPaths;
    readonly extraPackages: readonly string[];
    readonly root: SandboxRoot;
  },
): Promise<RunscCapabilities | null> {
  const { paths, extraPackages, root } = options;
  if (process.getuid?.() !== 0) return null;
  const ready = await readySandbox({ paths, env: io.env, log: io.log, extraPackages, root });
  const { capabilities } = ready;
  const status = telemetryStatus(true, capabilities, ready.runsc);
  io.log.info(
    `runsc probe: platform ${capabilities.platform}; telemetry ${status.available ? `complete (${capabilities.features.join(', ')})` : 'incomplete'}`,
  );
  if (status.reason) io.log.warn(status.reason);
  return capabilities;
}

export async function setupCommand(io: CliIo): Promise<ExitCode> {
  const { values } = parseArgs({
    args: [...io.argv],
    options: {
      'gvisor-source': { type: 'string' },
      root: { type: 'string' },
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
  if (!isGvisorSource(source))
    throw new ConfigError('--gvisor-source', 'must be auto, release, distribution or debian-build');
  const root = values.root ?? 'image';
  if (root !== 'image' && root !== 'runner')
    throw new ConfigError('--root', 'must be image or runner');
  const provisioned = await provision(io, { source, extraPackages: values.package ?? [], root });
  if (values.json) {
    const { runsc, rootfsPath, installed, capabilities } = provisioned;
    io.stdout(`${JSON.stringify({ runsc, rootfs: rootfsPath, installed, capabilities })}\n`);
  }
  return 0;
}

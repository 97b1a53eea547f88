import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HostPaths } from '../../config/host-paths.js';
import type { SandboxResult, SandboxRuntime } from '../../domain.js';
import { MONITOR_CONFIG } from '../../sandbox/monitor-session.js';
import type { RunscInstallation, RunscSession } from '../../sandbox/runsc-argv.js';
import type { InstallPhase, PhasedDeps, PhasedRequest } from '../../sandbox/run-phases.js';
import { runSandbox } from '../../sandbox/run-sandbox.js';
import {
  PROBE_COMMAND,
  telemetryStatus,
  type RunscCapabilities,
} from '../../sandbox/runsc-capabilities.js';
import { limitsOf, parseRunOptions, type RunOptions } from '../../config/run-options.js';
import { SetupError } from '../../errors.js';
import type { Logger } from '../../ports.js';
import { findRootfs } from './provisioning/rootfs-build.js';
import { runscPort } from './runsc.js';
import { findRunsc } from './provisioning/runsc-install.js';
import { disposeRun, hostPort, staleRuns } from './sandbox-host.js';
import { findRecipeDir } from './provisioning/recipe-dir.js';
import { installNetworkPort } from './install-network.js';
import { runscCapabilities } from './runsc-probe.js';
import { ensureSkeleton, findRunnerInstallations, readHostEntries } from './host-root.js';
import {
  carriedPath,
  carriedToolchainEnv,
  runnerPrivateDirs,
  runnerRootPlan,
  type RunnerRootPlan,
  type SandboxRoot,
} from '../../sandbox/runner-root.js';
import type { RunnerRootView } from '../../sandbox/oci-spec.js';

export interface ReadySandbox {
  readonly runsc: RunscInstallation;
  /** What the probe found this runsc can do (its platform is already the one runs use). */
  readonly capabilities: RunscCapabilities;
  /** The image, or for the `runner` root the skeleton the host's directories are bound onto. */
  readonly rootfsPath: string;
  /** The `runner` root's plan (null for the image) and the environment its PATH and toolchain come from. */
  readonly runner: { readonly plan: RunnerRootPlan; readonly env: HostEnv } | null;
  readonly runtime: SandboxRuntime;
  readonly deps: PhasedDeps;
}

type HostEnv = Readonly<Record<string, string | undefined>>;

/** Everything `runSandbox` needs on this host, or a SetupError saying what is missing. Installs nothing. */
export async function readySandbox(options: {
  paths: HostPaths;
  env: Readonly<Record<string, string | undefined>>;
  log: Logger;
  platform?: 'systrap' | 'ptrace' | undefined;
  extraPackages?: readonly string[];
  signal?: AbortSignal | undefined;
  /** The guest's root filesystem (default: the image). */
  root?: SandboxRoot;
}): Promise<ReadySandbox> {
  const { paths, log } = options;
  if (process.getuid?.() !== 0)
    throw new SetupError(
      'the sandbox needs root to create cgroups and mounts; run airlock with sudo',
    );
  const found = await findRunsc({ cacheDir: paths.cacheDir, explicitPath: paths.runscPath, log });
  if (!found)
    throw new SetupError(
      "no runsc found; run 'airlock setup' (never falls back to running outside gVisor)",
    );
  const runsc = options.platform ? { ...found, platform: options.platform } : found;
  const { rootfsPath, runner } = await guestRoot(options.root ?? 'image', options);
  await mkdir(`${paths.stateDir}/runsc`, { recursive: true, mode: 0o700 });
  const base = (using: RunscInstallation) =>
    sandboxDeps(paths.stateDir, { runsc: using, log, signal: options.signal });
  await sweepStale(paths.stateDir, (id) =>
    base(runsc).runscFor('/nonexistent', false, 'none').destroy(id),
  );
  const capabilities = await runscCapabilities({
    runsc,
    cacheDir: paths.cacheDir,
    run: (platform) => runProbe({ ...runsc, platform }, { rootfsPath, runner }, base),
  });
  const probed = { ...runsc, platform: capabilities.platform };
  return {
    runsc: probed,
    capabilities,
    rootfsPath,
    runner,
    runtime: runtimeOf(probed, options.root ?? 'image'),
    deps: base(probed),
  };
}

function runtimeOf(runsc: RunscInstallation, root?: SandboxRoot): SandboxRuntime {
  return {
    runtime: 'gvisor',
    runscVersion: runsc.version,
    platform: runsc.platform,
    ...(root ? { root } : {}),
  };
}

function sandboxDeps(
  stateDir: string,
  options: {
    readonly runsc: RunscInstallation;
    readonly log: Logger;
    readonly signal: AbortSignal | undefined;
  },
): PhasedDeps {
  const { runsc, log, signal } = options;
  const session = (
    logDir: string,
    telemetry: boolean,
    network: 'none' | 'sandbox',
  ): RunscSession => ({
    runsc,
    stateRoot: `${stateDir}/runsc`,
    logDir,
    telemetry,
    network,
    // With telemetry, the sandbox reports its opens to the run's monitor (monitor-session.ts).
    ...(telemetry ? { monitorConfig: join(logDir, MONITOR_CONFIG) } : {}),
  });
  return {
    host: hostPort(stateDir),
    runscFor: (logDir, telemetry, network) => runscPort(session(logDir, telemetry, network)),
    network: installNetworkPort(stateDir),
    log,
    now: () => performance.now(),
    epochMs: () => Date.now(),
    newId: () => randomBytes(6).toString('hex'),
    ...(signal ? { signal } : {}),
  };
}

async function guestRoot(
  root: SandboxRoot,
  options: { paths: HostPaths; env: HostEnv; extraPackages?: readonly string[] },
): Promise<Pick<ReadySandbox, 'rootfsPath' | 'runner'>> {
  if (root === 'runner') {
    const toolCache = options.env['RUNNER_TOOL_CACHE'];
    const entries = await readHostEntries();
    // The runner's own directories are looked for inside what the plan would show, then covered.
    const installations = await findRunnerInstallations(runnerRootPlan(entries, toolCache).exposed);
    // Airlock's own cache lies in the tool cache on hosted runners: covered too.
    const hidden = [
      ...runnerPrivateDirs(options.env, process.execPath, installations),
      options.paths.cacheDir,
    ];
    const plan = runnerRootPlan(entries, toolCache, hidden);
    const rootfsPath = await ensureSkeleton(options.paths.cacheDir, plan);
    return { rootfsPath, runner: { plan, env: options.env } };
  }
  const rootfsPath = await findRootfs({
    recipeDir: findRecipeDir(options.env),
    cacheDir: options.paths.cacheDir,
    extraPackages: options.extraPackages ?? [],
  });
  if (!rootfsPath)
    throw new SetupError(
      "the sandbox image is not built; run 'airlock setup' (or use --root runner, which needs no image)",
    );
  return { rootfsPath, runner: null };
}

/** The guest's view of the `runner` root: the binds, and PATH and toolchain variables carried in. */
export function runnerView(
  runner: NonNullable<ReadySandbox['runner']>,
  callerPath: string | undefined,
): RunnerRootView {
  const { visible, mounts } = runner.plan;
  return {
    mounts,
    env: {
      ...carriedToolchainEnv(runner.env, visible),
      PATH: carriedPath(callerPath ?? runner.env['PATH'], visible),
    },
  };
}

/** The capability probe's one run: the real sandbox, telemetry on, an empty workspace. */
async function runProbe(
  runsc: RunscInstallation,
  root: Pick<ReadySandbox, 'rootfsPath' | 'runner'>,
  depsFor: (runsc: RunscInstallation) => PhasedDeps,
): Promise<SandboxResult> {
  const { rootfsPath } = root;
  const workspace = await mkdtemp(join(tmpdir(), 'airlock-probe-'));
  try {
    const options = parseRunOptions({ command: [...PROBE_COMMAND], workspace, timeoutSeconds: 60 });
    return await runSandbox(
      {
        command: PROBE_COMMAND,
        workspace,
        resultsDir: undefined,
        passEnv: {},
        limits: limitsOf(options),
        rootfsPath,
        runtime: runtimeOf(runsc),
        arch: runsc.arch,
        telemetry: true,
        ...(root.runner ? { runnerRoot: runnerView(root.runner, undefined) } : {}),
      },
      depsFor(runsc),
    );
  } finally {
    await rm(workspace, { recursive: true, force: true });
  }
}

/** Leftovers of an airlock that was killed outright (SIGKILL, power loss): remove before running. */
async function sweepStale(stateDir: string, destroy: (id: string) => Promise<void>): Promise<void> {
  for (const id of await staleRuns(stateDir)) {
    await destroy(id);
    await disposeRun(stateDir, id);
  }
}

/** The request for one run of `options` on this host's sandbox (with its install phase, if any). */
export function sandboxRequest(
  ready: ReadySandbox,
  run: {
    readonly options: RunOptions;
    readonly passEnv: Readonly<Record<string, string>>;
    readonly install?: InstallPhase | null;
  },
): PhasedRequest {
  const { options, passEnv, install = null } = run;
  return {
    install,
    command: options.command,
    workspace: options.workspace,
    resultsDir: options.resultsDir,
    passEnv,
    limits: limitsOf(options),
    rootfsPath: ready.rootfsPath,
    runtime: ready.runtime,
    arch: ready.runsc.arch,
    telemetry: options.telemetry,
    telemetryStatus: telemetryStatus(options.telemetry, ready.capabilities, ready.runsc),
    ...(ready.runner ? { runnerRoot: runnerView(ready.runner, options.carryPath) } : {}),
  };
}

import { shardLabel } from '../../config/shard-spec.js';
import type { SandboxRunRequest } from '../../ports.js';
import { isToolchainVariable, resolveSandboxRoot } from '../../sandbox/runner-root.js';
import type { PackageCache } from '../../config/package-caches.js';

// Host-path settings the sandbox CLI reads (config/host-paths.ts); passed on when set.
const HOST_PATH_VARIABLES = [
  'AIRLOCK_CACHE_DIR',
  'AIRLOCK_STATE_DIR',
  'AIRLOCK_RUNSC',
  'AIRLOCK_RECIPE_DIR',
  'RUNNER_TOOL_CACHE',
  'RUNNER_ENVIRONMENT',
  // The runner's own directories: hidden from the guest where they lie inside the runner root.
  'RUNNER_TEMP',
  'RUNNER_WORKSPACE',
  'GITHUB_WORKSPACE',
];

export interface SandboxCliInvocation {
  readonly file: string;
  readonly args: readonly string[];
  /** The child's whole environment: nothing else is inherited (the token never reaches it). */
  readonly env: Readonly<Record<string, string>>;
}

/**
 * `[sudo -n --preserve-env=…] <node> <cli.js> run --json … -- sh -c <command>`: the command stays
 * one argv element for the shell inside the sandbox; no shell runs on the host.
 */
export function sandboxCliInvocation(input: {
  readonly nodePath: string;
  readonly cliPath: string;
  readonly isRoot: boolean;
  readonly resultsDir: string;
  readonly hostEnv: Readonly<Record<string, string | undefined>>;
  readonly request: SandboxRunRequest;
  /** The JSON file holding `request.install.overrides`, written by the caller. */
  readonly overridesFile?: string;
  /** The install's package caches, `auto` already resolved to the directories that exist. */
  readonly packageCaches?: readonly PackageCache[];
}): SandboxCliInvocation {
  const { request } = input;
  const root = resolveSandboxRoot(request.root, input.hostEnv);
  const env = {
    ...hostPathEnv(input.hostEnv, HOST_PATH_VARIABLES),
    ...(root === 'runner' ? toolchainEnv(input.hostEnv) : {}),
    ...request.env,
  };
  const run = [
    input.nodePath,
    input.cliPath,
    'run',
    '--json',
    '--quiet',
    '--workspace',
    request.workspace,
    '--results',
    input.resultsDir,
    '--memory',
    String(request.limits.memoryMiB),
    '--cpus',
    String(request.limits.cpus),
    '--pids',
    String(request.limits.pids),
    '--workspace-size',
    String(request.limits.workspaceMiB),
    '--timeout',
    String(request.limits.timeoutSeconds),
    '--root',
    root,
    // sudo resets PATH: the caller's goes by argument, for the runner root to carry.
    ...(root === 'runner' ? ['--path', input.hostEnv['PATH'] ?? ''] : []),
    ...Object.keys(request.env).flatMap((name) => ['--env', name]),
    ...(request.shard ? ['--shard', shardLabel(request.shard)] : []),
    ...installArgs(request.install, request.workingDirectory, input.overridesFile),
    ...(request.install
      ? (input.packageCaches ?? []).flatMap((c) => ['--package-cache', `${c.kind}=${c.hostPath}`])
      : []),
    '--',
    ...shellArgv(request.command, request.workingDirectory),
  ];
  return asRootOrViaSudo(run, env, input.isRoot);
}

/**
 * `[sudo -n --preserve-env=…] <node> <cli.js> setup --quiet`: provisions gVisor and the root
 * filesystem on first use (a no-op when both are cached), with the same clean environment.
 */
export function setupCliInvocation(input: {
  readonly nodePath: string;
  readonly cliPath: string;
  readonly isRoot: boolean;
  readonly hostEnv: Readonly<Record<string, string | undefined>>;
  /** The root the runs will use: `runner` needs no image built. */
  readonly root: 'auto' | 'runner' | 'image';
}): SandboxCliInvocation {
  const env = hostPathEnv(input.hostEnv, [...HOST_PATH_VARIABLES, 'AIRLOCK_GVISOR_SOURCE']);
  const root = resolveSandboxRoot(input.root, input.hostEnv);
  return asRootOrViaSudo(
    [input.nodePath, input.cliPath, 'setup', '--root', root],
    env,
    input.isRoot,
  );
}

/** The toolchain variables setup-* actions exported (the sandbox CLI keeps those inside the root). */
function toolchainEnv(
  hostEnv: Readonly<Record<string, string | undefined>>,
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(hostEnv))
    if (value && isToolchainVariable(name)) env[name] = value;
  return env;
}

/** PATH plus the named host settings that are set: the child's whole environment. */
function hostPathEnv(
  hostEnv: Readonly<Record<string, string | undefined>>,
  names: readonly string[],
): Record<string, string> {
  const env: Record<string, string> = { PATH: hostEnv['PATH'] ?? '/usr/bin:/bin' };
  for (const name of names) {
    const value = hostEnv[name];
    if (value) env[name] = value;
  }
  return env;
}

/** argv as is when root; else through `sudo -n`, which resets the environment unless told to keep it. */
function asRootOrViaSudo(
  argv: readonly string[],
  env: Record<string, string>,
  isRoot: boolean,
): SandboxCliInvocation {
  if (isRoot) return { file: argv[0] ?? '', args: argv.slice(1), env };
  const keep = Object.keys(env).filter((name) => name !== 'PATH');
  return {
    file: 'sudo',
    args: ['-n', ...(keep.length > 0 ? [`--preserve-env=${keep.join(',')}`] : []), ...argv],
    env,
  };
}

/** `--install <script> [--install-dir D] [--allow-host H]… [--install-overrides FILE]`, or nothing. */
function installArgs(
  install: SandboxRunRequest['install'],
  workingDirectory: string,
  overridesFile: string | undefined,
): string[] {
  if (!install) return [];
  const dir = guestSubdirectory(workingDirectory);
  return [
    '--install',
    install.command,
    ...(dir ? ['--install-dir', dir] : []),
    ...install.allowHosts.flatMap((host) => ['--allow-host', host]),
    ...(install.overrides && overridesFile ? ['--install-overrides', overridesFile] : []),
  ];
}

function guestSubdirectory(workingDirectory: string): string {
  return workingDirectory.replace(/^\.\/?/, '').replace(/\/+$/, '');
}

/** `sh -c <command>`, first changing into the working directory when it is not the root. */
export function shellArgv(command: string, workingDirectory: string): string[] {
  const dir = guestSubdirectory(workingDirectory);
  if (dir === '') return ['sh', '-c', command];
  return [
    'sh',
    '-c',
    'cd -- "$1" || exit 125; exec sh -c "$2"',
    'airlock',
    `/workspace/${dir}`,
    command,
  ];
}

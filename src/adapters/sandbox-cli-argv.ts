import type { SandboxRunRequest } from '../ports.js';

// Host-path settings the sandbox CLI reads (config/host-paths.ts); passed on when set.
const HOST_PATH_VARIABLES = [
  'AIRLOCK_CACHE_DIR',
  'AIRLOCK_STATE_DIR',
  'AIRLOCK_RUNSC',
  'AIRLOCK_RECIPE_DIR',
  'RUNNER_TOOL_CACHE',
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
}): SandboxCliInvocation {
  const { request } = input;
  const env: Record<string, string> = { PATH: input.hostEnv['PATH'] ?? '/usr/bin:/bin' };
  for (const name of HOST_PATH_VARIABLES) {
    const value = input.hostEnv[name];
    if (value) env[name] = value;
  }
  Object.assign(env, request.env);
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
    '--timeout',
    String(request.limits.timeoutSeconds),
    ...Object.keys(request.env).flatMap((name) => ['--env', name]),
    '--',
    ...shellArgv(request.command, request.workingDirectory),
  ];
  if (input.isRoot) return { file: run[0] ?? '', args: run.slice(1), env };
  // sudo resets the environment; --preserve-env keeps exactly the variables set above.
  const keep = Object.keys(env).filter((name) => name !== 'PATH');
  return {
    file: 'sudo',
    args: ['-n', ...(keep.length > 0 ? [`--preserve-env=${keep.join(',')}`] : []), ...run],
    env,
  };
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
}): SandboxCliInvocation {
  const env: Record<string, string> = { PATH: input.hostEnv['PATH'] ?? '/usr/bin:/bin' };
  for (const name of [...HOST_PATH_VARIABLES, 'AIRLOCK_GVISOR_SOURCE']) {
    const value = input.hostEnv[name];
    if (value) env[name] = value;
  }
  const setup = [input.nodePath, input.cliPath, 'setup'];
  if (input.isRoot) return { file: setup[0] ?? '', args: setup.slice(1), env };
  const keep = Object.keys(env).filter((name) => name !== 'PATH');
  return {
    file: 'sudo',
    args: ['-n', ...(keep.length > 0 ? [`--preserve-env=${keep.join(',')}`] : []), ...setup],
    env,
  };
}

/** `sh -c <command>`, first changing into the working directory when it is not the root. */
export function shellArgv(command: string, workingDirectory: string): string[] {
  const dir = workingDirectory.replace(/^\.\/?/, '').replace(/\/+$/, '');
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

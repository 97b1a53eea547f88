import { parseArgs } from 'node:util';
import { hostPathsFrom } from '../config/host-paths.js';
import { parseRunOptions, type RunOptions } from '../config/run-options.js';
import { shardEnv } from '../config/shard-spec.js';
import type { SandboxResult } from '../domain.js';
import { readySandbox, sandboxRequest } from '../adapters/sandbox-host/ready-sandbox.js';
import { lstat, readFile } from 'node:fs/promises';
import { MAX_OVERRIDE_BYTES, parseInstallOverrides } from '../config/install-overrides.js';
import { parseEgressPolicy } from '../sandbox/egress-policy.js';
import { shellArgv } from '../adapters/sandbox-client/sandbox-cli-argv.js';
import { runPhases, type InstallPhase } from '../sandbox/run-phases.js';
import { ConfigError, errorMessage } from '../errors.js';
import type { CliIo, ExitCode } from './cli-io.js';
import { formatRunSummary } from './format-run-summary.js';

export const runUsage = `Usage: airlock run [options] -- <command...>

Runs one command in a fresh gVisor sandbox: read-only root, no network, non-root, limited.
  --workspace DIR       directory shown at /workspace, writable inside, never changed on the host (default: cwd)
  --results DIR         copy files the command writes to /results (e.g. JUnit XML) into DIR
  --memory MiB          memory limit (default 2048)
  --cpus N              CPU limit (default 2)
  --pids N              process limit for the guest user (default 512)
  --timeout SECONDS     wall-clock limit (default 600); then TERM, grace, KILL, forced delete
  --grace SECONDS       time between TERM and KILL at the timeout (default 5)
  --open-files N        open file limit (default 4096)
  --file-size MiB       largest file the command may write (default 1024)
  --tmp-size MiB        size of /tmp, and of the guest's home (default 2048; on disk)
  --workspace-size MiB  how much the command may write into /workspace (default 8192; on disk)
  --results-size MiB    size of /results (default 16)
  --output-limit MiB    stdout+stderr cap; the run stops as output-limit past it (default 64)
  --env NAME            pass the caller's variable NAME (repeatable); nothing else enters
  --shard I/N           the command sees AIRLOCK_SHARD_INDEX=I and AIRLOCK_SHARD_TOTAL=N
  --install CMD         run CMD (with sh -c) first, reaching only package registries through a
                        proxy; the command then runs on top of what it wrote, with no network
  --install-dir DIR     directory under /workspace the install command starts in
  --allow-host HOST     a host the install may reach besides the registries (repeatable; *.example.com)
  --allow-address IP    let the install reach this non-public address, e.g. a registry mirror on a
                        private network (repeatable; never a cloud metadata address)
  --install-overrides FILE  JSON {"restore":[{"path","content"}],"hide":[path]}: files both phases
                        see in place of the workspace's (install-from base)
  --package-cache KIND=DIR  offer the host's package cache DIR (KIND npm, pip or go) to the install,
                        read-only: its writes go to a layer thrown away after the run (repeatable)
  --root R              the guest's root filesystem: image (Airlock's Debian image; default) or
                        runner (this host's /usr, /etc, /opt, /lib* and $RUNNER_TOOL_CACHE,
                        read-only: its toolchains, as setup-* actions installed them)
  --path PATH           with --root runner: the PATH whose entries inside those directories the
                        guest gets, in order (default: this process's PATH)
  --platform P          systrap or ptrace (default: what the installed runsc supports)
  --package NAME        use the root filesystem built with this extra Debian package (repeatable)
  --no-telemetry        do not collect violations from gVisor's trace (outcomes are unaffected)
  --json                print one JSON object on stdout (logs stay on stderr)
  --quiet               do not echo the command's output live

Exit: 0 passed, 1 any other outcome, 2 usage or setup error.`;

const spec = {
  workspace: { type: 'string' },
  results: { type: 'string' },
  memory: { type: 'string' },
  cpus: { type: 'string' },
  pids: { type: 'string' },
  timeout: { type: 'string' },
  grace: { type: 'string' },
  'open-files': { type: 'string' },
  'file-size': { type: 'string' },
  'tmp-size': { type: 'string' },
  'workspace-size': { type: 'string' },
  'results-size': { type: 'string' },
  'output-limit': { type: 'string' },
  env: { type: 'string', multiple: true },
  shard: { type: 'string' },
  install: { type: 'string' },
  'allow-host': { type: 'string', multiple: true },
  'allow-address': { type: 'string', multiple: true },
  'install-overrides': { type: 'string' },
  'package-cache': { type: 'string', multiple: true },
  'install-dir': { type: 'string' },
  platform: { type: 'string' },
  root: { type: 'string' },
  path: { type: 'string' },
  package: { type: 'string', multiple: true },
  json: { type: 'boolean' },
  'no-telemetry': { type: 'boolean' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function runCommand(io: CliIo): Promise<ExitCode> {
  const separator = io.argv.indexOf('--');
  const flags = separator === -1 ? io.argv : io.argv.slice(0, separator);
  const { values, positionals } = parseFlags(flags);
  if (values.help) {
    io.stdout(`${runUsage}\n`);
    return 0;
  }
  if (positionals.length > 0)
    throw new ConfigError(
      'command',
      `put the command after '--' (got '${positionals[0]}' before it)`,
    );
  const options = parseRunOptions(
    toInput(values, separator === -1 ? [] : io.argv.slice(separator + 1), io.cwd),
  );
  const ready = await readySandbox({
    paths: hostPathsFrom(io.env),
    env: io.env,
    log: io.log,
    platform: options.platform,
    extraPackages: values.package ?? [],
    signal: io.signal,
    root: options.root,
  });
  const install = await installPhaseOf(options);
  io.log.info(
    `gVisor ${ready.runtime.runscVersion} (${ready.runtime.platform}); running: ${options.command.join(' ')}`,
  );
  const result = await runPhases(
    sandboxRequest(ready, { options, passEnv: passEnv(options, io.env), install }),
    ready.deps,
  );
  report(result, options, io);
  return result.outcome === 'passed' ? 0 : 1;
}

/** The install phase the options ask for: its command, egress policy and overrides. */
async function installPhaseOf(options: RunOptions): Promise<InstallPhase | null> {
  if (!options.install) {
    const given: Array<[boolean, string]> = [
      [options.installOverrides !== undefined, '--install-overrides'],
      [options.allowHosts.length > 0, '--allow-host'],
      [options.allowAddresses.length > 0, '--allow-address'],
      [options.installDir !== undefined, '--install-dir'],
      [options.packageCaches.length > 0, '--package-cache'],
    ];
    const stray = given.find(([set]) => set);
    if (stray) throw new ConfigError(stray[1], 'applies only with --install');
    return null;
  }
  const policy = parseEgressPolicy({
    allowHosts: [...options.allowHosts],
    ...(options.allowAddresses.length > 0
      ? { testAllowances: { addresses: [...options.allowAddresses] } }
      : {}),
  });
  const path = options.installOverrides;
  const overrides = path ? parseInstallOverrides(await readOverrides(path), path) : null;
  for (const cache of options.packageCaches) await requireDirectory(cache.hostPath);
  return {
    command: shellArgv(options.install, options.installDir ?? ''),
    policy,
    overrides,
    packageCaches: options.packageCaches,
  };
}

async function requireDirectory(path: string): Promise<void> {
  const stat = await lstat(path).catch(() => null);
  if (!stat?.isDirectory())
    throw new ConfigError('--package-cache', `${path} is not a directory (a link is not followed)`);
}

async function readOverrides(path: string): Promise<string> {
  const stat = await lstat(path).catch(() => null);
  if (!stat?.isFile())
    throw new ConfigError('--install-overrides', `${path} is not a regular file`);
  if (stat.size > MAX_OVERRIDE_BYTES * 2)
    throw new ConfigError('--install-overrides', `${path} is too large`);
  return readFile(path, 'utf8');
}

function parseFlags(flags: readonly string[]) {
  try {
    return parseArgs({ args: [...flags], options: spec, allowPositionals: true, strict: true });
  } catch (error) {
    throw new ConfigError('airlock run', `${errorMessage(error)}\n${runUsage}`);
  }
}

function toInput(
  values: ReturnType<typeof parseFlags>['values'],
  command: string[],
  cwd: string,
): unknown {
  const number = (text: string | undefined) =>
    text === undefined ? undefined : /^\d+(\.\d+)?$/.test(text) ? Number(text) : text;
  return {
    command,
    workspace: values.workspace ?? cwd,
    resultsDir: values.results,
    memoryMiB: number(values.memory),
    cpus: number(values.cpus),
    pids: number(values.pids),
    timeoutSeconds: number(values.timeout),
    graceSeconds: number(values.grace),
    openFiles: number(values['open-files']),
    fileSizeMiB: number(values['file-size']),
    tmpMiB: number(values['tmp-size']),
    workspaceWriteMiB: number(values['workspace-size']),
    resultsMiB: number(values['results-size']),
    outputLimitMiB: number(values['output-limit']),
    env: values.env,
    platform: values.platform,
    install: values.install,
    allowHosts: values['allow-host'],
    allowAddresses: values['allow-address'],
    installOverrides: values['install-overrides'],
    packageCaches: values['package-cache'],
    installDir: values['install-dir'],
    json: values.json ?? false,
    telemetry: !values['no-telemetry'],
    root: values.root,
    carryPath: values.path,
    shard: values.shard,
  };
}

function passEnv(options: RunOptions, env: CliIo['env']): Record<string, string> {
  const passed: Record<string, string> = shardEnv(options.shard ?? null);
  for (const name of options.env) {
    const value = env[name];
    if (value !== undefined) passed[name] = value;
  }
  return passed;
}

function report(result: SandboxResult, options: RunOptions, io: CliIo): void {
  if (options.json) io.stdout(`${JSON.stringify(result)}\n`);
  else io.log.info(formatRunSummary(result));
}

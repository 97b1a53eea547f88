import { existsSync } from 'node:fs';
import { lstat, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { MAX_SANDBOX_JSON_BYTES, parseSandboxResultJson } from '../../config/sandbox-result.js';
import type { SandboxResult } from '../../domain.js';
import type { Logger, SandboxRunner, SandboxRunOutput, SandboxRunRequest } from '../../ports.js';
import { MAX_JUNIT_BYTES } from '../../verdict/junit-xml.js';
import { sandboxCliInvocation, setupCliInvocation } from './sandbox-cli-argv.js';
import { usualPackageCaches, type PackageCache } from '../../config/package-caches.js';

const MAX_JUNIT_FILES = 20;

/** dist/cli.js beside the bundled entry, or the repository's dist/cli.js when running from source. */
export function airlockCliPath(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  if (existsSync(join(dir, 'cli.js')) && existsSync(join(dir, 'index.js')))
    return join(dir, 'cli.js');
  for (let depth = 0; depth < 5; depth += 1) {
    if (existsSync(join(dir, 'dist', 'cli.js'))) return join(dir, 'dist', 'cli.js');
    dir = dirname(dir);
  }
  return join(process.cwd(), 'dist', 'cli.js');
}

/** The install's package caches: a given list as it is, `auto` as the usual ones that are directories. */
async function packageCachesOf(
  request: SandboxRunRequest,
  hostEnv: Readonly<Record<string, string | undefined>>,
): Promise<readonly PackageCache[]> {
  const choice = request.install?.packageCaches ?? [];
  if (choice !== 'auto') return choice;
  const found: PackageCache[] = [];
  for (const cache of usualPackageCaches(hostEnv)) {
    const stat = await lstat(cache.hostPath).catch(() => null);
    if (stat?.isDirectory()) found.push(cache);
  }
  return found;
}

/**
 * Runs each command through `airlock run --json` in a child process: as root directly, otherwise
 * via `sudo -n` (GitHub runners: passwordless sudo). Anything but one valid result is a sandbox error.
 */
export function sandboxRunner(options: {
  readonly hostEnv: Readonly<Record<string, string | undefined>>;
  readonly log: Logger;
  readonly cliPath?: string;
  readonly signal?: AbortSignal;
}): SandboxRunner {
  const uid = process.getuid?.() ?? 0;
  const gid = process.getgid?.() ?? 0;
  const cliPath = options.cliPath ?? airlockCliPath();
  // Provisioned once per action run, before the first sandboxed command (cached on later runs).
  let provisioning: Promise<SandboxResult | null> | null = null;
  return {
    async run(request: SandboxRunRequest): Promise<SandboxRunOutput> {
      provisioning ??= provision({
        cliPath,
        isRoot: uid === 0,
        hostEnv: options.hostEnv,
        log: options.log,
        root: request.root,
      });
      const failed = await provisioning;
      if (failed) return { result: failed, junitReports: [] };
      const resultsDir = await mkdtemp(join(tmpdir(), 'airlock-results-'));
      const overrides = request.install?.overrides ?? null;
      const inputDir = overrides ? await mkdtemp(join(tmpdir(), 'airlock-input-')) : null;
      try {
        const overridesFile = inputDir ? join(inputDir, 'install-overrides.json') : undefined;
        if (overridesFile)
          await writeFile(overridesFile, JSON.stringify(overrides), { mode: 0o600 });
        const invocation = sandboxCliInvocation({
          nodePath: process.execPath,
          cliPath: options.cliPath ?? airlockCliPath(),
          isRoot: uid === 0,
          resultsDir,
          hostEnv: options.hostEnv,
          request,
          ...(overridesFile ? { overridesFile } : {}),
          packageCaches: await packageCachesOf(request, options.hostEnv),
        });
        const child = await execa(invocation.file, [...invocation.args], {
          env: invocation.env,
          extendEnv: false,
          reject: false,
          stdin: 'ignore',
          maxBuffer: MAX_SANDBOX_JSON_BYTES,
          ...(options.signal ? { cancelSignal: options.signal } : {}),
        });
        const result = parseSandboxResultJson(child.stdout) ?? cliFailure(child);
        // Files the root-run sandbox copied back are root's; hand them to us before reading.
        if (uid !== 0)
          await execa('sudo', ['-n', 'chown', '-R', '--', `${uid}:${gid}`, resultsDir], {
            reject: false,
            extendEnv: false,
            env: { PATH: invocation.env['PATH'] ?? '/usr/bin:/bin' },
          });
        return { result, junitReports: await readJunitReports(resultsDir, result.results) };
      } finally {
        await rm(resultsDir, { recursive: true, force: true }).catch(() => undefined);
        if (inputDir) await rm(inputDir, { recursive: true, force: true }).catch(() => undefined);
      }
    },
  };
}

async function provision(options: {
  readonly cliPath: string;
  readonly isRoot: boolean;
  readonly hostEnv: Readonly<Record<string, string | undefined>>;
  readonly log: Logger;
  readonly root: SandboxRunRequest['root'];
}): Promise<SandboxResult | null> {
  const invocation = setupCliInvocation({ nodePath: process.execPath, ...options });
  const child = await execa(invocation.file, [...invocation.args], {
    env: invocation.env,
    extendEnv: false,
    reject: false,
    stdin: 'ignore',
    all: true,
  });
  for (const line of String(child.all ?? '')
    .split('\n')
    .slice(-20))
    if (line.trim()) relay(line.trim().slice(0, 500), options.log);
  if (child.exitCode === 0) return null;
  const failure = cliFailure(child);
  return {
    ...failure,
    error: `provisioning the sandbox failed: ${failure.error ?? ''}`.slice(0, 4000),
  };
}

/** A line of the setup child's log, at its own level and without its own `airlock:` prefix. */
function relay(line: string, log: Logger): void {
  const [, level, text] = /^airlock: (?:(warning|error): )?(.*)$/s.exec(line) ?? [];
  if (text === undefined) log.info(line);
  else if (level === 'warning') log.warn(text);
  else if (level === 'error') log.error(text);
  else log.info(text);
}

function cliFailure(child: {
  exitCode?: number | undefined;
  signal?: string | undefined;
  stderr: string;
  failed: boolean;
  shortMessage?: string;
}): SandboxResult {
  const stderr = child.stderr.trim().split('\n').slice(-5).join('\n');
  const why = child.signal ? `signal ${child.signal}` : `exit ${child.exitCode ?? 'unknown'}`;
  return {
    outcome: 'sandbox-error',
    exitCode: null,
    signal: null,
    durationMs: 0,
    stdout: '',
    stderr: '',
    truncated: { stdout: false, stderr: false },
    resources: { cpuMs: null, peakMemoryBytes: null },
    sandbox: { runtime: 'gvisor', runscVersion: 'unknown', platform: 'systrap' },
    violations: [],
    error: `airlock run gave no result (${why})${stderr ? `: ${stderr}` : ''}`.slice(0, 4000),
    results: [],
  };
}

// Only regular files the sandbox reported, never a symlink, each size-bounded.
async function readJunitReports(dir: string, names: readonly string[]): Promise<string[]> {
  const reports: string[] = [];
  for (const name of names.filter((n) => n.endsWith('.xml')).slice(0, MAX_JUNIT_FILES)) {
    const path = normalize(join(dir, name));
    if (!path.startsWith(`${dir}/`)) continue;
    const stat = await lstat(path).catch(() => null);
    if (!stat?.isFile() || stat.size > MAX_JUNIT_BYTES) continue;
    reports.push(await readFile(path, 'utf8'));
  }
  return reports;
}

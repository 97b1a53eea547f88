// Real-runsc test harness: every sandbox test goes through the same adapters the CLI uses.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { RecordingLogger } from './recording-logger.js';
import {
  readySandbox,
  sandboxRequest,
  type ReadySandbox,
} from '../../src/adapters/sandbox-host/ready-sandbox.js';
import { parseRunOptions, type RunOptionsInput } from '../../src/config/run-options.js';
import type { InstallOverrides, SandboxResult } from '../../src/domain.js';
import {
  systemEgressDeps,
  type EgressProxyDeps,
} from '../../src/adapters/sandbox-host/egress/egress-proxy.js';
import { installNetworkPort } from '../../src/adapters/sandbox-host/install-network.js';
import type { EgressPolicyInput } from '../../src/config/egress-policy-input.js';
import { parseEgressPolicy } from '../../src/sandbox/egress-policy.js';
import { runPhases } from '../../src/sandbox/run-phases.js';
import { runSandbox } from '../../src/sandbox/run-sandbox.js';
import type { PackageCache } from '../../src/config/package-caches.js';
import type { SandboxRoot } from '../../src/sandbox/runner-root.js';

/** A state dir of the tests' own, so leftovers are attributable and checkable. */
export const TEST_STATE_DIR = '/run/airlock-test';
export const testEnv = { ...process.env, AIRLOCK_STATE_DIR: TEST_STATE_DIR };

const ready = new Map<string, Promise<ReadySandbox>>();

/**
 * Fails (never skips) when this host cannot run the sandbox: a green run without the sandbox
 * tests would hide the one thing this project exists to do. `runscPath` picks another runsc
 * (as AIRLOCK_RUNSC does), e.g. an older build whose telemetry is weaker.
 */
export function sandbox(
  runscPath = process.env['AIRLOCK_RUNSC'],
  root: SandboxRoot = 'image',
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<ReadySandbox> {
  const key = JSON.stringify([runscPath ?? '', root, env === process.env ? null : env]);
  let found = ready.get(key);
  if (!found) {
    found = readySandbox({
      paths: { cacheDir: TEST_CACHE_DIR, stateDir: TEST_STATE_DIR, runscPath },
      env,
      log: new RecordingLogger(),
      root,
    });
    ready.set(key, found);
  }
  return found;
}

export const TEST_CACHE_DIR = process.env['AIRLOCK_CACHE_DIR'] || '/var/cache/airlock';

export interface RunInput extends Partial<RunOptionsInput> {
  readonly command: string[];
  readonly workspace: string;
  readonly passEnv?: Record<string, string>;
  readonly signal?: AbortSignal;
  /** Another runsc binary than the one setup installed. */
  readonly runscPath?: string;
  /** The host environment the runner root reads its tool cache, PATH and toolchain from. */
  readonly hostEnv?: Readonly<Record<string, string | undefined>>;
}

export async function runIn(input: RunInput): Promise<SandboxResult & { log: RecordingLogger }> {
  const { passEnv = {}, signal, runscPath, hostEnv, ...rest } = input;
  const base = await sandbox(runscPath, rest.root ?? 'image', hostEnv);
  const options = parseRunOptions({ timeoutSeconds: 60, ...rest });
  const log = new RecordingLogger();
  const result = await runSandbox(sandboxRequest(base, { options, passEnv }), {
    ...base.deps,
    log,
    ...(signal ? { signal } : {}),
  });
  return { ...result, log };
}

export interface PhasedInput extends Omit<RunInput, 'install'> {
  readonly install: {
    readonly command: string[];
    readonly policy?: EgressPolicyInput;
    readonly overrides?: InstallOverrides | null;
    readonly packageCaches?: readonly PackageCache[];
  };
  /** Answers the proxy's DNS questions instead of the system resolver (never connects anywhere). */
  readonly resolve?: EgressProxyDeps['resolve'];
}

/** Install phase, then the command: the same runPhases the CLI calls, with the real network setup. */
export async function runPhasesIn(
  input: PhasedInput,
): Promise<SandboxResult & { log: RecordingLogger }> {
  const base = await sandbox();
  const { passEnv = {}, signal, install, resolve, ...rest } = input;
  const options = parseRunOptions({ timeoutSeconds: 120, ...rest });
  const log = new RecordingLogger();
  const proxyDeps = resolve ? { ...systemEgressDeps, resolve } : systemEgressDeps;
  const result = await runPhases(
    sandboxRequest(base, {
      options,
      passEnv,
      install: {
        command: install.command,
        policy: parseEgressPolicy(install.policy ?? {}),
        overrides: install.overrides ?? null,
        packageCaches: install.packageCaches ?? [],
      },
    }),
    {
      ...base.deps,
      network: installNetworkPort(TEST_STATE_DIR, proxyDeps),
      log,
      ...(signal ? { signal } : {}),
    },
  );
  return { ...result, log };
}

export const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');

export interface Ran {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs dist/cli.js; `onStderr` sees stderr as it arrives and may act on it (e.g. send a signal). */
export function cli(
  args: string[],
  options: {
    env?: Record<string, string | undefined>;
    onStderr?: (text: string, pid: number) => void;
  } = {},
): Promise<Ran> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      env: { ...testEnv, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      options.onStderr?.(stderr, child.pid ?? 0);
    });
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

export { tempDir } from './temp-dirs.js';

/** Everything a run could leave behind on the host; empty after every run, however it ended. */
export function leftovers(stateDir = TEST_STATE_DIR): string[] {
  const found: string[] = [];
  const runs = join(stateDir, 'runs');
  if (existsSync(runs)) found.push(...readdirSync(runs).map((id) => `run dir ${id}`));
  for (const hierarchy of safeList('/sys/fs/cgroup')) {
    for (const entry of safeList(join('/sys/fs/cgroup', hierarchy)))
      if (entry.startsWith('airlock-')) found.push(`cgroup ${hierarchy}/${entry}`);
  }
  for (const line of readFileSync('/proc/self/mountinfo', 'utf8').split('\n')) {
    const mountPoint = line.split(' ')[4];
    if (mountPoint?.startsWith(stateDir)) found.push(`mount ${mountPoint}`);
  }
  const scratch = join('/var/tmp', basename(stateDir));
  if (existsSync(scratch))
    found.push(...readdirSync(scratch).map((id) => `scratch ${scratch}/${id}`));
  const state = join(stateDir, 'runsc');
  if (existsSync(state))
    found.push(
      ...safeList(state)
        .filter((name) => !name.startsWith('runsc'))
        .map((name) => `runsc state ${name}`),
    );
  found.push(...hostProcesses(stateDir).map((p) => `process ${p}`));
  // The install phase's network namespace, veth pair and firewall table.
  const netns = execFileSync('ip', ['netns', 'list'], { encoding: 'utf8' });
  found.push(
    ...netns
      .split('\n')
      .map((line) => line.split(' ')[0] ?? '')
      .filter((name) => name.startsWith('airlock-'))
      .map((name) => `netns ${name}`),
  );
  const tables = execFileSync('nft', ['list', 'tables'], { encoding: 'utf8' });
  found.push(
    ...tables
      .split('\n')
      .filter((line) => / airlock-/.test(line))
      .map((line) => `nft ${line.trim()}`),
  );
  const links = execFileSync('ip', ['-o', 'link', 'show'], { encoding: 'utf8' });
  found.push(
    ...links
      .split('\n')
      .filter((line) => / alk-/.test(line))
      .map((line) => `veth ${line.split(':')[1]?.trim() ?? line}`),
  );
  return found;
}

/** Host processes that belong to a sandbox of this state dir (runsc, sentry, gofer). */
export function hostProcesses(marker: string): string[] {
  const out = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  return out.split('\n').filter((line) => line.includes(marker) && !line.includes('ps -eo'));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

// Real-runsc test harness: every sandbox test goes through the same adapters the CLI uses.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RecordingLogger } from '../../src/adapters/logger.js';
import {
  readySandbox,
  sandboxRequest,
  type ReadySandbox,
} from '../../src/adapters/sandbox-runtime.js';
import { parseRunOptions, type RunOptionsInput } from '../../src/config/run-options.js';
import type { SandboxResult } from '../../src/domain.js';
import { runSandbox } from '../../src/sandbox/run-sandbox.js';

/** A state dir of the tests' own, so leftovers are attributable and checkable. */
export const TEST_STATE_DIR = '/run/airlock-test';
export const testEnv = { ...process.env, AIRLOCK_STATE_DIR: TEST_STATE_DIR };

let ready: ReadySandbox | undefined;

/**
 * Fails (never skips) when this host cannot run the sandbox: a green run without the sandbox
 * tests would hide the one thing this project exists to do.
 */
export async function sandbox(): Promise<ReadySandbox> {
  ready ??= await readySandbox({
    paths: {
      cacheDir: process.env['AIRLOCK_CACHE_DIR'] || '/var/cache/airlock',
      stateDir: TEST_STATE_DIR,
      runscPath: process.env['AIRLOCK_RUNSC'],
    },
    env: process.env,
    log: new RecordingLogger(),
  });
  return ready;
}

export interface RunInput extends Partial<RunOptionsInput> {
  readonly command: string[];
  readonly workspace: string;
  readonly passEnv?: Record<string, string>;
  readonly signal?: AbortSignal;
}

export async function runIn(input: RunInput): Promise<SandboxResult & { log: RecordingLogger }> {
  const base = await sandbox();
  const { passEnv = {}, signal, ...rest } = input;
  const options = parseRunOptions({ timeoutSeconds: 60, ...rest });
  const log = new RecordingLogger();
  const result = await runSandbox(sandboxRequest(base, options, passEnv), {
    ...base.deps,
    log,
    ...(signal ? { signal } : {}),
  });
  return { ...result, log };
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `airlock-${prefix}-`));
}

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
  const state = join(stateDir, 'runsc');
  if (existsSync(state))
    found.push(
      ...safeList(state)
        .filter((name) => !name.startsWith('runsc'))
        .map((name) => `runsc state ${name}`),
    );
  found.push(...hostProcesses(stateDir).map((p) => `process ${p}`));
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

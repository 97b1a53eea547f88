// The runner root, for real: the guest runs the host's own toolchains (a fake tool cache here, as
// setup-node leaves one on GitHub's runners) and sees nothing else of the host.
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeMissingTools } from '../../src/report/missing-tools.js';
import { GUEST_GID, GUEST_UID } from '../../src/sandbox/guest-layout.js';
import { leftovers, runIn, tempDir } from '../support/sandbox-harness.js';

const token = `canary-${randomBytes(8).toString('hex')}`;
const suffix = randomBytes(4).toString('hex');
const toolCache = `/var/lib/airlock-test-toolcache-${suffix}`;
const nodeBin = join(toolCache, 'node', '24.0.0', 'x64', 'bin');
const runnerInstall = `/opt/airlock-test-runner-${suffix}`;
const homeCanary = `/home/airlock-test-canary-${suffix}`;
const rootCanary = `/root/airlock-test-canary-${suffix}`;
let hostTmp: string;
let runnerTemp: string;
let hostEnv: Record<string, string>;

beforeAll(() => {
  mkdirSync(nodeBin, { recursive: true });
  copyFileSync(process.execPath, join(nodeBin, 'node'));
  chmodSync(join(nodeBin, 'node'), 0o755);
  mkdirSync(join(toolCache, 'Python', '3.13.0', 'x64'), { recursive: true });
  // A self-hosted runner installed under /opt: its credentials belong to the runner's uid (1001).
  mkdirSync(join(runnerInstall, '_diag'), { recursive: true });
  for (const file of ['.credentials', '.runner', '_diag/Runner_1.log']) {
    writeFileSync(join(runnerInstall, file), token, { mode: 0o600 });
    chownSync(join(runnerInstall, file), GUEST_UID, GUEST_GID);
  }
  for (const dir of [homeCanary, rootCanary]) {
    mkdirSync(dir, { recursive: true, mode: 0o755 });
    writeFileSync(join(dir, 'secret'), token, { mode: 0o644 });
  }
  hostTmp = tempDir('host-tmp-canary');
  writeFileSync(join(hostTmp, 'secret'), token, { mode: 0o644 });
  runnerTemp = tempDir('runner-temp');
  writeFileSync(join(runnerTemp, 'secret'), token, { mode: 0o644 });
  hostEnv = {
    PATH: `${nodeBin}:/root/.local/bin:/usr/local/bin:/usr/bin:/bin`,
    RUNNER_TOOL_CACHE: toolCache,
    RUNNER_TEMP: runnerTemp,
    pythonLocation: join(toolCache, 'Python', '3.13.0', 'x64'),
    JAVA_HOME: '/home/runner/jdk',
    GITHUB_TOKEN: 'ghs_never',
  };
});

afterAll(() => {
  for (const dir of [toolCache, runnerInstall, homeCanary, rootCanary])
    rmSync(dir, { recursive: true, force: true });
});

const inRunnerRoot = (script: string) =>
  runIn({
    command: ['/bin/sh', '-c', script],
    workspace: tempDir('runner-root-ws'),
    root: 'runner',
    hostEnv,
  });

describe('the runner root', () => {
  it("runs the tool cache's node, first on the caller's PATH, with the toolchain variables inside it", async () => {
    const result = await inRunnerRoot('node --version; echo "PATH=$PATH"; env | sort');
    expect(result.outcome, result.stderr).toBe('passed');
    expect(result.stdout.split('\n')[0]).toBe(process.version);
    expect(result.stdout, result.stdout).toContain(`PATH=${nodeBin}:/usr/local/bin:/usr/bin:/bin:`);
    expect(result.stdout).toContain(`pythonLocation=${join(toolCache, 'Python', '3.13.0', 'x64')}`);
    // /root/.local/bin lies outside the root, JAVA_HOME points under /home: neither is carried.
    expect(result.stdout).not.toContain('/root/.local/bin');
    expect(result.stdout).not.toContain('JAVA_HOME');
    expect(result.stdout).not.toContain('ghs_never');
    expect(leftovers()).toEqual([]);
  });

  it('shows nothing of /home, /root, /tmp, RUNNER_TEMP or a runner installation, and keeps /etc/shadow unreadable', async () => {
    const paths = [
      `${homeCanary}/secret`,
      `${rootCanary}/secret`,
      `${hostTmp}/secret`,
      `${runnerTemp}/secret`,
      `${runnerInstall}/.credentials`,
      `${runnerInstall}/.runner`,
      `${runnerInstall}/_diag/Runner_1.log`,
    ];
    const script = [
      ...paths.map((p) => `cat '${p}' 2>&1 || echo "hidden ${p}"`),
      `ls -a '${runnerInstall}'`,
      'cat /etc/shadow 2>&1 || echo shadow-refused',
      'ls /home',
    ].join('; ');
    const result = await inRunnerRoot(script);
    expect(result.outcome, result.stderr).toBe('passed');
    expect(result.stdout + result.stderr).not.toContain(token);
    for (const path of paths) expect(result.stdout).toContain(`hidden ${path}`);
    expect(result.stdout).toContain('shadow-refused');
    expect(result.stdout.trim().split('\n').at(-1)).toBe('airlock');
  });

  it('names a tool the tests need that the runner root lacks, and how to provide it', async () => {
    const result = await inRunnerRoot('airlock-no-such-tool --version');
    expect(result.outcome).toBe('failed');
    expect(result.exitCode).toBe(127);
    expect(result.sandbox.root).toBe('runner');
    const [missing, ...rest] = describeMissingTools(result);
    expect(rest).toEqual([]);
    expect(missing).toContain("`airlock-no-such-tool` is not on the guest's PATH");
    expect(missing).toContain("the runner's own toolchains");
  });
});

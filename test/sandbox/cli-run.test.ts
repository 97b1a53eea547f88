// `airlock run` as users call it: the bundled dist/cli.js in a child process, with the real runsc.
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, leftovers, sandbox, tempDir } from '../support/sandbox-harness.js';

describe('airlock run (CLI)', () => {
  let workspace: string;

  beforeAll(async () => {
    await sandbox();
    workspace = tempDir('cli');
    writeFileSync(join(workspace, 'hello.txt'), 'hello from the workspace\n');
  });

  it('prints exactly one JSON object with the public fields on stdout and exits 0 when the command passes', async () => {
    const ran = await cli(['run', '--json', '--workspace', workspace, '--', 'cat', 'hello.txt']);
    expect(ran.code).toBe(0);
    const lines = ran.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const result = JSON.parse(lines[0] ?? '');
    expect(Object.keys(result)).toEqual(
      expect.arrayContaining([
        'outcome',
        'exitCode',
        'signal',
        'durationMs',
        'stdout',
        'stderr',
        'truncated',
        'resources',
        'sandbox',
        'violations',
      ]),
    );
    expect(result).toMatchObject({
      outcome: 'passed',
      exitCode: 0,
      signal: null,
      stdout: 'hello from the workspace\n',
      violations: [],
    });
    expect(result.sandbox).toMatchObject({
      runtime: 'gvisor',
      platform: expect.stringMatching(/^(systrap|ptrace)$/),
    });
    expect(result.resources.cpuMs).toBeGreaterThanOrEqual(0);
    expect(result.resources.peakMemoryBytes).toBeGreaterThan(0);
    expect(ran.stderr).toContain('hello from the workspace');
  });

  it('exits 1 with outcome failed when the command fails', async () => {
    const ran = await cli([
      'run',
      '--json',
      '--quiet',
      '--workspace',
      workspace,
      '--',
      'sh',
      '-c',
      'exit 3',
    ]);
    expect(ran.code).toBe(1);
    expect(JSON.parse(ran.stdout)).toMatchObject({ outcome: 'failed', exitCode: 3 });
  });

  it('exits 2 on a usage error and names the flag', async () => {
    const ran = await cli(['run', '--memory', 'lots', '--', 'true']);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(/--memory/);
    expect(ran.stdout).toBe('');
  });

  it('exits 2 when the command is not after --', async () => {
    const ran = await cli(['run', 'true']);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(/after '--'/);
  });

  it('exits 2 with a clear error when there is no runsc, and never runs the command outside gVisor', async () => {
    const marker = join(workspace, 'ran-outside');
    const ran = await cli(['run', '--workspace', workspace, '--', 'touch', marker], {
      env: { AIRLOCK_RUNSC: '/nonexistent/runsc' },
    });
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(/runsc/);
    expect(existsSync(marker)).toBe(false);
  });

  it('passes only the variables named with --env; the parent environment never enters', async () => {
    const ran = await cli(
      ['run', '--json', '--quiet', '--env', 'CHOSEN', '--workspace', workspace, '--', 'env'],
      {
        env: { CHOSEN: 'yes', GITHUB_TOKEN: 'ghs_secret', SOME_PARENT_VAR: 'leak' },
      },
    );
    const env = JSON.parse(ran.stdout).stdout as string;
    expect(env).toContain('CHOSEN=yes');
    expect(env).toContain('CI=true');
    expect(env).not.toContain('ghs_secret');
    expect(env).not.toContain('SOME_PARENT_VAR');
  });

  it('refuses to pass a token by name', async () => {
    const ran = await cli(['run', '--env', 'GITHUB_TOKEN', '--', 'true']);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(/GITHUB_TOKEN|never enters/);
  });

  it('copies regular files from /results to --results and never a link', async () => {
    const results = join(tempDir('results'), 'out');
    const script =
      'mkdir -p /results/sub && echo "<testsuite/>" > /results/sub/junit.xml && ln -s /etc/passwd /results/link';
    const ran = await cli([
      'run',
      '--json',
      '--quiet',
      '--results',
      results,
      '--workspace',
      workspace,
      '--',
      'sh',
      '-c',
      script,
    ]);
    expect(JSON.parse(ran.stdout).results).toEqual(['sub/junit.xml']);
    expect(readFileSync(join(results, 'sub', 'junit.xml'), 'utf8')).toBe('<testsuite/>\n');
    expect(existsSync(join(results, 'link'))).toBe(false);
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`cleans up everything when airlock receives ${signal} mid-run`, async () => {
      let sent = false;
      const ran = await cli(
        ['run', '--workspace', workspace, '--', 'sh', '-c', 'echo sandbox-is-running; sleep 120'],
        {
          onStderr: (text, pid) => {
            if (!sent && text.includes('sandbox-is-running')) {
              sent = true;
              process.kill(pid, signal);
            }
          },
        },
      );
      expect(sent).toBe(true);
      expect(ran.code).toBe(signal === 'SIGINT' ? 130 : 143);
      expect(leftovers()).toEqual([]);
    });
  }

  it('leaves nothing running when airlock is killed outright, and the next run sweeps what remained', async () => {
    let sent = false;
    const killed = await cli(
      ['run', '--workspace', workspace, '--', 'sh', '-c', 'echo sandbox-is-running; sleep 120'],
      {
        onStderr: (text, pid) => {
          if (!sent && text.includes('sandbox-is-running')) {
            sent = true;
            process.kill(pid, 'SIGKILL');
          }
        },
      },
    );
    expect(killed.signal).toBe('SIGKILL');
    const next = await cli(['run', '--quiet', '--workspace', workspace, '--', 'true']);
    expect(next.code).toBe(0);
    expect(leftovers()).toEqual([]);
  });

  it('keeps a workspace link to a host path pointing into the sandbox, not the host', async () => {
    const dir = tempDir('links');
    mkdirSync(join(dir, 'ws'));
    writeFileSync(join(dir, 'host-secret'), 'host secret');
    symlinkSync(join(dir, 'host-secret'), join(dir, 'ws', 'link'));
    const ran = await cli([
      'run',
      '--json',
      '--quiet',
      '--workspace',
      join(dir, 'ws'),
      '--',
      'sh',
      '-c',
      'cat link; echo end',
    ]);
    expect(JSON.parse(ran.stdout).stdout).not.toContain('host secret');
  });
});

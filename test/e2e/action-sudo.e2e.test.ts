// The action as GitHub's hosted runners run it: as a non-root user with passwordless sudo. The
// sandbox needs root (cgroups, mounts), so provisioning and every sandboxed command go through
// `sudo -n`; the results the root-run sandbox copied back must reach the user, and nothing of
// root's may be left in the user's directories. Needs root: it installs sudo where missing, creates
// the user, and removes both again. The action is run from a copy the user can read, as the runner
// checks it out, so the suite passes from a clone anywhere (root's home is 0700).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { chmod, copyFile, cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeGitHub } from '../fake-github/fake-github-server.js';
import { startFakeGitHub } from '../fake-github/fake-github-server.js';
import { pullRequestEvent } from '../fake-github/pull-request-event.js';
import { fixtureRepo, type FixtureRepo } from './fixture-repo.js';
import { ACTION_ENTRY, runAction } from './run-action.js';
import { aptInstall } from '../../src/adapters/sandbox-host/provisioning/runsc-install.js';
import { RecordingLogger } from '../support/recording-logger.js';
import { scenarios } from './scenarios.js';

const USER = 'airlock-e2e-runner';
const SUDOERS = `/etc/sudoers.d/${USER}`;
const TOKEN = 'ghs-sudo-path-token';
const STATE_RUNS = '/run/airlock-e2e/runs';

let github: FakeGitHub;
let repo: FixtureRepo;
let user: { uid: number; gid: number };
let createdUser = false;
let installedSudo = false;
let runnerDir: string | undefined;
let action: { dir: string; script: string; node: string };

/** action.yml, dist/, runner-image/ and the node binary, in a directory every user can read. */
async function copyAction(): Promise<typeof action> {
  const root = join(import.meta.dirname, '..', '..');
  const dir = await mkdtemp(join(tmpdir(), 'airlock-e2e-action-'));
  await chmod(dir, 0o755);
  for (const part of ['action.yml', 'dist', 'runner-image'])
    await cp(join(root, part), join(dir, part), { recursive: true });
  await copyFile(process.execPath, join(dir, 'node'));
  await chmod(join(dir, 'node'), 0o755);
  return { dir, script: join(dir, 'dist', 'index.js'), node: join(dir, 'node') };
}

beforeAll(async () => {
  if (!existsSync(ACTION_ENTRY))
    throw new Error('dist/index.js is missing: run `npm run build` first');
  if ((await execa('sh', ['-c', 'command -v sudo'], { reject: false })).exitCode !== 0) {
    await aptInstall(['sudo'], new RecordingLogger());
    installedSudo = true;
  }
  action = await copyAction();
  if ((await execa('id', ['-u', USER], { reject: false })).exitCode !== 0) {
    await execa('useradd', ['--system', '--user-group', '--no-create-home', USER]);
    createdUser = true;
  }
  user = {
    uid: Number((await execa('id', ['-u', USER])).stdout),
    gid: Number((await execa('id', ['-g', USER])).stdout),
  };
  // What GitHub's runner image grants its `runner` user.
  await writeFile(SUDOERS, `${USER} ALL=(ALL) NOPASSWD: ALL\n`, { mode: 0o440 });
  await execa('visudo', ['-c', '-f', SUDOERS]);
  github = await startFakeGitHub({
    tokens: { [TOKEN]: { login: 'github-actions[bot]', app: true, write: true } },
  });
  repo = await fixtureRepo(scenarios['clean'] ?? []);
  await execa('chown', ['-R', `${user.uid}:${user.gid}`, repo.dir]);
});

afterAll(async () => {
  await github?.close();
  await rm(SUDOERS, { force: true });
  if (repo) await rm(repo.dir, { recursive: true, force: true });
  if (action) await rm(action.dir, { recursive: true, force: true });
  if (runnerDir) await rm(runnerDir, { recursive: true, force: true });
  if (createdUser) await execa('userdel', [USER], { reject: false });
  if (installedSudo)
    await execa('apt-get', ['purge', '-y', '-q', 'sudo'], {
      env: { DEBIAN_FRONTEND: 'noninteractive', SUDO_FORCE_REMOVE: 'yes' },
    });
});

describe('the action run by a non-root user with passwordless sudo', () => {
  it('provisions and runs the sandbox through sudo and reads the results as that user', async () => {
    const run = await runAction({
      workspace: repo.dir,
      apiUrl: github.url,
      event: pullRequestEvent({ number: 41, baseSha: repo.baseSha, headSha: repo.headSha }),
      sha: repo.headSha,
      inputs: { 'github-token': TOKEN, 'test-command': 'python3 -m pytest -q' },
      user,
      entry: action,
      keepRunnerDir: true,
    });
    runnerDir = run.runnerDir;
    // A non-root process cannot create cgroups or mounts: tests that ran prove sudo carried them,
    // and counted tests prove the JUnit file root wrote was handed back and read.
    expect(run.outputs, run.stdout.slice(-3000)).toMatchObject({
      verdict: 'pass',
      'tests-passed': '3',
      'tests-failed': '0',
    });
    expect(run.exitCode).toBe(0);
    expect(github.checkRuns.filter((c) => c.head_sha === repo.headSha)[0]).toMatchObject({
      status: 'completed',
      conclusion: 'success',
    });
    // The results and input directories went into the user's TMPDIR and are gone again, and
    // everything the action left for the runner (outputs, summary, report) is the user's.
    expect(readdirSync(join(run.runnerDir, 'tmp'))).toEqual([]);
    for (const name of readdirSync(run.runnerDir, { recursive: true }) as string[])
      expect(statSync(join(run.runnerDir, name)).uid, name).toBe(user.uid);
    expect(existsSync(STATE_RUNS) ? readdirSync(STATE_RUNS) : []).toEqual([]);
  });
});

// Runs dist/index.js the way the Actions runner does: INPUT_* variables, the event payload in a
// file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and nothing else from this process.
import { chown, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';

export const ACTION_ENTRY = fileURLToPath(new URL('../../dist/index.js', import.meta.url));

export interface ActionRun {
  readonly exitCode: number;
  readonly stdout: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
}

export async function runAction(options: {
  readonly workspace: string;
  readonly apiUrl: string;
  readonly event: Record<string, unknown>;
  readonly eventName?: string;
  readonly sha: string;
  readonly inputs: Record<string, string>;
  /** Run as this non-root user (GitHub's hosted runners), with TMPDIR in the runner directory. */
  readonly user?: { readonly uid: number; readonly gid: number };
  /** Keep the runner directory for the caller to inspect (and remove); else it goes at once. */
  readonly keepRunnerDir?: boolean;
  /** The action's entry and the node that runs it, where the user can reach them. */
  readonly entry?: { readonly script: string; readonly node: string };
}): Promise<ActionRun & { readonly runnerDir: string }> {
  const runnerDir = await mkdtemp(join(tmpdir(), 'airlock-e2e-runner-'));
  const files = {
    event: join(runnerDir, 'event.json'),
    output: join(runnerDir, 'output'),
    summary: join(runnerDir, 'summary'),
  };
  await writeFile(files.event, JSON.stringify(options.event));
  await writeFile(files.output, '');
  await writeFile(files.summary, '');
  const tmp = join(runnerDir, 'tmp');
  if (options.user) {
    await mkdir(tmp);
    for (const path of [runnerDir, tmp, ...Object.values(files)])
      await chown(path, options.user.uid, options.user.gid);
  }
  const inputs = Object.fromEntries(
    Object.entries(options.inputs).map(([name, value]) => [
      `INPUT_${name.replace(/ /g, '_').toUpperCase()}`,
      value,
    ]),
  );
  const child = await execa(
    options.entry?.node ?? process.execPath,
    [options.entry?.script ?? ACTION_ENTRY],
    {
      ...(options.user ? { uid: options.user.uid, gid: options.user.gid } : {}),
      cwd: options.workspace,
      reject: false,
      extendEnv: false,
      env: {
        PATH: process.env['PATH'] ?? '/usr/bin:/bin',
        HOME: runnerDir,
        CI: 'true',
        GITHUB_ACTIONS: 'true',
        GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
        GITHUB_EVENT_PATH: files.event,
        GITHUB_API_URL: options.apiUrl,
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_RUN_ID: '4242',
        GITHUB_REPOSITORY: 'Codertocat/Hello-World',
        GITHUB_SHA: options.sha,
        GITHUB_WORKSPACE: options.workspace,
        GITHUB_OUTPUT: files.output,
        GITHUB_STEP_SUMMARY: files.summary,
        RUNNER_TEMP: runnerDir,
        AIRLOCK_STATE_DIR: '/run/airlock-e2e',
        ...(process.env['AIRLOCK_CACHE_DIR']
          ? { AIRLOCK_CACHE_DIR: process.env['AIRLOCK_CACHE_DIR'] }
          : {}),
        ...(options.user ? { TMPDIR: tmp } : {}),
        ...inputs,
      },
    },
  );
  const run = {
    runnerDir,
    exitCode: child.exitCode ?? -1,
    stdout: child.stdout,
    outputs: parseOutputs(await readFile(files.output, 'utf8')),
    summary: await readFile(files.summary, 'utf8'),
  };
  if (!options.keepRunnerDir) await rm(runnerDir, { recursive: true, force: true });
  return run;
}

// GITHUB_OUTPUT holds `name<<DELIMITER\nvalue\nDELIMITER` blocks (actions/toolkit file commands).
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const match of text.matchAll(/^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm))
    outputs[match[1] ?? ''] = match[3] ?? '';
  return outputs;
}

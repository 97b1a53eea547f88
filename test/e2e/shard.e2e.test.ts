// End to end: a suite split over 3 shards, each run through the real sandbox by dist/index.js in
// analyze mode, then report mode over their artifacts, against the fake GitHub API (root; build first).
import { existsSync } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeGitHub } from '../fake-github/fake-github-server.js';
import { startFakeGitHub } from '../fake-github/fake-github-server.js';
import { pullRequestEvent } from '../fake-github/pull-request-event.js';
import { tempDir } from '../support/temp-dirs.js';
import type { FixtureRepo } from './fixture-repo.js';
import { fixtureRepo } from './fixture-repo.js';
import { ACTION_ENTRY, runAction } from './run-action.js';

const WRITE = 'ghs-write-token';
const BOT = 'github-actions[bot]';
const TOTAL = 3;

// The file split docs/sharding.md shows: every TOTAL-th test file from the sorted list.
const TESTS = [
  "python3 -c 'import glob, os, sys, pytest;",
  'i, n = int(os.environ.get("AIRLOCK_SHARD_INDEX", "1")), int(os.environ.get("AIRLOCK_SHARD_TOTAL", "1"));',
  'f = sorted(glob.glob("tests/**/test_*.py", recursive=True))[i - 1 :: n];',
  'sys.exit(pytest.main(["-q", *f]) if f else 0)\'',
].join(' ');

const testFile = (name: string, count: number, failing = -1) =>
  Array.from(
    { length: count },
    (_, i) => `def test_${name}_${i}():\n    assert ${i === failing ? '1 == 2' : 'True'}\n`,
  ).join('\n\n');

// Five test files besides the base's tests/test_calculator.py (2 tests): 17 tests over 6 files.
const suite = (failing: boolean): Record<string, string> =>
  Object.fromEntries(
    ['alpha', 'bravo', 'charlie', 'delta', 'echo'].map((name) => [
      `tests/test_${name}.py`,
      testFile(name, 3, failing && name === 'charlie' ? 1 : -1),
    ]),
  );

let github: FakeGitHub;
const repos: Record<'passing' | 'failing', FixtureRepo> = {} as never;

beforeAll(async () => {
  if (!existsSync(ACTION_ENTRY))
    throw new Error('dist/index.js is missing: run `npm run build` first');
  github = await startFakeGitHub({ tokens: { [WRITE]: { login: BOT, app: true, write: true } } });
  repos.passing = await fixtureRepo([
    { author: 'copilot', message: 'More tests', files: suite(false) },
  ]);
  repos.failing = await fixtureRepo([
    { author: 'copilot', message: 'More tests', files: suite(true) },
  ]);
});
afterAll(async () => {
  await github.close();
});

const event = (repo: FixtureRepo, number: number) =>
  pullRequestEvent({ number, baseSha: repo.baseSha, headSha: repo.headSha, fork: false });

/** The matrix: shard i/TOTAL in analyze mode for each i, one after another; their result files. */
async function analyzeShards(repo: FixtureRepo, number: number): Promise<string[]> {
  const files: string[] = [];
  for (let index = 1; index <= TOTAL; index++) {
    const run = await runAction({
      workspace: repo.dir,
      apiUrl: github.url,
      event: event(repo, number),
      sha: repo.headSha,
      inputs: {
        'github-token': WRITE,
        mode: 'analyze',
        scope: 'all',
        shard: `${index}/${TOTAL}`,
        'test-command': TESTS,
      },
    });
    expect(run.outputs['report-json']).toMatch(`airlock-shard-${index}-of-${TOTAL}.json`);
    files.push(run.outputs['report-json'] ?? '');
  }
  return files;
}

/** The report job: downloads the artifacts into results-dir (flat, or one directory each). */
async function report(
  repo: FixtureRepo,
  files: readonly string[],
  options: { number: number; layout: 'merged' | 'per-artifact'; workflowRun?: boolean },
) {
  const job = tempDir('e2e-shard-report');
  const results = join(job, 'airlock-results');
  await mkdir(results);
  for (const [i, file] of files.entries()) {
    const dir = options.layout === 'merged' ? results : join(results, `airlock-shard-${i + 1}`);
    await mkdir(dir, { recursive: true });
    await copyFile(file, join(dir, file.split('/').pop() ?? ''));
  }
  const before = github.checkRuns.length;
  const run = await runAction({
    workspace: job,
    apiUrl: github.url,
    ...(options.workflowRun
      ? {
          eventName: 'workflow_run',
          event: { workflow_run: { head_sha: repo.headSha, pull_requests: [] } },
        }
      : { event: event(repo, options.number) }),
    sha: repo.headSha,
    inputs: { 'github-token': WRITE, mode: 'report' },
  });
  return { run, checks: github.checkRuns.slice(before) };
}

const countsLine = (body: string) =>
  /\d+ passed, \d+ failed, \d+ errors, \d+ skipped/.exec(body)?.[0];

describe('a suite sharded over a job matrix', () => {
  let shardFiles: string[] = [];

  it('reports one check run and one comment whose totals equal an unsharded run', async () => {
    const repo = repos.passing;
    const whole = await runAction({
      workspace: repo.dir,
      apiUrl: github.url,
      event: event(repo, 41),
      sha: repo.headSha,
      inputs: { 'github-token': WRITE, scope: 'all', 'test-command': TESTS },
    });
    expect(whole.outputs).toMatchObject({ verdict: 'pass', 'tests-passed': '17' });
    const wholeComment = github.comments.get(41)?.[0]?.body ?? '';

    shardFiles = await analyzeShards(repo, 42);
    const { run, checks } = await report(repo, shardFiles, { number: 42, layout: 'merged' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      verdict: 'pass',
      'tests-passed': whole.outputs['tests-passed'],
      'tests-failed': whole.outputs['tests-failed'],
      findings: whole.outputs['findings'],
    });
    expect(checks).toMatchObject([{ head_sha: repo.headSha, conclusion: 'success' }]);
    const comments = github.comments.get(42) ?? [];
    expect(comments).toHaveLength(1);
    const body = comments[0]?.body ?? '';
    expect(countsLine(body)).toBe(countsLine(wholeComment));
    expect(countsLine(body)).toBe('17 passed, 0 failed, 0 errors, 0 skipped');
    expect(body).toContain('### Shards (3)');
    for (const index of [1, 2, 3]) expect(body).toMatch(new RegExp(`\\| ${index}/3 \\| pass \\|`));
  });

  it('publishes the same from a fork-safe workflow_run job, one artifact directory per shard', async () => {
    const repo = repos.passing;
    const { run, checks } = await report(repo, shardFiles, {
      number: 42,
      layout: 'per-artifact',
      workflowRun: true,
    });
    expect(run.outputs).toMatchObject({ verdict: 'pass', 'tests-passed': '17' });
    expect(checks).toMatchObject([{ head_sha: repo.headSha, conclusion: 'success' }]);
    expect(github.comments.get(42)).toHaveLength(1);
  });

  it('fails with a clear message when a shard is missing', async () => {
    const repo = repos.passing;
    const { run, checks } = await report(repo, [shardFiles[0] ?? '', shardFiles[2] ?? ''], {
      number: 42,
      layout: 'merged',
    });
    expect(run.exitCode).not.toBe(0);
    expect(run.stdout).toContain('no results for shard 2/3');
    expect(run.outputs['verdict']).toBeUndefined();
    expect(checks).toMatchObject([
      {
        head_sha: repo.headSha,
        conclusion: 'failure',
        output: { text: expect.stringContaining('no results for shard 2/3') },
      },
    ]);
  });

  it('fails the verdict when one shard has a failing test, naming it with its shard', async () => {
    const repo = repos.failing;
    const files = await analyzeShards(repo, 43);
    const { run, checks } = await report(repo, files, { number: 43, layout: 'merged' });
    expect(run.exitCode).not.toBe(0);
    expect(run.outputs).toMatchObject({
      verdict: 'fail',
      'tests-passed': '16',
      'tests-failed': '1',
    });
    expect(checks).toMatchObject([{ head_sha: repo.headSha, conclusion: 'failure' }]);
    const body = github.comments.get(43)?.[0]?.body ?? '';
    expect(body).toContain('16 passed, 1 failed, 0 errors, 0 skipped');
    // Sorted files: test_alpha, test_bravo, test_calculator, test_charlie, … — charlie is shard 1.
    expect(body).toMatch(/\| [^|]*test\\_charlie\\_1 \| 1 \|/);
    expect(body).toMatch(/\| 1\/3 \| fail \|/);
  });
});

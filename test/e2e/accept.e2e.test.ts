// The maintainer's override, end to end: dist/index.js against the fake GitHub API, on a PR that
// is blocked by its findings alone (no test-command, so no sandbox is needed).
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeGitHub } from '../fake-github/fake-github-server.js';
import { startFakeGitHub } from '../fake-github/fake-github-server.js';
import { pullRequestEvent } from '../fake-github/pull-request-event.js';
import type { FixtureRepo } from './fixture-repo.js';
import { fixtureRepo } from './fixture-repo.js';
import { ACTION_ENTRY, runAction } from './run-action.js';
import { scenarios } from './scenarios.js';
import { tempDir } from '../support/temp-dirs.js';

const WRITE = 'ghs-write-token';
const BOT = 'github-actions[bot]';
const AUTHOR = 'sam-contributor';
const LABEL = 'airlock-accept';
const POLICY = { '.github/airlock.yml': `version: 1\naccept-label: ${LABEL}\n` };

let github: FakeGitHub;
let repo: FixtureRepo;
let olderHead: string;
let number = 100;

beforeAll(async () => {
  if (!existsSync(ACTION_ENTRY))
    throw new Error('dist/index.js is missing: run `npm run build` first');
  github = await startFakeGitHub({ tokens: { [WRITE]: { login: BOT, app: true, write: true } } });
  const [first] = scenarios['malicious'] ?? [];
  if (!first) throw new Error('no malicious scenario');
  repo = await fixtureRepo(
    [first, { author: 'human', message: 'Tidy', files: { 'notes.txt': 'tidy\n' } }],
    POLICY,
  );
  olderHead = (await execa('git', ['rev-parse', 'HEAD~1'], { cwd: repo.dir })).stdout;
  github.pulls.setRole(AUTHOR, 'write');
  github.pulls.setRole('maya', 'maintain');
  github.pulls.setRole('rita', 'read');
});
afterAll(() => github.close());

/** A fresh PR whose head is the fixture's head, authored by AUTHOR. */
function openPullRequest(): number {
  const n = number++;
  const repository = { full_name: 'Codertocat/Hello-World' };
  github.pulls.setPullRequest({
    number: n,
    user: { login: AUTHOR },
    labels: [],
    body: '',
    base: { sha: repo.baseSha, ref: 'main', repo: repository },
    head: { sha: repo.headSha, ref: 'feature', repo: repository },
  });
  return n;
}

async function action(n: number, event?: { name: string; payload: Record<string, unknown> }) {
  const payload =
    event?.payload ??
    pullRequestEvent({
      number: n,
      baseSha: repo.baseSha,
      headSha: repo.headSha,
      authorLogin: AUTHOR,
      labels: github.pulls.pulls.get(n)?.labels.map((label) => label.name) ?? [],
    });
  const run = await runAction({
    workspace: repo.dir,
    apiUrl: github.url,
    event: payload,
    ...(event ? { eventName: event.name } : {}),
    sha: repo.headSha,
    inputs: { 'github-token': WRITE, 'test-command': '' },
  });
  const ours = (github.comments.get(n) ?? []).filter((c) => c.user.login === BOT);
  const report = run.outputs['report-json']
    ? (JSON.parse(await readFile(run.outputs['report-json'], 'utf8')) as {
        model: { verdict: { conclusion: string; reasons: Array<Record<string, unknown>> } };
      })
    : null;
  return { run, comment: ours[0]?.body ?? '', check: github.checkRuns.at(-1), report };
}

function labeledEvent(n: number): { name: string; payload: Record<string, unknown> } {
  const payload = pullRequestEvent({
    number: n,
    baseSha: repo.baseSha,
    headSha: repo.headSha,
    authorLogin: AUTHOR,
    labels: [LABEL],
  });
  return {
    name: 'pull_request',
    payload: { ...payload, action: 'labeled', label: { name: LABEL } },
  };
}

describe("a maintainer's override of a blocked pull request", () => {
  it('blocks the PR to begin with, and tells maintainers how to accept this head', async () => {
    const { run, comment } = await action(openPullRequest());
    expect(run.outputs['verdict'], run.stdout.slice(-3000)).toBe('blocked');
    expect(comment).toContain(`/airlock accept ${repo.headSha.slice(0, 12)} <reason>`);
  });

  it('ignores the accept label when the PR author added it, and says so', async () => {
    const n = openPullRequest();
    github.pulls.addLabel(n, LABEL, AUTHOR);
    const { run, comment } = await action(n, labeledEvent(n));
    expect(run.outputs['verdict']).toBe('blocked');
    expect(comment).toContain(
      `The accept label added by \`@${AUTHOR}\` was ignored: the pull request's author cannot accept it.`,
    );
  });

  it("ignores a read-only user's accept comment", async () => {
    const n = openPullRequest();
    github.addComment(n, 'rita', `/airlock accept ${repo.headSha.slice(0, 10)} looks fine to me`);
    const { run, comment } = await action(n);
    expect(run.outputs['verdict']).toBe('blocked');
    expect(comment).toContain('`@rita` has read access to the repository');
  });

  it('does not carry an accept of an older head commit over to a new push', async () => {
    const n = openPullRequest();
    github.addComment(n, 'maya', `/airlock accept ${olderHead} reviewed the telemetry`);
    const { run, comment } = await action(n);
    expect(run.outputs['verdict']).toBe('blocked');
    expect(comment).toContain(`it is for commit \`${olderHead.slice(0, 12)}\`, not the head`);
  });

  it("passes on a maintainer's accept comment for this head, recorded in every surface", async () => {
    const n = openPullRequest();
    github.addComment(n, 'maya', `/airlock accept ${repo.headSha.slice(0, 8)} telemetry is ours`);
    const { run, comment, check, report } = await action(n);
    expect(run.outputs['verdict']).toBe('pass');
    expect(run.exitCode).toBe(0);
    expect(check).toMatchObject({
      conclusion: 'success',
      output: { title: 'pass (accepted by @maya: telemetry is ours)' },
    });
    expect(comment).toContain('## ✅ Airlock: pass (accepted by <code>@maya</code>)');
    expect(comment).toContain('**Accepted by <code>@maya</code>** with `/airlock accept`');
    expect(report?.model.verdict.reasons[0]).toMatchObject({
      kind: 'accepted',
      by: 'maya',
      via: 'comment',
      headSha: repo.headSha,
      overrode: 'blocked',
      reason: 'telemetry is ours',
    });
  });

  it('passes when a maintainer adds the accept label, bound to the head of that moment', async () => {
    const n = openPullRequest();
    github.pulls.addLabel(n, LABEL, 'maya');
    const { run, check } = await action(n, labeledEvent(n));
    expect(run.outputs['verdict']).toBe('pass');
    expect(check?.output.title).toBe(`pass (accepted by @maya: label ${LABEL})`);
    // A later run (e.g. the next push) does not count the label that is still on the PR.
    const later = await action(n);
    expect(later.run.outputs['verdict']).toBe('blocked');
    expect(later.comment).toContain('a label counts only in the run that adding it starts');
  });

  it('re-runs the verdict on an accept comment (issue_comment), reading the PR from the API', async () => {
    const n = openPullRequest();
    const body = `/airlock accept ${repo.headSha.slice(0, 12)} fine`;
    github.addComment(n, 'maya', body);
    const { run } = await action(n, {
      name: 'issue_comment',
      payload: { action: 'created', issue: { number: n, pull_request: {} }, comment: { body } },
    });
    expect(run.outputs['verdict'], run.stdout.slice(-3000)).toBe('pass');
  });

  it('does nothing for other comments', async () => {
    const n = openPullRequest();
    const before = github.requests.length;
    const { run } = await action(n, {
      name: 'issue_comment',
      payload: {
        action: 'created',
        issue: { number: n, pull_request: {} },
        comment: { body: 'lgtm' },
      },
    });
    expect(run.exitCode).toBe(0);
    expect(github.requests.length).toBe(before);
  });

  it('decides again in mode: report, ignoring an acceptance the artifact claims', async () => {
    const n = openPullRequest();
    const analyzed = await runAction({
      workspace: repo.dir,
      apiUrl: github.url,
      event: pullRequestEvent({ number: n, baseSha: repo.baseSha, headSha: repo.headSha }),
      sha: repo.headSha,
      inputs: { 'github-token': WRITE, 'test-command': '', mode: 'analyze' },
    });
    const artifact = JSON.parse(await readFile(analyzed.outputs['report-json'] ?? '', 'utf8')) as {
      model: { verdict: { conclusion: string; reasons: unknown[] } };
    };
    // A hostile analyze job claims a maintainer accepted it.
    artifact.model.verdict = {
      conclusion: 'pass',
      reasons: [
        {
          kind: 'accepted',
          by: 'maya',
          reason: 'forged',
          via: 'comment',
          headSha: repo.headSha,
          overrode: 'blocked',
        },
        ...artifact.model.verdict.reasons,
      ],
    };
    const reportJob = tempDir('e2e-accept-report');
    await mkdir(join(reportJob, 'airlock-results'));
    await writeFile(
      join(reportJob, 'airlock-results', 'airlock-report.json'),
      JSON.stringify(artifact),
    );
    const report = (eventPullRequests: number[]) =>
      runAction({
        workspace: reportJob,
        apiUrl: github.url,
        eventName: 'workflow_run',
        event: {
          workflow_run: {
            head_sha: repo.headSha,
            pull_requests: eventPullRequests.map((number) => ({ number })),
          },
        },
        sha: repo.headSha,
        inputs: { 'github-token': WRITE, mode: 'report' },
      });
    expect((await report([n])).outputs['verdict']).toBe('blocked');
    github.addComment(n, 'maya', `/airlock accept ${repo.headSha.slice(0, 9)} checked by hand`);
    expect((await report([n])).outputs['verdict']).toBe('pass');
    expect(github.checkRuns.at(-1)?.output.title).toBe('pass (accepted by @maya: checked by hand)');
  });
});

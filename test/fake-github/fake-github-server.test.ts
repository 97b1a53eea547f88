import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeGitHub } from './fake-github-server.js';
import { startFakeGitHub } from './fake-github-server.js';
import { pullRequestEvent } from './pull-request-event.js';

const sha = 'c'.repeat(40);
let github: FakeGitHub;

beforeEach(async () => {
  github = await startFakeGitHub({
    tokens: {
      'ghs-write': { login: 'github-actions[bot]', app: true, write: true },
      'ghs-read': { login: 'github-actions[bot]', app: true, write: false },
      'ghp-user': { login: 'maya', app: false, write: true },
    },
  });
});
afterEach(() => github.close());

async function call(method: string, path: string, token: string | null, body?: unknown) {
  const response = await fetch(github.url + path, {
    method,
    headers: {
      ...(token ? { authorization: `token ${token}` } : {}),
      'content-type': 'application/json',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return {
    status: response.status,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- free-form JSON replies in assertions
    body: (await response.json()) as Record<string, any>,
    link: response.headers.get('link'),
  };
}

const annotation = (line: number) => ({
  path: 'a.py',
  start_line: line,
  end_line: line,
  annotation_level: 'failure',
  message: 'm',
});

describe('fake GitHub REST API', () => {
  it('creates a check run and appends annotations on updates', async () => {
    const created = await call('POST', '/repos/o/r/check-runs', 'ghs-write', {
      name: 'Airlock',
      head_sha: sha,
      status: 'in_progress',
    });
    expect(created.status).toBe(201);
    const output = (n: number) => ({
      title: 't',
      summary: 's',
      annotations: Array.from({ length: n }, (_, i) => annotation(i + 1)),
    });
    await call('PATCH', `/repos/o/r/check-runs/${created.body.id}`, 'ghs-write', {
      status: 'completed',
      conclusion: 'failure',
      output: output(50),
    });
    await call('PATCH', `/repos/o/r/check-runs/${created.body.id}`, 'ghs-write', {
      output: output(10),
    });
    expect(github.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(github.checkRuns[0]?.annotations).toHaveLength(60);
  });

  it('answers 422 to more than 50 annotations in one request', async () => {
    const output = {
      title: 't',
      summary: 's',
      annotations: Array.from({ length: 51 }, (_, i) => annotation(i + 1)),
    };
    const reply = await call('POST', '/repos/o/r/check-runs', 'ghs-write', {
      name: 'Airlock',
      head_sha: sha,
      output,
    });
    expect(reply.status).toBe(422);
    expect(github.checkRuns).toHaveLength(0);
  });

  it('answers 422 "Body is too long" to a comment over 65,536 characters', async () => {
    const reply = await call('POST', '/repos/o/r/issues/7/comments', 'ghs-write', {
      body: 'x'.repeat(65_537),
    });
    expect(reply.status).toBe(422);
    expect(JSON.stringify(reply.body)).toContain('Body is too long');
    expect(
      (
        await call('POST', '/repos/o/r/issues/7/comments', 'ghs-write', {
          body: 'x'.repeat(65_536),
        })
      ).status,
    ).toBe(201);
  });

  it('lists comments with their authors, paginated with a Link header', async () => {
    for (let i = 0; i < 3; i += 1) github.addComment(7, 'mallory', `c${i}`);
    const first = await call('GET', '/repos/o/r/issues/7/comments?per_page=2', 'ghs-write');
    expect(first.body.map((c: { user: { login: string } }) => c.user.login)).toEqual([
      'mallory',
      'mallory',
    ]);
    expect(first.link).toContain('rel="next"');
  });

  it('updates a comment in place', async () => {
    const created = await call('POST', '/repos/o/r/issues/7/comments', 'ghs-write', {
      body: 'old',
    });
    await call('PATCH', `/repos/o/r/issues/comments/${created.body.id}`, 'ghs-write', {
      body: 'new',
    });
    expect(github.comments.get(7)?.map((c) => c.body)).toEqual(['new']);
  });

  it('refuses GET /user to an app token and answers it for a user token', async () => {
    expect((await call('GET', '/user', 'ghs-write')).status).toBe(403);
    expect((await call('GET', '/user', 'ghp-user')).body.login).toBe('maya');
  });

  it('refuses writes with a read-only token, as for fork PRs', async () => {
    expect(
      (await call('POST', '/repos/o/r/check-runs', 'ghs-read', { name: 'Airlock', head_sha: sha }))
        .status,
    ).toBe(403);
  });

  it('refuses requests without valid credentials', async () => {
    expect((await call('GET', '/repos/o/r/issues/7/comments', null)).status).toBe(401);
  });

  it('accepts gzip+base64 SARIF and keeps the decoded document', async () => {
    const sarif = gzipSync(JSON.stringify({ version: '2.1.0', runs: [] })).toString('base64');
    const reply = await call('POST', '/repos/o/r/code-scanning/sarifs', 'ghs-write', {
      commit_sha: sha,
      ref: 'refs/pull/7/merge',
      sarif,
      category: 'airlock',
    });
    expect(reply.status).toBe(202);
    expect(github.sarifs[0]).toMatchObject({ category: 'airlock', sarif: { version: '2.1.0' } });
  });

  it('rejects SARIF that is not gzip+base64', async () => {
    expect(
      (
        await call('POST', '/repos/o/r/code-scanning/sarifs', 'ghs-write', {
          commit_sha: sha,
          ref: 'refs/heads/x',
          sarif: '{}',
        })
      ).status,
    ).toBe(400);
  });

  it('records every request with its status', async () => {
    await call('GET', '/nope', 'ghs-write');
    expect(github.requests).toEqual([
      { method: 'GET', path: '/nope', token: 'ghs-write', body: {}, status: 404 },
    ]);
  });
});

describe('pullRequestEvent', () => {
  it('builds a realistic pull_request payload with the given facts', () => {
    const event = pullRequestEvent({
      baseSha: 'a'.repeat(40),
      headSha: sha,
      headRef: 'copilot/fix',
      labels: ['ai-generated'],
      fork: true,
      authorLogin: 'Copilot',
    }) as unknown as {
      action: string;
      pull_request: { head: unknown; labels: Array<{ name: string }>; user: { login: string } };
      repository: { full_name: string };
    };
    expect(event.action).toBe('opened');
    expect(event.pull_request.head).toMatchObject({
      sha,
      ref: 'copilot/fix',
      repo: { fork: true },
    });
    expect(event.pull_request.labels[0]?.name).toBe('ai-generated');
    expect(event.pull_request.user.login).toBe('Copilot');
    expect(event.repository.full_name).toBe('Codertocat/Hello-World');
  });
});

// The GitHub publisher against the fake API over real HTTP, with a report far over every limit.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { githubAcceptanceReader } from '../../src/adapters/github/github-acceptance.js';
import { githubClient } from '../../src/adapters/github/github-client.js';
import { githubPublisher } from '../../src/adapters/github/github-publisher.js';
import { RecordingLogger } from '../support/recording-logger.js';
import type { PipelineLogger } from '../../src/ports.js';
import { blockedModel, finding } from '../report/report-fixtures.js';
import type { FakeGitHub } from './fake-github-server.js';
import { LIMITS, startFakeGitHub } from './fake-github-server.js';

const TOKEN = 'ghs-write';
let github: FakeGitHub;
const recording = new RecordingLogger();
const log: PipelineLogger = {
  ...recording,
  info: (m) => recording.info(m),
  warn: (m) => recording.warn(m),
  error: (m) => recording.error(m),
  sandboxOutput: (s, l) => recording.sandboxOutput(s, l),
  group: (_name, stage) => stage(),
  untrusted: () => undefined,
};

beforeEach(async () => {
  github = await startFakeGitHub({
    tokens: { [TOKEN]: { login: 'github-actions[bot]', app: true, write: true } },
  });
});
afterEach(() => github.close());

describe('publishing a huge report to GitHub', () => {
  it('fits the comment and the annotations in the API limits, shrinking evidence first', async () => {
    const findings = Array.from({ length: 400 }, (_, i) =>
      finding({
        path: `src/module_${i}.py`,
        line: i + 1,
        excerpt: { startLine: i + 1, text: `call_${i}(${'x'.repeat(150)})\n`.repeat(6) },
      }),
    );
    const publisher = githubPublisher({
      token: TOKEN,
      baseUrl: github.url,
      target: {
        owner: 'o',
        repo: 'r',
        headSha: blockedModel.headSha,
        pullRequest: 5,
        checkName: 'Airlock',
        comment: true,
      },
      log,
      clock: { now: () => 0 },
    });
    await publisher.startCheck();
    const notes = await publisher.publish(
      { version: 1, pullRequest: 5, model: { ...blockedModel, findings } },
      null,
    );
    expect(notes).toEqual([]);
    // GET /user is refused to app tokens, as on GitHub; every write is accepted.
    expect(github.requests.filter((r) => r.status >= 300 && r.path !== '/user')).toEqual([]);
    const body = github.comments.get(5)?.[0]?.body ?? '';
    expect(body.length).toBeLessThanOrEqual(LIMITS.commentBody);
    expect(body).toMatch(/Evidence for \d+ more findings left out to fit the size limit/);
    expect(body).toContain('truncated to fit');
    const run = github.checkRuns[0];
    expect(run?.annotations).toHaveLength(200);
    expect(run?.output.text?.length).toBeLessThanOrEqual(LIMITS.checkText);
  });
});

describe('reading requests to accept over the API', () => {
  it('pages through comments, reads roles, and takes a non-collaborator for no access', async () => {
    github.pulls.setRole('maya', 'maintain');
    for (let i = 0; i < 150; i++) github.addComment(9, 'octocat', `comment ${i}`);
    github.addComment(9, 'maya', '/airlock accept abcdef1 first');
    github.addComment(9, 'stranger', '/airlock accept abcdef1 me too');
    const reader = githubAcceptanceReader({
      octokit: githubClient(TOKEN, github.url),
      owner: 'o',
      repo: 'r',
      pullRequest: 9,
      labeled: null,
      pull: { author: 'sam', labels: [] },
    });
    const evidence = await reader.read({ headSha: 'abcdef1'.padEnd(40, '0'), acceptLabel: null });
    expect(evidence.claims.map((c) => c.login)).toEqual(['stranger', 'maya']);
    expect(evidence.roles).toEqual({ stranger: 'no', maya: 'maintain' });
    expect(evidence.prAuthor).toBe('sam');
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readPullRequestLabels } from '../../src/adapters/github/pull-request-labels.js';
import type { FakeGitHub } from './fake-github-server.js';
import { startFakeGitHub } from './fake-github-server.js';

let github: FakeGitHub;

beforeEach(async () => {
  github = await startFakeGitHub({
    tokens: { 'ghs-read': { login: 'github-actions[bot]', app: true, write: false } },
  });
});
afterEach(() => github.close());

const source = (token: string, pullRequest = 7) => ({
  token,
  baseUrl: github.url,
  owner: 'o',
  repo: 'r',
  pullRequest,
});

describe('readPullRequestLabels', () => {
  it('reads the labels the PR has now, with a read-only token', async () => {
    github.labels.set(7, ['codex', 'bug']);
    expect(await readPullRequestLabels(source('ghs-read'))).toEqual(['codex', 'bug']);
  });

  it('follows pages until one is short', async () => {
    github.labels.set(
      7,
      Array.from({ length: 230 }, (_, i) => `label-${i}`),
    );
    const labels = await readPullRequestLabels(source('ghs-read'));
    expect(labels).toHaveLength(230);
    expect(labels.at(-1)).toBe('label-229');
    expect(github.requests.filter((r) => r.path.includes('/labels'))).toHaveLength(3);
  });

  it('throws when the API refuses the token', async () => {
    await expect(readPullRequestLabels(source('nobody'))).rejects.toThrow();
  });
});

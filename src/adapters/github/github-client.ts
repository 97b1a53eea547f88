import { Octokit } from '@octokit/rest';

/** One REST client for GITHUB_API_URL; octokit's own logging is off (the log is ours). */
export function githubClient(token: string, baseUrl: string): Octokit {
  return new Octokit({
    auth: token,
    baseUrl,
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
  });
}

export const statusOf = (error: unknown): number | null =>
  typeof error === 'object' &&
  error !== null &&
  'status' in error &&
  typeof error.status === 'number'
    ? error.status
    : null;

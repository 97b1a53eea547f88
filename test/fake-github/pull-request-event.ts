import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface Account {
  login: string;
  [key: string]: unknown;
}
interface Repository {
  name: string;
  full_name: string;
  fork: boolean;
  owner: Account;
  [key: string]: unknown;
}
interface PullRequest {
  number: number;
  body: string | null;
  user: Account;
  labels: unknown[];
  base: Record<string, unknown>;
  head: Record<string, unknown>;
  [key: string]: unknown;
}

interface Example {
  name: string;
  examples: Array<Record<string, unknown> & { action?: string }>;
}

/** The opened pull_request example GitHub documents (@octokit/webhooks-examples), as a base. */
function openedExample(): Record<string, unknown> {
  const all = require('@octokit/webhooks-examples/api.github.com/index.json') as Example[];
  const example = all
    .find((e) => e.name === 'pull_request')
    ?.examples.find((e) => e.action === 'opened');
  if (!example) throw new Error('no pull_request opened example in @octokit/webhooks-examples');
  return structuredClone(example);
}

export interface PullRequestEventOptions {
  readonly number?: number;
  readonly baseSha: string;
  readonly headSha: string;
  readonly headRef?: string;
  readonly authorLogin?: string;
  readonly labels?: readonly string[];
  readonly body?: string;
  /** The head repository is a fork: GITHUB_TOKEN is read-only in pull_request runs. */
  readonly fork?: boolean;
}

/** A realistic pull_request event payload (as GITHUB_EVENT_PATH holds) with the given facts. */
export function pullRequestEvent(options: PullRequestEventOptions): Record<string, unknown> {
  const event = openedExample() as {
    number: number;
    pull_request: PullRequest;
    repository: Repository;
  };
  const pr = event.pull_request;
  event.number = options.number ?? 7;
  pr.number = event.number;
  pr.body = options.body ?? '';
  pr.user = {
    ...pr.user,
    login: options.authorLogin ?? 'octocat',
    type: options.authorLogin?.endsWith('[bot]') ? 'Bot' : 'User',
  };
  pr.labels = (options.labels ?? []).map((name, i) => ({
    id: i + 1,
    name,
    color: 'ededed',
    default: false,
  }));
  pr.base = { ...pr.base, sha: options.baseSha, ref: 'main' };
  const headRepo = options.fork
    ? {
        ...event.repository,
        full_name: `mallory/${event.repository.name}`,
        fork: true,
        owner: { ...event.repository.owner, login: 'mallory' },
      }
    : event.repository;
  pr.head = {
    ...pr.head,
    sha: options.headSha,
    ref: options.headRef ?? 'feature',
    repo: headRepo,
    label: `${headRepo.owner.login}:${options.headRef ?? 'feature'}`,
  };
  return event;
}

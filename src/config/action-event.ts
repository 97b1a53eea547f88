import { z } from 'zod';
import { ConfigError } from '../errors.js';
import { parseAcceptComment } from '../config/accept-comment.js';
import type { PullRequestMeta } from '../domain.js';

// Event payloads are at most a few hundred KiB; the PR body alone is capped at 65,536 characters.
export const MAX_EVENT_BYTES = 25 * 1024 * 1024;

const sha = z.string().regex(/^[0-9a-f]{40,64}$/);
const repoRef = z.object({ full_name: z.string().max(300), fork: z.boolean().optional() });

const pullRequestSchema = z.object({
  number: z.number().int().positive(),
  body: z.string().max(1_000_000).nullish(),
  user: z.object({ login: z.string().max(100) }).nullish(),
  labels: z
    .array(z.object({ name: z.string().max(100) }))
    .max(1000)
    .default([]),
  base: z.object({ sha, ref: z.string().max(1000) }),
  head: z.object({ sha, ref: z.string().max(1000), repo: repoRef.nullish() }),
});

const pullRequestPayload = z.object({
  action: z.string().max(100).optional(),
  label: z.object({ name: z.string().max(100) }).nullish(),
  pull_request: pullRequestSchema,
  repository: repoRef,
});

const issueCommentPayload = z.object({
  issue: z.object({
    number: z.number().int().positive(),
    pull_request: z.object({}).passthrough().nullish(),
  }),
  comment: z.object({ body: z.string().max(1_000_000).nullish() }),
});

const workflowRunPayload = z.object({
  workflow_run: z.object({
    head_sha: sha,
    pull_requests: z
      .array(z.object({ number: z.number().int().positive() }))
      .max(100)
      .default([]),
  }),
});

export interface PullRequestEvent {
  readonly kind: 'pull-request';
  readonly number: number;
  readonly baseSha: string;
  readonly headSha: string;
  readonly meta: PullRequestMeta;
  /** A fork PR under `pull_request`: the token is read-only. */
  readonly readOnlyToken: boolean;
  /** A `labeled` event: the label added and the head commit at that moment (GitHub's, not the PR's word). */
  readonly labeled: { readonly label: string; readonly headSha: string } | null;
}

export type ActionEvent =
  | PullRequestEvent
  | {
      /** A comment on an issue or pull request; only `/airlock accept` on a PR starts a run. */
      readonly kind: 'issue-comment';
      readonly number: number;
      readonly onPullRequest: boolean;
      readonly acceptRequest: boolean;
    }
  | {
      readonly kind: 'workflow-run';
      readonly headSha: string;
      readonly pullRequests: readonly number[];
    };

/** The parts of the event payload Airlock uses, validated; other events are a ConfigError. */
export function parseActionEvent(eventName: string, payload: unknown): ActionEvent {
  if (eventName === 'pull_request' || eventName === 'pull_request_target') {
    const parsed = pullRequestPayload.safeParse(payload);
    if (!parsed.success)
      throw new ConfigError('GITHUB_EVENT_PATH', 'is not a pull_request event payload');
    const { pull_request: pr, repository, label, action } = parsed.data;
    const fromFork = pr.head.repo?.full_name !== repository.full_name;
    const event = pullRequestOf(pr, eventName === 'pull_request' && fromFork);
    return {
      ...event,
      // `labeled` events name the label just added; the payload's list may predate it.
      meta: { ...event.meta, labels: mergeLabels(event.meta.labels, label ? [label.name] : []) },
      labeled: action === 'labeled' && label ? { label: label.name, headSha: pr.head.sha } : null,
    };
  }
  if (eventName === 'issue_comment') {
    const parsed = issueCommentPayload.safeParse(payload);
    if (!parsed.success)
      throw new ConfigError('GITHUB_EVENT_PATH', 'is not an issue_comment event payload');
    const { issue, comment } = parsed.data;
    return {
      kind: 'issue-comment',
      number: issue.number,
      onPullRequest: Boolean(issue.pull_request),
      acceptRequest: parseAcceptComment(comment.body ?? '') !== null,
    };
  }
  if (eventName === 'workflow_run') {
    const parsed = workflowRunPayload.safeParse(payload);
    if (!parsed.success)
      throw new ConfigError('GITHUB_EVENT_PATH', 'is not a workflow_run event payload');
    const run = parsed.data.workflow_run;
    return {
      kind: 'workflow-run',
      headSha: run.head_sha,
      pullRequests: run.pull_requests.map((p) => p.number),
    };
  }
  throw new ConfigError(
    'on',
    `Airlock runs on pull_request, issue_comment (an accept) or workflow_run (mode: report), not ${eventName.slice(0, 40) || 'this event'}`,
  );
}

/** Labels from the event and from the API, once each (GitHub compares label names case-insensitively). */
export function mergeLabels(first: readonly string[], second: readonly string[]): string[] {
  const seen = new Set<string>();
  return [...first, ...second].filter((label) => {
    const key = label.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function pullRequestOf(
  pr: z.output<typeof pullRequestSchema>,
  readOnlyToken: boolean,
): PullRequestEvent {
  return {
    kind: 'pull-request',
    number: pr.number,
    baseSha: pr.base.sha,
    headSha: pr.head.sha,
    meta: {
      authorLogin: pr.user?.login ?? null,
      headRef: pr.head.ref,
      labels: pr.labels.map((label) => label.name),
      body: pr.body ?? '',
    },
    readOnlyToken,
    labeled: null,
  };
}

/**
 * A pull request as the REST API returns it (GET /repos/{owner}/{repo}/pulls/{number}), for an
 * issue_comment run: that event names only the number. The token there can write.
 */
export function parsePullRequest(data: unknown): PullRequestEvent {
  const parsed = pullRequestSchema.safeParse(data);
  if (!parsed.success)
    throw new Error('the pulls API answered with something other than a pull request');
  return pullRequestOf(parsed.data, false);
}

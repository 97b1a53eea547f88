import { z } from 'zod';
import type { PullRequestMeta } from '../collect/provenance-classify.js';
import { ConfigError } from '../errors.js';

// Event payloads are at most a few hundred KiB; the PR body alone is capped at 65,536 characters.
export const MAX_EVENT_BYTES = 25 * 1024 * 1024;

const sha = z.string().regex(/^[0-9a-f]{40,64}$/);
const repoRef = z.object({ full_name: z.string().max(300), fork: z.boolean().optional() });

const labelName = z.object({ name: z.string().max(100) });

const pullRequestPayload = z.object({
  action: z.string().max(100).optional(),
  // `labeled` events name the label just added; the payload's list may predate it.
  label: labelName.nullish(),
  pull_request: z.object({
    number: z.number().int().positive(),
    body: z.string().max(1_000_000).nullish(),
    user: z.object({ login: z.string().max(100) }).nullish(),
    labels: z.array(labelName).max(1000).default([]),
    base: z.object({ sha, ref: z.string().max(1000) }),
    head: z.object({ sha, ref: z.string().max(1000), repo: repoRef.nullish() }),
  }),
  repository: repoRef,
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

export type ActionEvent =
  | {
      readonly kind: 'pull-request';
      readonly number: number;
      readonly baseSha: string;
      readonly headSha: string;
      readonly meta: PullRequestMeta;
      /** A fork PR under `pull_request`: the token is read-only. */
      readonly readOnlyToken: boolean;
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
    const { pull_request: pr, repository, label } = parsed.data;
    const fromFork = pr.head.repo?.full_name !== repository.full_name;
    return {
      kind: 'pull-request',
      number: pr.number,
      baseSha: pr.base.sha,
      headSha: pr.head.sha,
      meta: {
        authorLogin: pr.user?.login ?? null,
        headRef: pr.head.ref,
        labels: mergeLabels(
          pr.labels.map((entry) => entry.name),
          label ? [label.name] : [],
        ),
        body: pr.body ?? '',
      },
      readOnlyToken: eventName === 'pull_request' && fromFork,
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
    `Airlock runs on pull_request (or workflow_run with mode: report), not ${eventName.slice(0, 40) || 'this event'}`,
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

import type { Octokit } from '@octokit/rest';
import { z } from 'zod';
import type { PullRequestEvent } from '../../config/action-event.js';
import { parsePullRequest } from '../../config/action-event.js';
import type {
  AcceptClaim,
  AcceptanceEvidence,
  AcceptanceReader,
} from '../../verdict/maintainer-acceptance.js';
import { parseAcceptComment } from '../../config/accept-comment.js';
import { statusOf } from './github-client.js';

// The newest few requests decide; a PR with hundreds of them costs no more API calls than this.
const MAX_CLAIMS = 10;
// Pages of 100 comments or events read at most; older ones are not requests about this head.
const MAX_PAGES = 10;

// Any string: a login that is not one (LOGIN) is refused by the decision, with a note.
const login = z.string().max(100);
const user = z.object({ login }).nullish();
const pullSchema = z.object({
  user,
  labels: z.array(z.object({ name: z.string().max(100) })).max(1000),
});
const commentSchema = z.object({
  body: z.string().max(70_000).nullish(),
  user,
  created_at: z.string().max(40),
});
const eventSchema = z.object({
  event: z.string().max(100),
  actor: user,
  label: z.object({ name: z.string().max(100) }).nullish(),
});
const permissionSchema = z.object({
  permission: z.string().max(40),
  role_name: z.string().max(40).nullish(),
});

const UNBOUND_LABEL =
  'a label counts only in the run that adding it starts, for the commit that was the head then; remove it and add it again to accept this commit';

export interface PullFacts {
  readonly author: string | null;
  readonly labels: readonly string[];
}

/** The label run's own facts: which label was added and what the head was at that moment. */
export interface LabeledEvent {
  readonly label: string;
  readonly headSha: string;
}

/** One pull request's corner of the API. */
interface PullApi {
  readonly octokit: Octokit;
  readonly repo: { readonly owner: string; readonly repo: string };
  readonly pullRequest: number;
}

// Oldest first, as GitHub lists them; at most MAX_PAGES pages.
async function pages<T>(api: PullApi, route: string, schema: z.ZodType<T>): Promise<T[]> {
  const items: T[] = [];
  let page = 0;
  for await (const response of api.octokit.paginate.iterator(route, {
    ...api.repo,
    issue_number: api.pullRequest,
    per_page: 100,
  })) {
    items.push(...z.array(schema).parse(response.data));
    if (++page >= MAX_PAGES) break;
  }
  return items;
}

/** `/airlock accept` comments, newest first. */
async function commentClaims(api: PullApi): Promise<AcceptClaim[]> {
  const route = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments';
  const requests = (await pages(api, route, commentSchema)).flatMap((comment) => {
    const parsed = parseAcceptComment(comment.body ?? '');
    if (!parsed || !comment.user) return [];
    const claim: AcceptClaim = { via: 'comment', login: comment.user.login, ...parsed };
    return [{ claim, at: comment.created_at }];
  });
  return requests.sort((a, b) => b.at.localeCompare(a.at)).map((request) => request.claim);
}

/** Who added `label` last (issue events API), bound to a head only in that label's own run. */
async function labelClaim(
  api: PullApi,
  label: string,
  labeled: LabeledEvent | null,
): Promise<AcceptClaim | null> {
  const route = 'GET /repos/{owner}/{repo}/issues/{issue_number}/events';
  const events = await pages(api, route, eventSchema);
  const added = events.filter((e) => e.event === 'labeled' && e.label?.name === label).at(-1);
  if (!added?.actor) return null;
  const bound = labeled?.label === label ? labeled.headSha : null;
  return {
    via: 'label',
    login: added.actor.login,
    sha: bound,
    reason: `label ${label}`,
    ...(bound === null ? { unbound: UNBOUND_LABEL } : {}),
  };
}

async function pullFacts(api: PullApi): Promise<PullFacts> {
  const response = await api.octokit.rest.pulls.get({
    ...api.repo,
    pull_number: api.pullRequest,
  });
  const pull = pullSchema.parse(response.data);
  return { author: pull.user?.login ?? null, labels: pull.labels.map((l) => l.name) };
}

/** The user's role (admin, maintain, write, triage, read), or "no" when not a collaborator. */
async function roleOf(api: PullApi, username: string): Promise<string> {
  try {
    const response = await api.octokit.rest.repos.getCollaboratorPermissionLevel({
      ...api.repo,
      username,
    });
    const parsed = permissionSchema.parse(response.data);
    return parsed.role_name ?? parsed.permission;
  } catch (error) {
    if (statusOf(error) === 404) return 'no';
    throw error;
  }
}

/**
 * Requests to accept pull request `pullRequest`: `/airlock accept` comments, and who added the
 * accept label, with each requester's role from the collaborators permission API.
 */
export function githubAcceptanceReader(options: {
  readonly octokit: Octokit;
  readonly owner: string;
  readonly repo: string;
  readonly pullRequest: number;
  /** Set when this run was started by a `labeled` event. */
  readonly labeled: LabeledEvent | null;
  /** Author and labels from the event payload; null to read them from the pulls API. */
  readonly pull: PullFacts | null;
}): AcceptanceReader {
  const api: PullApi = {
    octokit: options.octokit,
    repo: { owner: options.owner, repo: options.repo },
    pullRequest: options.pullRequest,
  };
  return {
    async read({ acceptLabel }): Promise<AcceptanceEvidence> {
      const pull = options.pull ?? (await pullFacts(api));
      const labelled = acceptLabel !== null && pull.labels.includes(acceptLabel);
      const label = labelled ? await labelClaim(api, acceptLabel, options.labeled) : null;
      const comments = await commentClaims(api);
      // The label's own run is the newest request; otherwise it is reported after the comments.
      const ordered = label?.sha ? [label, ...comments] : [...comments, ...(label ? [label] : [])];
      const claims = ordered.slice(0, MAX_CLAIMS);
      const roles: Record<string, string> = {};
      for (const who of new Set(claims.map((c) => c.login))) roles[who] = await roleOf(api, who);
      return { prAuthor: pull.author, claims, roles };
    },
  };
}

/** The pull request an issue_comment run is about, as the API has it now. */
export async function fetchPullRequest(
  octokit: Octokit,
  target: { readonly owner: string; readonly repo: string; readonly number: number },
): Promise<PullRequestEvent> {
  const response = await octokit.rest.pulls.get({
    owner: target.owner,
    repo: target.repo,
    pull_number: target.number,
  });
  return parsePullRequest(response.data);
}

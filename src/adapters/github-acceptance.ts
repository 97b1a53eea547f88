import type { Octokit } from '@octokit/rest';
import { z } from 'zod';
import type { PullRequestEvent } from '../config/action-event.js';
import { parsePullRequest } from '../config/action-event.js';
import type {
  AcceptClaim,
  AcceptanceEvidence,
  AcceptanceReader,
} from '../verdict/maintainer-acceptance.js';
import { parseAcceptComment } from '../verdict/maintainer-acceptance.js';
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

/**
 * Requests to accept pull request `number`: `/airlock accept` comments, and who added the accept
 * label (from the issue events API), with each one's role from the collaborators permission API.
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
  const { octokit, pullRequest } = options;
  const repo = { owner: options.owner, repo: options.repo };
  const pages = async <T>(route: string, schema: z.ZodType<T>): Promise<T[]> => {
    const items: T[] = [];
    let page = 0;
    for await (const response of octokit.paginate.iterator(route, {
      ...repo,
      issue_number: pullRequest,
      per_page: 100,
    })) {
      items.push(...z.array(schema).parse(response.data));
      if (++page >= MAX_PAGES) break;
    }
    return items;
  };

  const commentClaims = async (): Promise<AcceptClaim[]> => {
    const comments = await pages(
      'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
      commentSchema,
    );
    return comments
      .flatMap((comment) => {
        const parsed = parseAcceptComment(comment.body ?? '');
        return parsed && comment.user
          ? [
              {
                via: 'comment' as const,
                login: comment.user.login,
                ...parsed,
                at: comment.created_at,
              },
            ]
          : [];
      })
      .sort((a, b) => b.at.localeCompare(a.at))
      .map(({ at: _at, ...claim }) => claim);
  };

  const labelClaim = async (label: string): Promise<AcceptClaim | null> => {
    const events = await pages(
      'GET /repos/{owner}/{repo}/issues/{issue_number}/events',
      eventSchema,
    );
    const added = events.filter((e) => e.event === 'labeled' && e.label?.name === label).at(-1);
    if (!added?.actor) return null;
    const bound = options.labeled?.label === label ? options.labeled.headSha : null;
    return {
      via: 'label',
      login: added.actor.login,
      sha: bound,
      reason: `label ${label}`,
      ...(bound === null ? { unbound: UNBOUND_LABEL } : {}),
    };
  };

  const pullFacts = async (): Promise<PullFacts> => {
    const response = await octokit.rest.pulls.get({ ...repo, pull_number: pullRequest });
    const pull = pullSchema.parse(response.data);
    return { author: pull.user?.login ?? null, labels: pull.labels.map((l) => l.name) };
  };

  const roleOf = async (who: string): Promise<string> => {
    try {
      const response = await octokit.rest.repos.getCollaboratorPermissionLevel({
        ...repo,
        username: who,
      });
      const parsed = permissionSchema.parse(response.data);
      return parsed.role_name ?? parsed.permission;
    } catch (error) {
      // 404: not a collaborator at all.
      if (statusOf(error) === 404) return 'no';
      throw error;
    }
  };

  return {
    async read({ acceptLabel }): Promise<AcceptanceEvidence> {
      const pull = options.pull ?? (await pullFacts());
      const labelled = acceptLabel !== null && pull.labels.includes(acceptLabel);
      const label = labelled ? await labelClaim(acceptLabel) : null;
      const comments = await commentClaims();
      // The label's own run is the newest request; otherwise it is reported after the comments.
      const ordered = label?.sha ? [label, ...comments] : [...comments, ...(label ? [label] : [])];
      const claims = ordered.slice(0, MAX_CLAIMS);
      const roles: Record<string, string> = {};
      for (const who of new Set(claims.map((c) => c.login))) roles[who] = await roleOf(who);
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

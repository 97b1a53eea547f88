import { Octokit } from '@octokit/rest';
import { z } from 'zod';

// Issues API: at most 100 labels per page; a PR with more than 1,000 labels is not worth reading.
const PER_PAGE = 100;
const MAX_PAGES = 10;

const labelPage = z.array(z.object({ name: z.string().max(100) })).max(PER_PAGE);

export interface LabelSource {
  readonly token: string;
  readonly baseUrl: string;
  readonly owner: string;
  readonly repo: string;
  readonly pullRequest: number;
}

/**
 * The PR's labels as the REST API has them now. The event payload is a snapshot from when the
 * event fired: the Codex connector labels its PRs seconds after the `opened` event.
 */
export async function readPullRequestLabels(source: LabelSource): Promise<string[]> {
  const octokit = new Octokit({
    auth: source.token,
    baseUrl: source.baseUrl,
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
  });
  const names: string[] = [];
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    const response = await octokit.rest.issues.listLabelsOnIssue({
      owner: source.owner,
      repo: source.repo,
      issue_number: source.pullRequest,
      per_page: PER_PAGE,
      page,
    });
    const labels = labelPage.parse(response.data);
    names.push(...labels.map((label) => label.name));
    if (labels.length < PER_PAGE) break;
  }
  return names;
}

import { gzipSync } from 'node:zlib';
import type { Analysis } from '../../report/analysis.js';
import {
  completeCheckRunPayloads,
  createCheckRunPayload,
} from '../../report/check-run-payloads.js';
import { checkRunOutput } from '../../report/check-run-output.js';
import { COMMENT_MARKER, renderComment } from '../../report/render-report.js';
import { sanitizeInline } from '../../report/sanitize-markdown.js';
import { ACTIONS_BOT_LOGIN, findStickyComment } from '../../report/sticky-comment.js';
import type { Clock, PipelineLogger } from '../../ports.js';
import { githubClient, statusOf } from './github-client.js';

export interface GitHubTarget {
  readonly owner: string;
  readonly repo: string;
  /** The PR head commit: check runs and annotations belong to it, not to the merge commit. */
  readonly headSha: string;
  readonly pullRequest: number | null;
  readonly checkName: string;
  readonly comment: boolean;
}

export interface GitHubPublisher {
  startCheck(): Promise<void>;
  /** Publishes check run, comment and (when given) SARIF; returns why anything could not be. */
  publish(analysis: Analysis, sarif: object | null): Promise<string[]>;
  failCheck(message: string): Promise<void>;
}

// 403/404 on a write: the token may read but not write (fork PRs get a read-only GITHUB_TOKEN).
const isPermissionError = (error: unknown) => [401, 403, 404].includes(statusOf(error) ?? 0);

/** Check run, sticky comment and code-scanning upload through the REST API at GITHUB_API_URL. */
export function githubPublisher(options: {
  readonly token: string;
  readonly baseUrl: string;
  readonly target: GitHubTarget;
  readonly log: PipelineLogger;
  readonly clock: Clock;
}): GitHubPublisher {
  const { target, log } = options;
  const octokit = githubClient(options.token, options.baseUrl);
  const repo = { owner: target.owner, repo: target.repo };
  const iso = () => new Date(options.clock.now()).toISOString();
  let checkRunId: number | null = null;
  let cannotWrite: string | null = null;

  const startCheck = async () => {
    try {
      const created = await octokit.rest.checks.create({
        ...repo,
        ...createCheckRunPayload({
          name: target.checkName,
          headSha: target.headSha,
          startedAt: iso(),
        }),
      });
      checkRunId = created.data.id;
    } catch (error) {
      if (!isPermissionError(error)) throw error;
      cannotWrite = `the token cannot create check runs (HTTP ${statusOf(error)}); it is read-only, as for pull requests from forks`;
      log.warn(cannotWrite);
    }
  };

  const completeCheck = async (analysis: Analysis) => {
    const output = checkRunOutput(analysis.model);
    const payloads = completeCheckRunPayloads({
      verdict: analysis.model.verdict,
      ...output,
      completedAt: iso(),
    });
    if (checkRunId === null) {
      const [first, ...rest] = payloads;
      const created = await octokit.rest.checks.create({
        ...repo,
        name: target.checkName,
        head_sha: target.headSha,
        ...first,
      });
      checkRunId = created.data.id;
      payloads.splice(0, payloads.length, ...rest);
    }
    // Checks API: at most 50 annotations per request; each further update appends the next batch.
    for (const payload of payloads)
      await octokit.rest.checks.update({ ...repo, check_run_id: checkRunId, ...payload });
  };

  const ownLogins = async (): Promise<string[]> => {
    try {
      return [(await octokit.rest.users.getAuthenticated()).data.login];
    } catch {
      // GITHUB_TOKEN cannot read /user; what it writes is authored by github-actions[bot].
      return [ACTIONS_BOT_LOGIN];
    }
  };

  const upsertComment = async (analysis: Analysis, pullRequest: number) => {
    const body = renderComment(analysis.model);
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      ...repo,
      issue_number: pullRequest,
      per_page: 100,
    });
    const sticky = findStickyComment(comments, {
      marker: COMMENT_MARKER,
      ownLogins: await ownLogins(),
    });
    if (sticky) await octokit.rest.issues.updateComment({ ...repo, comment_id: sticky.id, body });
    else await octokit.rest.issues.createComment({ ...repo, issue_number: pullRequest, body });
  };

  const uploadSarif = async (sarif: object, pullRequest: number | null) => {
    const encoded = gzipSync(JSON.stringify(sarif)).toString('base64');
    const ref = pullRequest === null ? 'refs/heads/airlock' : `refs/pull/${pullRequest}/head`;
    await octokit.rest.codeScanning.uploadSarif({
      ...repo,
      commit_sha: target.headSha,
      ref,
      sarif: encoded,
      tool_name: 'Airlock',
    });
  };

  const attempt = async (what: string, step: () => Promise<void>, notes: string[]) => {
    try {
      await step();
    } catch (error) {
      if (!isPermissionError(error)) throw error;
      notes.push(`Could not ${what}: the token lacks permission (HTTP ${statusOf(error)}).`);
      log.warn(notes[notes.length - 1] ?? '');
    }
  };

  return {
    startCheck,
    async publish(analysis, sarif) {
      if (cannotWrite !== null)
        return [
          `Published to the job summary only: ${cannotWrite}. Use \`mode: analyze\` with a \`mode: report\` workflow_run job to publish fork results.`,
        ];
      const notes: string[] = [];
      await attempt('complete the check run', () => completeCheck(analysis), notes);
      const pr = analysis.pullRequest;
      if (target.comment && pr !== null)
        await attempt('update the pull request comment', () => upsertComment(analysis, pr), notes);
      if (sarif !== null)
        await attempt(
          'upload SARIF to code scanning (needs security-events: write)',
          () => uploadSarif(sarif, pr),
          notes,
        );
      return notes;
    },
    async failCheck(message) {
      if (checkRunId === null) return;
      const summary = 'Airlock could not finish; see the workflow log.';
      await octokit.rest.checks
        .update({
          ...repo,
          check_run_id: checkRunId,
          status: 'completed',
          conclusion: 'failure',
          completed_at: iso(),
          output: { title: 'Airlock errored', summary, text: sanitizeInline(message, 1000) },
        })
        .catch(() => undefined);
    },
  };
}

// Action entry: reads inputs and the event once, builds adapters, runs the pipeline.
// The only setFailed.
import { resolve } from 'node:path';
import * as core from '@actions/core';
import type { ActionContext } from './adapters/github/action-context.js';
import { readActionContext, refusePersistedCredentials } from './adapters/github/action-context.js';
import { actionPublisher } from './adapters/github/action-publisher.js';
import { changeScanner } from './adapters/scanner/change-scanner.js';
import type { LabeledEvent, PullFacts } from './adapters/github/github-acceptance.js';
import { fetchPullRequest, githubAcceptanceReader } from './adapters/github/github-acceptance.js';
import { githubClient } from './adapters/github/github-client.js';
import { githubPublisher } from './adapters/github/github-publisher.js';
import { readPullRequestLabels } from './adapters/github/pull-request-labels.js';
import { actionsLogger } from './adapters/github/pipeline-loggers.js';
import { repositoryGit } from './adapters/git/repository-git.js';
import { sandboxRunner } from './adapters/sandbox-client/sandbox-runner.js';
import { readReportResults } from './adapters/github/report-results.js';
import { mergeLabels, type PullRequestEvent } from './config/action-event.js';
import type { ParsedInputs } from './config/action-inputs.js';
import { inputsFromEnv, parseActionInputs } from './config/action-inputs.js';
import { sandboxEnvValues } from './config/sandbox-env.js';
import { ConfigError, errorMessage } from './errors.js';
import type { Analysis } from './report/analysis.js';
import { verdictTitle } from './report/describe-verdict.js';
import { publishAnalysis, run } from './run.js';
import type { PullRequestMeta } from './domain.js';

const env = process.env;
const log = actionsLogger();
const clock = { now: () => Date.now() };

const FORK_NOTE =
  'Published to the job summary only: this pull request comes from a fork, and under `pull_request` GitHub gives the workflow a read-only token. Use `mode: analyze` with a `mode: report` workflow_run job to publish fork results.';
const ANALYZE_NOTE =
  'Analysed with `mode: analyze`; a `mode: report` job publishes the check run and comment.';

/** Returns the failure message for a fail or blocked verdict, null otherwise. */
async function main(): Promise<string | null> {
  const inputs = parseActionInputs(inputsFromEnv(env));
  if (inputs.token) core.setSecret(inputs.token);
  const context = await readActionContext(env);
  const { event } = context;
  if (event.kind === 'issue-comment' && !(event.onPullRequest && event.acceptRequest)) {
    log.info('Not an `/airlock accept` comment on a pull request: nothing to do.');
    return null;
  }
  const analysis =
    inputs.config.mode === 'report'
      ? await reportMode(inputs, context)
      : await analyzeMode(inputs, context);
  const { verdict } = analysis.model;
  return verdict.conclusion === 'fail' || verdict.conclusion === 'blocked'
    ? `Airlock: ${verdictTitle(verdict)}`
    : null;
}

function github(
  inputs: ParsedInputs,
  context: ActionContext,
  commit: { readonly headSha: string; readonly pullRequest: number | null },
) {
  const { headSha, pullRequest } = commit;
  return githubPublisher({
    token: inputs.token,
    baseUrl: context.apiUrl,
    target: {
      owner: context.owner,
      repo: context.repo,
      headSha,
      pullRequest,
      checkName: inputs.config.checkName,
      comment: inputs.config.comment,
    },
    log,
    clock,
  });
}

function acceptanceReader(
  inputs: ParsedInputs,
  context: ActionContext,
  request: { pullRequest: number; labeled: LabeledEvent | null; pull: PullFacts | null },
) {
  return githubAcceptanceReader({
    octokit: githubClient(inputs.token, context.apiUrl),
    owner: context.owner,
    repo: context.repo,
    ...request,
  });
}

/** The pull request to analyse: the event's, or for an accept comment the API's (the event names only its number). */
async function pullRequestOf(
  inputs: ParsedInputs,
  context: ActionContext,
): Promise<PullRequestEvent> {
  const { event } = context;
  if (event.kind === 'pull-request') return event;
  if (event.kind === 'issue-comment' && inputs.config.mode === 'full') {
    const octokit = githubClient(inputs.token, context.apiUrl);
    return fetchPullRequest(octokit, {
      owner: context.owner,
      repo: context.repo,
      number: event.number,
    });
  }
  throw new ConfigError(
    'mode',
    `${inputs.config.mode} runs on pull_request events (mode: full also on issue_comment); use mode: report in a workflow_run job`,
  );
}

/** `mode: full` and `mode: analyze`: runs the pipeline on the pull request in the workspace. */
async function analyzeMode(inputs: ParsedInputs, context: ActionContext): Promise<Analysis> {
  const { config } = inputs;
  const event = await pullRequestOf(inputs, context);
  if (!config.allowPersistedCredentials) await refusePersistedCredentials(context.workspace);
  const publishes = config.mode === 'full' && !event.readOnlyToken;
  const publisher = actionPublisher({
    config,
    resultsDir: resolve(context.workspace, config.resultsDir),
    github: publishes
      ? github(inputs, context, { headSha: event.headSha, pullRequest: event.number })
      : null,
    githubSkipped:
      config.mode === 'analyze' ? ANALYZE_NOTE : event.readOnlyToken ? FORK_NOTE : null,
    log,
  });
  const pull = { author: event.meta.authorLogin, labels: event.meta.labels };
  const acceptance = publishes
    ? acceptanceReader(inputs, context, { pullRequest: event.number, labeled: event.labeled, pull })
    : undefined;
  return run(
    {
      config,
      base: event.baseSha,
      head: event.headSha,
      pullRequest: await withCurrentLabels(event, inputs, context),
      pullRequestNumber: event.number,
      workspace: context.workspace,
      sandboxEnv: sandboxEnvValues(config.sandboxEnv, env),
      links: context.links,
    },
    {
      git: repositoryGit(context.workspace),
      scanner: await changeScanner(),
      sandbox: sandboxRunner({ hostEnv: env, log }),
      publisher,
      log,
      clock,
      acceptance,
    },
  );
}

/** The event's PR facts with the labels the API has now; the event's alone if it cannot be asked. */
async function withCurrentLabels(
  event: PullRequestEvent,
  inputs: ParsedInputs,
  context: ActionContext,
): Promise<PullRequestMeta> {
  try {
    const current = await readPullRequestLabels({
      token: inputs.token,
      baseUrl: context.apiUrl,
      owner: context.owner,
      repo: context.repo,
      pullRequest: event.number,
    });
    return { ...event.meta, labels: mergeLabels(event.meta.labels, current) };
  } catch (error) {
    log.warn(`PR labels not read from the API, using the event's: ${errorMessage(error)}`);
    return event.meta;
  }
}

/** Where `mode: report` publishes: the commit and pull requests the trusted event names. */
interface ReportTarget {
  readonly headSha: string;
  /** The event's pull requests; empty for a fork's workflow_run, which leaves it to the artifact. */
  readonly pullRequests: readonly number[];
  readonly readOnlyToken: boolean;
}

function reportTarget(context: ActionContext): ReportTarget {
  const { event } = context;
  if (event.kind === 'workflow-run')
    return { headSha: event.headSha, pullRequests: event.pullRequests, readOnlyToken: false };
  // The same workflow's report job, after the analyze matrix (needs:); same-repository PRs.
  if (event.kind === 'pull-request')
    return {
      headSha: event.headSha,
      pullRequests: [event.number],
      readOnlyToken: event.readOnlyToken,
    };
  throw new ConfigError(
    'mode',
    'report runs in a workflow_run job after the analyze workflow, or after the analyze jobs of a pull_request workflow',
  );
}

/** `mode: report`: publishes what `mode: analyze` wrote, for the commit the trusted event names. */
async function reportMode(inputs: ParsedInputs, context: ActionContext): Promise<Analysis> {
  const target = reportTarget(context);
  const resultsDir = resolve(context.workspace, inputs.config.resultsDir);
  // The required check must not go missing: an incomplete shard set is its failed conclusion.
  const artifact = await readReportResults(resultsDir, target.headSha, async (error) => {
    if (target.readOnlyToken) return;
    const check = github(inputs, context, { headSha: target.headSha, pullRequest: null });
    await check.startCheck();
    await check.failCheck(errorMessage(error));
  });
  // Same-repository PRs are listed in the event; only fork PRs leave the number to the artifact.
  const claimed = artifact.pullRequest;
  if (
    target.pullRequests.length > 0 &&
    (claimed === null || !target.pullRequests.includes(claimed))
  )
    throw new ConfigError(
      'results-dir',
      `the results name pull request #${claimed ?? '?'}, which the ${context.event.kind === 'workflow-run' ? 'workflow_run ' : ''}event does not`,
    );
  // Links come from this job's own context, never from the artifact.
  const analysis: Analysis = {
    ...artifact,
    model: {
      ...artifact.model,
      links: context.links,
      notes: [
        'Published from the results of the analyze job, read as untrusted data.',
        ...(artifact.model.shards ? [`Merged from ${artifact.model.shards.length} shards.`] : []),
      ],
    },
  };
  const publisher = actionPublisher({
    config: inputs.config,
    resultsDir,
    github: target.readOnlyToken
      ? null
      : github(inputs, context, { headSha: target.headSha, pullRequest: claimed }),
    githubSkipped: target.readOnlyToken ? FORK_NOTE : null,
    log,
  });
  return publishAnalysis(analysis, {
    publisher,
    log,
    ...(claimed === null || target.readOnlyToken
      ? {}
      : {
          acceptance: acceptanceReader(inputs, context, {
            pullRequest: claimed,
            labeled: null,
            pull: null,
          }),
        }),
  });
}

main().then(
  (failure) => {
    if (failure) core.setFailed(failure);
  },
  (error: unknown) => core.setFailed(errorMessage(error)),
);

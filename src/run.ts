// The pipeline: config -> collect -> scan -> sandbox -> verdict -> report. One implementation for
// the action (main.ts) and `airlock check` (cli/check-command.ts); all IO arrives in `deps`.
import type { ActionConfig } from './config/action-inputs.js';
import { applyPolicy, parsePolicyFile } from './config/policy-file.js';
import { attributeChanges } from './collect/attribute-changes.js';
import type { Attribution } from './collect/attribution-lines.js';
import { gateFindings } from './collect/attribution-lines.js';
import type { PullRequestMeta } from './collect/provenance-classify.js';
import type { Finding, SandboxResult, TestResults } from './domain.js';
import { errorMessage } from './errors.js';
import type {
  Clock,
  PipelineLogger,
  Publisher,
  RepositoryGit,
  SandboxRunOutput,
  SandboxRunner,
  Scanner,
} from './ports.js';
import type { Analysis } from './report/analysis.js';
import { decideVerdict } from './verdict/decide-verdict.js';
import { attributeViolations } from './report/violation-attribution.js';
import { policyEditFindings } from './verdict/policy-edit-finding.js';
import { testResultsOf } from './verdict/test-results.js';

export interface RunRequest {
  readonly config: ActionConfig;
  /** Revisions: the PR's base and head (any ref git resolves). */
  readonly base: string;
  readonly head: string;
  readonly pullRequest: PullRequestMeta | null;
  readonly pullRequestNumber: number | null;
  /** Host directory holding the tree to test; the sandbox sees a copy-on-write view of it. */
  readonly workspace: string;
  /** Values of the `sandbox-env` variables, read from the caller's environment. */
  readonly sandboxEnv: Readonly<Record<string, string>>;
}

export interface RunDeps {
  readonly git: RepositoryGit;
  readonly scanner: Scanner;
  readonly sandbox: SandboxRunner;
  readonly publisher: Publisher;
  readonly log: PipelineLogger;
  readonly clock: Clock;
}

/** Analyses the change and publishes the report; a thrown analysis leaves nothing in progress. */
export async function run(request: RunRequest, deps: RunDeps): Promise<Analysis> {
  await deps.publisher.start();
  let analysis: Analysis;
  try {
    analysis = await analyze(request, deps);
  } catch (error) {
    await deps.publisher.abort(errorMessage(error));
    throw error;
  }
  await deps.log.group('Report', () => deps.publisher.publish(analysis));
  return analysis;
}

/** `mode: report`: publishes an analysis another job produced. */
export async function publishAnalysis(
  analysis: Analysis,
  deps: Pick<RunDeps, 'publisher' | 'log'>,
): Promise<Analysis> {
  await deps.publisher.start();
  await deps.log.group('Report', () => deps.publisher.publish(analysis));
  return analysis;
}

export async function analyze(request: RunRequest, deps: RunDeps): Promise<Analysis> {
  const { log } = deps;
  const base = await deps.git.resolveCommit(request.base);
  const head = await deps.git.resolveCommit(request.head);
  const { config, notes } = await log.group('Config', () => loadPolicy(request.config, base, deps));
  const attribution = await log.group('Collect', () =>
    collect(config, { ...request, base, head }, deps),
  );
  const findings = await log.group('Scan', () => scan(config, base, head, attribution, deps));
  const gated = config.scope === 'ai-authored' && !attribution.aiInvolved;
  const tested =
    config.testCommand !== null && !gated
      ? await log.group('Sandbox', () => testInSandbox(config, request, deps))
      : null;
  const verdict = decideVerdict({
    findings,
    failOn: config.failOn,
    blockOnViolations: config.blockOnViolations,
    sandbox: tested?.sandbox ?? null,
    tests: tested?.tests ?? null,
    scope: config.scope,
    aiInvolved: attribution.aiInvolved,
  });
  log.info(`verdict: ${verdict.conclusion}`);
  return {
    version: 1,
    pullRequest: request.pullRequestNumber,
    model: {
      verdict,
      findings,
      scope: config.scope,
      failOn: config.failOn,
      tests: tested?.tests ?? null,
      sandbox: tested?.sandbox ?? null,
      provenance: attribution.summary,
      headSha: head,
      notes: [...notes, ...(tested?.notes ?? [])],
    },
  };
}

// The policy comes from the base commit: the PR cannot loosen the gate that judges it.
async function loadPolicy(
  inputs: ActionConfig,
  base: string,
  deps: RunDeps,
): Promise<{ config: ActionConfig; notes: string[] }> {
  const text = await deps.git.fileAt(base, inputs.policyFile);
  const policy = parsePolicyFile(text, inputs.policyFile);
  if (policy === null) return { config: inputs, notes: [] };
  deps.log.info(`policy ${inputs.policyFile} from the base commit overrides the inputs`);
  return {
    config: applyPolicy(inputs, policy),
    notes: [`Policy read from \`${inputs.policyFile}\` on the base branch.`],
  };
}

async function collect(
  config: ActionConfig,
  request: RunRequest,
  deps: RunDeps,
): Promise<Attribution> {
  const attribution = await attributeChanges(
    {
      base: request.base,
      head: request.head,
      pullRequest: request.pullRequest,
      rules: config,
      scope: config.scope,
    },
    { git: deps.git },
  );
  const { aiCommits, commits, aiLines, totalAddedLines } = attribution.summary;
  deps.log.info(
    `${aiCommits} of ${commits.length} commits AI-authored; ${aiLines} of ${totalAddedLines} added lines`,
  );
  return attribution;
}

async function scan(
  config: ActionConfig,
  base: string,
  head: string,
  attribution: Attribution,
  deps: RunDeps,
): Promise<Finding[]> {
  const changes = await deps.git.changeSet(await deps.git.mergeBase(base, head), head);
  const report = deps.scanner.scan(changes);
  const paths = changes.files.flatMap((f) => (f.oldPath ? [f.path, f.oldPath] : [f.path]));
  // Editing the gate's own policy counts whoever wrote the edit.
  const gated = [
    ...gateFindings(report.findings, attribution),
    ...policyEditFindings(paths, config.policyFile),
  ];
  deps.log.info(
    `${report.stats.files} files scanned; ${report.findings.length} findings, ${gated.length} on gated changes`,
  );
  return gated;
}

interface Tested {
  readonly sandbox: SandboxResult;
  readonly tests: TestResults;
  readonly notes: readonly string[];
}

/** install-command (if any), then test-command, sharing one wall-clock budget. */
async function testInSandbox(
  config: ActionConfig,
  request: RunRequest,
  deps: RunDeps,
): Promise<Tested> {
  const started = deps.clock.now();
  let install: SandboxRunOutput | null = null;
  if (config.installCommand !== null) {
    // Until the install phase exists, the install run's writes are not kept for the test run.
    install = await sandboxed('install-command', config.installCommand, config, request, deps);
    if (install.result.outcome !== 'passed') {
      const { tests } = testResultsOf(install.result, [], ['/workspace']);
      return {
        sandbox: install.result,
        tests,
        notes: ['install-command did not pass, so test-command did not run.'],
      };
    }
  }
  const spentSeconds = Math.ceil((deps.clock.now() - started) / 1000);
  const remaining = Math.max(1, config.limits.timeoutSeconds - spentSeconds);
  const testCommand = config.testCommand ?? '';
  const test = await sandboxed(
    'test-command',
    testCommand,
    { ...config, limits: { ...config.limits, timeoutSeconds: remaining } },
    request,
    deps,
  );
  // Only the test run has JUnit timing, so only its violations can name the test that was running.
  const testViolations = attributeViolations(
    test.result.violations,
    test.result.startedAt,
    test.junitReports,
  );
  const sandbox: SandboxResult = {
    ...test.result,
    violations: install ? [...install.result.violations, ...testViolations] : testViolations,
  };
  const { tests, problems } = testResultsOf(sandbox, test.junitReports, ['/workspace']);
  return { sandbox, tests, notes: problems };
}

async function sandboxed(
  label: string,
  command: string,
  config: ActionConfig,
  request: RunRequest,
  deps: RunDeps,
): Promise<SandboxRunOutput> {
  deps.log.info(`${label} in the sandbox: ${command.split('\n')[0] ?? ''}`);
  const output = await deps.sandbox.run({
    command,
    workspace: request.workspace,
    workingDirectory: config.workingDirectory,
    limits: config.limits,
    env: withJunitReport(command, request.sandboxEnv),
  });
  const { result } = output;
  const lines = `${result.stdout}\n${result.stderr}`.replace(/\s+$/, '').split('\n');
  deps.log.untrusted(`${label} output`, lines);
  deps.log.info(`${label}: ${result.outcome} in ${result.durationMs} ms`);
  return output;
}

/**
 * pytest writes a JUnit report when asked through PYTEST_ADDOPTS, so per-test results need no
 * change to the command. Other runners write theirs when pointed at $AIRLOCK_RESULTS_DIR.
 */
export function withJunitReport(
  command: string,
  env: Readonly<Record<string, string>>,
): Record<string, string> {
  if (!/\bpytest\b/.test(command)) return { ...env };
  const option = '--junitxml=/results/airlock-pytest-junit.xml';
  const existing = env['PYTEST_ADDOPTS'];
  return { ...env, PYTEST_ADDOPTS: existing ? `${existing} ${option}` : option };
}

// The pipeline: config -> collect -> scan -> sandbox -> verdict -> report. One implementation for
// the action (main.ts) and `airlock check` (cli/check-command.ts); all IO arrives in `deps`.
import type { ActionConfig } from './config/action-inputs.js';
import { shardLabel } from './config/shard-spec.js';
import { applyPolicy, parsePolicyFile } from './config/policy-file.js';
import { attributeChanges } from './collect/attribute-changes.js';
import type { Attribution } from './collect/attribution-lines.js';
import { gateFindings } from './collect/attribution-lines.js';
import type {
  ChangeSet,
  Finding,
  InstallOverrides,
  PullRequestMeta,
  SandboxResult,
  TestResults,
} from './domain.js';
import { errorMessage } from './errors.js';
import type {
  Clock,
  PipelineLogger,
  Publisher,
  RepositoryGit,
  SandboxRunOutput,
  SandboxRunRequest,
  SandboxRunner,
  Scanner,
} from './ports.js';
import type { Analysis } from './report/analysis.js';
import type { RepositoryLinks } from './report/repository-links.js';
import { checkOptionsOf } from './report/reproduce-section.js';
import { withExcerpts } from './scan/finding-excerpts.js';
import { judgeChange } from './verdict/judge-change.js';
import type { AcceptanceReader } from './verdict/maintainer-acceptance.js';
import { acceptVerdict, withoutAcceptance } from './verdict/maintainer-acceptance.js';
import { attributeViolations } from './report/violation-attribution.js';
import { policyEditFindings } from './verdict/policy-edit-finding.js';
import { dependencyManifestFindings, installOverridePlan } from './verdict/dependency-manifests.js';
import { destination } from './sandbox/egress-report.js';
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
  /** Where reports link locations and the run to; null outside GitHub. */
  readonly links: RepositoryLinks | null;
}

export interface RunDeps {
  readonly git: RepositoryGit;
  readonly scanner: Scanner;
  readonly sandbox: SandboxRunner;
  readonly publisher: Publisher;
  readonly log: PipelineLogger;
  readonly clock: Clock;
  /** Reads maintainers' requests to accept a blocked PR; absent outside GitHub. */
  readonly acceptance?: AcceptanceReader;
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

/** `mode: report`: publishes an analysis another job produced, with any acceptance since. */
export async function publishAnalysis(
  artifact: Analysis,
  deps: Pick<RunDeps, 'publisher' | 'log' | 'acceptance'>,
): Promise<Analysis> {
  await deps.publisher.start();
  const { model } = artifact;
  // The analyze job's policy is not trusted here, so only comments (which name the commit) count.
  const { verdict, notes } = await acceptVerdict(
    withoutAcceptance(model.verdict),
    { headSha: model.headSha, acceptLabel: null },
    { reader: deps.acceptance, log: deps.log },
  );
  const analysis = { ...artifact, model: { ...model, verdict, notes: [...model.notes, ...notes] } };
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
  const { findings, changes } = await log.group('Scan', () =>
    scan({ config, base, head, attribution }, deps),
  );
  const gated = config.scope === 'ai-authored' && !attribution.aiInvolved;
  const tested =
    config.testCommand !== null && !gated
      ? await log.group('Sandbox', () => testInSandbox({ config, request, base, changes }, deps))
      : null;
  const { verdict, notes: acceptNotes } = await judgeChange(
    config,
    {
      findings,
      sandbox: tested?.sandbox ?? null,
      tests: tested?.tests ?? null,
      aiInvolved: attribution.aiInvolved,
      headSha: head,
    },
    { reader: deps.acceptance, log },
  );
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
      baseSha: base,
      links: request.links,
      options: checkOptionsOf(config),
      notes: [...notes, ...(tested?.notes ?? []), ...acceptNotes],
    },
    ...(request.config.shard ? { shard: request.config.shard } : {}),
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
  input: {
    readonly config: ActionConfig;
    readonly base: string;
    readonly head: string;
    readonly attribution: Attribution;
  },
  deps: RunDeps,
): Promise<{ findings: Finding[]; changes: ChangeSet }> {
  const { config, base, head, attribution } = input;
  const changes = await deps.git.changeSet(await deps.git.mergeBase(base, head), head);
  // Shard 1 scans for the whole matrix; the report takes its findings (see docs/sharding.md).
  if (config.shard !== null && config.shard.index > 1) {
    deps.log.info(`shard ${shardLabel(config.shard)}: the scan is left to shard 1`);
    return { findings: [], changes };
  }
  const report = deps.scanner.scan(changes);
  const paths = changes.files.flatMap((f) => (f.oldPath ? [f.path, f.oldPath] : [f.path]));
  // A manifest change counts like a finding on its first added line; editing the gate's own
  // policy counts whoever wrote the edit.
  const gated = [
    ...gateFindings(
      [...report.findings, ...dependencyManifestFindings(changes.files)],
      attribution,
    ),
    ...policyEditFindings(paths, config.policyFile),
  ];
  deps.log.info(
    `${report.stats.files} files scanned; ${report.findings.length} findings, ${gated.length} on gated changes`,
  );
  return { findings: withExcerpts(gated, changes), changes };
}

interface Tested {
  readonly sandbox: SandboxResult;
  readonly tests: TestResults;
  readonly notes: readonly string[];
}

/**
 * install-command (if any), then test-command, in one sandboxed run that shares one wall-clock
 * budget: the install reaches only package registries, the tests run on what it wrote, offline.
 */
async function testInSandbox(
  input: {
    readonly config: ActionConfig;
    readonly request: RunRequest;
    readonly base: string;
    readonly changes: ChangeSet;
  },
  deps: RunDeps,
): Promise<Tested> {
  const { config, request, base, changes } = input;
  const install =
    config.installCommand === null
      ? null
      : {
          command: config.installCommand,
          allowHosts: config.allowHosts,
          packageCaches: config.packageCaches,
          overrides:
            config.installFrom === 'base' ? await baseManifests(base, changes, deps) : null,
        };
  const { result, junitReports } = await sandboxed({ config, request, install }, deps);
  if (result.phase === 'install') {
    const { tests } = testResultsOf(result, [], ['/workspace']);
    return {
      sandbox: result,
      tests,
      notes: [`install-command ended ${result.outcome}, so test-command did not run.`],
    };
  }
  // Only the test run has JUnit timing, so only its violations can name the test that was running.
  const installViolations = result.violations.filter((v) => v.phase === 'install');
  const testViolations = attributeViolations(
    result.violations.filter((v) => v.phase !== 'install'),
    result.startedAt,
    junitReports,
  );
  const sandbox: SandboxResult = {
    ...result,
    violations: [...installViolations, ...testViolations],
  };
  const { tests, problems } = testResultsOf(sandbox, junitReports, ['/workspace']);
  return { sandbox, tests, notes: problems };
}

/** install-from: base — the base commit's version of each manifest the PR changed, or hidden. */
async function baseManifests(
  base: string,
  changes: ChangeSet,
  deps: RunDeps,
): Promise<InstallOverrides> {
  const plan = installOverridePlan(changes.files);
  const restore: { path: string; content: string }[] = [];
  const hide = [...plan.hide];
  for (const path of plan.restore) {
    const content = await deps.git.fileAt(base, path);
    if (content === null) hide.push(path);
    else restore.push({ path, content });
  }
  deps.log.info(
    `install-from base: ${restore.length} manifests from the base commit, ${hide.length} hidden`,
  );
  return { restore, hide: [...new Set(hide)].sort() };
}

async function sandboxed(
  input: {
    readonly config: ActionConfig;
    readonly request: RunRequest;
    readonly install: SandboxRunRequest['install'];
  },
  deps: RunDeps,
): Promise<SandboxRunOutput> {
  const { config, request, install } = input;
  const command = config.testCommand ?? '';
  if (install)
    deps.log.info(`install-command in the sandbox: ${install.command.split('\n')[0] ?? ''}`);
  deps.log.info(`test-command in the sandbox: ${command.split('\n')[0] ?? ''}`);
  const output = await deps.sandbox.run({
    command,
    workspace: request.workspace,
    workingDirectory: config.workingDirectory,
    limits: config.limits,
    env: withJunitReport(command, request.sandboxEnv),
    root: config.sandboxRoot,
    install,
    shard: config.shard,
  });
  const { result } = output;
  const echo = (label: string, run: { stdout: string; stderr: string }) =>
    deps.log.untrusted(
      `${label} output`,
      `${run.stdout}\n${run.stderr}`.replace(/\s+$/, '').split('\n'),
    );
  if (result.install) {
    const { egress } = result.install;
    if (result.phase !== 'install') echo('install-command', result.install);
    deps.log.info(
      `install-command: ${result.install.outcome} in ${result.install.durationMs} ms; ${egress.connections} connections to registries, ${egress.denied.length} destinations refused`,
    );
    // Hosts and reasons come from the sandbox: echoed as untrusted text, never as commands.
    deps.log.untrusted('install-command egress', [
      ...egress.allowed.map((r) => `allowed ${destination(r)} x${r.count} (${r.bytes} bytes)`),
      ...egress.denied.map((r) => `refused ${destination(r)} x${r.count}: ${r.reason}`),
    ]);
  }
  echo(result.phase === 'install' ? 'install-command' : 'test-command', result);
  if (result.phase !== 'install')
    deps.log.info(`test-command: ${result.outcome} in ${result.durationMs} ms`);
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

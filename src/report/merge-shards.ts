import type {
  SandboxResult,
  TestResults,
  Verdict,
  VerdictConclusion,
  VerdictReason,
} from '../domain.js';
import { MAX_VIOLATIONS } from '../config/sandbox-result.js';
import { MAX_TEST_CASES, type Analysis } from './analysis.js';
import type { ShardRun } from './report-model.js';
import type { ShardFile, ShardedAnalysis } from './shard-set.js';
import { checkShardSet } from './shard-set.js';

const rank: Record<VerdictConclusion, number> = { neutral: 0, pass: 1, fail: 2, blocked: 3 };

/**
 * One analysis from a sharded suite's: test counts summed, failing tests and violations tagged with
 * their shard, resources per shard, the verdict the worst of the shards'. Findings and provenance
 * are shard 1's, the shard that scans (run.ts). The set is checked first (checkShardSet).
 */
export function mergeShards(
  files: readonly ShardFile[],
  expected: { readonly headSha: string },
): Analysis {
  const shards = checkShardSet(files, expected);
  const first = shards[0];
  if (first === undefined) throw new Error('checkShardSet returned no shards');
  return {
    version: 1,
    pullRequest: first.pullRequest,
    model: {
      ...first.model,
      verdict: mergeVerdicts(shards.map((s) => s.model.verdict)),
      tests: mergeTests(shards),
      sandbox: mergeSandboxes(shards),
      // Notes are the publishing job's own (report mode writes them); the shards' are artifact text.
      notes: [],
      shards: shards.map(shardRun),
    },
  };
}

/** The worst conclusion; its reasons folded over every shard that failed or blocked. */
export function mergeVerdicts(verdicts: readonly Verdict[]): Verdict {
  const worst = verdicts.reduce<Verdict | null>(
    (a, b) => (a === null || rank[b.conclusion] > rank[a.conclusion] ? b : a),
    null,
  );
  if (worst === null) throw new Error('no verdicts to merge');
  if (worst.conclusion === 'pass' || worst.conclusion === 'neutral') return worst;
  const reasons: VerdictReason[] = [];
  for (const verdict of verdicts) {
    if (verdict.conclusion !== 'fail' && verdict.conclusion !== 'blocked') continue;
    for (const reason of verdict.reasons) foldReason(reasons, reason);
  }
  return { conclusion: worst.conclusion, reasons };
}

function foldReason(reasons: VerdictReason[], reason: VerdictReason): void {
  const at = reasons.findIndex((r) => sameKind(r, reason));
  const held = reasons[at];
  if (held === undefined) {
    if (reason.kind !== 'all-clear') reasons.push(reason);
    return;
  }
  if (held.kind === 'tests-failed' && reason.kind === 'tests-failed')
    reasons[at] = {
      ...held,
      failed: held.failed + reason.failed,
      errored: held.errored + reason.errored,
    };
  else if (held.kind === 'violations' && reason.kind === 'violations')
    reasons[at] = { ...held, count: held.count + reason.count };
}

// Findings come from shard 1 alone, so a findings reason is kept once, not summed.
function sameKind(a: VerdictReason, b: VerdictReason): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'sandbox-outcome' && b.kind === 'sandbox-outcome')
    return a.outcome === b.outcome && a.phase === b.phase;
  return true;
}

export function mergeTests(shards: readonly ShardedAnalysis[]): TestResults | null {
  const ran = shards.flatMap((s) =>
    s.model.tests ? [{ tests: s.model.tests, shard: s.shard.index }] : [],
  );
  if (ran.length === 0) return null;
  const cases = ran.flatMap(({ tests, shard }) => tests.cases.map((c) => ({ ...c, shard })));
  const kept = [
    ...cases.filter((c) => c.status !== 'passed'),
    ...cases.filter((c) => c.status === 'passed'),
  ].slice(0, MAX_TEST_CASES);
  const sum = (field: 'passed' | 'failed' | 'errored' | 'skipped') =>
    ran.reduce((total, { tests }) => total + tests[field], 0);
  return {
    source: ran.every(({ tests }) => tests.source === 'junit') ? 'junit' : 'exit-code',
    passed: sum('passed'),
    failed: sum('failed'),
    errored: sum('errored'),
    skipped: sum('skipped'),
    cases: kept,
    truncated: ran.some(({ tests }) => tests.truncated) || cases.length > kept.length,
  };
}

/**
 * One sandbox result standing for all: the first shard that did not pass (its outcome, output and
 * error), every shard's violations tagged, the longest duration, CPU summed, the highest peak.
 */
export function mergeSandboxes(shards: readonly ShardedAnalysis[]): SandboxResult | null {
  const runs = shards.flatMap((s) =>
    s.model.sandbox ? [{ sandbox: s.model.sandbox, shard: s.shard.index }] : [],
  );
  const base = (runs.find((r) => r.sandbox.outcome !== 'passed') ?? runs[0])?.sandbox;
  if (base === undefined) return null;
  const sandboxes = runs.map((r) => r.sandbox);
  const cpu = sandboxes.map((s) => s.resources.cpuMs);
  const peaks = sandboxes.flatMap((s) =>
    s.resources.peakMemoryBytes === null ? [] : [s.resources.peakMemoryBytes],
  );
  const gaps = sandboxes.flatMap((s) => (s.telemetry && !s.telemetry.available ? [s] : []));
  const telemetry = gaps[0]?.telemetry ?? base.telemetry;
  return {
    ...base,
    durationMs: Math.max(...sandboxes.map((s) => s.durationMs)),
    resources: {
      cpuMs: cpu.some((ms) => ms === null) ? null : cpu.reduce<number>((a, b) => a + (b ?? 0), 0),
      peakMemoryBytes: peaks.length > 0 ? Math.max(...peaks) : null,
    },
    violations: runs
      .flatMap(({ sandbox, shard }) => sandbox.violations.map((v) => ({ ...v, shard })))
      .slice(0, MAX_VIOLATIONS),
    ...(telemetry
      ? {
          telemetry: {
            ...telemetry,
            missing: [...new Set(gaps.flatMap((s) => s.telemetry?.missing ?? []))],
          },
        }
      : {}),
  };
}

function shardRun(analysis: ShardedAnalysis): ShardRun {
  const { sandbox, tests, verdict } = analysis.model;
  return {
    ...analysis.shard,
    conclusion: verdict.conclusion,
    outcome: sandbox?.outcome ?? null,
    durationMs: sandbox?.durationMs ?? null,
    cpuMs: sandbox?.resources.cpuMs ?? null,
    peakMemoryBytes: sandbox?.resources.peakMemoryBytes ?? null,
    tests: tests
      ? {
          passed: tests.passed,
          failed: tests.failed,
          errored: tests.errored,
          skipped: tests.skipped,
        }
      : null,
    violations: sandbox?.violations.length ?? 0,
  };
}

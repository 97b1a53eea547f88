import type { FailOn } from '../config/action-inputs.js';
import type {
  ChangeScope,
  Finding,
  SandboxResult,
  Severity,
  TestResults,
  Verdict,
  VerdictConclusion,
  VerdictReason,
  ViolationKind,
} from '../domain.js';
import { assertNever } from '../errors.js';

export interface VerdictInput {
  /** Findings that count: already narrowed to the gated lines. */
  readonly findings: readonly Finding[];
  readonly failOn: FailOn;
  /** Violation kinds that block; violations of other kinds are reported but do not change the verdict. */
  readonly blockOnViolations: readonly ViolationKind[];
  /** Null when no test command ran. */
  readonly sandbox: SandboxResult | null;
  readonly tests: TestResults | null;
  readonly scope: ChangeScope;
  readonly aiInvolved: boolean;
}

const severityRank: Record<Severity, number> = { low: 1, medium: 2, high: 3, critical: 4 };

export function atOrAbove(severity: Severity, threshold: FailOn): boolean {
  return threshold !== 'none' && severityRank[severity] >= severityRank[threshold];
}

/**
 * Blocked: the change tries something it must not (blocking findings, sandbox violations).
 * Fail: it does not work (failing tests, a run that did not pass). Neutral: nothing to gate.
 */
export function decideVerdict(input: VerdictInput): Verdict {
  if (input.scope === 'ai-authored' && !input.aiInvolved) {
    return { conclusion: 'neutral', reasons: [{ kind: 'no-ai-changes' }] };
  }
  const reasons: VerdictReason[] = [];
  const blocking =
    input.failOn === 'none'
      ? []
      : input.findings.filter((f) => atOrAbove(f.severity, input.failOn));
  if (blocking.length > 0 && input.failOn !== 'none') {
    reasons.push({ kind: 'findings', count: blocking.length, threshold: input.failOn });
  }
  const violations =
    input.sandbox?.violations
      .filter((v) => input.blockOnViolations.includes(v.kind))
      .reduce((sum, v) => sum + v.count, 0) ?? 0;
  if (violations > 0) reasons.push({ kind: 'violations', count: violations });
  reasons.push(...testReasons(input.sandbox, input.tests));
  if (reasons.length === 0) reasons.push({ kind: input.sandbox ? 'all-clear' : 'no-test-command' });
  return { conclusion: conclusionOf(reasons), reasons };
}

function testReasons(sandbox: SandboxResult | null, tests: TestResults | null): VerdictReason[] {
  // A failed install is the reason itself: the tests never ran, so there is nothing to count.
  if (sandbox?.phase === 'install' && sandbox.outcome !== 'passed')
    return [{ kind: 'sandbox-outcome', outcome: sandbox.outcome, phase: 'install' }];
  const failed = tests?.failed ?? 0;
  const errored = tests?.errored ?? 0;
  const reasons: VerdictReason[] = [];
  if (failed + errored > 0) reasons.push({ kind: 'tests-failed', failed, errored });
  if (sandbox === null) return reasons;
  const outcome = sandbox.outcome;
  switch (outcome) {
    case 'passed':
      return reasons;
    case 'failed':
      return reasons.length > 0 ? reasons : [{ kind: 'sandbox-outcome', outcome }];
    case 'timeout':
    case 'memory-limit':
    case 'process-limit':
    case 'output-limit':
    case 'sandbox-error':
      return [...reasons, { kind: 'sandbox-outcome', outcome }];
    default:
      return assertNever(outcome);
  }
}

function conclusionOf(reasons: readonly VerdictReason[]): VerdictConclusion {
  let conclusion: VerdictConclusion = 'pass';
  for (const reason of reasons) {
    switch (reason.kind) {
      case 'findings':
      case 'violations':
        return 'blocked';
      case 'tests-failed':
      case 'sandbox-outcome':
        conclusion = 'fail';
        break;
      case 'accepted':
        return 'pass';
      case 'no-ai-changes':
      case 'no-test-command':
      case 'all-clear':
        break;
      default:
        assertNever(reason);
    }
  }
  return conclusion;
}

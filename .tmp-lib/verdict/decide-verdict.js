import { assertNever } from '../errors.js';
const severityRank = { low: 1, medium: 2, high: 3, critical: 4 };
export function atOrAbove(severity, threshold) {
    return threshold !== 'none' && severityRank[severity] >= severityRank[threshold];
}
/**
 * Blocked: the change tries something it must not (blocking findings, sandbox violations).
 * Fail: it does not work (failing tests, a run that did not pass). Neutral: nothing to gate.
 */
export function decideVerdict(input) {
    if (input.scope === 'ai-authored' && !input.aiInvolved) {
        return { conclusion: 'neutral', reasons: [{ kind: 'no-ai-changes' }] };
    }
    const reasons = [];
    const blocking = input.failOn === 'none'
        ? []
        : input.findings.filter((f) => atOrAbove(f.severity, input.failOn));
    if (blocking.length > 0 && input.failOn !== 'none') {
        reasons.push({ kind: 'findings', count: blocking.length, threshold: input.failOn });
    }
    const violations = input.sandbox?.violations.reduce((sum, v) => sum + v.count, 0) ?? 0;
    if (violations > 0)
        reasons.push({ kind: 'violations', count: violations });
    reasons.push(...testReasons(input.sandbox, input.tests));
    if (reasons.length === 0)
        reasons.push({ kind: input.sandbox ? 'all-clear' : 'no-test-command' });
    return { conclusion: conclusionOf(reasons), reasons };
}
function testReasons(sandbox, tests) {
    const failed = tests?.failed ?? 0;
    const errored = tests?.errored ?? 0;
    const reasons = [];
    if (failed + errored > 0)
        reasons.push({ kind: 'tests-failed', failed, errored });
    if (sandbox === null)
        return reasons;
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
function conclusionOf(reasons) {
    let conclusion = 'pass';
    for (const reason of reasons) {
        switch (reason.kind) {
            case 'findings':
            case 'violations':
                return 'blocked';
            case 'tests-failed':
            case 'sandbox-outcome':
                conclusion = 'fail';
                break;
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

import type {
  SandboxOutcome,
  TelemetryStatus,
  Verdict,
  VerdictConclusion,
  VerdictReason,
} from '../domain.js';
import { assertNever } from '../errors.js';
import { sanitizeInline, stripInvisible } from './sanitize-markdown.js';

export function conclusionHeadline(conclusion: VerdictConclusion): string {
  switch (conclusion) {
    case 'pass':
      return '✅ Airlock: pass';
    case 'fail':
      return '❌ Airlock: fail';
    case 'blocked':
      return '⛔ Airlock: blocked';
    case 'neutral':
      return '⚪ Airlock: nothing to gate';
    default:
      return assertNever(conclusion);
  }
}

export function describeOutcome(outcome: SandboxOutcome): string {
  switch (outcome) {
    case 'passed':
      return 'the command exited 0';
    case 'failed':
      return 'the command exited non-zero';
    case 'timeout':
      return 'the run hit the time limit';
    case 'memory-limit':
      return 'the run hit the memory limit';
    case 'process-limit':
      return 'the run hit the process limit';
    case 'output-limit':
      return 'the run hit the output limit';
    case 'sandbox-error':
      return 'the sandbox could not run the command';
    default:
      return assertNever(outcome);
  }
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

type Accepted = Extract<VerdictReason, { kind: 'accepted' }>;

const acceptedVia = (reason: Accepted) =>
  reason.via === 'label' ? 'with the accept label' : 'with `/airlock accept`';

/** One sentence per reason, safe as markdown: the one maintainer-written part is sanitised. */
export function describeReason(reason: VerdictReason): string {
  switch (reason.kind) {
    case 'findings':
      return `${plural(reason.count, 'finding')} at or above ${reason.threshold} severity`;
    case 'violations':
      return `${plural(reason.count, 'sandbox violation')}: the code under test (or its install) tried something the sandbox forbids`;
    case 'tests-failed':
      return `${plural(reason.failed, 'failing test')}${reason.errored ? `, ${plural(reason.errored, 'test error')}` : ''}`;
    case 'sandbox-outcome':
      return reason.phase === 'install'
        ? `install-command did not pass (${describeOutcome(reason.outcome)}), so the tests did not run`
        : `Tests did not pass: ${describeOutcome(reason.outcome)}`;
    case 'no-ai-changes':
      return 'No AI-authored change in this pull request (scope: ai-authored)';
    case 'no-test-command':
      return 'No findings; no test command configured, so no tests ran';
    case 'all-clear':
      return 'No blocking findings; tests passed in the sandbox';
    case 'accepted':
      return `**Accepted by ${sanitizeInline(`@${reason.by}`, 60)}** ${acceptedVia(reason)} for head \`${reason.headSha.slice(0, 12)}\` (was ${reason.overrode}): ${sanitizeInline(reason.reason, 500)}`;
    default:
      return assertNever(reason);
  }
}

/** The check run's one-line title (plain text): `pass (accepted by @login: reason)` when accepted. */
export function verdictTitle(verdict: Verdict): string {
  const first = verdict.reasons[0];
  if (first?.kind === 'accepted')
    return `pass (accepted by @${first.by}: ${stripInvisible(first.reason).replace(/\s+/g, ' ')})`.slice(
      0,
      255,
    );
  const headline = conclusionHeadline(verdict.conclusion).replace(/^\S+ Airlock: /, '');
  return first ? `${headline}: ${describeReason(first)}`.slice(0, 255) : headline;
}

/** `incomplete (missing: syscall-trace): <reason>`, raw: each surface bounds and escapes it its way. */
export function describeTelemetryGap(telemetry: TelemetryStatus): string {
  return `incomplete (missing: ${telemetry.missing.join(', ')}): ${telemetry.reason ?? 'unavailable'}`;
}

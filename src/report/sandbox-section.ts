import type { InstallResult, SandboxResult, TelemetryStatus, Violation } from '../domain.js';
import { describeOutcome } from './describe-verdict.js';
import { installEgressSection } from './install-egress-section.js';
import { describeMissingTools } from './missing-tools.js';
import type { Locate } from './repository-links.js';
import { sanitizeInline, sanitizeTableCell } from './sanitize-markdown.js';

const MAX_VIOLATION_ROWS = 20;

const mib = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;

type Run = Pick<InstallResult, 'outcome' | 'exitCode' | 'signal' | 'durationMs' | 'resources'>;

/** Outcome, exit status, duration and resources of one sandboxed command. */
function runSummary(run: Run): string {
  const exit = run.signal
    ? `signal ${sanitizeInline(run.signal, 32)}`
    : `exit ${run.exitCode ?? 'unknown'}`;
  const cpu = run.resources.cpuMs === null ? 'n/a' : `${(run.resources.cpuMs / 1000).toFixed(1)} s`;
  const memory =
    run.resources.peakMemoryBytes === null ? 'n/a' : mib(run.resources.peakMemoryBytes);
  return `**${run.outcome}** (${exit}) in ${(run.durationMs / 1000).toFixed(1)} s · CPU ${cpu} · peak memory ${memory}`;
}

/** With an install phase the top-level fields describe the test command, or the install when it failed. */
function phaseLines(sandbox: SandboxResult, install: InstallResult, runtime: string): string[] {
  if (sandbox.phase === 'install') {
    return [
      `⛔ **install-command did not pass** (${describeOutcome(install.outcome)}), **so test-command did not run.**`,
      '',
      `- install-command: ${runSummary(install)}`,
      '- test-command: not run',
      `- ${runtime}`,
    ];
  }
  return [
    `- install-command: ${runSummary(install)}`,
    `- test-command: ${runSummary(sandbox)}`,
    `- ${runtime}`,
  ];
}

export function sandboxSection(sandbox: SandboxResult | null, locate: Locate): string[] {
  if (sandbox === null) return [];
  const runtime = `gVisor ${sanitizeInline(sandbox.sandbox.runscVersion, 40)} (${sandbox.sandbox.platform})`;
  const { install } = sandbox;
  const lines = ['### Sandbox', ''];
  if (install)
    lines.push(...phaseLines(sandbox, install, runtime), '', ...installEgressSection(install));
  else lines.push(`${runSummary(sandbox)} · ${runtime}`);
  // Runs without an install phase keep the table they always had.
  const phased = Boolean(install) || sandbox.violations.some((v) => v.phase !== undefined);
  if (sandbox.telemetry && !sandbox.telemetry.available)
    lines.push('', `⚠️ **Runtime telemetry incomplete:** ${telemetryGap(sandbox.telemetry)}`);
  for (const missing of describeMissingTools(sandbox))
    lines.push('', `⚠️ **Missing in the guest:** ${missing}`);
  if (sandbox.violations.length > 0)
    lines.push('', ...violationsTable(sandbox.violations, phased, locate));
  if (sandbox.error) lines.push('', `Sandbox error: ${sanitizeInline(sandbox.error, 500)}`);
  return lines;
}

/** Why violations of some kinds could not be seen; never rendered as "no violations". */
function telemetryGap(telemetry: TelemetryStatus): string {
  const missing = telemetry.missing.join(', ');
  return `${sanitizeInline(telemetry.reason ?? 'unavailable', 600)} (missing: ${missing})`;
}

/** Which test was running when the violation was first seen, linked to the test when known. */
function byTest(test: Violation['test'], locate: Locate): string {
  if (!test) return '';
  const name = sanitizeTableCell(test.name, 120);
  return test.file ? `${name} (${locate(test.file, test.line, 200)})` : name;
}

function violationsTable(
  violations: readonly Violation[],
  phased: boolean,
  locate: Locate,
): string[] {
  const command = (v: Violation) =>
    phased ? ` ${v.phase === 'install' ? 'install' : 'test'} |` : '';
  // A report merged from shards says which shard's run saw each violation.
  const sharded = violations.some((v) => v.shard !== undefined);
  const shard = (v: Violation) => (sharded ? ` ${v.shard ?? ''} |` : '');
  const lines = [
    `| Violation |${sharded ? ' Shard |' : ''}${phased ? ' Command |' : ''} Syscall | Detail | Process | Count | During |`,
    `| --- |${sharded ? ' --- |' : ''}${phased ? ' --- |' : ''} --- | --- | --- | --- | --- |`,
    ...violations
      .slice(0, MAX_VIOLATION_ROWS)
      .map(
        (v) =>
          `| ${v.kind} |${shard(v)}${command(v)} ${sanitizeTableCell(v.syscall, 40)} | ${sanitizeTableCell(v.detail, 200)} | ${sanitizeTableCell(v.process, 60)} | ${v.count} | ${byTest(v.test, locate)} |`,
      ),
  ];
  if (violations.length > MAX_VIOLATION_ROWS)
    lines.push(
      '',
      `_…and ${violations.length - MAX_VIOLATION_ROWS} more violations not shown here (see the check run)._`,
    );
  return lines;
}

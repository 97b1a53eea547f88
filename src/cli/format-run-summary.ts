import { describeTelemetryGap } from '../report/describe-verdict.js';
import { describeMissingTools } from '../report/missing-tools.js';
import { destination } from '../sandbox/egress-report.js';
import type { SandboxResult } from '../domain.js';

/** One human line per fact; the command's output was already echoed live. */
export function formatRunSummary(result: SandboxResult): string {
  const mib = (bytes: number | null) =>
    bytes === null ? 'n/a' : `${Math.round(bytes / 1024 / 1024)} MiB`;
  const status = result.signal ? `signal ${result.signal}` : `exit ${result.exitCode ?? 'n/a'}`;
  const lines: string[] = [];
  const { install } = result;
  if (install) {
    const { egress } = install;
    lines.push(
      `install: ${install.outcome} (exit ${install.exitCode ?? 'n/a'}) in ${install.durationMs} ms; egress ${egress.connections} connections, ${mib(egress.bytes)}, ${egress.denied.length} destinations refused`,
    );
    for (const record of egress.denied.slice(0, 10))
      lines.push(`  refused ${destination(record)} (${record.rule ?? 'denied'}) x${record.count}`);
    if (result.phase === 'install') lines.push('tests: not run (the install did not pass)');
  }
  lines.push(
    `outcome: ${result.outcome} (${status}) in ${result.durationMs} ms`,
    `resources: cpu ${result.resources.cpuMs ?? 'n/a'} ms, peak memory ${mib(result.resources.peakMemoryBytes)}`,
    `sandbox: gVisor ${result.sandbox.runscVersion} (${result.sandbox.platform})${result.sandbox.root ? `, ${result.sandbox.root} root` : ''}`,
  );
  if (result.telemetry && !result.telemetry.available)
    lines.push(`telemetry: ${describeTelemetryGap(result.telemetry)}`);
  for (const missing of describeMissingTools(result)) lines.push(`missing: ${missing}`);
  if (result.truncated.stdout || result.truncated.stderr)
    lines.push('output: truncated (head and tail kept)');
  if (result.results.length > 0) lines.push(`results: ${result.results.join(', ')}`);
  if (result.error) lines.push(`error: ${result.error}`);
  return lines.join('\n');
}

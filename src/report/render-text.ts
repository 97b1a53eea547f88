import type {
  EgressRecord,
  Finding,
  InstallResult,
  ProvenanceSummary,
  SandboxResult,
  TestResults,
} from '../domain.js';
import { describeMissingTools } from './missing-tools.js';
import {
  conclusionHeadline,
  describeOutcome,
  describeReason,
  describeTelemetryGap,
} from './describe-verdict.js';
import { destination } from '../sandbox/egress-report.js';
import { formatBytes } from './install-egress-section.js';
import type { ReportModel } from './report-model.js';
import { stripInvisible } from './sanitize-markdown.js';

// Terminal output: PR text loses control characters (escape sequences) and newlines.
const plain = (text: string, max = 300) => {
  const line = stripInvisible(text).replace(/\s*\n\s*/g, ' ');
  return line.length > max ? `${line.slice(0, max)}…` : line;
};

function findingLines(findings: readonly Finding[]): string[] {
  if (findings.length === 0) return ['Findings: none on the gated changes'];
  return [
    `Findings (${findings.length}):`,
    ...findings.map(
      (f) =>
        `  ${f.severity.padEnd(8)} ${plain(f.ruleId, 60)}  ${plain(`${f.path}:${f.line}`)}  ${plain(f.message)}`,
    ),
  ];
}

function testLines(tests: TestResults | null, sandbox: SandboxResult | null): string[] {
  if (sandbox === null) return ['Tests: not run'];
  if (sandbox.phase === 'install')
    return [
      `Tests: not run; install-command did not pass (${describeOutcome(sandbox.install?.outcome ?? sandbox.outcome)})`,
    ];
  if (tests === null || tests.source === 'exit-code')
    return [`Tests: no JUnit report; ${describeOutcome(sandbox.outcome)}`];
  const failing = tests.cases.filter((c) => c.status === 'failed' || c.status === 'errored');
  return [
    `Tests: ${tests.passed} passed, ${tests.failed} failed, ${tests.errored} errors, ${tests.skipped} skipped`,
    ...failing.map((c) => {
      const where = c.file ? `${c.file}${c.line ? `:${c.line}` : ''}  ` : '';
      return `  ${c.status.toUpperCase()} ${plain(where)}${plain(c.name, 200)} — ${plain(c.message.split('\n')[0] ?? '', 200)}`;
    }),
  ];
}

const exitOf = (run: { readonly signal: string | null; readonly exitCode: number | null }) =>
  run.signal ? `signal ${plain(run.signal, 32)}` : `exit ${run.exitCode ?? 'unknown'}`;

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

// The first few destinations of each kind; the markdown report and the JSON have the rest.
const TEXT_DESTINATIONS = 3;

function installLines(install: InstallResult): string[] {
  const { egress } = install;
  const list = (records: readonly EgressRecord[], describe: (r: EgressRecord) => string) =>
    [
      ...records.slice(0, TEXT_DESTINATIONS).map(describe),
      ...(records.length > TEXT_DESTINATIONS ? ['…'] : []),
    ].join(', ');
  const allowed = list(egress.allowed, (r) => `${plain(destination(r), 100)} ×${r.count}`);
  const refused = list(
    egress.denied,
    (r) => `${plain(destination(r), 100)} (${plain(r.rule ?? 'denied', 20)}) ×${r.count}`,
  );
  return [
    `Install: ${install.outcome} (${exitOf(install)}) in ${(install.durationMs / 1000).toFixed(1)} s; ${plural(egress.connections, 'connection')}, ${formatBytes(egress.bytes)} through the registry proxy${allowed ? ` to ${allowed}` : ''}`,
    ...(egress.denied.length > 0
      ? [`  refused ${plural(egress.denied.length, 'destination')}: ${refused}`]
      : []),
  ];
}

function sandboxLines(sandbox: SandboxResult | null): string[] {
  if (sandbox === null) return [];
  const memory = sandbox.resources.peakMemoryBytes;
  // With an install phase, say which command the top-level fields describe.
  const which = sandbox.install
    ? ` (${sandbox.phase === 'install' ? 'install-command' : 'test-command'})`
    : '';
  return [
    ...(sandbox.install ? installLines(sandbox.install) : []),
    `Sandbox${which}: ${sandbox.outcome} (${exitOf(sandbox)}) in ${(sandbox.durationMs / 1000).toFixed(1)} s, peak memory ${memory === null ? 'n/a' : `${(memory / 2 ** 20).toFixed(1)} MiB`}, gVisor ${plain(sandbox.sandbox.runscVersion, 40)} (${sandbox.sandbox.platform})`,
    ...sandbox.violations.map(
      (v) =>
        `  violation${v.shard === undefined ? '' : ` (shard ${v.shard})`}${v.phase === 'install' ? ' (install-command)' : ''}: ${v.kind} ${plain(v.syscall, 40)} ${plain(v.detail, 200)} by ${plain(v.process, 60)} ×${v.count}${v.test ? ` during ${plain(v.test.name, 120)}` : ''}`,
    ),
    ...(sandbox.telemetry && !sandbox.telemetry.available
      ? [`  telemetry ${plain(describeTelemetryGap(sandbox.telemetry), 700)}`]
      : []),
    ...describeMissingTools(sandbox).map((line) => `  missing: ${plain(line, 700)}`),
    ...(sandbox.error ? [`  error: ${plain(sandbox.error, 500)}`] : []),
  ];
}

function provenanceLines(provenance: ProvenanceSummary): string[] {
  return [
    `Provenance: agents ${plain(provenance.agents.join(', ') || 'none detected')}; ${provenance.aiCommits} of ${provenance.commits.length} commits and ${provenance.aiLines} of ${provenance.totalAddedLines} added lines AI-authored`,
    ...provenance.commits.map((c) => {
      const kind = c.isMerge ? 'merge' : c.aiAuthored ? 'AI   ' : 'human';
      const signals = c.signals.length > 0 ? `  [${plain(c.signals.join('; '))}]` : '';
      return `  ${c.sha.slice(0, 10)} ${kind} ${plain(c.subject, 100)}${signals}`;
    }),
  ];
}

/** The report for a terminal (`airlock check --format text`). */
export function renderText(model: ReportModel): string {
  const { verdict } = model;
  const sections = [
    [
      conclusionHeadline(verdict.conclusion),
      ...verdict.reasons.map((r) => `  - ${describeReason(r)}`),
      ...model.notes.map((n) => `  - ${plain(n)}`),
    ],
    verdict.conclusion === 'neutral' ? [] : findingLines(model.findings),
    testLines(model.tests, model.sandbox),
    sandboxLines(model.sandbox),
    provenanceLines(model.provenance),
    [`Scope: ${model.scope} · fail-on: ${model.failOn} · head ${model.headSha.slice(0, 12)}`],
  ];
  return `${sections
    .filter((s) => s.length > 0)
    .map((s) => s.join('\n'))
    .join('\n\n')}\n`;
}

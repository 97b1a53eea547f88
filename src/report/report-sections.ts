import type { Finding, ProvenanceSummary, SandboxResult, TestResults } from '../domain.js';
import { describeOutcome } from './describe-verdict.js';
import type { Locate } from './repository-links.js';
import { fencedCode, sanitizeInline, sanitizeTableCell } from './sanitize-markdown.js';

/** How much of each list a rendering may show; shrunk until the report fits its limit. */
export interface SectionBudget {
  /** Findings whose code excerpt is shown; the first thing to go when the report is too large. */
  readonly evidenceItems: number;
  readonly findingRows: number;
  readonly testRows: number;
  readonly commitRows: number;
  readonly outputChars: number;
}

const severityOrder = { critical: 0, high: 1, medium: 2, low: 3 } as const;

/** Findings most severe first, in a stable order; the evidence section follows the same order. */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity]);
}

function more(shown: number, total: number, what: string): string[] {
  return shown < total
    ? [``, `_…and ${total - shown} more ${what} not shown here (see the check run)._`]
    : [];
}

export function findingsSection(
  findings: readonly Finding[],
  limit: number,
  locate: Locate,
): string[] {
  if (findings.length === 0) return ['### Findings', '', 'No findings on the gated changes.'];
  const rows = bySeverity(findings)
    .slice(0, limit)
    .map((f) => {
      const where = locate(f.path, f.line);
      return `| ${f.severity} | ${sanitizeTableCell(f.ruleId, 80)} | ${where} | ${sanitizeTableCell(f.message)} |`;
    });
  return [
    `### Findings (${findings.length})`,
    '',
    '| Severity | Rule | Location | Message |',
    '| --- | --- | --- | --- |',
    ...rows,
    ...more(rows.length, findings.length, 'findings'),
  ];
}

export function testsSection(
  run: { readonly tests: TestResults | null; readonly sandbox: SandboxResult | null },
  options: { readonly limit: number; readonly locate: Locate },
): string[] {
  const { tests, sandbox } = run;
  const { limit, locate } = options;
  if (sandbox === null) return ['### Tests', '', 'No test command configured.'];
  if (sandbox.phase === 'install') {
    const outcome = sandbox.install?.outcome ?? sandbox.outcome;
    return [
      '### Tests',
      '',
      `Not run: install-command did not pass (${describeOutcome(outcome)}).`,
    ];
  }
  if (tests === null || tests.source === 'exit-code') {
    return [
      '### Tests',
      '',
      `No JUnit report; judged by the exit status: ${describeOutcome(sandbox.outcome)}.`,
    ];
  }
  const counts = `${tests.passed} passed, ${tests.failed} failed, ${tests.errored} errors, ${tests.skipped} skipped`;
  const failing = tests.cases.filter((c) => c.status === 'failed' || c.status === 'errored');
  if (failing.length === 0) return ['### Tests', '', counts];
  // A report merged from shards says which shard ran each failing test.
  const sharded = failing.some((c) => c.shard !== undefined);
  const rows = failing.slice(0, limit).map((c) => {
    const where = c.file ? locate(c.file, c.line) : '';
    const message = sanitizeTableCell(c.message.split('\n')[0] ?? '', 200);
    const shard = sharded ? ` ${c.shard ?? ''} |` : '';
    return `| ${sanitizeTableCell(c.suite ? `${c.suite} › ${c.name}` : c.name)} |${shard} ${where} | ${message} |`;
  });
  return [
    '### Tests',
    '',
    counts,
    '',
    `| Failing test |${sharded ? ' Shard |' : ''} Location | Message |`,
    `| --- |${sharded ? ' --- |' : ''} --- | --- |`,
    ...rows,
    ...more(rows.length, failing.length, 'failing tests'),
  ];
}

export function provenanceSection(provenance: ProvenanceSummary): string[] {
  const agents = provenance.agents.length > 0 ? provenance.agents.join(', ') : 'none detected';
  const lines = [
    '### Provenance',
    '',
    `Agents: ${sanitizeInline(agents, 200)} · ${provenance.aiCommits} of ${provenance.commits.length} commits AI-authored · ${provenance.aiLines} of ${provenance.totalAddedLines} added lines AI-authored`,
  ];
  if (provenance.pullRequestSignals.length > 0) {
    lines.push(
      '',
      `Pull request signals: ${provenance.pullRequestSignals.map((s) => sanitizeInline(s, 200)).join(' · ')}`,
    );
  }
  return lines;
}

export function commitsDetails(provenance: ProvenanceSummary, limit: number): string[] {
  if (provenance.commits.length === 0 || limit === 0) return [];
  const rows = provenance.commits.slice(0, limit).map((c) => {
    const kind = c.isMerge ? 'merge' : c.aiAuthored ? 'AI' : 'human';
    return `| \`${c.sha.slice(0, 10).replace(/[^0-9a-f]/g, '')}\` | ${kind} | ${sanitizeTableCell(c.subject, 120)} | ${sanitizeTableCell(c.signals.join('; '), 300)} |`;
  });
  return [
    '<details><summary>Commits</summary>',
    '',
    '| Commit | Author | Subject | Signals |',
    '| --- | --- | --- | --- |',
    ...rows,
    ...more(rows.length, provenance.commits.length, 'commits'),
    '',
    '</details>',
  ];
}

export function outputDetails(sandbox: SandboxResult | null, chars: number): string[] {
  if (sandbox === null || chars === 0) return [];
  // When the install failed, the top-level streams are its output; the tests printed nothing.
  const top = sandbox.phase === 'install' ? 'install-command output' : 'Test output';
  const install =
    sandbox.install && sandbox.phase !== 'install'
      ? outputTail('install-command output', sandbox.install, Math.floor(chars / 4))
      : [];
  return [...install, ...(install.length > 0 ? [''] : []), ...outputTail(top, sandbox, chars)];
}

function outputTail(
  label: string,
  run: { readonly stdout: string; readonly stderr: string },
  chars: number,
): string[] {
  const output = [run.stdout, run.stderr].filter((text) => text.trim() !== '').join('\n');
  if (output === '' || chars === 0) return [];
  const tail =
    output.length > chars
      ? `…(${output.length - chars} earlier characters omitted)\n${output.slice(-chars)}`
      : output;
  return [
    `<details><summary>${label} (tail)</summary>`,
    '',
    fencedCode(tail, 'text'),
    '',
    '</details>',
  ];
}

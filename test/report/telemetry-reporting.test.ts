import { describe, expect, it } from 'vitest';
import type { TelemetryStatus } from '../../src/domain.js';
import { formatRunSummary } from '../../src/cli/format-run-summary.js';
import { renderComment, renderJobSummary } from '../../src/report/render-report.js';
import { renderText } from '../../src/report/render-text.js';
import { sarifForFindings } from '../../src/report/sarif-for-analysis.js';
import { checkRunOutput } from '../../src/report/check-run-output.js';
import { parseSandboxResultJson } from '../../src/config/sandbox-result.js';
import { blockedModel, sandbox } from './report-fixtures.js';

const blind: TelemetryStatus = {
  available: false,
  missing: ['syscall-trace'],
  reason: 'runsc 0.0~20221219.0 (/usr/bin/runsc) does not provide the syscall trace',
};
const seeing: TelemetryStatus = { available: true, missing: [], reason: null };
const cleanModel = (telemetry: TelemetryStatus) => ({
  ...blockedModel,
  sandbox: sandbox({ violations: [], telemetry }),
});

describe('a run whose telemetry could not see everything', () => {
  it('says so in the PR comment and the job summary, with what is missing and why', () => {
    for (const rendered of [
      renderComment(cleanModel(blind)),
      renderJobSummary(cleanModel(blind)),
    ]) {
      expect(rendered).toContain('Runtime telemetry incomplete');
      expect(rendered).toContain('missing: syscall-trace');
      expect(rendered).toContain('20221219.0');
    }
  });

  it('says nothing of telemetry when all of it was seen', () => {
    expect(renderComment(cleanModel(seeing))).not.toContain('telemetry');
  });

  it('says so in the check run summary and the text report', () => {
    const output = checkRunOutput(cleanModel(blind));
    expect(output.summary + output.text).toContain('Runtime telemetry incomplete');
    expect(renderText(cleanModel(blind))).toContain(
      'telemetry incomplete (missing: syscall-trace)',
    );
    expect(renderText(cleanModel(seeing))).not.toContain('telemetry');
  });

  it('is a SARIF notification even when there are no violations at all', () => {
    const log = sarifForFindings([], 'airlock', { violations: [], telemetry: blind }) as {
      runs: Array<{ invocations?: Array<{ toolExecutionNotifications: Array<object> }> }>;
    };
    expect(log.runs[0]?.invocations?.[0]?.toolExecutionNotifications).toEqual([
      expect.objectContaining({
        level: 'warning',
        descriptor: { id: 'airlock/telemetry-incomplete' },
      }),
    ]);
    const clean = sarifForFindings([], 'airlock', { violations: [], telemetry: seeing }) as {
      runs: Array<{ invocations?: unknown }>;
    };
    expect(clean.runs[0]?.invocations).toBeUndefined();
  });

  it('is a line of the CLI summary and survives the --json round trip', () => {
    const result = sandbox({ violations: [], telemetry: blind });
    expect(formatRunSummary(result)).toContain('telemetry: incomplete (missing: syscall-trace)');
    expect(parseSandboxResultJson(JSON.stringify(result))?.telemetry).toEqual(blind);
  });
});

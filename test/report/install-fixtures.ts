import type { EgressRecord, InstallResult, Violation } from '../../src/domain.js';
import type { ReportModel } from '../../src/report/report-model.js';
import { blockedModel, sandbox } from './report-fixtures.js';

const HOSTILE_HOST = '@everyone [x](https://evil.example) ::error::forged <img src=x> fixes #1';

/** An install that passed: registry traffic allowed, one destination refused (its host hostile). */
export const passedInstall = (fields: Partial<InstallResult> = {}): InstallResult => ({
  outcome: 'passed',
  exitCode: 0,
  signal: null,
  durationMs: 12_300,
  stdout: 'added 312 packages in 11s\n',
  stderr: '',
  truncated: { stdout: false, stderr: false },
  resources: { cpuMs: 8000, peakMemoryBytes: 300 * 1024 * 1024 },
  egress: {
    connections: 14,
    bytes: 3_355_443,
    allowed: [
      egressRecord({ host: 'registry.npmjs.org', count: 12, bytes: 3_250_586 }),
      egressRecord({ host: 'codeload.github.com', count: 2, bytes: 104_857 }),
    ],
    denied: [
      egressRecord({
        host: HOSTILE_HOST,
        address: null,
        rule: 'host',
        reason: `${HOSTILE_HOST} is not on the allowlist`,
        count: 2,
        bytes: 0,
      }),
    ],
    omitted: 0,
  },
  ...fields,
});

export function egressRecord(fields: Partial<EgressRecord> = {}): EgressRecord {
  return {
    host: 'registry.npmjs.org',
    port: 443,
    address: '104.16.0.35',
    rule: null,
    reason: 'registry.npmjs.org is allowlisted',
    count: 1,
    bytes: 0,
    firstAtMs: 40,
    ...fields,
  };
}

const refusedViolation = (record: EgressRecord): Violation => ({
  kind: 'network',
  syscall: 'proxy',
  detail: `install proxy refused ${record.host}:${record.port} (${record.rule ?? 'denied'}): ${record.reason}`,
  process: 'install-command',
  count: record.count,
  firstAtMs: record.firstAtMs,
  phase: 'install',
});

/** Install passed, tests failed; violations from both commands. */
export const installedModel: ReportModel = {
  ...blockedModel,
  // Plain locations, so any link in the rendering would have come from the sandbox's text.
  links: null,
  sandbox: sandbox({
    phase: 'test',
    install: passedInstall(),
    violations: [
      ...passedInstall().egress.denied.map(refusedViolation),
      {
        kind: 'network',
        syscall: 'connect',
        detail: '203.0.113.7:443',
        process: 'python3',
        count: 3,
        firstAtMs: 812,
        phase: 'test',
      },
    ],
  }),
};

const failedInstall = passedInstall({
  outcome: 'failed',
  exitCode: 1,
  durationMs: 9_100,
  stdout: 'npm error code E403\nnpm error 403 Forbidden - GET https://evil.example/x\n',
  egress: {
    connections: 3,
    bytes: 812,
    allowed: [egressRecord({ count: 3, bytes: 812 })],
    denied: Array.from({ length: 12 }, (_, i) =>
      egressRecord({
        host: `mirror${i}.example`,
        address: null,
        rule: 'host',
        reason: `mirror${i}.example is not on the allowlist`,
        count: 1,
      }),
    ),
    omitted: 4,
  },
});

const { egress: _egress, ...failedRun } = failedInstall;

/** The install failed: the top-level fields are the install's and the tests never ran. */
export const failedInstallModel: ReportModel = {
  ...blockedModel,
  verdict: {
    conclusion: 'blocked',
    reasons: [
      { kind: 'violations', count: 12 },
      { kind: 'sandbox-outcome', outcome: 'failed' },
    ],
  },
  findings: [],
  tests: {
    source: 'exit-code',
    passed: 0,
    failed: 1,
    errored: 0,
    skipped: 0,
    cases: [],
    truncated: false,
  },
  sandbox: sandbox({
    ...failedRun,
    phase: 'install',
    install: failedInstall,
    results: [],
    violations: failedInstall.egress.denied.map(refusedViolation),
  }),
  notes: ['install-command ended failed, so test-command did not run.'],
};

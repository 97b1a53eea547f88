import { describe, expect, it } from 'vitest';
import type { Finding, SandboxOutcome, SandboxResult, TestResults } from '../../src/domain.js';
import type { VerdictInput } from '../../src/verdict/decide-verdict.js';
import { describeReason } from '../../src/report/describe-verdict.js';
import { decideVerdict } from '../../src/verdict/decide-verdict.js';
import { policyEditFindings } from '../../src/verdict/policy-edit-finding.js';

const finding = (severity: Finding['severity']): Finding => ({
  ruleId: 'py/exfil',
  severity,
  category: 'exfiltration',
  message: 'm',
  path: 'conftest.py',
  line: 3,
  column: 1,
  endLine: 3,
  cwe: [],
  evidence: '',
});

const sandbox = (outcome: SandboxOutcome, violations = 0): SandboxResult => ({
  outcome,
  exitCode: outcome === 'passed' ? 0 : 1,
  signal: null,
  durationMs: 10,
  stdout: '',
  stderr: '',
  truncated: { stdout: false, stderr: false },
  resources: { cpuMs: 1, peakMemoryBytes: 1 },
  sandbox: { runtime: 'gvisor', runscVersion: 'x', platform: 'systrap' },
  violations:
    violations === 0
      ? []
      : [
          {
            kind: 'network',
            syscall: 'connect',
            detail: '1.2.3.4:443',
            process: 'python',
            count: violations,
            firstAtMs: 5,
          },
        ],
  error: null,
  results: [],
});

const tests = (failed: number): TestResults => ({
  source: 'junit',
  passed: 3,
  failed,
  errored: 0,
  skipped: 0,
  cases: [],
  truncated: false,
});

const input = (fields: Partial<VerdictInput>): VerdictInput => ({
  findings: [],
  failOn: 'high',
  blockOnViolations: ['network', 'privilege'],
  sandbox: sandbox('passed'),
  tests: tests(0),
  scope: 'ai-authored',
  aiInvolved: true,
  ...fields,
});

describe('decideVerdict', () => {
  it('passes a clean AI change whose tests pass', () => {
    expect(decideVerdict(input({}))).toEqual({
      conclusion: 'pass',
      reasons: [{ kind: 'all-clear' }],
    });
  });

  it('is neutral when no change is AI-authored', () => {
    expect(
      decideVerdict(input({ aiInvolved: false, findings: [finding('critical')] })).conclusion,
    ).toBe('neutral');
  });

  it('gates a human PR under scope all', () => {
    expect(
      decideVerdict(input({ aiInvolved: false, scope: 'all', findings: [finding('high')] }))
        .conclusion,
    ).toBe('blocked');
  });

  it('blocks on findings at the fail-on severity and names the count', () => {
    const verdict = decideVerdict(input({ findings: [finding('high'), finding('low')] }));
    expect(verdict).toEqual({
      conclusion: 'blocked',
      reasons: [{ kind: 'findings', count: 1, threshold: 'high' }],
    });
  });

  it('does not block on findings below fail-on', () => {
    expect(decideVerdict(input({ findings: [finding('medium')] })).conclusion).toBe('pass');
  });

  it('never blocks on findings with fail-on none', () => {
    expect(
      decideVerdict(input({ failOn: 'none', findings: [finding('critical')] })).conclusion,
    ).toBe('pass');
  });

  it('reports violations of kinds that do not block without changing the verdict', () => {
    const verdict = decideVerdict(
      input({ sandbox: sandbox('passed', 2), blockOnViolations: ['privilege'] }),
    );
    expect(verdict).toEqual({ conclusion: 'pass', reasons: [{ kind: 'all-clear' }] });
  });

  it('blocks on sandbox violations even when the tests pass', () => {
    expect(decideVerdict(input({ sandbox: sandbox('passed', 2) })).reasons).toEqual([
      { kind: 'violations', count: 2 },
    ]);
  });

  it('fails on failing tests, preferring the test count to the bare exit status', () => {
    const verdict = decideVerdict(input({ sandbox: sandbox('failed'), tests: tests(2) }));
    expect(verdict).toEqual({
      conclusion: 'fail',
      reasons: [{ kind: 'tests-failed', failed: 2, errored: 0 }],
    });
  });

  it('fails on a failed run without a test report', () => {
    expect(decideVerdict(input({ sandbox: sandbox('failed'), tests: null })).reasons).toEqual([
      { kind: 'sandbox-outcome', outcome: 'failed' },
    ]);
  });

  it.each(['timeout', 'memory-limit', 'process-limit', 'output-limit', 'sandbox-error'] as const)(
    'fails on a %s run',
    (outcome) => {
      expect(decideVerdict(input({ sandbox: sandbox(outcome) })).reasons).toContainEqual({
        kind: 'sandbox-outcome',
        outcome,
      });
    },
  );

  it('fails on an install that did not pass, naming the install, not a test count', () => {
    const failedInstall = { ...sandbox('failed'), phase: 'install' as const };
    const verdict = decideVerdict(input({ sandbox: failedInstall, tests: tests(1) }));
    expect(verdict).toEqual({
      conclusion: 'fail',
      reasons: [{ kind: 'sandbox-outcome', outcome: 'failed', phase: 'install' }],
    });
    expect(describeReason(verdict.reasons[0] ?? { kind: 'all-clear' })).toBe(
      'install-command did not pass (the command exited non-zero), so the tests did not run',
    );
  });

  it('keeps blocked over fail when both apply', () => {
    expect(
      decideVerdict(
        input({ findings: [finding('critical')], sandbox: sandbox('failed'), tests: tests(1) }),
      ).conclusion,
    ).toBe('blocked');
  });

  it('says so when no test command ran', () => {
    expect(decideVerdict(input({ sandbox: null, tests: null }))).toEqual({
      conclusion: 'pass',
      reasons: [{ kind: 'no-test-command' }],
    });
  });
});

describe('policyEditFindings', () => {
  it('reports a PR that edits the policy file', () => {
    expect(
      policyEditFindings(['src/a.ts', '.github/airlock.yml'], '.github/airlock.yml'),
    ).toMatchObject([{ ruleId: 'airlock/policy-edited', severity: 'high' }]);
  });

  it('reports nothing when the policy file is untouched', () => {
    expect(policyEditFindings(['src/a.ts'], '.github/airlock.yml')).toEqual([]);
  });
});

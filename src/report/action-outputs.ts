import { testCounts } from '../verdict/test-results.js';
import type { Analysis } from './analysis.js';

/** The action's outputs, as action.yml declares them. */
export function actionOutputs(
  analysis: Analysis,
  files: { readonly sarif: string; readonly report: string },
): Record<string, string> {
  const { model } = analysis;
  const tests = testCounts(model.tests, model.sandbox);
  return {
    verdict: model.verdict.conclusion,
    findings: String(model.findings.length),
    'tests-passed': String(tests.passed),
    'tests-failed': String(tests.failed),
    'sarif-file': files.sarif,
    'report-json': files.report,
  };
}

import { testCounts } from '../verdict/test-results.js';
/** The action's outputs, as action.yml declares them. */
export function actionOutputs(analysis, files) {
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

import type { RuleHit, RuleMeta } from '../shared/rule-types.js';

// pytest loads plugins from any importable module (-p, entry points, pytest_plugins), so a hook
// that rewrites outcomes is judged in every Python file, not only conftest.py. A results model
// that sets its own `outcome` is not a hook: the rule needs a pytest hook defined in the file.
const definesHook =
  /^\s*(?:async\s+)?def\s+pytest_(runtest_\w+|report_\w+|terminal_summary|sessionfinish)\s*\(/m;
const rewrites: readonly RegExp[] = [
  /^\s*[\w.]+\.outcome\s*=\s*(['"])(passed|skipped)\1/,
  /\bsetattr\(\s*[\w.]+\s*,\s*(['"])outcome\1\s*,\s*(['"])(passed|skipped)\2/,
  /^\s*[\w.]+\.(longrepr|wasxfail)\s*=\s*(None|['"])/,
  /\.force_result\(/,
];

export const pytestOutcomeRules: readonly RuleMeta[] = [
  {
    id: 'test-outcome-rewrite',
    category: 'test-integrity',
    title: 'pytest outcome rewritten',
    help: 'A pytest hook sets report.outcome to "passed" (or clears the failure, or forces a result): failing tests are reported as passing. Plugins load from any module, so every file is checked.',
    cwe: ['CWE-693'],
  },
];

/** Lines of a Python file that rewrite a test report's outcome inside a module with pytest hooks. */
export function checkOutcomeRewrite(path: string, text: string): RuleHit[] {
  if (!/\.py$/.test(path) || !definesHook.test(text)) return [];
  const out: RuleHit[] = [];
  text.split('\n').forEach((line, index) => {
    if (/^\s*#/.test(line) || !rewrites.some((pattern) => pattern.test(line))) return;
    out.push({
      ruleId: 'test-outcome-rewrite',
      severity: 'critical',
      message: 'a pytest hook rewrites a test outcome: failures are reported as passes',
      loc: { line: index + 1, column: 1, endLine: index + 1 },
      evidence: line.trim().slice(0, 200),
    });
  });
  return out;
}

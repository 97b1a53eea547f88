import type { RuleHit, RuleMeta } from '../shared/rule-types.js';

const configFile =
  /(^|\/)(pytest\.ini|tox\.ini|setup\.cfg|pyproject\.toml|conftest\.py|(vitest|vite|jest|karma|playwright|cypress)\.config\.[cm]?[jt]s|jest\.config\.json|\.mocharc\.[a-z]+|package\.json|Makefile|noxfile\.py)$/;
const excludes =
  /(--ignore(-glob)?[= ]|--deselect\b|-k\s+["']?not\b|\bcollect_ignore|\btestPathIgnorePatterns\b|\bmodulePathIgnorePatterns\b|\bexclude\s*[:=]|\bnorecursedirs\b|--passWithNoTests|\btestIgnore\b)/;
const masked =
  /(pytest|jest|vitest|mocha|npm\s+(run\s+)?test|go\s+test|cargo\s+test|tox|make\s+test|unittest)[^\n|;&]*(\|\|\s*(true|:|exit\s+0)|;\s*exit\s+0|\s-+(exitfirst=false|exit-zero))/;
const snapshotUpdate = /(--update-snapshots?|--snapshot-update|--ci=false|\s-u\b)/;

function lineHits(path: string, text: string): RuleHit[] {
  const out: RuleHit[] = [];
  const lines = text.split('\n');
  const isConfig = configFile.test(path);
  lines.forEach((line, index) => {
    const loc = { line: index + 1, column: 1, endLine: index + 1 };
    const evidence = line.trim().slice(0, 200);
    if (masked.test(line))
      out.push({
        ruleId: 'test-result-masked',
        severity: 'high',
        message: 'a test command ignores its own failure (|| true / exit 0)',
        loc,
        evidence,
      });
    else if (isConfig && excludes.test(line))
      out.push({
        ruleId: 'test-config-exclusion',
        severity: 'medium',
        message: 'test-runner configuration excludes tests from the run',
        loc,
        evidence,
      });
    else if (isConfig && /\b(test|pytest|jest|vitest)\b/.test(line) && snapshotUpdate.test(line))
      out.push({
        ruleId: 'test-snapshot-rewrite',
        severity: 'medium',
        message: 'the test command rewrites snapshots instead of checking them',
        loc,
        evidence,
      });
  });
  return out;
}

export function checkTestRunnerConfig(path: string, text: string): RuleHit[] {
  const shellish = /\.(sh|bash|ya?ml|toml|ini|cfg|json|[cm]?[jt]s)$|(^|\/)Makefile$/.test(path);
  return shellish || configFile.test(path) ? lineHits(path, text) : [];
}

export const testRunnerConfigRules: readonly RuleMeta[] = [
  {
    id: 'test-result-masked',
    category: 'test-integrity',
    title: 'Test failure masked',
    help: "'|| true' or 'exit 0' after a test command turns every failure into a pass.",
    cwe: ['CWE-693'],
  },
  {
    id: 'test-config-exclusion',
    category: 'test-integrity',
    title: 'Tests excluded by configuration',
    help: 'Runner configuration (--ignore, --deselect, -k not, testPathIgnorePatterns, exclude) drops tests from the run.',
    cwe: ['CWE-693'],
  },
  {
    id: 'test-snapshot-rewrite',
    category: 'test-integrity',
    title: 'Snapshots rewritten',
    help: 'Snapshot files are changed, or the test command updates snapshots (-u) instead of checking them.',
    cwe: ['CWE-693'],
  },
];

import type { FileFacts } from '../shared/code-facts.js';
import type { RuleFamily, RuleHit } from '../shared/rule-types.js';

// Suppressions are reported, never honoured: a patch must not be able to silence its own review.
const securityScanner =
  /\b(nosec|nosemgrep|NOSONAR|noqa\s*:\s*S\d*|bandit\s*:\s*skip|airlock[-:\s]*(ignore|disable|allow)|codeql\[|lgtm\b|DevSkim:\s*ignore|gitleaks:allow)/i;
const linter =
  /(eslint-disable|@ts-ignore|@ts-nocheck|@ts-expect-error|pylint:\s*disable|type:\s*ignore|biome-ignore|jshint\s+ignore|noqa\b|shellcheck\s+disable)/;

function check(facts: FileFacts): RuleHit[] {
  const out: RuleHit[] = [];
  for (const comment of facts.comments) {
    const evidence = comment.text.slice(0, 200);
    if (securityScanner.test(comment.text)) {
      out.push({
        ruleId: 'suppress-security-scanner',
        severity: 'medium',
        message: 'adds a comment that silences a security scanner (reported, not honoured)',
        loc: comment.loc,
        evidence,
      });
    } else if (linter.test(comment.text)) {
      out.push({
        ruleId: 'suppress-linter',
        severity: 'low',
        message: 'adds a comment that silences a linter or type checker',
        loc: comment.loc,
        evidence,
      });
    }
  }
  return out;
}

export const suppressionComments: RuleFamily = {
  rules: [
    {
      id: 'suppress-security-scanner',
      category: 'suppression',
      title: 'Security-scanner suppression',
      help: '# nosec, nosemgrep, NOSONAR, noqa: S…, airlock-ignore: Airlock reports these and never honours them.',
      cwe: ['CWE-693'],
    },
    {
      id: 'suppress-linter',
      category: 'suppression',
      title: 'Linter suppression',
      help: 'eslint-disable, @ts-ignore, pylint: disable, type: ignore.',
      cwe: ['CWE-693'],
    },
  ],
  check,
};

import type { FileFacts } from '../shared/code-facts.js';
import type { RuleFamily, RuleHit } from '../shared/rule-types.js';
import { hit } from '../shared/call-targets.js';

// Whole-file scans judge every line, so these match wherever a test is skipped or focused, in
// every form the runners accept: chained (it.only.each, test.describe.only, it.concurrent.skip),
// imported (from pytest import mark), module-wide (pytestmark = pytest.mark.skip) or raised.
const skipDecorator =
  /^((pytest\.)?mark\.(skip|skipif|xfail)|unittest\.(skip|skipIf|skipUnless|expectedFailure)|skip|skipIf|skipUnless|expectedFailure)$/;
const skipCall =
  /^(pytest\.(skip|xfail)|(pytest\.)?mark\.(skip|skipif|xfail)|(unittest\.)?SkipTest|(test\.)?(it|test|describe|context|suite)(\.concurrent)?\.(skip|todo|skipIf|fails|fixme)(\.each)?|xit|xdescribe|xtest|self\.skipTest|(t|b|f|tb)\.(Skip|SkipNow|Skipf)|testing\.Short)$/;
const onlyCall =
  /^((test\.)?(it|test|describe|context|suite)(\.concurrent)?\.only(\.each)?|fit|fdescribe)$/;
// Hooks that can rewrite what pytest reports, rather than what the tests do.
const outcomeHooks =
  /^(pytest_runtest_makereport|pytest_report_teststatus|pytest_collection_modifyitems|pytest_runtest_call|pytest_runtest_protocol|pytest_deselected|pytest_sessionfinish|pytest_terminal_summary)$/;

function check(facts: FileFacts): RuleHit[] {
  const out: RuleHit[] = [];
  for (const decorator of facts.decorators) {
    if (skipDecorator.test(decorator.name)) {
      out.push({
        ruleId: 'test-skip-added',
        severity: 'medium',
        message: `marks a test skipped or expected to fail (${decorator.name})`,
        loc: decorator.loc,
        evidence: decorator.evidence,
      });
    }
  }
  for (const call of facts.calls) {
    const name = call.callee || (call.method ? `self.${call.method}` : '');
    if (onlyCall.test(name))
      out.push(
        hit(call, {
          ruleId: 'test-only-added',
          severity: 'high',
          message: `${name} silently skips every other test`,
        }),
      );
    else if (skipCall.test(name))
      out.push(
        hit(call, {
          ruleId: 'test-skip-added',
          severity: 'medium',
          message: `skips a test (${name})`,
        }),
      );
  }
  if (/(^|\/)conftest\.py$/.test(facts.path)) {
    for (const fn of facts.functions) {
      if (outcomeHooks.test(fn.name)) {
        out.push({
          ruleId: 'test-outcome-hook',
          severity: 'high',
          message: `conftest hook ${fn.name} can rewrite or drop test outcomes`,
          loc: fn.loc,
          evidence: `def ${fn.name}`,
        });
      }
    }
  }
  return out;
}

export const testMarkers: RuleFamily = {
  rules: [
    {
      id: 'test-skip-added',
      category: 'test-integrity',
      title: 'Test skipped',
      help: 'skip/skipif/xfail markers (also module-wide pytestmark), unittest.skip, SkipTest, it.skip, xit, pytest.skip(): a patch that skips tests can hide a regression.',
      cwe: ['CWE-693'],
    },
    {
      id: 'test-only-added',
      category: 'test-integrity',
      title: 'Focused test (.only)',
      help: 'it.only/describe.only/test.only(.each)/fit run one test and silently skip the rest.',
      cwe: ['CWE-693'],
    },
    {
      id: 'test-outcome-hook',
      category: 'test-integrity',
      title: 'Test outcome hook',
      help: 'conftest.py hooks such as pytest_runtest_makereport can turn failures into passes.',
      cwe: ['CWE-693'],
    },
  ],
  check,
};

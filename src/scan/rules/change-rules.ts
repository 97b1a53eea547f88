import type { RuleMeta } from '../shared/rule-types.js';

/** Rules about the change itself rather than the code in it; emitted by the diff stage. */
export const changeRules: readonly RuleMeta[] = [
  {
    id: 'test-file-deleted',
    category: 'test-integrity',
    title: 'Test file deleted',
    help: 'The change deletes a test file.',
    cwe: ['CWE-693'],
  },
  {
    id: 'test-function-removed',
    category: 'test-integrity',
    title: 'Test removed',
    help: 'A test function or test case present before the change is gone after it.',
    cwe: ['CWE-693'],
  },
  {
    id: 'test-assertion-removed',
    category: 'test-integrity',
    title: 'Assertions removed',
    help: 'A test file has fewer assertion lines after the change than before.',
    cwe: ['CWE-693'],
  },
  {
    id: 'test-assertion-trivial',
    category: 'test-integrity',
    title: 'Always-true assertion added',
    help: 'A test file gains an assertion that cannot fail (assert True, expect(true).toBe(true)), so the test passes whatever the code does.',
    cwe: ['CWE-693'],
  },
  {
    id: 'ci-config-changed',
    category: 'ci-tampering',
    title: 'CI or gate configuration changed',
    help: "Edits to .github/workflows, action.yml, CODEOWNERS or Airlock's own configuration change what checks the change.",
    cwe: ['CWE-284'],
  },
  {
    id: 'repo-symlink-added',
    category: 'repository',
    title: 'Symlink added',
    help: 'A symbolic link can point the build or the gate at files outside the repository.',
    cwe: ['CWE-59'],
  },
  {
    id: 'repo-submodule-added',
    category: 'repository',
    title: 'Submodule added',
    help: 'A submodule pulls in code that this diff does not show.',
    cwe: ['CWE-829'],
  },
];

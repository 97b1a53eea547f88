import type { FileFacts } from './code-facts.js';

// Code the test command runs: test files and folders, pytest's conftest and plugins, test-runner
// setup files. A plugin can load from any module, so defining a pytest hook makes a file one.
const testPath =
  /(^|\/)(tests?|__tests__|testing|spec)\/|(^|\/)(test_[^/]*\.py|[^/]*_test\.(py|go)|conftest\.py|[^/]*\.(test|spec)\.[cm]?[jt]sx?|(jest|vitest)\.setup\.[cm]?[jt]s|setup-?tests\.[cm]?[jt]s)$/i;
const pytestHook = /^pytest_[a-z_]+$/;

/** True when the file's code runs as part of a test run rather than a build or release script. */
export function runsInTests(facts: Pick<FileFacts, 'path' | 'functions'>): boolean {
  return testPath.test(facts.path) || facts.functions.some((fn) => pytestHook.test(fn.name));
}

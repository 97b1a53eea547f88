import type { CallFact, FileFacts } from '../shared/code-facts.js';
import { normalisePath } from '../shared/posix-paths.js';
import { classifyPath } from '../shared/path-classes.js';
import type { RuleFamily, RuleHit } from '../shared/rule-types.js';
import { runsInTests } from '../shared/test-run-context.js';
import { commandText, hit, namedPaths, writesTo } from '../shared/call-targets.js';

// Tests have no reason to steer the CI job that runs them. Writes to the runner's command files
// (GITHUB_ENV, GITHUB_PATH, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY), to workflows or to git hooks are
// flagged only in code the test run executes (see runsInTests): a release script or an action's
// own source writing GITHUB_OUTPUT, or a generator writing a workflow for review, is not a test.
const runnerFile = /^\$\{?(GITHUB_ENV|GITHUB_PATH|GITHUB_OUTPUT|GITHUB_STEP_SUMMARY)\}?$/;
const gitHook = /(^|\/)\.git\/hooks(\/|$)/;
const shellRunnerWrite =
  /(>>?|\btee\b(\s+-a)?)\s*["']?\$\{?(GITHUB_ENV|GITHUB_PATH|GITHUB_OUTPUT|GITHUB_STEP_SUMMARY)\b/;
const shellTreeWrite =
  /(>>?|\b(tee|cp|mv|install|ln)\b[^|;&]*)\s*["']?(\S*\/)?\.(github\/workflows|git\/hooks)\//;

function targetOf(path: string): 'runner' | 'workflow' | 'hook' | null {
  if (runnerFile.test(path)) return 'runner';
  if (gitHook.test(path)) return 'hook';
  return classifyPath(normalisePath(path)) === 'ci' ? 'workflow' : null;
}

function fileWrite(call: CallFact): RuleHit[] {
  const copies = call.capability === 'fs.copy';
  if (!writesTo(call) && !copies) return [];
  // A write on a handle opened for writing was judged where it was opened.
  if (call.method !== undefined && /[wax+]/.test(call.receiver?.handle?.mode ?? '')) return [];
  const paths = copies ? namedPaths(call).slice(1) : namedPaths(call).slice(0, 1);
  const target = paths.map(targetOf).find((kind) => kind !== null);
  return target ? [hitFor(call, target, paths.join(' → '))] : [];
}

function shellWrite(call: CallFact): RuleHit[] {
  if (call.capability !== 'process.shell' && call.capability !== 'process.spawn') return [];
  const text = commandText(call) ?? '';
  if (shellRunnerWrite.test(text)) return [hitFor(call, 'runner', 'a runner command file')];
  const tree = shellTreeWrite.exec(text)?.[4];
  if (tree) return [hitFor(call, tree === 'github/workflows' ? 'workflow' : 'hook', `.${tree}`)];
  return [];
}

function hitFor(call: CallFact, target: 'runner' | 'workflow' | 'hook', path: string): RuleHit {
  if (target === 'runner')
    return hit(call, {
      ruleId: 'ci-runner-file-write',
      severity: 'critical',
      message: `a test writes to ${path}, which steers later CI steps`,
    });
  if (target === 'workflow')
    return hit(call, {
      ruleId: 'ci-workflow-write',
      severity: 'high',
      message: `a test writes a workflow (${path})`,
    });
  return hit(call, {
    ruleId: 'ci-git-hook-write',
    severity: 'high',
    message: `a test installs a git hook (${path})`,
  });
}

export const ciTampering: RuleFamily = {
  rules: [
    {
      id: 'ci-runner-file-write',
      category: 'ci-tampering',
      title: 'Test writes to a runner command file',
      help: 'Code run by the tests writes to GITHUB_ENV, GITHUB_PATH, GITHUB_OUTPUT or GITHUB_STEP_SUMMARY: it can set variables, put programs on PATH or forge outputs for the steps after it.',
      cwe: ['CWE-15', 'CWE-494'],
    },
    {
      id: 'ci-workflow-write',
      category: 'ci-tampering',
      title: 'Test writes a workflow',
      help: 'Code run by the tests writes under .github/workflows, where a later push would run it with the repository token.',
      cwe: ['CWE-494'],
    },
    {
      id: 'ci-git-hook-write',
      category: 'ci-tampering',
      title: 'Test installs a git hook',
      help: 'Code run by the tests writes under .git/hooks, which git runs on later commits and checkouts.',
      cwe: ['CWE-506'],
    },
  ],
  check: (facts: FileFacts) =>
    runsInTests(facts)
      ? facts.calls.flatMap((call) => [...fileWrite(call), ...shellWrite(call)])
      : [],
};

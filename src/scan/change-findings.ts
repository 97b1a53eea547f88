import type { FileChange, Finding, Severity } from '../domain.js';
import { SUBMODULE_MODE, SYMLINK_MODE } from '../collect/file-changes.js';
import { ruleMeta } from './rule-catalog.js';

export const testPath =
  /(^|\/)(tests?|__tests__|spec|specs)\/|(^|\/)test_[^/]*\.py$|_test\.(py|go)$|\.(test|spec)\.[cm]?[jt]sx?$|(^|\/)conftest\.py$/;
const ciPath =
  /(^|\/)\.github\/(workflows|actions)\/|(^|\/)action\.ya?ml$|(^|\/)CODEOWNERS$|(^|\/)\.airlock[^/]*$|(^|\/)airlock\.ya?ml$|(^|\/)\.ci\/|(^|\/)\.gitlab-ci\.yml$|(^|\/)\.pre-commit-config\.yaml$/;
const snapshotPath = /(^|\/)__snapshots__\/|\.snap$|\.ambr$/;
const assertion =
  /\bassert\b|\.assert[A-Z]\w*\(|\bexpect\(|\bassert\.\w+\(|\bshould\.|\.to(Be|Equal|Throw|Match)/;
// The assertion is the literal alone: `assert 1 + 1 == 2` is a real (if constant) check.
const trivialAssertion =
  /\bassert\s+(True|1|not\s+False)\s*(?:[#,]|$)|assertTrue\(\s*True\s*\)|expect\(\s*true\s*\)\.toBe\(\s*true\s*\)|expect\(1\)\.toBe\(1\)/;

export function changeFinding(
  change: Pick<FileChange, 'path'>,
  finding: {
    readonly ruleId: string;
    readonly severity: Severity;
    readonly message: string;
    readonly line?: number;
  },
): Finding {
  const { ruleId, severity, message, line = 1 } = finding;
  const meta = ruleMeta(ruleId);
  return {
    ruleId,
    severity,
    category: meta.category,
    message,
    path: change.path,
    line,
    column: 1,
    endLine: line,
    cwe: meta.cwe,
    evidence: change.path,
  };
}

/** Findings about the change itself: what it deletes, links, or reconfigures. */
export function structuralFindings(change: FileChange): Finding[] {
  const out: Finding[] = [];
  const first = change.added[0] ?? change.removed[0]?.anchor ?? 1;
  if (change.newMode === SYMLINK_MODE && change.oldMode !== SYMLINK_MODE) {
    out.push(
      changeFinding(change, {
        ruleId: 'repo-symlink-added',
        severity: 'high',
        message: 'adds a symbolic link',
      }),
    );
  }
  if (change.newMode === SUBMODULE_MODE && change.oldMode !== SUBMODULE_MODE) {
    out.push(
      changeFinding(change, {
        ruleId: 'repo-submodule-added',
        severity: 'high',
        message: 'adds a git submodule',
      }),
    );
  }
  if (change.status === 'deleted' && testPath.test(change.path)) {
    out.push(
      changeFinding(change, {
        ruleId: 'test-file-deleted',
        severity: 'high',
        message: 'deletes a test file',
      }),
    );
  }
  if (ciPath.test(change.path) || (change.oldPath !== undefined && ciPath.test(change.oldPath))) {
    out.push(
      changeFinding(change, {
        ruleId: 'ci-config-changed',
        severity: 'high',
        message: 'changes CI, code-owner or gate configuration',
        line: first,
      }),
    );
  }
  if (snapshotPath.test(change.path)) {
    out.push(
      changeFinding(change, {
        ruleId: 'test-snapshot-rewrite',
        severity: 'medium',
        message: 'rewrites stored test snapshots',
        line: first,
      }),
    );
  }
  return out;
}

/** Path mode: a CI, code-owner or gate file given as a PATH counts as added. */
export function configFileFindings(path: string): Finding[] {
  if (!ciPath.test(path)) return [];
  const message = 'adds CI, code-owner or gate configuration';
  return [changeFinding({ path }, { ruleId: 'ci-config-changed', severity: 'high', message })];
}

function countAssertions(text: string): number {
  return text.split('\n').filter((line) => assertion.test(line)).length;
}

/** Assertions a test file lost, and trivially true ones it gained. */
export function assertionFindings(
  change: FileChange,
  oldText: string | undefined,
  newText: string,
): Finding[] {
  if (!testPath.test(change.path)) return [];
  const out: Finding[] = [];
  const removed = change.removed.filter((line) => assertion.test(line.text));
  if (
    oldText !== undefined &&
    removed.length > 0 &&
    countAssertions(newText) < countAssertions(oldText)
  ) {
    const where = removed[0]?.anchor ?? 1;
    out.push(
      changeFinding(change, {
        ruleId: 'test-assertion-removed',
        severity: 'high',
        message: `removes ${removed.length} assertion line(s) from a test file`,
        line: where,
      }),
    );
  }
  const lines = newText.split('\n');
  for (const line of change.added) {
    if (trivialAssertion.test(lines[line - 1] ?? '')) {
      out.push(
        changeFinding(change, {
          ruleId: 'test-assertion-trivial',
          severity: 'medium',
          message: 'adds an assertion that is always true',
          line,
        }),
      );
    }
  }
  return out;
}

import type { ChangeSet, FileChange, Finding, ScanReport } from '../domain.js';
import {
  assertionFindings,
  changeFinding,
  structuralFindings,
  testPath,
} from './change-findings.js';
import type { FileFacts } from './shared/code-facts.js';
import { decodeSource, factsOf, scanSource } from './scan-file.js';
import type { ScanDeps } from './scan-whole-files.js';
import type { SyntaxLanguage } from './shared/syntax-parser.js';
import { languageOf } from './shared/syntax-parser.js';

// Enough of a file to read its '#!' line.
const SHEBANG_PROBE = 256;

/** The grammars a change set needs, so the CLI compiles only those. */
export function changeLanguages(changes: ChangeSet): Set<SyntaxLanguage> {
  const out = new Set<SyntaxLanguage>();
  for (const change of changes.files) {
    for (const [path, bytes] of [
      [change.path, change.newBytes],
      [change.oldPath ?? change.path, change.oldBytes],
    ] as const) {
      if (!bytes) continue;
      const head = new TextDecoder().decode(bytes.subarray(0, SHEBANG_PROBE));
      const language = languageOf(path, head);
      if (language) out.add(language);
    }
  }
  return out;
}

/** Keeps findings that touch a line the patch added or changed. */
export function filterToAddedLines(
  findings: readonly Finding[],
  added: ReadonlySet<number>,
): Finding[] {
  return findings.filter((finding) => {
    for (let line = finding.line; line <= Math.max(finding.line, finding.endLine); line++)
      if (added.has(line)) return true;
    return false;
  });
}

// `it('…')` as a global or imported from a test framework (resolved to 'vitest.it', …).
const testCaseCallee =
  /^(?:(?:vitest|mocha|@jest\/globals|node:test|bun:test)\.)?(it|test|specify)$/;

function testNames(facts: FileFacts | undefined): Set<string> {
  const names = new Set<string>();
  for (const fn of facts?.functions ?? []) if (/^test/i.test(fn.name)) names.add(fn.name);
  for (const call of facts?.calls ?? []) {
    if (testCaseCallee.test(call.callee) && call.args[0]?.text !== undefined)
      names.add(call.args[0].text);
  }
  return names;
}

function removedTests(
  change: FileChange,
  texts: { readonly oldText: string; readonly newFacts: FileFacts | undefined },
  deps: ScanDeps,
): Finding[] {
  const { oldText, newFacts } = texts;
  const before = testNames(factsOf(change.oldPath ?? change.path, oldText, deps));
  const after = testNames(newFacts);
  const gone = [...before].filter((name) => !after.has(name));
  if (gone.length === 0) return [];
  const where = change.removed[0]?.anchor ?? 1;
  return [
    changeFinding(change, {
      ruleId: 'test-function-removed',
      severity: 'high',
      message: `removes test(s): ${gone.slice(0, 5).join(', ')}`,
      line: where,
    }),
  ];
}

function scanChange(
  original: FileChange,
  deps: ScanDeps,
): { findings: Finding[]; lines: number; skipped?: string } {
  let change = original;
  const findings = structuralFindings(change);
  if (!change.newBytes)
    return { findings, lines: 0, ...(change.skipped ? { skipped: change.skipped } : {}) };
  const decoded = decodeSource(change.newBytes);
  if (decoded.text === undefined)
    return { findings, lines: 0, skipped: decoded.skipped ?? 'unreadable' };
  const { scan, facts } = scanSource(change.path, decoded.text, deps);
  // A removal at the end of the file anchors one past its last line; point at the last line.
  const lastLine = Math.max(1, scan.lines - (decoded.text.endsWith('\n') ? 1 : 0));
  change = {
    ...change,
    removed: change.removed.map((line) => ({ ...line, anchor: Math.min(line.anchor, lastLine) })),
  };
  findings.push(...filterToAddedLines(scan.findings, new Set(change.added)));
  const oldText = change.oldBytes ? decodeSource(change.oldBytes).text : undefined;
  findings.push(...assertionFindings(change, oldText, decoded.text));
  if (oldText !== undefined && testPath.test(change.path))
    findings.push(...removedTests(change, { oldText, newFacts: facts }, deps));
  return {
    findings,
    lines: change.added.length,
    ...(scan.skipped ? { skipped: scan.skipped } : {}),
  };
}

/** Diff mode: findings on added or changed lines, plus findings about the diff itself. */
export function scanChanges(changes: ChangeSet, deps: ScanDeps): ScanReport {
  const started = deps.clock();
  const findings: Finding[] = [];
  const skipped: { path: string; reason: string }[] = [];
  let files = 0;
  let lines = 0;
  for (const change of changes.files) {
    const scan = scanChange(change, deps);
    findings.push(...scan.findings);
    if (scan.skipped) skipped.push({ path: change.path, reason: scan.skipped });
    if (change.newBytes) files++;
    lines += scan.lines;
  }
  return {
    findings,
    stats: { files, lines, durationMs: Math.round(deps.clock() - started), skipped },
  };
}

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../src/scan/rule-catalog.js';
import { changeRules } from '../../src/scan/rules/change-rules.js';
import { scanText } from '../../src/scan/scan-file.js';
import { scanDeps } from './scan-test-parser.js';

const root = join(import.meta.dirname, 'fixtures/rules');

function listFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? listFiles(path) : [path];
    });
}

interface Expectations {
  readonly positive: Map<string, Set<number>>;
  readonly negative: Map<string, Set<number>>;
  /** The text to scan: JSON fixtures have their annotation lines blanked so they still parse. */
  readonly text: string;
}

const annotation = /(?:#|\/\/|\/\*)\s*(ruleid|ok):\s*([\w-]+(?:\s*,\s*[\w-]+)*)/;

// semgrep's convention: an annotation alone on its line applies to the next code line;
// a trailing one applies to its own line.
function readExpectations(path: string): Expectations {
  const lines = readFileSync(path, 'utf8').split('\n');
  const positive = new Map<string, Set<number>>();
  const negative = new Map<string, Set<number>>();
  const pending: { kind: string; ids: string[] }[] = [];
  const add = (kind: string, ids: string[], line: number) => {
    for (const id of ids) {
      const map = kind === 'ruleid' ? positive : negative;
      map.set(id, (map.get(id) ?? new Set()).add(line));
    }
  };
  lines.forEach((text, index) => {
    const match = annotation.exec(text);
    const alone = match !== null && text.trim().startsWith(match[0].slice(0, 2));
    if (match && alone) {
      pending.push({ kind: match[1] ?? '', ids: (match[2] ?? '').split(/\s*,\s*/) });
      return;
    }
    for (const waiting of pending.splice(0)) add(waiting.kind, waiting.ids, index + 1);
    if (match) add(match[1] ?? '', (match[2] ?? '').split(/\s*,\s*/), index + 1);
  });
  const blank = path.endsWith('.json');
  const text = blank
    ? lines.map((line) => (annotation.test(line) ? '' : line)).join('\n')
    : lines.join('\n');
  return { positive, negative, text };
}

const fixtures = listFiles(root).map((path) => ({
  path,
  name: relative(root, path),
  ...readExpectations(path),
}));

describe('rule fixtures', () => {
  it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))(
    '%s matches its annotations exactly',
    async (_name, fixture) => {
      const deps = await scanDeps();
      const findings = scanText(fixture.name, fixture.text, deps).findings;
      const ids = new Set([...fixture.positive.keys(), ...fixture.negative.keys()]);
      for (const id of ids) {
        const found = findings
          .filter((finding) => finding.ruleId === id)
          .map((finding) => finding.line);
        const expected = [...(fixture.positive.get(id) ?? [])].sort((a, b) => a - b);
        expect({ id, lines: [...new Set(found)].sort((a, b) => a - b) }).toEqual({
          id,
          lines: expected,
        });
        for (const line of fixture.negative.get(id) ?? [])
          expect({ id, line, flagged: found.includes(line) }).toEqual({ id, line, flagged: false });
      }
    },
  );

  it('gives every file-level rule at least two positive and two negative fixtures', () => {
    const diffOnly = new Set(changeRules.map((rule) => rule.id));
    const count = (kind: 'positive' | 'negative', id: string) =>
      fixtures.reduce((sum, fixture) => sum + (fixture[kind].get(id)?.size ?? 0), 0);
    const short = allRules
      .filter((rule) => !diffOnly.has(rule.id))
      .filter((rule) => count('positive', rule.id) < 2 || count('negative', rule.id) < 2)
      .map(
        (rule) => `${rule.id} (+${count('positive', rule.id)} / -${count('negative', rule.id)})`,
      );
    expect(short).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import type { BlameLine } from '../../src/collect/attribution-blame.js';
import { attributeLines, gateFindings, isGated } from '../../src/collect/attribution-lines.js';
import type { Classification } from '../../src/collect/provenance-classify.js';
import type { ChangeScope, CommitProvenance } from '../../src/domain.js';

const [base, ai, human, merge] = ['b', 'a', 'h', 'm'].map((c) => c.repeat(40)) as [
  string,
  string,
  string,
  string,
];
const commit = (sha: string, aiAuthored: boolean, isMerge = false): CommitProvenance => ({
  sha,
  subject: sha.slice(0, 3),
  isMerge,
  aiAuthored,
  agents: aiAuthored ? ['copilot'] : [],
  signals: [],
});
const line = (n: number, sha: string): BlameLine => ({ line: n, sha, boundary: sha === base });

function attribute(
  commits: CommitProvenance[],
  blame: BlameLine[],
  scope: ChangeScope = 'ai-authored',
  touched: string[] = [],
) {
  const classification: Classification = { commits, pullRequestSignals: [], agents: [] };
  return attributeLines({
    blames: new Map([['src/app.py', blame]]),
    classification,
    aiTouchedPaths: new Set(touched),
    scope,
  });
}

const mixed = [line(1, base), line(2, ai), line(3, human), line(4, ai), line(5, merge)];

describe('attributeLines', () => {
  it('gates the lines AI-authored commits added and not the human ones', () => {
    const result = attribute([commit(ai, true), commit(human, false)], mixed.slice(0, 4));
    expect([...(result.gatedLines.get('src/app.py') ?? [])]).toEqual([2, 4]);
    expect(result.summary).toMatchObject({ aiCommits: 1, aiLines: 2, totalAddedLines: 3 });
  });

  it('gates every added line under scope all', () => {
    const result = attribute([commit(ai, true), commit(human, false)], mixed.slice(0, 4), 'all');
    expect([...(result.gatedLines.get('src/app.py') ?? [])]).toEqual([2, 3, 4]);
  });

  it('never counts lines that predate the PR', () => {
    const result = attribute([commit(ai, true)], mixed, 'all');
    expect(result.addedLines.get('src/app.py')?.has(1)).toBe(false);
  });

  it('counts conflict resolutions in a merge as AI-authored when the PR has an AI commit', () => {
    const result = attribute([commit(ai, true), commit(merge, false, true)], mixed);
    expect(result.gatedLines.get('src/app.py')?.has(5)).toBe(true);
  });

  it('finds nothing to gate in a PR without AI commits', () => {
    const result = attribute(
      [commit(human, false), commit(merge, false, true)],
      [line(1, human), line(2, merge)],
    );
    expect(result.aiInvolved).toBe(false);
    expect(result.gatedLines.size).toBe(0);
  });
});

describe('gateFindings', () => {
  const finding = (path: string, n: number) => ({ path, line: n, ruleId: 'x' });

  it('drops findings on lines a human added', () => {
    const result = attribute([commit(ai, true), commit(human, false)], mixed.slice(0, 4));
    expect(gateFindings([finding('src/app.py', 2), finding('src/app.py', 3)], result)).toEqual([
      finding('src/app.py', 2),
    ]);
  });

  it('keeps findings on no added line when an AI commit touched the file, such as a removed test', () => {
    const result = attribute([commit(ai, true)], mixed.slice(0, 2), 'ai-authored', [
      'tests/test_app.py',
    ]);
    expect(isGated(result, 'tests/test_app.py', 7)).toBe(true);
    expect(isGated(result, 'docs/other.md', 1)).toBe(false);
  });
});

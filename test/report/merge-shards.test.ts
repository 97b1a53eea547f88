import { describe, expect, it } from 'vitest';
import type { TestResults } from '../../src/domain.js';
import { parseActionInputs } from '../../src/config/action-inputs.js';
import { shardSpecSchema } from '../../src/config/shard-spec.js';
import type { Analysis } from '../../src/report/analysis.js';
import { parseAnalysis } from '../../src/report/analysis.js';
import { mergeShards } from '../../src/report/merge-shards.js';
import { renderJobSummary } from '../../src/report/render-report.js';
import { sarifForFindings } from '../../src/report/sarif-for-analysis.js';
import type { ShardFile } from '../../src/report/shard-set.js';
import { blockedModel, finding, sandbox } from './report-fixtures.js';

const HEAD = blockedModel.headSha;

const testsOf = (passed: number, failing: readonly string[] = []): TestResults => ({
  source: 'junit',
  passed,
  failed: failing.length,
  errored: 0,
  skipped: 0,
  truncated: false,
  cases: [
    ...failing.map((name) => ({
      suite: 'tests',
      name,
      status: 'failed' as const,
      file: 'tests/test_x.py',
      line: 3,
      message: 'assert 1 == 2',
      durationMs: 2,
    })),
  ],
});

/** Shard `index` of `total`: passing unless `failing` names tests, findings on shard 1 only. */
function shard(
  index: number,
  total: number,
  options: { failing?: readonly string[]; passed?: number; headSha?: string } = {},
): Analysis {
  const failing = options.failing ?? [];
  const failed = failing.length > 0;
  return {
    version: 1,
    pullRequest: 7,
    shard: { index, total },
    model: {
      ...blockedModel,
      headSha: options.headSha ?? HEAD,
      verdict: failed
        ? {
            conclusion: 'fail',
            reasons: [{ kind: 'tests-failed', failed: failing.length, errored: 0 }],
          }
        : { conclusion: 'pass', reasons: [{ kind: 'all-clear' }] },
      findings: index === 1 ? [finding({ severity: 'low' })] : [],
      failOn: 'high',
      tests: testsOf(options.passed ?? 10, failing),
      sandbox: sandbox({
        outcome: failed ? 'failed' : 'passed',
        exitCode: failed ? 1 : 0,
        durationMs: 1000 * index,
        resources: { cpuMs: 500, peakMemoryBytes: index * 1024 * 1024 },
        violations: [],
      }),
    },
  };
}

const file = (analysis: Analysis, source?: string): ShardFile => ({
  source:
    source ?? `airlock-shard-${analysis.shard?.index ?? 0}-of-${analysis.shard?.total ?? 0}.json`,
  text: JSON.stringify(analysis),
});

const merge = (files: readonly ShardFile[]) => mergeShards(files, { headSha: HEAD });

describe('merging a sharded suite into one report', () => {
  it('sums the test counts and passes when every shard passed', () => {
    const merged = merge([file(shard(2, 3, { passed: 4 })), file(shard(1, 3)), file(shard(3, 3))]);
    expect(merged.model.verdict).toEqual({ conclusion: 'pass', reasons: [{ kind: 'all-clear' }] });
    expect(merged.model.tests).toMatchObject({ passed: 24, failed: 0, source: 'junit' });
    expect(merged.model.shards?.map((s) => s.index)).toEqual([1, 2, 3]);
    expect(merged.shard).toBeUndefined();
  });

  it('takes the findings and provenance of shard 1, the shard that scans', () => {
    const merged = merge([file(shard(1, 2)), file(shard(2, 2))]);
    expect(merged.model.findings).toHaveLength(1);
    expect(merged.model.provenance).toEqual(blockedModel.provenance);
  });

  it('fails when one shard has a failing test, naming the test with its shard', () => {
    const merged = merge([
      file(shard(1, 3)),
      file(shard(2, 3, { failing: ['test_divide'] })),
      file(shard(3, 3, { failing: ['test_add', 'test_sub'] })),
    ]);
    expect(merged.model.verdict).toEqual({
      conclusion: 'fail',
      reasons: [{ kind: 'tests-failed', failed: 3, errored: 0 }],
    });
    expect(merged.model.tests?.cases.map((c) => [c.name, c.shard])).toEqual([
      ['test_divide', 2],
      ['test_add', 3],
      ['test_sub', 3],
    ]);
    expect(renderJobSummary(merged.model)).toContain(
      '| Failing test | Shard | Location | Message |',
    );
    expect(merged.model.sandbox?.outcome).toBe('failed');
  });

  it('takes the worst verdict: a blocked shard blocks, its violations tagged with the shard', () => {
    const blocked = shard(2, 2);
    const violation = { ...(sandbox().violations[0] ?? ({} as never)) };
    const withViolation: Analysis = {
      ...blocked,
      model: {
        ...blocked.model,
        verdict: { conclusion: 'blocked', reasons: [{ kind: 'violations', count: 1 }] },
        sandbox: { ...(blocked.model.sandbox ?? sandbox()), violations: [violation] },
      },
    };
    const merged = merge([file(shard(1, 2, { failing: ['test_a'] })), file(withViolation)]);
    expect(merged.model.verdict.conclusion).toBe('blocked');
    expect(merged.model.verdict.reasons).toEqual([
      { kind: 'tests-failed', failed: 1, errored: 0 },
      { kind: 'violations', count: 1 },
    ]);
    expect(merged.model.sandbox?.violations).toEqual([{ ...violation, shard: 2 }]);
    const sarif = JSON.stringify(sarifForFindings([], 'airlock', merged.model.sandbox));
    expect(sarif).toContain('[shard 2]');
  });

  it('keeps each shard’s resource figures and sums CPU, takes the longest time and highest peak', () => {
    const merged = merge([file(shard(1, 2)), file(shard(2, 2))]);
    expect(merged.model.shards).toEqual([
      expect.objectContaining({ index: 1, durationMs: 1000, cpuMs: 500, peakMemoryBytes: 1048576 }),
      expect.objectContaining({ index: 2, durationMs: 2000, cpuMs: 500, peakMemoryBytes: 2097152 }),
    ]);
    expect(merged.model.sandbox).toMatchObject({
      durationMs: 2000,
      resources: { cpuMs: 1000, peakMemoryBytes: 2097152 },
    });
    expect(renderJobSummary(merged.model)).toContain('| 2/2 | pass | 10 passed, 0 failed |');
  });

  it('writes a merged analysis that reads back as a valid artifact', () => {
    const merged = merge([file(shard(1, 2, { failing: ['t'] })), file(shard(2, 2))]);
    expect(parseAnalysis(JSON.stringify(merged), 'merged')).toEqual(merged);
  });
});

describe('an incomplete or inconsistent set of shards is an error that names the problem', () => {
  it('names a missing shard', () => {
    expect(() => merge([file(shard(1, 3)), file(shard(3, 3))])).toThrow(
      /no results for shard 2\/3 \(did the job fail before uploading its artifact\?\)/,
    );
  });

  it('names both files of a shard that came twice', () => {
    expect(() =>
      merge([
        file(shard(1, 2)),
        file(shard(2, 2)),
        file(shard(2, 2), 'again/airlock-shard-2-of-2.json'),
      ]),
    ).toThrow(
      /two results for shard 2\/2: airlock-shard-2-of-2.json and again\/airlock-shard-2-of-2.json/,
    );
  });

  it('names a shard from another commit', () => {
    expect(() =>
      merge([file(shard(1, 2)), file(shard(2, 2, { headSha: 'e'.repeat(40) }))]),
    ).toThrow(/airlock-shard-2-of-2.json is for commit eeeeeeeeeeee, not cccccccccccc/);
  });

  it('names a shard of a matrix with another total', () => {
    expect(() => merge([file(shard(1, 2)), file(shard(2, 3), 'x.json')])).toThrow(
      /x.json is shard 2\/3, but airlock-shard-1-of-2.json is shard 1\/2: the totals differ/,
    );
  });

  it('names a malformed file, and still the shard it leaves missing', () => {
    const broken = { source: 'airlock-shard-2-of-2.json', text: '{"version":1' };
    expect(() => merge([file(shard(1, 2)), broken])).toThrow(
      /airlock-shard-2-of-2.json is not JSON; no results for shard 2\/2/,
    );
  });

  it('refuses an unsharded analysis among shards', () => {
    const { shard: _dropped, ...whole } = shard(1, 1);
    expect(() => merge([file(shard(1, 2)), file(whole as Analysis, 'y.json')])).toThrow(
      /y.json is not a shard's results/,
    );
  });

  it('refuses an empty set', () => {
    expect(() => merge([])).toThrow(/holds no shard results/);
  });
});

describe('the shard input', () => {
  it.each([
    ['2/4', { index: 2, total: 4 }],
    ['1/1', { index: 1, total: 1 }],
  ])('reads %s', (text, shard) => {
    expect(shardSpecSchema.parse(text)).toEqual(shard);
  });

  it.each(['0/4', '5/4', '1/0', '1/257', '2', 'a/b', '1/4/2'])('refuses %s', (text) => {
    expect(shardSpecSchema.safeParse(text).success).toBe(false);
  });

  it('applies to mode analyze only', () => {
    expect(parseActionInputs({ mode: 'analyze', shard: '2/4' }).config.shard).toEqual({
      index: 2,
      total: 4,
    });
    expect(parseActionInputs({}).config.shard).toBeNull();
    expect(() => parseActionInputs({ mode: 'full', shard: '2/4' })).toThrow(
      /shard: applies to mode: analyze/,
    );
  });
});

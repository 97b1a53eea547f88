import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../src/report/check-run-payloads.js';
import {
  buildAnnotations,
  completeCheckRunPayloads,
  createCheckRunPayload,
  MAX_ANNOTATIONS,
} from '../../src/report/check-run-payloads.js';
import { blockedModel, finding, tests } from './report-fixtures.js';

const annotations = (count: number): Annotation[] =>
  buildAnnotations(
    Array.from({ length: count }, (_, i) => finding({ line: i + 1 })),
    [],
  );

describe('createCheckRunPayload', () => {
  it('creates the check run in progress on the head SHA', () => {
    expect(
      createCheckRunPayload({
        name: 'Airlock',
        headSha: 'c'.repeat(40),
        startedAt: '2026-01-01T00:00:00Z',
      }),
    ).toMatchObject({ name: 'Airlock', head_sha: 'c'.repeat(40), status: 'in_progress' });
  });
});

describe('buildAnnotations', () => {
  it('annotates findings and failing tests with their level', () => {
    const result = buildAnnotations(
      [finding(), finding({ severity: 'medium', line: 9 })],
      tests.cases,
    );
    expect(result.map((a) => [a.path, a.start_line, a.annotation_level])).toEqual([
      ['conftest.py', 4, 'failure'],
      ['conftest.py', 9, 'warning'],
      ['tests/test_app.py', 12, 'failure'],
    ]);
  });

  it('drops duplicates', () => {
    expect(buildAnnotations([finding(), finding()], [])).toHaveLength(1);
  });

  it('caps the number of annotations', () => {
    expect(annotations(MAX_ANNOTATIONS + 20)).toHaveLength(MAX_ANNOTATIONS);
  });

  it('strips invisible characters and clips titles to 255 characters', () => {
    const [only] = buildAnnotations([finding({ ruleId: `x\u202E${'y'.repeat(400)}` })], []);
    expect(only?.title.length).toBeLessThanOrEqual(255);
    expect(only?.title).not.toContain('\u202E');
  });

  it('skips failing tests without a file, which cannot be placed', () => {
    expect(buildAnnotations([], [{ ...(tests.cases[0] ?? ({} as never)), file: null }])).toEqual(
      [],
    );
  });
});

describe('completeCheckRunPayloads', () => {
  const complete = (count: number) =>
    completeCheckRunPayloads({
      verdict: blockedModel.verdict,
      summary: 's',
      text: 't',
      annotations: annotations(count),
      completedAt: '2026-01-01T00:01:00Z',
    });

  it('completes with the conclusion and at most 50 annotations per request', () => {
    const payloads = complete(120);
    expect(payloads.map((p) => p.output.annotations.length)).toEqual([50, 50, 20]);
    expect(payloads[0]).toMatchObject({
      status: 'completed',
      conclusion: 'failure',
      output: { title: 'blocked: 1 finding at or above high severity' },
    });
  });

  it('repeats title and summary on every appended batch, as the API requires', () => {
    for (const payload of complete(60).slice(1))
      expect(payload.output).toMatchObject({ title: expect.any(String), summary: 's' });
  });

  it('sends one request when there are no annotations', () => {
    expect(complete(0)).toHaveLength(1);
  });

  it('clips summary and text to 65,535 characters', () => {
    const [first] = completeCheckRunPayloads({
      verdict: blockedModel.verdict,
      summary: 'x'.repeat(70_000),
      text: 'y'.repeat(70_000),
      annotations: [],
      completedAt: 'now',
    });
    expect(first?.output.summary.length).toBe(65_535);
    expect((first?.output as { text?: string } | undefined)?.text?.length).toBe(65_535);
  });
});

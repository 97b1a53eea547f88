import type { Finding, Severity, TestCaseResult, Verdict, VerdictConclusion } from '../domain.js';
import { assertNever } from '../errors.js';
import { verdictTitle } from './describe-verdict.js';
import { stripInvisible } from './sanitize-markdown.js';

// Checks API: at most 50 annotations per request; later updates append.
export const ANNOTATIONS_PER_REQUEST = 50;
// Beyond this many, annotations bury the diff; the summary table lists every finding.
export const MAX_ANNOTATIONS = 200;
// Checks API: output.summary and output.text are limited to 65,535 characters each.
export const CHECK_TEXT_LIMIT = 65_535;
// Checks API: annotation title is limited to 255 characters, message and raw_details to 64 KB.
const TITLE_LIMIT = 255;
const MESSAGE_LIMIT = 4_000;

export type CheckConclusion = 'success' | 'failure' | 'neutral';

export interface Annotation {
  readonly path: string;
  readonly start_line: number;
  readonly end_line: number;
  readonly annotation_level: 'notice' | 'warning' | 'failure';
  readonly title: string;
  readonly message: string;
}

export interface CheckOutput {
  readonly title: string;
  readonly summary: string;
  readonly text?: string;
  readonly annotations?: readonly Annotation[];
}

export function checkConclusion(conclusion: VerdictConclusion): CheckConclusion {
  switch (conclusion) {
    case 'pass':
      return 'success';
    case 'fail':
    case 'blocked':
      return 'failure';
    case 'neutral':
      return 'neutral';
    default:
      return assertNever(conclusion);
  }
}

/** POST /repos/{owner}/{repo}/check-runs at the start of the run. */
export function createCheckRunPayload(input: { name: string; headSha: string; startedAt: string }) {
  return {
    name: input.name,
    head_sha: input.headSha,
    status: 'in_progress' as const,
    started_at: input.startedAt,
    output: {
      title: 'Airlock is checking this pull request',
      summary: 'Scanning and testing in the sandbox…',
    },
  };
}

function clip(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

const levelOf = (severity: Severity): Annotation['annotation_level'] =>
  severity === 'critical' || severity === 'high'
    ? 'failure'
    : severity === 'medium'
      ? 'warning'
      : 'notice';

/** Annotations for findings and failing tests: plain text, deduplicated, capped. */
export function buildAnnotations(
  findings: readonly Finding[],
  failing: readonly TestCaseResult[],
): Annotation[] {
  const all: Annotation[] = [
    ...findings.map((f) =>
      annotation({
        path: f.path,
        start: f.line,
        end: f.endLine,
        level: levelOf(f.severity),
        title: `${f.ruleId} (${f.severity})`,
        message: f.message,
      }),
    ),
    ...failing
      .filter((t) => t.file !== null)
      .map((t) =>
        annotation({
          path: t.file ?? '',
          start: t.line ?? 1,
          end: t.line ?? 1,
          level: 'failure',
          title: `Failing test: ${t.name}`,
          message: t.message || t.status,
        }),
      ),
  ];
  const seen = new Set<string>();
  return all
    .filter((a) => {
      const key = JSON.stringify([a.path, a.start_line, a.title, a.message]);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, MAX_ANNOTATIONS);
}

function annotation(input: {
  readonly path: string;
  readonly start: number;
  readonly end: number;
  readonly level: Annotation['annotation_level'];
  readonly title: string;
  readonly message: string;
}): Annotation {
  const { path, start, end, level, title, message } = input;
  const startLine = Math.max(1, Math.trunc(start) || 1);
  return {
    path,
    start_line: startLine,
    end_line: Math.max(startLine, Math.trunc(end) || startLine),
    annotation_level: level,
    title: clip(stripInvisible(title).replace(/\s+/g, ' '), TITLE_LIMIT),
    message: clip(stripInvisible(message), MESSAGE_LIMIT),
  };
}

/**
 * PATCH bodies that complete the check run: the first sets status, conclusion and output with up
 * to 50 annotations; each further one repeats title and summary (required with annotations) and
 * appends the next 50.
 */
export function completeCheckRunPayloads(input: {
  verdict: Verdict;
  summary: string;
  text: string;
  annotations: readonly Annotation[];
  completedAt: string;
}) {
  const title = verdictTitle(input.verdict);
  const summary = clip(input.summary, CHECK_TEXT_LIMIT);
  const text = clip(input.text, CHECK_TEXT_LIMIT);
  const batches: Annotation[][] = [];
  for (let i = 0; i < input.annotations.length; i += ANNOTATIONS_PER_REQUEST) {
    batches.push(input.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  }
  const [first = [], ...rest] = batches;
  return [
    {
      status: 'completed' as const,
      conclusion: checkConclusion(input.verdict.conclusion),
      completed_at: input.completedAt,
      output: { title, summary, text, annotations: first },
    },
    ...rest.map((annotations) => ({ output: { title, summary, annotations } })),
  ];
}

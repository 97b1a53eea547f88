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
export function checkConclusion(conclusion) {
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
export function createCheckRunPayload(input) {
    return {
        name: input.name,
        head_sha: input.headSha,
        status: 'in_progress',
        started_at: input.startedAt,
        output: {
            title: 'Airlock is checking this pull request',
            summary: 'Scanning and testing in the sandbox…',
        },
    };
}
function clip(text, limit) {
    return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}
const levelOf = (severity) => severity === 'critical' || severity === 'high'
    ? 'failure'
    : severity === 'medium'
        ? 'warning'
        : 'notice';
/** Annotations for findings and failing tests: plain text, deduplicated, capped. */
export function buildAnnotations(findings, failing) {
    const all = [
        ...findings.map((f) => annotation(f.path, f.line, f.endLine, levelOf(f.severity), `${f.ruleId} (${f.severity})`, f.message)),
        ...failing
            .filter((t) => t.file !== null)
            .map((t) => annotation(t.file ?? '', t.line ?? 1, t.line ?? 1, 'failure', `Failing test: ${t.name}`, t.message || t.status)),
    ];
    const seen = new Set();
    return all
        .filter((a) => {
        const key = JSON.stringify([a.path, a.start_line, a.title, a.message]);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    })
        .slice(0, MAX_ANNOTATIONS);
}
function annotation(path, start, end, level, title, message) {
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
export function completeCheckRunPayloads(input) {
    const title = verdictTitle(input.verdict);
    const summary = clip(input.summary, CHECK_TEXT_LIMIT);
    const text = clip(input.text, CHECK_TEXT_LIMIT);
    const batches = [];
    for (let i = 0; i < input.annotations.length; i += ANNOTATIONS_PER_REQUEST) {
        batches.push(input.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
    }
    const [first = [], ...rest] = batches;
    return [
        {
            status: 'completed',
            conclusion: checkConclusion(input.verdict.conclusion),
            completed_at: input.completedAt,
            output: { title, summary, text, annotations: first },
        },
        ...rest.map((annotations) => ({ output: { title, summary, annotations } })),
    ];
}

import { buildAnnotations, CHECK_TEXT_LIMIT } from './check-run-payloads.js';
import { conclusionHeadline, describeReason } from './describe-verdict.js';
import { renderReport } from './render-report.js';
/** Summary (verdict and reasons: no PR text), full report as text, and annotations of a check run. */
export function checkRunOutput(model) {
    const summary = [
        `**${conclusionHeadline(model.verdict.conclusion)}**`,
        '',
        ...model.verdict.reasons.map((reason) => `- ${describeReason(reason)}`),
    ].join('\n');
    const text = renderReport(model, {
        limit: CHECK_TEXT_LIMIT,
        measure: (value) => value.length,
        marker: null,
    });
    const failing = (model.tests?.cases ?? []).filter((c) => c.status === 'failed' || c.status === 'errored');
    return { summary, text, annotations: buildAnnotations(model.findings, failing) };
}

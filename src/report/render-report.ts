import { conclusionHeadline, describeReason } from './describe-verdict.js';
import type { Verdict } from '../domain.js';
import type { ReportModel } from './report-model.js';
import { sanitizeInline } from './sanitize-markdown.js';
import type { SectionBudget } from './report-sections.js';
import {
  commitsDetails,
  findingsSection,
  outputDetails,
  provenanceSection,
  testsSection,
} from './report-sections.js';
import { ACCEPT_COMMAND } from '../config/accept-comment.js';
import { evidenceSection } from './evidence-section.js';
import { locator } from './repository-links.js';
import { reproduceSection } from './reproduce-section.js';
import { sandboxSection } from './sandbox-section.js';
import { shardsSection } from './shards-section.js';

/** Hidden marker that identifies our sticky comment (only trusted in comments we authored). */
export const COMMENT_MARKER = '<!-- airlock:sticky-comment -->';

// Issue comments: bodies over 65,536 characters are refused with 422 "Body is too long".
// GitHub counts characters; UTF-16 length is never smaller, so measuring it is safe.
export const COMMENT_LIMIT = 65_536;
// GITHUB_STEP_SUMMARY: at most 1 MiB per step, measured in bytes; over it the upload fails.
export const JOB_SUMMARY_LIMIT_BYTES = 1024 * 1024;

const fullBudget: SectionBudget = {
  evidenceItems: 50,
  findingRows: 1000,
  testRows: 500,
  commitRows: 250,
  outputChars: 20_000,
};

function renderWith(model: ReportModel, budget: SectionBudget, marker: string | null): string {
  const verdict = model.verdict;
  const locate = locator(model.links, model.headSha);
  const lines = [
    ...(marker ? [marker] : []),
    `## ${conclusionHeadline(verdict.conclusion)}${acceptedBy(verdict)}`,
    '',
    ...verdict.reasons.map((reason) => `- ${describeReason(reason)}`),
    ...model.notes.map((note) => `- ℹ️ ${note}`),
    '',
    ...acceptHint(model),
    ...(verdict.conclusion === 'neutral'
      ? []
      : [
          ...findingsSection(model.findings, budget.findingRows, locate),
          '',
          ...evidenceSection(model.findings, budget.evidenceItems, locate),
          '',
        ]),
    ...testsSection(model, { limit: budget.testRows, locate }),
    '',
    ...sandboxSection(model.sandbox, locate),
    '',
    ...shardsSection(model.shards),
    '',
    ...provenanceSection(model.provenance),
    '',
    ...commitsDetails(model.provenance, budget.commitRows),
    '',
    ...outputDetails(model.sandbox, budget.outputChars),
    '',
    `<sub>Scope: ${model.scope} · fail-on: ${model.failOn} · head ${model.headSha.slice(0, 12).replace(/[^0-9a-f]/g, '')}</sub>`,
    '',
    ...reproduceSection(model),
  ];
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}

/** ` (accepted by @login)` after the headline of an accepted verdict, the login inert. */
function acceptedBy(verdict: Verdict): string {
  const first = verdict.reasons[0];
  return first?.kind === 'accepted' ? ` (accepted by ${sanitizeInline(`@${first.by}`, 60)})` : '';
}

/** How a maintainer accepts a failed or blocked head commit; only on GitHub, where it works. */
function acceptHint(model: ReportModel): string[] {
  const { conclusion } = model.verdict;
  if (model.links === null || (conclusion !== 'fail' && conclusion !== 'blocked')) return [];
  const sha = model.headSha.slice(0, 12).replace(/[^0-9a-f]/g, '');
  return [
    `<sub>A maintainer (write access or more) can accept this head commit by commenting \`${ACCEPT_COMMAND} ${sha} <reason>\`; each new push is judged afresh.</sub>`,
    '',
  ];
}

// Shrinks in order of least use to a reviewer: evidence excerpts (each table row still links to
// its line), output tail, commit list, then table rows.
function* shrinkingBudgets(): Generator<SectionBudget> {
  for (const evidenceItems of [50, 20, 5]) yield { ...fullBudget, evidenceItems };
  const noEvidence = { ...fullBudget, evidenceItems: 0 };
  for (const outputChars of [20_000, 5_000, 1_000, 0]) yield { ...noEvidence, outputChars };
  let budget: SectionBudget = { ...noEvidence, outputChars: 0, commitRows: 0 };
  while (budget.findingRows > 1 || budget.testRows > 1) {
    yield budget;
    budget = {
      ...budget,
      findingRows: Math.floor(budget.findingRows / 2),
      testRows: Math.floor(budget.testRows / 2),
    };
  }
  yield budget;
}

const TRUNCATION_NOTE =
  '\n\n> ⚠️ This report was truncated to fit the size limit; the check run and job summary have the rest.\n';

/**
 * Renders the report as large as fits in `limit` (as measured by `measure`). Anything left out
 * is said so; as a last resort the text is cut and the truncation note appended.
 */
export function renderReport(
  model: ReportModel,
  options: {
    readonly limit: number;
    readonly measure: (text: string) => number;
    readonly marker: string | null;
  },
): string {
  const { limit, measure } = options;
  let first = true;
  for (const budget of shrinkingBudgets()) {
    const text = renderWith(model, budget, options.marker);
    const candidate = first ? text : text.replace(/\n$/, TRUNCATION_NOTE);
    if (measure(candidate) <= limit) return candidate;
    first = false;
  }
  const text = renderWith(
    model,
    { evidenceItems: 0, findingRows: 0, testRows: 0, commitRows: 0, outputChars: 0 },
    options.marker,
  );
  let cut = text.slice(0, limit);
  while (measure(cut) + measure(TRUNCATION_NOTE) > limit)
    cut = cut.slice(0, Math.floor(cut.length * 0.9));
  return cut + TRUNCATION_NOTE;
}

/** The sticky PR comment body. */
export function renderComment(model: ReportModel): string {
  return renderReport(model, {
    limit: COMMENT_LIMIT,
    measure: (text) => text.length,
    marker: COMMENT_MARKER,
  });
}

const encoder = new TextEncoder();

/** The job summary (GITHUB_STEP_SUMMARY) body. */
export function renderJobSummary(model: ReportModel): string {
  return renderReport(model, {
    limit: JOB_SUMMARY_LIMIT_BYTES,
    measure: (text) => encoder.encode(text).length,
    marker: null,
  });
}

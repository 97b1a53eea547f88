import type { Finding } from '../domain.js';
import { bySeverity } from './report-sections.js';
import type { Locate } from './repository-links.js';
import { fencedCode, sanitizeInline } from './sanitize-markdown.js';

// A few excerpts read well inline; more than this and they bury the verdict, so they fold away.
export const EVIDENCE_INLINE_MAX = 3;

const languages: Record<string, string> = {
  py: 'python',
  js: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  jsx: 'jsx',
  ts: 'typescript',
  mts: 'typescript',
  cts: 'typescript',
  tsx: 'tsx',
  sh: 'sh',
  bash: 'bash',
  json: 'json',
  toml: 'toml',
  yml: 'yaml',
  yaml: 'yaml',
  ini: 'ini',
  cfg: 'ini',
};

const languageOf = (path: string) => languages[/\.([a-z]+)$/i.exec(path)?.[1] ?? ''] ?? '';

function item(finding: Finding & Required<Pick<Finding, 'excerpt'>>, locate: Locate): string[] {
  return [
    `**${locate(finding.path, finding.excerpt.startLine)}** · ${sanitizeInline(finding.ruleId, 80)}${finding.excerpt.removed ? ' · removed lines' : ''}`,
    '',
    fencedCode(finding.excerpt.text, finding.excerpt.removed ? 'diff' : languageOf(finding.path)),
    '',
  ];
}

const hasExcerpt = (f: Finding): f is Finding & Required<Pick<Finding, 'excerpt'>> =>
  f.excerpt !== undefined;

/**
 * The code of each finding, most severe first, in fences its content cannot close; folded into
 * <details> when there are more than a few. `limit` shrinks first when the report is too large.
 */
export function evidenceSection(
  findings: readonly Finding[],
  limit: number,
  locate: Locate,
): string[] {
  const all = bySeverity(findings).filter(hasExcerpt);
  if (all.length === 0) return [];
  const shown = all.slice(0, limit);
  const left = all.length - shown.length;
  const leftOut =
    left > 0
      ? [
          `_Evidence for ${left} more finding${left === 1 ? '' : 's'} left out to fit the size limit._`,
        ]
      : [];
  const body = [...shown.flatMap((f) => item(f, locate)), ...leftOut];
  if (all.length <= EVIDENCE_INLINE_MAX) return ['### Evidence', '', ...body];
  return [
    `<details><summary>Evidence: the code of ${all.length} findings</summary>`,
    '',
    ...body,
    '',
    '</details>',
  ];
}

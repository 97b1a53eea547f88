import type { ChangeSet, FileChange, Finding, FindingExcerpt } from '../domain.js';
import { decodeSource } from './scan-file.js';

// An excerpt shows the finding, not the file: a few lines, each short enough to read in a comment.
export const EXCERPT_MAX_LINES = 6;
export const EXCERPT_MAX_LINE_CHARS = 160;

const indentOf = (line: string) => /^[ \t]*/.exec(line)?.[0].length ?? 0;

// An excerpt starts mid-file: the indentation all its lines share says nothing, so it goes.
function dedent(lines: readonly string[]): string[] {
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map(indentOf));
  return lines.map((l) => l.slice(Math.min(indent, indentOf(l))));
}

/** The lines `line`..`endLine` (at most EXCERPT_MAX_LINES) of `text`, dedented, each clipped. */
export function excerptOf(text: string, line: number, endLine: number): FindingExcerpt | null {
  if (line < 1) return null;
  const lines = text.split('\n');
  const end = Math.max(line, endLine);
  const last = Math.min(end, line + EXCERPT_MAX_LINES - 1, lines.length);
  const raw = lines.slice(line - 1, last).map((l) => l.replace(/\r$/, ''));
  if (raw.every((l) => l.trim() === '')) return null;
  const shown = dedent(raw).map((l) =>
    l.length > EXCERPT_MAX_LINE_CHARS ? `${l.slice(0, EXCERPT_MAX_LINE_CHARS)}…` : l,
  );
  const more = end > last ? [`… (${end - last} more lines)`] : [];
  return { startLine: line, text: [...shown, ...more].join('\n') };
}

// Rules about what the change took out: their excerpt is the removed lines, not what is there now.
const REMOVAL_RULES = new Set(['test-assertion-removed', 'test-function-removed']);

/** The lines removed at `anchor` and after it, "- "-prefixed, bounded like any excerpt. */
export function removedExcerpt(change: FileChange, anchor: number): FindingExcerpt | null {
  const from = change.removed.findIndex((r) => r.anchor >= anchor);
  if (from === -1) return null;
  const lines = change.removed.slice(from).map((r) => r.text.replace(/\r$/, ''));
  const shown = dedent(lines.slice(0, EXCERPT_MAX_LINES)).map((l) =>
    l.length > EXCERPT_MAX_LINE_CHARS ? `- ${l.slice(0, EXCERPT_MAX_LINE_CHARS)}…` : `- ${l}`,
  );
  const rest = lines.length - shown.length;
  const more = rest > 0 ? [`… (${rest} more removed lines)`] : [];
  return { startLine: anchor, text: [...shown, ...more].join('\n'), removed: true };
}

/** Each finding with its lines at the head commit (or the lines it removed), from git blobs. */
export function withExcerpts(findings: readonly Finding[], changes: ChangeSet): Finding[] {
  const texts = new Map<string, string | null>();
  const textOf = (bytes: Uint8Array | undefined, path: string): string | null => {
    if (!texts.has(path)) texts.set(path, bytes ? (decodeSource(bytes).text ?? null) : null);
    return texts.get(path) ?? null;
  };
  return findings.map((finding) => {
    const change = changes.files.find((f) => f.path === finding.path);
    if (!change) return finding;
    const text = textOf(change.newBytes, change.path);
    const excerpt = REMOVAL_RULES.has(finding.ruleId)
      ? removedExcerpt(change, finding.line)
      : text === null
        ? null
        : excerptOf(text, finding.line, finding.endLine);
    return excerpt === null ? finding : { ...finding, excerpt };
  });
}

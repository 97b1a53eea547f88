import type { ChangeSet } from '../collect/file-changes.js';
import type { Finding, FindingExcerpt } from '../domain.js';
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

/** Each finding with its lines at the head commit, read from the change set's git blobs. */
export function withExcerpts(findings: readonly Finding[], changes: ChangeSet): Finding[] {
  const texts = new Map<string, string | null>();
  const textOf = (path: string): string | null => {
    if (!texts.has(path)) {
      const bytes = changes.files.find((f) => f.path === path)?.newBytes;
      texts.set(path, bytes ? (decodeSource(bytes).text ?? null) : null);
    }
    return texts.get(path) ?? null;
  };
  return findings.map((finding) => {
    const text = textOf(finding.path);
    const excerpt = text === null ? null : excerptOf(text, finding.line, finding.endLine);
    return excerpt === null ? finding : { ...finding, excerpt };
  });
}

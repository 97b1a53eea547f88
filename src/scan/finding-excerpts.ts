import type { ChangeSet } from '../collect/file-changes.js';
import type { Finding, FindingExcerpt } from '../domain.js';
import { decodeSource } from './scan-file.js';

// An excerpt shows the finding, not the file: a few lines, each short enough to read in a comment.
export const EXCERPT_MAX_LINES = 6;
export const EXCERPT_MAX_LINE_CHARS = 160;

/** The lines `line`..`endLine` (at most EXCERPT_MAX_LINES) of `text`, each clipped. */
export function excerptOf(text: string, line: number, endLine: number): FindingExcerpt | null {
  if (line < 1) return null;
  const lines = text.split('\n');
  const last = Math.min(Math.max(line, endLine), line + EXCERPT_MAX_LINES - 1, lines.length);
  const shown = lines.slice(line - 1, last).map((l) => {
    const clean = l.replace(/\r$/, '');
    return clean.length > EXCERPT_MAX_LINE_CHARS
      ? `${clean.slice(0, EXCERPT_MAX_LINE_CHARS)}…`
      : clean;
  });
  if (shown.length === 0 || shown.every((l) => l.trim() === '')) return null;
  const more =
    Math.max(line, endLine) > last ? [`… (${Math.max(line, endLine) - last} more lines)`] : [];
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

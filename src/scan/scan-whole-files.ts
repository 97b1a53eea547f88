import type { Finding, ScanReport } from '../domain.js';
import type { SyntaxParser } from './shared/syntax-parser.js';
import { configFileFindings } from './change-findings.js';
import { scanBytes } from './scan-file.js';

/** A file to scan, or the reason the reader could not give its bytes. */
export interface SourceEntry {
  readonly path: string;
  readonly bytes?: Uint8Array;
  readonly skipped?: string;
}

export interface ScanDeps {
  readonly parser: SyntaxParser;
  readonly clock: () => number;
}

/** Path mode: every line of every file counts as added. */
export async function scanWholeFiles(
  entries: AsyncIterable<SourceEntry> | Iterable<SourceEntry>,
  deps: ScanDeps,
): Promise<ScanReport> {
  const started = deps.clock();
  const findings: Finding[] = [];
  const skipped: { path: string; reason: string }[] = [];
  let files = 0;
  let lines = 0;
  for await (const entry of entries) {
    findings.push(...configFileFindings(entry.path));
    if (!entry.bytes) {
      skipped.push({ path: entry.path, reason: entry.skipped ?? 'unreadable' });
      continue;
    }
    const scan = scanBytes(entry.path, entry.bytes, deps);
    if (scan.skipped) skipped.push({ path: entry.path, reason: scan.skipped });
    files++;
    lines += scan.lines;
    findings.push(...scan.findings);
  }
  return {
    findings,
    stats: { files, lines, durationMs: Math.round(deps.clock() - started), skipped },
  };
}

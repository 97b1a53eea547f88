import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ScanReport } from '../../domain.js';
import type { SourceEntry } from '../../scan/scan-whole-files.js';

// Below this many bytes one thread is faster than starting workers and compiling grammars in each.
const PARALLEL_FROM_BYTES = 4 * 1024 * 1024;
const MAX_WORKERS = 4;

/** dist/scan-worker.js beside the CLI bundle; absent when running from source (tests), so no workers. */
export function scanWorkerPath(): string | null {
  const path = join(dirname(fileURLToPath(import.meta.url)), 'scan-worker.js');
  return existsSync(path) ? path : null;
}

/**
 * Scans whole files on worker threads, each taking a contiguous share, and merges the reports in
 * input order, so the output is the same as a single-threaded scan. Null when it is not worth it.
 */
export async function scanInParallel(
  entries: readonly SourceEntry[],
  options: { startedAt: number; now: () => number; maxWorkers: number },
): Promise<ScanReport | null> {
  const { startedAt, now } = options;
  const worker = scanWorkerPath();
  const bytes = entries.reduce((sum, entry) => sum + (entry.bytes?.length ?? 0), 0);
  const threads = Math.min(MAX_WORKERS, options.maxWorkers, availableParallelism());
  if (!worker || threads < 2 || bytes < PARALLEL_FROM_BYTES) return null;
  const shares = split(entries, bytes / threads);
  const reports = await Promise.all(shares.map((share) => scanShare(worker, share)));
  return {
    findings: reports.flatMap((report) => report.findings),
    stats: {
      files: reports.reduce((sum, report) => sum + report.stats.files, 0),
      lines: reports.reduce((sum, report) => sum + report.stats.lines, 0),
      durationMs: Math.round(now() - startedAt),
      skipped: reports.flatMap((report) => report.stats.skipped),
    },
  };
}

/** Contiguous shares of about `target` bytes each. */
function split(entries: readonly SourceEntry[], target: number): SourceEntry[][] {
  const shares: SourceEntry[][] = [[]];
  let size = 0;
  for (const entry of entries) {
    const current = shares.at(-1) ?? [];
    if (size >= target && current.length > 0) {
      shares.push([]);
      size = 0;
    }
    shares.at(-1)?.push(entry);
    size += entry.bytes?.length ?? 0;
  }
  return shares;
}

function scanShare(path: string, share: readonly SourceEntry[]): Promise<ScanReport> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(path);
    worker.once('message', (message: ScanReport | { error: string }) => {
      void worker.terminate();
      if ('error' in message) reject(new Error(`scan worker failed: ${message.error}`));
      else resolve(message);
    });
    worker.once('error', reject);
    worker.postMessage(share);
  });
}

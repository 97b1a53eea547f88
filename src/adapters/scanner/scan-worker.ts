// Worker thread entry (bundled to dist/scan-worker.js): scans the share of files it is given with
// its own parser and posts the report back. Files were read, size-checked and never followed as
// links by the main thread; the worker only parses.
import { parentPort } from 'node:worker_threads';
import type { ScanReport } from '../../domain.js';
import { scanWholeFiles, type SourceEntry } from '../../scan/scan-whole-files.js';
import { loadSyntaxParser } from './scan-grammars.js';

parentPort?.once('message', (entries: SourceEntry[]) => {
  void (async () => {
    const parser = await loadSyntaxParser();
    const report: ScanReport = await scanWholeFiles(entries, {
      parser,
      clock: () => performance.now(),
    });
    parentPort?.postMessage(report);
  })().catch((error: unknown) => parentPort?.postMessage({ error: String(error) }));
});

import { loadSyntaxParser } from '../../src/adapters/scanner/scan-grammars.js';
import type { ScanDeps } from '../../src/scan/scan-whole-files.js';

let cached: Promise<ScanDeps> | undefined;

/** The real WASM parser, loaded once per test file. */
export function scanDeps(): Promise<ScanDeps> {
  cached ??= loadSyntaxParser().then((parser) => ({ parser, clock: () => performance.now() }));
  return cached;
}

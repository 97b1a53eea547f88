import type { Scanner } from '../../ports.js';
import { scanChanges } from '../../scan/scan-changes.js';
import { loadSyntaxParser } from './scan-grammars.js';

/** The diff-aware scanner with its WASM grammars loaded once. */
export async function changeScanner(): Promise<Scanner> {
  const parser = await loadSyntaxParser();
  return { scan: (changes) => scanChanges(changes, { parser, clock: () => performance.now() }) };
}

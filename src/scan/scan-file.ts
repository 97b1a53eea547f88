import type { Finding } from '../domain.js';
import type { FileFacts } from './shared/code-facts.js';
import { goFacts } from './go/go-facts.js';
import { javascriptFacts } from './javascript/javascript-facts.js';
import { pythonFacts } from './python/python-facts.js';
import { codeFamilies, ruleMeta } from './rule-catalog.js';
import type { RuleHit } from './shared/rule-types.js';
import { checkInstallHooks } from './rules/install-hooks.js';
import { checkOutcomeRewrite } from './rules/pytest-outcome-rewrite.js';
import { checkTestRunnerConfig } from './rules/test-runner-config.js';
import { shellFacts } from './shell/shell-facts.js';
import type { SyntaxParser } from './shared/syntax-parser.js';
import { languageOf } from './shared/syntax-parser.js';

// Larger files are generated or vendored; they are skipped with a reason rather than parsed.
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
// Git's own heuristic: a NUL byte in the first 8000 bytes means binary.
const BINARY_PROBE = 8000;

export interface FileScan {
  readonly findings: Finding[];
  readonly lines: number;
  readonly skipped?: string;
}

export interface ScanFileDeps {
  readonly parser: SyntaxParser;
}

export function decodeSource(bytes: Uint8Array): { text?: string; skipped?: string } {
  if (bytes.byteLength > MAX_FILE_BYTES) return { skipped: `larger than ${MAX_FILE_BYTES} bytes` };
  if (bytes.subarray(0, BINARY_PROBE).includes(0)) return { skipped: 'binary file' };
  // Invalid UTF-8 becomes U+FFFD: the rest of the file is still worth scanning.
  return { text: new TextDecoder('utf-8', { fatal: false }).decode(bytes) };
}

export function factsOf(path: string, text: string, deps: ScanFileDeps): FileFacts | undefined {
  const language = languageOf(path, text);
  if (!language) return undefined;
  const root = deps.parser.parse(language, text);
  if (!root) return undefined;
  if (language === 'python') return pythonFacts(root, path);
  if (language === 'bash') return shellFacts(root, path);
  if (language === 'go') return goFacts(root, path);
  return javascriptFacts(root, path, language);
}

function lineCount(text: string): number {
  if (text.length === 0) return 0;
  let lines = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines++;
  return lines;
}

/** A file's findings plus the facts they came from, for diff rules that compare before and after. */
export interface SourceScan {
  readonly scan: FileScan;
  readonly facts: FileFacts | undefined;
}

/** Scans one file's text whole, parsing it once; the diff stage filters findings to changed lines. */
export function scanSource(path: string, text: string, deps: ScanFileDeps): SourceScan {
  const lines = lineCount(text);
  const hits: RuleHit[] = [
    ...checkInstallHooks(path, text),
    ...checkTestRunnerConfig(path, text),
    ...checkOutcomeRewrite(path, text),
  ];
  const language = languageOf(path, text);
  const facts = factsOf(path, text, deps);
  if (language && !facts) {
    const skipped = 'parse cancelled (time budget)';
    return { scan: { findings: toFindings(path, hits), lines, skipped }, facts };
  }
  if (facts) for (const family of codeFamilies) hits.push(...family.check(facts));
  return { scan: { findings: toFindings(path, hits), lines }, facts };
}

export function scanText(path: string, text: string, deps: ScanFileDeps): FileScan {
  return scanSource(path, text, deps).scan;
}

export function scanBytes(path: string, bytes: Uint8Array, deps: ScanFileDeps): FileScan {
  const decoded = decodeSource(bytes);
  if (decoded.text === undefined)
    return { findings: [], lines: 0, skipped: decoded.skipped ?? 'unreadable' };
  return scanText(path, decoded.text, deps);
}

/** One finding per rule and line, at the highest severity any hit there had. */
export function toFindings(path: string, hits: readonly RuleHit[]): Finding[] {
  const rank = { low: 0, medium: 1, high: 2, critical: 3 } as const;
  const best = new Map<string, RuleHit>();
  for (const found of hits) {
    const key = `${found.ruleId}:${found.loc.line}`;
    const current = best.get(key);
    if (!current || rank[found.severity] > rank[current.severity]) best.set(key, found);
  }
  return [...best.values()]
    .map((found) => {
      const meta = ruleMeta(found.ruleId);
      return {
        ruleId: found.ruleId,
        severity: found.severity,
        category: meta.category,
        message: found.message,
        path,
        line: found.loc.line,
        column: found.loc.column,
        endLine: found.loc.endLine,
        cwe: meta.cwe,
        evidence: found.evidence,
      };
    })
    .sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
}

// Loads the tree-sitter runtime and grammars as WASM, so dist/ runs on any platform without
// native builds. In dist/ the files sit in dist/grammars/ (scripts/build.mjs copies them);
// from source they come straight from node_modules.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as TreeSitter from 'web-tree-sitter';
import type { SyntaxLanguage, SyntaxParser } from '../scan/syntax-parser.js';

// The CommonJS build: ncc mangles the ESM build's `await import('module')` when bundling dist/.
const { Language, Parser } = createRequire(import.meta.url)('web-tree-sitter') as typeof TreeSitter;

const grammarFiles: Record<SyntaxLanguage, string> = {
  python: 'tree-sitter-python.wasm',
  javascript: 'tree-sitter-javascript.wasm',
  typescript: 'tree-sitter-typescript.wasm',
  tsx: 'tree-sitter-tsx.wasm',
  bash: 'tree-sitter-bash.wasm',
};

// A single file may not hold the scan longer than this; its findings are then skipped with a reason.
const PARSE_BUDGET_MS = 3000;

function locateWasm(file: string): string {
  const bundled = join(dirname(fileURLToPath(import.meta.url)), 'grammars', file);
  if (existsSync(bundled)) return bundled;
  const require = createRequire(import.meta.url);
  if (file === 'web-tree-sitter.wasm')
    return require.resolve('web-tree-sitter/web-tree-sitter.wasm');
  return join(dirname(require.resolve('@vscode/tree-sitter-wasm/package.json')), 'wasm', file);
}

export async function loadSyntaxParser(): Promise<SyntaxParser> {
  await Parser.init({ wasmBinary: readFileSync(locateWasm('web-tree-sitter.wasm')) });
  const parsers = new Map<SyntaxLanguage, TreeSitter.Parser>();
  for (const [language, file] of Object.entries(grammarFiles) as [SyntaxLanguage, string][]) {
    const parser = new Parser();
    parser.setLanguage(await Language.load(readFileSync(locateWasm(file))));
    parsers.set(language, parser);
  }
  return {
    parse(language, text) {
      const parser = parsers.get(language);
      if (!parser) return null;
      const deadline = performance.now() + PARSE_BUDGET_MS;
      return parser.parse(text, null, {
        progressCallback: () => performance.now() > deadline,
      });
    },
  };
}

/** Every WASM file dist/ needs, for scripts/build.mjs to copy. */
export function grammarWasmFiles(): string[] {
  return ['web-tree-sitter.wasm', ...Object.values(grammarFiles)].map(locateWasm);
}

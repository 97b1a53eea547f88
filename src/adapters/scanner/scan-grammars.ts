// Loads the tree-sitter runtime and grammars as WASM, so dist/ runs on any platform without
// native builds. In dist/ the files sit in dist/grammars/ (scripts/build.mjs copies them);
// from source they come straight from node_modules.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as TreeSitter from 'web-tree-sitter';
import type { SyntaxLanguage, SyntaxParser } from '../../scan/shared/syntax-parser.js';
import { allLanguages } from '../../scan/shared/syntax-parser.js';
import type { GrammarSymbols } from '../../scan/shared/syntax-tree.js';
import { copySyntaxTree } from '../../scan/shared/syntax-tree.js';

// The CommonJS build: ncc mangles the ESM build's `await import('module')` when bundling dist/, and
// does not follow this require either, so dist/ carries its own copy (grammars/web-tree-sitter.cjs):
// the action runs where no node_modules exists.
const bundledRuntime = join(
  dirname(fileURLToPath(import.meta.url)),
  'grammars',
  'web-tree-sitter.cjs',
);
const { Language, Parser } = createRequire(import.meta.url)(
  existsSync(bundledRuntime) ? bundledRuntime : 'web-tree-sitter',
) as typeof TreeSitter;

const grammarFiles: Record<SyntaxLanguage, string> = {
  python: 'tree-sitter-python.wasm',
  javascript: 'tree-sitter-javascript.wasm',
  typescript: 'tree-sitter-typescript.wasm',
  tsx: 'tree-sitter-tsx.wasm',
  bash: 'tree-sitter-bash.wasm',
  go: 'tree-sitter-go.wasm',
};

// A single file may not hold the scan longer than this; its findings are then skipped with a reason.
const PARSE_BUDGET_MS = 3000;

function locateWasm(file: string): string {
  const bundled = join(dirname(fileURLToPath(import.meta.url)), 'grammars', file);
  if (existsSync(bundled)) return bundled;
  // Running from source: resolved at run time, out of webpack's sight.
  const resolve = createRequire(import.meta.url).resolve;
  if (file === 'web-tree-sitter.wasm') return resolve('web-tree-sitter/web-tree-sitter.wasm');
  return join(dirname(resolve('@vscode/tree-sitter-wasm/package.json')), 'wasm', file);
}

interface LoadedGrammar {
  readonly parser: TreeSitter.Parser;
  readonly symbols: GrammarSymbols;
}

async function loadGrammar(language: SyntaxLanguage): Promise<LoadedGrammar> {
  const grammar = await Language.load(await readFile(locateWasm(grammarFiles[language])));
  const parser = new Parser();
  parser.setLanguage(grammar);
  const named: boolean[] = [];
  for (let id = 0; id < grammar.nodeTypeCount; id++) named.push(grammar.nodeTypeIsNamed(id));
  return { parser, symbols: { types: grammar.types, fields: grammar.fields, named } };
}

function parseWith(grammar: LoadedGrammar, text: string) {
  const deadline = performance.now() + PARSE_BUDGET_MS;
  const tree = grammar.parser.parse(text, null, {
    progressCallback: () => performance.now() > deadline,
  });
  if (!tree) return null;
  const cursor = tree.walk();
  try {
    return copySyntaxTree(cursor, grammar.symbols, text);
  } finally {
    cursor.delete();
    tree.delete();
  }
}

/**
 * Loads the runtime and the grammars asked for (all by default). Compiling a grammar costs about
 * 10 ms, so a diff that touches only Python files loads only Python.
 */
export async function loadSyntaxParser(
  languages: Iterable<SyntaxLanguage> = allLanguages,
): Promise<SyntaxParser> {
  await Parser.init({ wasmBinary: await readFile(locateWasm('web-tree-sitter.wasm')) });
  const grammars = new Map<SyntaxLanguage, LoadedGrammar>();
  for (const language of new Set(languages)) grammars.set(language, await loadGrammar(language));
  return {
    parse(language, text) {
      const grammar = grammars.get(language);
      return grammar ? parseWith(grammar, text) : null;
    },
  };
}

/** Every WASM file dist/ needs, for scripts/build.mjs to copy. */
export function grammarWasmFiles(): string[] {
  return ['web-tree-sitter.wasm', ...Object.values(grammarFiles)].map(locateWasm);
}

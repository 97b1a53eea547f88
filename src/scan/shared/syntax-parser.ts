import type { SyntaxNode } from './syntax-tree.js';

/** Languages the scanner parses with a real grammar. */
export type SyntaxLanguage = 'python' | 'javascript' | 'typescript' | 'tsx' | 'bash' | 'go';

/** The parser port: the adapter loads the WASM grammars; stages only ask for trees. */
export interface SyntaxParser {
  /**
   * The root of the file's syntax tree, copied out of WASM; null when the parse was cancelled
   * (time budget) or the language's grammar is not loaded.
   */
  parse(language: SyntaxLanguage, text: string): SyntaxNode | null;
}

export const allLanguages: readonly SyntaxLanguage[] = [
  'python',
  'javascript',
  'typescript',
  'tsx',
  'bash',
  'go',
];

const byExtension: Record<string, SyntaxLanguage> = {
  py: 'python',
  pyw: 'python',
  pyi: 'python',
  js: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  jsx: 'javascript',
  ts: 'typescript',
  mts: 'typescript',
  cts: 'typescript',
  tsx: 'tsx',
  sh: 'bash',
  bash: 'bash',
  zsh: 'bash',
  go: 'go',
};

const interpreters: ReadonlyArray<readonly [RegExp, SyntaxLanguage]> = [
  [/python[0-9.]*\b/, 'python'],
  [/\b(node|deno|bun)\b/, 'javascript'],
  [/\b(ba|z|da|k)?sh\b/, 'bash'],
];

/** Picks a grammar from the file name, or from a '#!' line for extensionless scripts. */
export function languageOf(path: string, text: string): SyntaxLanguage | null {
  const name = path.split('/').pop() ?? path;
  const dot = name.lastIndexOf('.');
  if (dot > 0) {
    const known = byExtension[name.slice(dot + 1).toLowerCase()];
    if (known) return known;
  }
  if (name === '.bashrc' || name === '.profile' || name === '.zshrc') return 'bash';
  if (!text.startsWith('#!')) return null;
  const shebang = text.slice(0, text.indexOf('\n') >>> 0);
  for (const [pattern, language] of interpreters) if (pattern.test(shebang)) return language;
  return null;
}

import type { SyntaxNode } from './syntax-tree.js';
import { concatTexts } from './fold-strings.js';

const simpleEscapes: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '0': '\0',
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  v: '\v',
};

/** Decodes one escape sequence (\n, \x41, \u0041, \101) the way Python would. */
export function decodeEscape(escape: string): string {
  const body = escape.slice(1);
  const simple = simpleEscapes[body];
  if (simple !== undefined) return simple;
  if (/^x[0-9a-fA-F]{2}$/.test(body) || /^u[0-9a-fA-F]{4}$/.test(body)) {
    return String.fromCharCode(parseInt(body.slice(1), 16));
  }
  if (/^U[0-9a-fA-F]{8}$/.test(body))
    return String.fromCodePoint(parseInt(body.slice(1), 16) & 0x10ffff);
  if (/^[0-7]{1,3}$/.test(body)) return String.fromCharCode(parseInt(body, 8));
  return escape;
}

/**
 * Folds a Python string literal, asking `interpolate` for the value of each f-string field.
 * Raw strings keep their backslashes.
 */
export function foldPythonString(
  node: SyntaxNode,
  interpolate: (expression: SyntaxNode) => string | undefined,
): string | undefined {
  const start = node.children.find((child) => child.type === 'string_start')?.text ?? '';
  const raw = /r/i.test(start);
  const parts: (string | undefined)[] = [];
  for (const child of node.children) {
    if (child.type === 'string_content') parts.push(child.text);
    else if (child.type === 'escape_sequence')
      parts.push(raw ? child.text : decodeEscape(child.text));
    else if (child.type === 'interpolation') {
      const expression = child.namedChildren.find((part) => part.type !== 'format_specifier');
      parts.push(expression ? interpolate(expression) : undefined);
    }
  }
  if (parts.length === 0) return '';
  return concatTexts(parts);
}

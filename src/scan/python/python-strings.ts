import type { SyntaxNode } from '../shared/syntax-tree.js';
import { concatTexts } from '../shared/fold-strings.js';
import { decodeEscape } from '../shared/string-escapes.js';

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

// Escape sequences both front ends decode the same way (Python's and JavaScript's agree on these).
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

/** Decodes one escape sequence (\n, \x41, \u0041, \101) as Python and JavaScript do. */
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

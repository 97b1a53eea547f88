// Constant folding shared by the language front ends: what obfuscated code computes at run time,
// computed here so a rule sees 'os.system' whether it was written plainly or assembled.

/** Marks a part of a folded string that could not be computed. */
export const UNKNOWN_PART = '*';

// Folding stops here: a longer constant is data, not a name or a command worth resolving.
const MAX_FOLDED = 64 * 1024;

export function concatTexts(parts: readonly (string | undefined)[]): string | undefined {
  if (parts.every((part) => part === undefined)) return undefined;
  const text = parts.map((part) => part ?? UNKNOWN_PART).join('');
  return text.length > MAX_FOLDED ? undefined : text;
}

export function decodeBase64(text: string): string | undefined {
  const compact = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(compact) || compact.length % 4 === 1) return undefined;
  return Buffer.from(compact, 'base64').toString('latin1');
}

export function decodeHex(text: string): string | undefined {
  const compact = text.replace(/\s+/g, '');
  if (!/^(?:[0-9a-fA-F]{2})*$/.test(compact)) return undefined;
  return Buffer.from(compact, 'hex').toString('latin1');
}

export function rot13(text: string): string {
  return text.replace(/[a-zA-Z]/g, (char) => {
    const base = char <= 'Z' ? 65 : 97;
    return String.fromCharCode(((char.charCodeAt(0) - base + 13) % 26) + base);
  });
}

/** Python str.format / JS-style '{}' and '{0}' and '{name}' placeholders. */
export function formatBraces(
  template: string,
  positional: readonly (string | undefined)[],
  named: ReadonlyMap<string, string | undefined>,
): string {
  let next = 0;
  return template.replace(/\{([^{}]*)\}/g, (_match, key: string) => {
    const name = key.split(/[!:]/)[0] ?? '';
    const value =
      name === ''
        ? positional[next++]
        : /^\d+$/.test(name)
          ? positional[Number(name)]
          : named.get(name);
    return value ?? UNKNOWN_PART;
  });
}

/** Python '%s' formatting with a tuple or a single value. */
export function formatPercent(template: string, values: readonly (string | undefined)[]): string {
  let next = 0;
  return template.replace(/%[-#0 +]*\d*(?:\.\d+)?[sdrifx%]/g, (spec) =>
    spec === '%%' ? '%' : (values[next++] ?? UNKNOWN_PART),
  );
}

export function charsFromCodes(codes: readonly (string | undefined)[]): string | undefined {
  if (codes.some((code) => code === undefined || !/^\d+$/.test(code))) return undefined;
  return String.fromCharCode(...codes.map((code) => Number(code) & 0xffff));
}

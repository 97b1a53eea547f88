import type { CallFact, Value } from '../shared/code-facts.js';
import { concatTexts, formatBraces, decodeBase64 } from '../shared/fold-strings.js';
import { derived } from '../shared/merge-values.js';

type StringMethod = (text: string, call: CallFact) => string | undefined;

const methods: Record<string, StringMethod> = {
  join: (text, call) => {
    const items = call.args[0]?.items;
    return items
      ? concatTexts(items.flatMap((item, i) => (i === 0 ? [item.text] : [text, item.text])))
      : undefined;
  },
  format: (text, call) =>
    formatBraces(
      text,
      call.args.map((arg) => arg.text),
      new Map([...call.kwargs].map(([key, value]) => [key, value.text])),
    ),
  replace: (text, call) => {
    const [from, to] = call.args;
    return from?.text !== undefined && to?.text !== undefined
      ? text.split(from.text).join(to.text)
      : undefined;
  },
  strip: (text) => text.trim(),
  lstrip: (text) => text.trimStart(),
  rstrip: (text) => text.trimEnd(),
  lower: (text) => text.toLowerCase(),
  upper: (text) => text.toUpperCase(),
  encode: (text) => text,
  decode: (text, call) => (/base64/.test(call.args[0]?.text ?? '') ? decodeBase64(text) : text),
};

/** Folds str methods called on a constant: '{}'.format(...), ''.join([...]), 'x'.replace(...). */
export function stringMethodResult(call: CallFact): Value | undefined {
  const text = call.receiver?.text;
  const method = call.method ? methods[call.method] : undefined;
  if (text === undefined || !method) return undefined;
  return derived([call.receiver, ...call.args, ...call.kwargs.values()], method(text, call));
}

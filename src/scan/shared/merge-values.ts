import type { Taint, Value } from './code-facts.js';
import { mergeTaints, unknownValue } from './code-facts.js';

/** Joins the values a name may hold: text survives only when every value agrees on it. */
export function mergeValues(values: readonly Value[]): Value {
  const first = values[0];
  if (!first) return unknownValue;
  if (values.length === 1) return first;
  const text = values.every((value) => value.text === first.text) ? first.text : undefined;
  const handle = values.find((value) => value.handle)?.handle;
  const out: { text?: string; taints: ReadonlySet<Taint>; handle?: Value['handle'] } = {
    taints: mergeTaints(values),
  };
  if (text !== undefined) out.text = text;
  if (handle) out.handle = handle;
  return out;
}

/** A value carrying extra taints on top of an existing one. */
export function withTaints(value: Value, ...labels: Taint[]): Value {
  const taints = new Set(value.taints);
  for (const label of labels) taints.add(label);
  return { ...value, taints };
}

/** A derived value: the union of its inputs' taints, with no text of its own. */
export function derived(values: readonly (Value | undefined)[], text?: string): Value {
  const taints = mergeTaints(values);
  return text === undefined ? { taints } : { text, taints };
}

/** Stable text for comparing what two analysis rounds learnt. */
export function valueSignature(value: Value): string {
  return `${value.text ?? '?'}|${[...value.taints].sort().join(',')}|${value.handle?.kind ?? ''}:${value.handle?.path ?? ''}`;
}

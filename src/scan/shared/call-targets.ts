import type { CallFact, Value } from './code-facts.js';
import { allArgs } from './code-facts.js';
import type { RuleHit } from './rule-types.js';
import type { Severity } from '../../domain.js';

/** The path a filesystem call acts on: the handle it was called on, or its first argument. */
export function targetPath(call: CallFact): string | undefined {
  return call.receiver?.handle?.path ?? call.args[0]?.text ?? call.kwargs.get('path')?.text;
}

/** Every constant path a call names (a copy names two). */
export function namedPaths(call: CallFact): string[] {
  const paths = [call.receiver?.handle?.path, ...call.args.map((arg) => arg.text)];
  return paths.filter((path): path is string => path !== undefined && path.length > 0);
}

export function writesTo(call: CallFact): boolean {
  if (call.capability === 'fs.write') return true;
  if (call.capability !== 'fs.open') return false;
  const mode =
    (call.method === 'open' ? call.args[0] : call.args[1])?.text ??
    call.kwargs.get('mode')?.text ??
    'r';
  return /[wax+]/.test(mode);
}

/** The command text of a shell call, or the argv joined for a spawn. */
export function commandText(call: CallFact): string | undefined {
  const first: Value | undefined =
    call.args[0] ?? call.kwargs.get('args') ?? call.kwargs.get('command');
  if (!first) return undefined;
  if (first.items) {
    const words = first.items.map((item) => item.text);
    return words.every((word) => word !== undefined) ? words.join(' ') : undefined;
  }
  const rest = call.args.slice(1).flatMap((arg) => arg.items?.map((item) => item.text) ?? []);
  if (first.text === undefined) return undefined;
  return rest.every((word) => word !== undefined) && rest.length > 0
    ? [first.text, ...rest].join(' ')
    : first.text;
}

export function inputs(call: CallFact): Value[] {
  const receiver = call.receiver && !call.receiver.ref ? [call.receiver] : [];
  return [...receiver, ...allArgs(call)];
}

export function hit(
  call: CallFact,
  finding: { readonly ruleId: string; readonly severity: Severity; readonly message: string },
): RuleHit {
  return { ...finding, loc: call.loc, evidence: call.evidence };
}

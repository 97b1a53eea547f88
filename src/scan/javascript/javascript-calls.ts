import type { SyntaxNode } from '../shared/syntax-tree.js';
import type { CallFact, Capability, Value } from '../shared/code-facts.js';
import { unknownValue } from '../shared/code-facts.js';
import { evidenceOf, locOf } from '../shared/fact-collector.js';
import { javascriptCapability } from './javascript-call-table.js';
import type { JavascriptContext } from './javascript-context.js';
import { normaliseJsRef } from './javascript-refs.js';
import { derived, withTaints } from '../shared/merge-values.js';
import { classifyPath } from '../shared/path-classes.js';

interface Callee {
  readonly ref: string;
  readonly viaString: boolean;
  readonly method?: string;
  readonly receiver?: Value;
}

function resolveCallee(node: SyntaxNode | null, ctx: JavascriptContext): Callee {
  if (!node) return { ref: '', viaString: false };
  if (node.type === 'member_expression' || node.type === 'subscript_expression') {
    const object = node.childForFieldName('object');
    const property = node.childForFieldName('property') ?? node.childForFieldName('index');
    const receiver = object ? ctx.evaluate(object, ctx) : unknownValue;
    const computed = node.type === 'subscript_expression';
    const method = computed
      ? property
        ? ctx.evaluate(property, ctx).text
        : undefined
      : property?.text;
    const ref =
      receiver.ref && method !== undefined ? normaliseJsRef(`${receiver.ref}.${method}`) : '';
    return {
      ref,
      viaString: computed || receiver.viaString === true,
      receiver,
      ...(method === undefined ? {} : { method }),
    };
  }
  const value = ctx.evaluate(node, ctx);
  return { ref: normaliseJsRef(value.ref ?? ''), viaString: value.viaString === true };
}

function evalArguments(node: SyntaxNode | null, ctx: JavascriptContext): Value[] {
  if (!node) return [];
  return node.namedChildren
    .filter((child) => child.type !== 'comment')
    .map((child) =>
      ctx.evaluate(
        child.type === 'spread_element' ? (child.namedChildren[0] ?? child) : child,
        ctx,
      ),
    );
}

export function evalJavascriptCall(node: SyntaxNode, ctx: JavascriptContext): Value {
  const callee = resolveCallee(
    node.childForFieldName('function') ?? node.childForFieldName('constructor'),
    ctx,
  );
  const args = evalArguments(node.childForFieldName('arguments'), ctx);
  if (callee.ref === 'require' || callee.ref === 'import') {
    const name = args[0]?.text;
    const literal = node.childForFieldName('arguments')?.namedChildren[0]?.type === 'string';
    recordCall(node, { callee: { ...callee, ref: callee.ref }, args, capability: null }, ctx);
    return name === undefined
      ? unknownValue
      : { taints: new Set(), ref: normaliseJsRef(name), viaString: !literal };
  }
  const capability = adjustCapability(javascriptCapability(callee.ref), args);
  const fact = recordCall(node, { callee, args, capability }, ctx);
  return javascriptCallResult(fact);
}

function adjustCapability(
  capability: Capability | null,
  args: readonly Value[],
): Capability | null {
  const options = args.find((arg) => arg.fields?.has('shell'));
  const shell = options?.fields?.get('shell');
  if (capability === 'process.spawn' && shell && shell.text !== 'false') return 'process.shell';
  return capability;
}

function recordCall(
  node: SyntaxNode,
  call: { readonly callee: Callee; readonly args: Value[]; readonly capability: Capability | null },
  ctx: JavascriptContext,
): CallFact {
  const { callee, args, capability } = call;
  const fact: CallFact = {
    capability,
    callee: callee.ref,
    args,
    kwargs: new Map(),
    loc: locOf(node),
    inLoop: ctx.inLoop,
    evidence: evidenceOf(node),
    computedCallee: callee.viaString,
    ...(callee.method === undefined ? {} : { method: callee.method }),
    ...(callee.receiver === undefined ? {} : { receiver: callee.receiver }),
  };
  ctx.facts.calls.push(fact);
  return fact;
}

function javascriptCallResult(call: CallFact): Value {
  const inputs = [call.receiver && !call.receiver.ref ? call.receiver : undefined, ...call.args];
  if (call.capability === 'net.http')
    return { ...withTaints(derived(call.args), 'network'), handle: { kind: 'http' } };
  if (call.capability === 'net.socket')
    return { taints: new Set(['socket']), handle: { kind: 'socket' } };
  if (call.capability === 'fs.read') {
    const path = call.args[0]?.text;
    const value = withTaints(derived([]), 'file');
    return path !== undefined && classifyPath(path) === 'credential'
      ? withTaints(value, 'secret')
      : value;
  }
  if (call.receiver?.handle?.kind === 'http')
    return { ...withTaints(derived(inputs), 'network'), handle: call.receiver.handle };
  if (
    /^(Buffer\.from|atob)$/.test(call.callee) &&
    /base64|hex/.test(call.args[1]?.text ?? (call.callee === 'atob' ? 'base64' : ''))
  ) {
    return withTaints(derived(call.args), 'decoded');
  }
  if (call.method === 'toString' && /base64|hex/.test(call.args[0]?.text ?? ''))
    return withTaints(derived(inputs), 'encoded');
  if (call.callee === 'btoa') return withTaints(derived(call.args), 'encoded');
  if (call.method === 'join' && call.receiver?.items) {
    const texts = call.receiver.items.map((item) => item.text);
    const sep = call.args[0]?.text ?? ',';
    return derived(inputs, texts.every((text) => text !== undefined) ? texts.join(sep) : undefined);
  }
  if (call.callee === 'String.fromCharCode') {
    const codes = call.args.map((arg) => arg.text);
    return derived(
      call.args,
      codes.every((code) => code !== undefined && /^\d+$/.test(code))
        ? String.fromCharCode(...codes.map(Number))
        : undefined,
    );
  }
  return derived(inputs);
}

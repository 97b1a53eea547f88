import type { SyntaxNode } from '../shared/syntax-tree.js';
import type { CallFact, Handle, Value } from '../shared/code-facts.js';
import { constant, unknownValue } from '../shared/code-facts.js';
import { environmentRead } from '../shared/environment-reads.js';
import { deeper, evidenceOf, locOf } from '../shared/fact-collector.js';
import { concatTexts, decodeBase64, decodeHex } from '../shared/fold-strings.js';
import {
  goCapability,
  goDecoders,
  goEnvironmentGetters,
  goSecretSources,
} from './go-call-table.js';
import type { GoContext } from './go-context.js';
import { derived, withTaints } from '../shared/merge-values.js';
import { classifyPath } from '../shared/path-classes.js';

/** The abstract value of a Go expression; calls met on the way are recorded as facts. */
export function evalGo(node: SyntaxNode, ctx: GoContext): Value {
  return deeper(ctx, unknownValue, () => evalNode(node, ctx));
}

function evalNode(node: SyntaxNode, ctx: GoContext): Value {
  switch (node.type) {
    case 'interpreted_string_literal':
    case 'raw_string_literal':
      return stringLiteral(node, ctx);
    case 'int_literal':
      return constant(node.text);
    case 'identifier':
      return identifier(node.text, ctx);
    case 'selector_expression':
      return selector(node, ctx);
    case 'binary_expression':
      return binary(node, ctx);
    case 'call_expression':
      return callExpression(node, ctx);
    case 'composite_literal':
      return compositeLiteral(node, ctx);
    case 'unary_expression':
    case 'parenthesized_expression': {
      // &http.Client{} and (x) are the value itself, handle included.
      const operand = node.childForFieldName('operand') ?? node.namedChildren[0];
      return operand ? evalGo(operand, ctx) : unknownValue;
    }
    default:
      return derived(node.namedChildren.map((child) => evalGo(child, ctx)));
  }
}

function stringLiteral(node: SyntaxNode, ctx: GoContext): Value {
  const raw = node.text.slice(1, -1);
  let text = raw;
  if (node.type === 'interpreted_string_literal') {
    try {
      const decoded: unknown = JSON.parse(`"${raw.replace(/\\x([0-9a-fA-F]{2})/g, '\\u00$1')}"`);
      text = typeof decoded === 'string' ? decoded : raw;
    } catch {
      text = raw;
    }
  }
  if (text.length > 1) ctx.facts.strings.push({ text, loc: locOf(node) });
  return constant(text);
}

function identifier(name: string, ctx: GoContext): Value {
  const bound = ctx.scope.get(name);
  if (bound) return bound;
  const path = ctx.imports.get(name);
  return path ? { taints: new Set(), ref: path } : unknownValue;
}

function selector(node: SyntaxNode, ctx: GoContext): Value {
  const operand = node.childForFieldName('operand');
  const field = node.childForFieldName('field')?.text ?? '';
  const base = operand ? evalGo(operand, ctx) : unknownValue;
  const ref = base.ref ? `${base.ref}.${field}` : undefined;
  const value = derived([base]);
  if (ref === 'net/http.DefaultClient') return { ...value, ref, handle: { kind: 'http' } };
  if (ref) return { ...value, ref };
  return base.handle ? { ...value, handle: base.handle } : value;
}

function binary(node: SyntaxNode, ctx: GoContext): Value {
  const left = evalGo(node.childForFieldName('left') ?? node, ctx);
  const right = evalGo(node.childForFieldName('right') ?? node, ctx);
  const plus = node.childForFieldName('operator')?.text === '+';
  const text = plus ? concatTexts([left.text, right.text]) : undefined;
  return derived([left, right], text);
}

function compositeLiteral(node: SyntaxNode, ctx: GoContext): Value {
  const type = node.childForFieldName('type')?.text ?? '';
  const body = node.childForFieldName('body');
  const value = derived(body ? body.namedChildren.map((child) => evalGo(child, ctx)) : []);
  const http = ctx.imports.get(type.split('.')[0] ?? '') === 'net/http';
  return http && type.endsWith('.Client') ? { ...value, handle: { kind: 'http' } } : value;
}

function callExpression(node: SyntaxNode, ctx: GoContext): Value {
  const fn = node.childForFieldName('function');
  const args = (node.childForFieldName('arguments')?.namedChildren ?? []).map((arg) =>
    evalGo(arg, ctx),
  );
  let callee = fn?.text ?? '';
  let receiver: Value | undefined;
  let method: string | undefined;
  if (fn?.type === 'selector_expression') {
    const operand = fn.childForFieldName('operand');
    method = fn.childForFieldName('field')?.text;
    receiver = operand ? evalGo(operand, ctx) : unknownValue;
    callee = receiver.ref ? `${receiver.ref}.${method ?? ''}` : callee;
  } else if (fn?.type === 'identifier') {
    // `run := exec.Command` then run(...): the value remembers what it names.
    callee = ctx.scope.get(fn.text)?.ref ?? callee;
  } else if (fn?.type === 'func_literal') {
    evalGo(fn, ctx);
  }
  const call = goCall({ node, callee, method, receiver, args, ctx });
  ctx.facts.calls.push(call);
  return callResult(call);
}

function goCall(parts: {
  node: SyntaxNode;
  callee: string;
  method: string | undefined;
  receiver: Value | undefined;
  args: Value[];
  ctx: GoContext;
}): CallFact {
  const { node, callee, method, receiver, args } = parts;
  const capability = goCapability(callee, method, receiver?.handle?.kind);
  // exec.Command takes its argv as separate arguments: one list, as Python's subprocess has it.
  const argv = capability === 'process.spawn' && !callee.startsWith('syscall.');
  const fields = {
    capability,
    callee,
    args: argv ? [{ ...derived(args), items: args }] : args,
    // The open mode as a keyword, where writesTo() reads Python's open(..., mode=).
    kwargs: new Map<string, Value>(
      capability === 'fs.open' ? [['mode', constant(openMode(callee, evidenceOf(node)))]] : [],
    ),
    loc: locOf(node),
    inLoop: parts.ctx.inLoop,
    evidence: evidenceOf(node),
    computedCallee: false,
  };
  const withMethod = method !== undefined && !receiver?.ref ? { ...fields, method } : fields;
  return receiver && !receiver.ref ? { ...withMethod, receiver } : withMethod;
}

// os.OpenFile's flags say whether it writes: O_WRONLY, O_RDWR, O_APPEND, O_CREATE, O_TRUNC.
function openMode(callee: string, flags: string): string {
  if (callee === 'os.Create') return 'w';
  if (callee === 'os.Open') return 'r';
  if (/O_APPEND/.test(flags)) return 'a';
  return /O_WRONLY|O_RDWR|O_CREATE|O_TRUNC/.test(flags) ? 'w' : 'r';
}

function callResult(call: CallFact): Value {
  const first = call.args[0];
  if (goSecretSources.has(call.callee)) {
    const value = withTaints(derived([]), 'secret');
    return goEnvironmentGetters.has(call.callee) ? environmentRead(first?.text, value) : value;
  }
  if (goDecoders.test(call.callee)) {
    const text = first?.text;
    const decoded =
      text === undefined
        ? undefined
        : call.callee.includes('hex')
          ? decodeHex(text)
          : decodeBase64(text);
    return withTaints(derived(call.args, decoded), 'decoded');
  }
  return capabilityResult(call) ?? derived([call.receiver, ...call.args]);
}

function capabilityResult(call: CallFact): Value | undefined {
  const path = call.args[0]?.text;
  switch (call.capability) {
    case 'fs.open': {
      const handle: Handle = {
        kind: 'file',
        mode: call.kwargs.get('mode')?.text ?? 'r',
        ...(path === undefined ? {} : { path }),
      };
      return { taints: new Set(), handle };
    }
    case 'fs.read': {
      const value = withTaints(derived([]), 'file');
      return path !== undefined && classifyPath(path) === 'credential'
        ? withTaints(value, 'secret')
        : value;
    }
    case 'net.http':
      return { ...withTaints(derived([]), 'network'), handle: { kind: 'http' } };
    case 'net.socket':
      return { taints: new Set(['socket']), handle: { kind: 'socket' } };
    default:
      return undefined;
  }
}

import type { SyntaxNode } from '../shared/syntax-tree.js';
import type { CallFact, Value } from '../shared/code-facts.js';
import { unknownValue } from '../shared/code-facts.js';
import { evidenceOf, locOf } from '../shared/fact-collector.js';
import { pythonCapability } from './python-call-table.js';
import { pythonCallResult } from './python-call-results.js';
import type { PythonContext } from './python-context.js';
import { LOCAL_FUNCTION } from './python-context.js';

interface Callee {
  readonly ref: string;
  readonly viaString?: boolean;
  readonly method?: string;
  readonly receiver?: Value;
}

function resolveCallee(node: SyntaxNode | null, ctx: PythonContext): Callee {
  if (!node) return { ref: '' };
  if (node.type !== 'attribute') {
    const value = ctx.evaluate.expression(node, ctx);
    return { ref: normaliseRef(value.ref ?? ''), viaString: value.viaString === true };
  }
  const object = node.childForFieldName('object');
  const method = node.childForFieldName('attribute')?.text ?? '';
  const receiver = object ? ctx.evaluate.expression(object, ctx) : unknownValue;
  const ref = receiver.ref ? normaliseRef(`${receiver.ref}.${method}`) : '';
  return { ref, method, receiver, viaString: receiver.viaString === true };
}

// 'builtins.eval', '__builtins__.eval' and a bare 'eval' are one function.
function normaliseRef(ref: string): string {
  return ref.replace(/^(builtins|__builtins__|__builtin__|globals\(\)|locals\(\)|vars\(\))\./, '');
}

interface Arguments {
  readonly args: Value[];
  readonly kwargs: Map<string, Value>;
}

function evalArguments(node: SyntaxNode | null, ctx: PythonContext): Arguments {
  const args: Value[] = [];
  const kwargs = new Map<string, Value>();
  if (!node) return { args, kwargs };
  if (node.type === 'generator_expression')
    return { args: [ctx.evaluate.generator(node, ctx)], kwargs };
  for (const child of node.namedChildren) {
    if (child.type === 'comment') continue;
    if (child.type === 'keyword_argument') {
      const name = child.childForFieldName('name')?.text ?? '';
      const value = child.childForFieldName('value');
      kwargs.set(name, value ? ctx.evaluate.expression(value, ctx) : unknownValue);
    } else if (child.type === 'generator_expression') args.push(ctx.evaluate.generator(child, ctx));
    else args.push(ctx.evaluate.expression(child, ctx));
  }
  return { args, kwargs };
}

export function evalPythonCall(node: SyntaxNode, ctx: PythonContext): Value {
  const callee = resolveCallee(node.childForFieldName('function'), ctx);
  const { args, kwargs } = evalArguments(node.childForFieldName('arguments'), ctx);
  if (callee.ref.startsWith(LOCAL_FUNCTION))
    return callLocal(callee.ref.slice(LOCAL_FUNCTION.length), args, ctx);
  const capability = adjustCapability(
    pythonCapability(callee.ref, callee.receiver?.handle?.kind, callee.method),
    callee.ref,
    kwargs,
  );
  const fact: CallFact = {
    capability,
    callee: callee.ref,
    args,
    kwargs,
    loc: locOf(node),
    inLoop: ctx.inLoop,
    evidence: evidenceOf(node),
    computedCallee: callee.viaString === true,
    ...(callee.method === undefined ? {} : { method: callee.method }),
    ...(callee.receiver === undefined ? {} : { receiver: callee.receiver }),
  };
  if (ctx.muted === 0) ctx.facts.calls.push(fact);
  return pythonCallResult(fact);
}

function adjustCapability(
  capability: CallFact['capability'],
  ref: string,
  kwargs: ReadonlyMap<string, Value>,
): CallFact['capability'] {
  const shell = kwargs.get('shell');
  if (capability === 'process.spawn' && shell && shell.text !== 'False' && shell.text !== '0')
    return 'process.shell';
  if (ref === 'yaml.load') {
    const loader = kwargs.get('Loader')?.text ?? kwargs.get('Loader')?.ref ?? '';
    return /Safe|Base/.test(loader) ? null : 'deserialise';
  }
  return capability;
}

function callLocal(name: string, args: Value[], ctx: PythonContext): Value {
  const sites = ctx.callSites.get(name) ?? [];
  sites.push(args);
  ctx.callSites.set(name, sites);
  return ctx.previous.returns.get(name) ?? unknownValue;
}

import type { SyntaxNode } from '../shared/syntax-tree.js';
import type { FileFacts, Value } from '../shared/code-facts.js';
import { unknownValue } from '../shared/code-facts.js';
import { FactCollector, Scope, collectComments } from '../shared/fact-collector.js';
import { mergeValues, valueSignature } from '../shared/merge-values.js';
import type { DeferredFunction, PythonContext } from './python-context.js';
import { evalPython } from './python-expressions.js';
import { evalGenerator } from './python-generators.js';
import { walkPython } from './python-statements.js';

type Summary = PythonContext['previous'];

// Each round feeds call-site arguments into parameters and return values into callers;
// two rounds follow data through one level of helper functions, which is what agents write.
const MAX_ROUNDS = 2;

/** Lowers a Python syntax tree into facts, following data through local functions. */
export function pythonFacts(root: SyntaxNode, path: string): FileFacts {
  let previous: Summary = { params: new Map(), returns: new Map() };
  let signature = '';
  let ctx = runRound(root, previous);
  for (let round = 1; round < MAX_ROUNDS && ctx.facts.functions.length > 0; round++) {
    const next = summarise(ctx);
    const nextSignature = signatureOf(next);
    if (nextSignature === signature) break;
    previous = next;
    signature = nextSignature;
    ctx = runRound(root, previous);
  }
  collectComments(root, ctx.facts.comments);
  return ctx.facts.finish(path, 'python');
}

function runRound(root: SyntaxNode, previous: Summary): PythonContext {
  const ctx: PythonContext = {
    evaluate: { expression: evalPython, generator: evalGenerator },
    scope: new Scope(),
    facts: new FactCollector(),
    inLoop: false,
    depth: 0,
    muted: 0,
    currentFunction: null,
    deferred: [],
    callSites: new Map(),
    returns: new Map(),
    previous,
  };
  walkPython(root, ctx);
  // Bodies run after the module body has bound its globals, as they do at run time.
  for (let next = ctx.deferred.shift(); next; next = ctx.deferred.shift())
    analyseFunction(next, ctx);
  return ctx;
}

function analyseFunction(fn: DeferredFunction, ctx: PythonContext): void {
  ctx.scope = fn.scope.child();
  ctx.currentFunction = fn.name;
  ctx.inLoop = false;
  const bound = ctx.previous.params.get(fn.name) ?? [];
  const parameters = fn.node.childForFieldName('parameters')?.namedChildren ?? [];
  parameters.forEach((parameter, index) => {
    const name = parameterName(parameter);
    const fallback = parameter.childForFieldName('value');
    const value = bound[index] ?? (fallback ? evalPython(fallback, ctx) : unknownValue);
    if (name) ctx.scope.set(name, value);
  });
  const body = fn.node.childForFieldName('body');
  if (body) walkPython(body, ctx);
}

function parameterName(parameter: SyntaxNode): string | undefined {
  if (parameter.type === 'identifier') return parameter.text;
  const named = parameter.childForFieldName('name');
  if (named) return named.text;
  return parameter.namedChildren.find((child) => child.type === 'identifier')?.text;
}

function summarise(ctx: PythonContext): Summary {
  const params = new Map<string, Value[]>();
  for (const [name, sites] of ctx.callSites) {
    const width = Math.max(...sites.map((site) => site.length));
    const merged: Value[] = [];
    for (let i = 0; i < width; i++)
      merged.push(mergeValues(sites.map((site) => site[i] ?? unknownValue)));
    params.set(name, merged);
  }
  const returns = new Map<string, Value>();
  for (const [name, values] of ctx.returns) returns.set(name, mergeValues(values));
  return { params, returns };
}

function signatureOf(summary: Summary): string {
  const params = [...summary.params].map(
    ([name, values]) => `${name}(${values.map(valueSignature).join(';')})`,
  );
  const returns = [...summary.returns].map(([name, value]) => `${name}=${valueSignature(value)}`);
  return [...params, ...returns].sort().join('\n');
}

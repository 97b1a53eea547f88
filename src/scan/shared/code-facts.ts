// The language-neutral facts that rules read: each parser front end (Python, JavaScript, shell)
// lowers its syntax tree into these, so one rule covers every language it applies to.

/** Where data came from; rules ask whether a label reaches a sink. */
export type Taint =
  | 'secret' // environment, credential files, tokens
  | 'file' // contents of a local file
  | 'network' // bytes received from a socket or HTTP response
  | 'socket' // a socket object or its file descriptor
  | 'decoded' // output of base64/hex/zlib/rot13/marshal decoding
  | 'encoded' // output of base64/hex encoding (payload staging)
  | 'process' // a process handle from a process listing
  | 'param'; // a function parameter nobody bound to a known value

/** What a resource handle points at: an opened file, a socket, an HTTP response. */
export interface Handle {
  readonly kind: 'file' | 'socket' | 'http' | 'process';
  readonly path?: string;
  readonly mode?: string;
}

/** The abstract value of an expression: its folded constant text when known, and its taints. */
export interface Value {
  readonly text?: string;
  readonly taints: ReadonlySet<Taint>;
  /** Qualified name when the value denotes a module or function, e.g. 'os.system'. */
  readonly ref?: string;
  /** The ref was computed from a string (getattr, __import__, globals()[…], require(expr)). */
  readonly viaString?: boolean;
  readonly handle?: Handle;
  /** Elements of a list or tuple literal, for argv-style arguments. */
  readonly items?: readonly Value[];
  /** The value is an environment variable read whole, by this constant name. */
  readonly envName?: string;
  /** Key/value pairs of a dict or object literal. */
  readonly fields?: ReadonlyMap<string, Value>;
}

export interface Loc {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
}

/** What a call can do to the machine, decided by each language's call table. */
export type Capability =
  | 'process.shell'
  | 'process.spawn'
  | 'process.fork'
  | 'process.kill'
  | 'net.http'
  | 'net.socket'
  | 'net.download'
  | 'fs.open'
  | 'fs.read'
  | 'fs.write'
  | 'fs.copy'
  | 'fs.delete'
  | 'fs.list'
  | 'fs.chmod'
  | 'fs.dup'
  | 'code.eval'
  | 'deserialise'
  | 'native';

export interface CallFact {
  readonly capability: Capability | null;
  /** Resolved qualified callee: 'subprocess.run', 'eval', 'fs.readFileSync'; '' when unknown. */
  readonly callee: string;
  /** Method name when called on an object: 'write', 'kill', 'unlink'. */
  readonly method?: string;
  readonly receiver?: Value;
  readonly args: readonly Value[];
  readonly kwargs: ReadonlyMap<string, Value>;
  readonly loc: Loc;
  readonly inLoop: boolean;
  readonly evidence: string;
  /** The callee's name was assembled at run time: a sign of hiding what is called. */
  readonly computedCallee: boolean;
}

export interface CommentFact {
  readonly text: string;
  readonly loc: Loc;
}

/** A string literal and where it sits, for URL and command-text rules. */
export interface StringFact {
  readonly text: string;
  readonly loc: Loc;
}

/** A decorator or marker applied to a test, e.g. '@pytest.mark.skip'. */
export interface DecoratorFact {
  readonly name: string;
  readonly loc: Loc;
  readonly evidence: string;
}

export interface FileFacts {
  readonly path: string;
  readonly language: string;
  readonly calls: readonly CallFact[];
  readonly strings: readonly StringFact[];
  readonly comments: readonly CommentFact[];
  readonly decorators: readonly DecoratorFact[];
  /** Function names defined in the file, with their locations (test-integrity rules). */
  readonly functions: readonly { readonly name: string; readonly loc: Loc }[];
}

const none: ReadonlySet<Taint> = new Set();

export const unknownValue: Value = { taints: none };

export function constant(text: string): Value {
  return { text, taints: none };
}

export function tainted(...labels: Taint[]): Value {
  return { taints: new Set(labels) };
}

export function mergeTaints(values: readonly (Value | undefined)[]): ReadonlySet<Taint> {
  const out = new Set<Taint>();
  for (const value of values) for (const taint of value?.taints ?? none) out.add(taint);
  return out;
}

/** All values in a call's positional and keyword arguments, flattening list literals. */
export function allArgs(call: CallFact): Value[] {
  const out: Value[] = [];
  const add = (value: Value): void => {
    out.push(value);
    for (const item of value.items ?? []) add(item);
    for (const field of value.fields?.values() ?? []) add(field);
  };
  for (const arg of call.args) add(arg);
  for (const arg of call.kwargs.values()) add(arg);
  return out;
}

export function hasTaint(values: readonly Value[], ...labels: Taint[]): boolean {
  return values.some((value) => labels.some((label) => value.taints.has(label)));
}

import type { CallFact, Handle, Value } from '../shared/code-facts.js';
import { unknownValue } from '../shared/code-facts.js';
import { charsFromCodes, decodeBase64, decodeHex, rot13 } from '../shared/fold-strings.js';
import { joinPosixPath } from '../shared/posix-paths.js';
import { derived, withTaints } from '../shared/merge-values.js';
import { classifyPath } from '../shared/path-classes.js';
import { environmentRead } from '../shared/environment-reads.js';
import {
  pythonDecoders,
  pythonEncoders,
  pythonHandleKind,
  pythonSecretSources,
} from './python-call-table.js';
import { stringMethodResult } from './python-string-methods.js';

const fileReads = new Set(['read', 'read_text', 'read_bytes', 'readlines', 'readline', '__next__']);
const socketReads = new Set([
  'recv',
  'recvfrom',
  'recv_into',
  'makefile',
  'accept',
  'read_until',
  'read_all',
  'exec_command',
]);
const importers = new Set(['__import__', 'importlib.import_module', 'importlib.__import__']);
const namespaces = new Set(['globals', 'locals', 'vars', 'dir']);

/** The value a call returns: what later code can learn from it (a module, a file, tainted data). */
export function pythonCallResult(call: CallFact): Value {
  const first = call.args[0];
  if (importers.has(call.callee))
    return first?.text ? { taints: new Set(), ref: first.text, viaString: true } : unknownValue;
  if (call.callee === 'getattr') return getattrResult(call);
  if (namespaces.has(call.callee) && call.args.length === 0)
    return { taints: new Set(), ref: 'globals()' };
  if (pythonSecretSources.has(call.callee)) return secretResult(call);
  if (pythonEncoders.has(call.callee)) return withTaints(derived(call.args), 'encoded');
  if (pythonDecoders.has(call.callee)) return decoded(call);
  if (call.callee === 'chr' || call.callee === 'bytes' || call.callee === 'bytearray')
    return charsOf(call);
  if (call.callee === 'map' && call.args[0]?.ref === 'chr') return mappedChars(call.args[1]);
  if (call.callee === 'os.path.join' || call.callee === 'posixpath.join') return joined(call);
  if (/^os\.path\.(expanduser|abspath|normpath|realpath|expandvars)$/.test(call.callee))
    return derived(call.args, first?.text);
  if (call.callee.startsWith('psutil.'))
    return { ...derived(call.args), handle: { kind: 'process' } };
  return handleResult(call) ?? stringMethodResult(call) ?? defaultResult(call);
}

function getattrResult(call: CallFact): Value {
  const [target, name] = call.args;
  if (!target?.ref || name?.text === undefined) return derived(call.args);
  const builtin = /^(builtins|__builtins__|__builtin__|globals\(\))$/.test(target.ref);
  return {
    taints: new Set(),
    ref: builtin ? name.text : `${target.ref}.${name.text}`,
    viaString: true,
  };
}

function decoded(call: CallFact): Value {
  const input = call.args[0]?.text;
  const codec = (call.args[1] ?? call.kwargs.get('encoding'))?.text ?? '';
  let text: string | undefined;
  if (input !== undefined) {
    if (/b64decode|b64|base64|decodebytes/.test(call.callee)) text = decodeBase64(input);
    else if (/hex|unhexlify/.test(call.callee)) text = decodeHex(input);
    else if (call.callee === 'codecs.decode' && /rot.?13/i.test(codec)) text = rot13(input);
    else if (call.callee === 'codecs.decode' && /hex/i.test(codec)) text = decodeHex(input);
    else if (call.callee === 'codecs.decode' && /base64/i.test(codec)) text = decodeBase64(input);
  }
  const taints = new Set(derived(call.args).taints);
  // Decoding undoes an encoding: the result is a payload, no longer staged data.
  taints.delete('encoded');
  taints.add('decoded');
  return text === undefined ? { taints } : { text, taints };
}

function charsOf(call: CallFact): Value {
  const first = call.args[0];
  if (call.callee === 'chr')
    return derived(call.args, first?.text ? charsFromCodes([first.text]) : undefined);
  const text = first?.items ? charsFromCodes(first.items.map((item) => item.text)) : first?.text;
  return derived(call.args, text);
}

function mappedChars(source: Value | undefined): Value {
  const items = source?.items?.map((item) =>
    derived([item], item.text ? charsFromCodes([item.text]) : undefined),
  );
  return items ? { ...derived([source]), items } : derived([source]);
}

function joined(call: CallFact): Value {
  const parts = call.args.map((arg) => arg.text);
  if (parts.some((part) => part === undefined)) return derived(call.args);
  return derived(call.args, joinPosixPath(parts as string[]));
}

function openedHandle(call: CallFact): Handle {
  const inherited = call.receiver?.handle;
  const pathArg = call.args[0]?.text ?? call.kwargs.get('file')?.text;
  const path = call.capability === 'fs.open' && call.method === 'open' ? inherited?.path : pathArg;
  const modeArg = call.method === 'open' ? call.args[0] : call.args[1];
  const mode = (modeArg ?? call.kwargs.get('mode'))?.text ?? 'r';
  return path === undefined ? { kind: 'file', mode } : { kind: 'file', path, mode };
}

function handleResult(call: CallFact): Value | undefined {
  const kind = pythonHandleKind(call.capability);
  if (call.capability === 'fs.open') return { ...derived(call.args), handle: openedHandle(call) };
  if (kind === 'http') return { ...withTaints(derived(call.args), 'network'), handle: { kind } };
  if (kind === 'socket') return { taints: new Set(['socket']), handle: { kind } };
  const handle = call.receiver?.handle;
  if (!handle || !call.method) return undefined;
  if (handle.kind === 'file' && fileReads.has(call.method)) return fileContents(handle);
  if (handle.kind === 'socket' && socketReads.has(call.method))
    return withTaints(derived([]), 'network', 'socket');
  if (handle.kind === 'socket' && call.method === 'fileno')
    return withTaints(derived([]), 'socket');
  if (handle.kind === 'http') return { ...withTaints(derived([]), 'network'), handle };
  if (handle.kind === 'process') return { ...derived([]), handle };
  return { ...derived([call.receiver, ...call.args]), handle };
}

function fileContents(handle: Handle): Value {
  const value = withTaints(derived([]), 'file');
  return handle.path !== undefined && classifyPath(handle.path) === 'credential'
    ? withTaints(value, 'secret')
    : value;
}

const environmentGetters = new Set(['os.getenv', 'os.environ.get', 'os.getenvb']);

function secretResult(call: CallFact): Value {
  const value = withTaints(derived(call.args), 'secret');
  return environmentGetters.has(call.callee) ? environmentRead(call.args[0]?.text, value) : value;
}

function defaultResult(call: CallFact): Value {
  // A module's function returns data, not the module: do not leak the receiver's ref.
  const receiver = call.receiver && !call.receiver.ref ? call.receiver : undefined;
  return derived([receiver, ...call.args, ...call.kwargs.values()]);
}

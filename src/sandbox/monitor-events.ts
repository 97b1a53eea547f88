import protobuf from 'protobufjs/light.js';
import { resolvePath, type TraceEvent } from './strace-events.js';

/**
 * The messages of gVisor's remote monitoring sink, as the host receiver passes them on: each framed
 * by a 4-byte little-endian length, then the sink's 8-byte header (header size, message type, the
 * sentry's count of dropped messages) and the protobuf payload. The sentry is outside what Airlock
 * trusts, so every frame is bounded and decoded defensively; a bad one is counted, never thrown.
 */

/** The receiver reads each message with a 64 KiB buffer; nothing it passes on can be longer. */
export const MAX_MONITOR_MESSAGE = 64 * 1024;
const MIN_HEADER = 8;

const MESSAGE_CONTAINER_START = 1;
const MESSAGE_SENTRY_CLONE = 2;
const MESSAGE_SYSCALL_RAW = 6;
const MESSAGE_SYSCALL_OPEN = 7;
const MESSAGE_SYSCALL_CHDIR = 13;
const AT_FDCWD = -100;

const context = {
  fields: {
    timeNs: { type: 'int64', id: 1 },
    threadGroupId: { type: 'int32', id: 4 },
    cwd: { type: 'string', id: 8 },
    processName: { type: 'string', id: 9 },
  },
};
const exit = { fields: { result: { type: 'int64', id: 1 }, errorno: { type: 'int64', id: 2 } } };
// The fields Airlock reads, by their numbers in gVisor's points/{common,container,sentry,syscall}.proto;
// protobuf skips the rest. Open and Chdir share their numbering.
const pathCall = {
  fields: {
    contextData: { type: 'ContextData', id: 1 },
    exit: { type: 'Exit', id: 2 },
    sysno: { type: 'uint64', id: 3 },
    fd: { type: 'int64', id: 4 },
    fdPath: { type: 'string', id: 5 },
    pathname: { type: 'string', id: 6 },
    flags: { type: 'uint32', id: 7 },
  },
};
const schema = protobuf.Root.fromJSON({
  nested: {
    ContextData: context,
    Exit: exit,
    Open: pathCall,
    Start: { fields: { cwd: { type: 'string', id: 3 } } },
    CloneInfo: {
      fields: {
        contextData: { type: 'ContextData', id: 1 },
        createdThreadGroupId: { type: 'int32', id: 4 },
        flags: { type: 'uint64', id: 6 },
      },
    },
    Syscall: {
      fields: {
        contextData: { type: 'ContextData', id: 1 },
        exit: { type: 'Exit', id: 2 },
        sysno: { type: 'uint64', id: 4 },
        arg1: { type: 'uint64', id: 5 },
      },
    },
  },
});
const types = {
  open: schema.lookupType('Open'),
  start: schema.lookupType('Start'),
  clone: schema.lookupType('CloneInfo'),
  raw: schema.lookupType('Syscall'),
};

type Long = number | protobuf.Long;
interface ContextData {
  readonly timeNs?: Long;
  readonly threadGroupId?: number;
  readonly cwd?: string;
  readonly processName?: string;
}
interface PathCallMessage {
  readonly contextData?: ContextData;
  readonly exit?: { readonly result?: Long; readonly errorno?: Long };
  readonly sysno?: Long;
  readonly fd?: Long;
  readonly fdPath?: string;
  readonly pathname?: string;
  readonly flags?: number;
}
interface CloneMessage {
  readonly contextData?: ContextData;
  readonly createdThreadGroupId?: number;
  readonly flags?: Long;
}
interface RawMessage {
  readonly contextData?: ContextData;
  readonly exit?: { readonly errorno?: Long };
  readonly sysno?: Long;
  readonly arg1?: Long;
}

const openSyscalls: Readonly<Record<'x86_64' | 'aarch64', Readonly<Record<number, string>>>> = {
  x86_64: { 2: 'open', 85: 'creat', 257: 'openat' },
  aarch64: { 56: 'openat' },
};
const chdirSyscalls: Readonly<Record<'x86_64' | 'aarch64', Readonly<Record<number, string>>>> = {
  x86_64: { 80: 'chdir', 81: 'fchdir' },
  aarch64: { 49: 'chdir', 50: 'fchdir' },
};
/** unshare(2), the one raw syscall the session asks for (monitor-session.ts). */
export const unshareSyscall = { x86_64: 272, aarch64: 97 } as const;
const CLONE_FS = 0x200;

/** A path relative to the caller's working directory, which the collector places (working-directories.ts). */
export interface RelativePath {
  readonly group: number;
  readonly pathname: string;
  readonly flags: string;
}

export type MonitorMessage =
  | { readonly type: 'start'; readonly dropped: number; readonly cwd: string | null }
  | {
      readonly type: 'clone';
      readonly dropped: number;
      readonly parent: number;
      readonly child: number;
      readonly flags: number;
    }
  | { readonly type: 'unshare-fs'; readonly dropped: number }
  | {
      readonly type: 'event';
      readonly dropped: number;
      readonly event: TraceEvent;
      /** Set where the call named a path relative to the working directory (event.file is null). */
      readonly relative: RelativePath | null;
      /** A chdir or fchdir's caller, and where it now is. */
      readonly moved?: { readonly group: number; readonly cwd: string };
    }
  | { readonly type: 'other'; readonly dropped: number }
  | { readonly type: 'malformed' };

/** One message of the sink (header and payload), read as what the collector understands. */
export function decodeMonitorMessage(
  message: Uint8Array,
  arch: 'x86_64' | 'aarch64',
  atEpochMs: number,
): MonitorMessage {
  if (message.length < MIN_HEADER || message.length > MAX_MONITOR_MESSAGE)
    return { type: 'malformed' };
  const view = new DataView(message.buffer, message.byteOffset, message.byteLength);
  const headerSize = view.getUint16(0, true);
  const messageType = view.getUint16(2, true);
  const dropped = view.getUint32(4, true);
  if (headerSize < MIN_HEADER || headerSize > message.length) return { type: 'malformed' };
  const payload = message.subarray(headerSize);
  try {
    switch (messageType) {
      case MESSAGE_CONTAINER_START:
        return { type: 'start', dropped, cwd: startCwd(payload) };
      case MESSAGE_SENTRY_CLONE:
        return cloneOf(decode<CloneMessage>(types.clone, payload), dropped);
      case MESSAGE_SYSCALL_RAW:
        return unshareOf(decode<RawMessage>(types.raw, payload), arch, dropped);
      case MESSAGE_SYSCALL_OPEN:
      case MESSAGE_SYSCALL_CHDIR:
        return pathCallOf(decode<PathCallMessage>(types.open, payload), {
          arch,
          atEpochMs,
          dropped,
          chdir: messageType === MESSAGE_SYSCALL_CHDIR,
        });
      default:
        return { type: 'other', dropped };
    }
  } catch {
    return { type: 'malformed' };
  }
}

function decode<T>(type: protobuf.Type, payload: Uint8Array): T {
  return type.toObject(type.decode(payload), { longs: Number }) as T;
}

function startCwd(payload: Uint8Array): string | null {
  const cwd = decode<{ cwd?: string }>(types.start, payload).cwd ?? '';
  return cwd.startsWith('/') ? cwd : null;
}

function cloneOf(clone: CloneMessage, dropped: number): MonitorMessage {
  const parent = clone.contextData?.threadGroupId;
  const child = clone.createdThreadGroupId;
  if (parent === undefined || child === undefined) return { type: 'malformed' };
  return { type: 'clone', dropped, parent, child, flags: Number(clone.flags ?? 0) };
}

function unshareOf(raw: RawMessage, arch: 'x86_64' | 'aarch64', dropped: number): MonitorMessage {
  if (Number(raw.sysno ?? -1) !== unshareSyscall[arch]) return { type: 'other', dropped };
  const refused = Number(raw.exit?.errorno ?? 0) > 0;
  const flags = Number(raw.arg1 ?? 0);
  return !refused && (flags & CLONE_FS) !== 0
    ? { type: 'unshare-fs', dropped }
    : { type: 'other', dropped };
}

function pathCallOf(
  call: PathCallMessage,
  how: { arch: 'x86_64' | 'aarch64'; atEpochMs: number; dropped: number; chdir: boolean },
): MonitorMessage {
  const names = (how.chdir ? chdirSyscalls : openSyscalls)[how.arch];
  const syscall = names[Number(call.sysno ?? -1)];
  if (!syscall) return { type: 'malformed' };
  const context = call.contextData ?? {};
  const group = context.threadGroupId ?? 0;
  const errno = Number(call.exit?.errorno ?? 0);
  const flags = how.chdir ? '' : flagNames(call.flags ?? 0);
  // A chdir that worked is where the caller now is; one refused is placed as an open would be.
  const moved = how.chdir && context.cwd?.startsWith('/') ? { group, cwd: context.cwd } : undefined;
  const place =
    moved && errno === 0 ? { path: moved.cwd, relative: null } : placed(call, context.cwd);
  const event: TraceEvent = {
    pid: group,
    process: context.processName ?? '',
    syscall,
    args: '',
    errno: errno > 0 ? errno : null,
    atEpochMs: eventTime(context, how.atEpochMs),
    file: place.path === null ? null : { path: place.path, flags },
  };
  const relative = place.relative === null ? null : { group, pathname: place.relative, flags };
  return { type: 'event', dropped: how.dropped, event, relative, ...(moved ? { moved } : {}) };
}

/**
 * When the call happened: the sentry's own clock where the message carries it (messages can wait in
 * the socket for the rest of the run, see monitor-receiver.ts), else when it reached Airlock. A time
 * after its arrival is not believed.
 */
function eventTime(context: ContextData, arrivedAtEpochMs: number): number {
  const ms = Number(context.timeNs ?? 0) / 1e6;
  return ms > 0 && ms <= arrivedAtEpochMs ? ms : arrivedAtEpochMs;
}

/**
 * The named path made absolute against the directory fd, or the cwd where the message carries it;
 * a path relative to the working directory otherwise, for the collector to place.
 */
function placed(
  call: PathCallMessage,
  cwd: string | undefined,
): { path: string | null; relative: string | null } {
  const pathname = call.pathname ?? '';
  const fd = Number(call.fd ?? AT_FDCWD);
  // fchdir names no path: the directory is its fd's.
  if (pathname === '') return { path: fd >= 0 ? absolute(call.fdPath) : null, relative: null };
  if (pathname.startsWith('/')) return { path: resolvePath('/', pathname), relative: null };
  if (fd !== AT_FDCWD) {
    // A directory the sentry could not name ("[err: …]") leaves a relative path unplaceable.
    const base = absolute(call.fdPath);
    return { path: base === null ? null : resolvePath(base, pathname), relative: null };
  }
  if (cwd?.startsWith('/')) return { path: resolvePath(cwd, pathname), relative: null };
  return { path: null, relative: pathname };
}

function absolute(path: string | undefined): string | null {
  return path?.startsWith('/') ? path : null;
}

// The bits of open(2)'s flags that decide whether an open writes (the same on x86_64 and arm64).
const O_ACCMODE = 0o3;
const flagBits: ReadonlyArray<[number, string]> = [
  [0o100, 'O_CREAT'],
  [0o1000, 'O_TRUNC'],
  [0o2000, 'O_APPEND'],
];

function flagNames(flags: number): string {
  const access = ['O_RDONLY', 'O_WRONLY', 'O_RDWR', 'O_ACCMODE'][flags & O_ACCMODE] ?? 'O_RDONLY';
  return [access, ...flagBits.filter(([bit]) => (flags & bit) !== 0).map(([, name]) => name)].join(
    '|',
  );
}

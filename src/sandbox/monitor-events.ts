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
const FRAME_LENGTH = 4;
const MIN_HEADER = 8;

const MESSAGE_CONTAINER_START = 1;
const MESSAGE_SYSCALL_OPEN = 7;
const AT_FDCWD = -100;

// The fields Airlock reads, by their numbers in gVisor's points/{common,syscall}.proto; protobuf
// skips the rest.
const schema = protobuf.Root.fromJSON({
  nested: {
    ContextData: {
      fields: {
        threadGroupId: { type: 'int32', id: 4 },
        cwd: { type: 'string', id: 8 },
        processName: { type: 'string', id: 9 },
      },
    },
    Exit: { fields: { result: { type: 'int64', id: 1 }, errorno: { type: 'int64', id: 2 } } },
    Open: {
      fields: {
        contextData: { type: 'ContextData', id: 1 },
        exit: { type: 'Exit', id: 2 },
        sysno: { type: 'uint64', id: 3 },
        fd: { type: 'int64', id: 4 },
        fdPath: { type: 'string', id: 5 },
        pathname: { type: 'string', id: 6 },
        flags: { type: 'uint32', id: 7 },
      },
    },
  },
});
const Open = schema.lookupType('Open');

interface OpenMessage {
  readonly contextData?: {
    readonly threadGroupId?: number;
    readonly cwd?: string;
    readonly processName?: string;
  };
  readonly exit?: {
    readonly result?: number | protobuf.Long;
    readonly errorno?: number | protobuf.Long;
  };
  readonly sysno?: number | protobuf.Long;
  readonly fd?: number | protobuf.Long;
  readonly fdPath?: string;
  readonly pathname?: string;
  readonly flags?: number;
}

const openSyscalls: Readonly<Record<'x86_64' | 'aarch64', Readonly<Record<number, string>>>> = {
  x86_64: { 2: 'open', 85: 'creat', 257: 'openat' },
  aarch64: { 56: 'openat' },
};

export type MonitorMessage =
  | { readonly type: 'start'; readonly dropped: number }
  | { readonly type: 'event'; readonly event: TraceEvent; readonly dropped: number }
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
  if (messageType === MESSAGE_CONTAINER_START) return { type: 'start', dropped };
  if (messageType !== MESSAGE_SYSCALL_OPEN) return { type: 'other', dropped };
  let open: OpenMessage;
  try {
    open = Open.toObject(Open.decode(message.subarray(headerSize)), {
      longs: Number,
    }) as OpenMessage;
  } catch {
    return { type: 'malformed' };
  }
  const syscall = openSyscalls[arch][Number(open.sysno ?? -1)];
  if (!syscall) return { type: 'malformed' };
  const context = open.contextData ?? {};
  const errno = Number(open.exit?.errorno ?? 0);
  return {
    type: 'event',
    dropped,
    event: {
      pid: context.threadGroupId ?? 0,
      process: context.processName ?? '',
      syscall,
      args: '',
      errno: errno > 0 ? errno : null,
      atEpochMs,
      file: fileOf(open),
    },
  };
}

/** The opened path made absolute (against the cwd or the directory fd), and its flags by name. */
function fileOf(open: OpenMessage): { path: string; flags: string } | null {
  const pathname = open.pathname ?? '';
  if (pathname === '') return null;
  const fd = Number(open.fd ?? AT_FDCWD);
  const base = pathname.startsWith('/')
    ? '/'
    : fd === AT_FDCWD
      ? (open.contextData?.cwd ?? '')
      : (open.fdPath ?? '');
  // A directory the sentry could not name ("[err: …]") leaves a relative path unplaceable.
  if (!base.startsWith('/')) return null;
  return { path: resolvePath(base, pathname), flags: flagNames(open.flags ?? 0) };
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

/**
 * Splits the receiver's output into messages as chunks arrive. A length beyond what the receiver
 * can pass on means the stream is not its: the rest is refused.
 */
export class MonitorFrames {
  private pending: Buffer = Buffer.alloc(0);
  private broken = false;

  constructor(private readonly emit: (message: Buffer) => void) {}

  /** False once the stream broke its framing (everything after is ignored). */
  get intact(): boolean {
    return !this.broken;
  }

  push(chunk: Buffer): void {
    if (this.broken) return;
    let data = this.pending.length > 0 ? Buffer.concat([this.pending, chunk]) : chunk;
    while (data.length >= FRAME_LENGTH) {
      const length = data.readUInt32LE(0);
      if (length > MAX_MONITOR_MESSAGE) {
        this.broken = true;
        this.pending = Buffer.alloc(0);
        return;
      }
      if (data.length < FRAME_LENGTH + length) break;
      this.emit(data.subarray(FRAME_LENGTH, FRAME_LENGTH + length));
      data = data.subarray(FRAME_LENGTH + length);
    }
    this.pending = Buffer.from(data);
  }

  /** Whether the stream ended on a frame boundary. */
  end(): boolean {
    return !this.broken && this.pending.length === 0;
  }
}

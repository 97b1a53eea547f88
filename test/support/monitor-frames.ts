import protobuf from 'protobufjs/light.js';

/**
 * Messages as gVisor's remote monitoring sink writes them (wire header, then the protobuf payload),
 * written field by field with the numbers of gVisor's points/{common,syscall}.proto, and framed as
 * Airlock's receiver passes them on (a 4-byte little-endian length before each).
 */
export const MESSAGE_CONTAINER_START = 1;
export const MESSAGE_SENTRY_CLONE = 2;
export const MESSAGE_SYSCALL_RAW = 6;
export const MESSAGE_SYSCALL_OPEN = 7;
export const MESSAGE_SYSCALL_CHDIR = 13;

export function sinkMessage(type: number, payload: Uint8Array, dropped = 0): Buffer {
  const header = Buffer.alloc(8);
  header.writeUInt16LE(8, 0);
  header.writeUInt16LE(type, 2);
  header.writeUInt32LE(dropped, 4);
  return Buffer.concat([header, payload]);
}

export function framed(...messages: Uint8Array[]): Buffer {
  return Buffer.concat(
    messages.flatMap((message) => {
      const length = Buffer.alloc(4);
      length.writeUInt32LE(message.length, 0);
      return [length, message];
    }),
  );
}

export interface OpenFields {
  readonly sysno: number;
  readonly pathname?: string;
  readonly fd?: number;
  readonly fdPath?: string;
  readonly flags?: number;
  readonly errno?: number;
  readonly pid?: number;
  readonly process?: string;
  readonly cwd?: string;
  /** The sentry's clock when the call returned (ContextData.time_ns). */
  readonly timeNs?: number;
}

/** gvisor.syscall.Open: context_data 1, exit 2, sysno 3, fd 4, fd_path 5, pathname 6, flags 7. */
export function openPayload(fields: OpenFields): Uint8Array {
  const writer = protobuf.Writer.create();
  const context = protobuf.Writer.create();
  // gvisor.common.ContextData: thread_group_id 4, cwd 8, process_name 9.
  if (fields.timeNs !== undefined) context.uint32((1 << 3) | 0).int64(fields.timeNs);
  if (fields.pid !== undefined) context.uint32((4 << 3) | 0).int32(fields.pid);
  if (fields.cwd !== undefined) context.uint32((8 << 3) | 2).string(fields.cwd);
  if (fields.process !== undefined) context.uint32((9 << 3) | 2).string(fields.process);
  writer.uint32((1 << 3) | 2).bytes(context.finish());
  // gvisor.syscall.Exit: result 1, errorno 2.
  const exit = protobuf.Writer.create();
  exit.uint32((1 << 3) | 0).int64(fields.errno ? -1 : 3);
  if (fields.errno) exit.uint32((2 << 3) | 0).int64(fields.errno);
  writer.uint32((2 << 3) | 2).bytes(exit.finish());
  writer.uint32((3 << 3) | 0).uint64(fields.sysno);
  writer.uint32((4 << 3) | 0).int64(fields.fd ?? -100);
  if (fields.fdPath !== undefined) writer.uint32((5 << 3) | 2).string(fields.fdPath);
  if (fields.pathname !== undefined) writer.uint32((6 << 3) | 2).string(fields.pathname);
  if (fields.flags !== undefined) writer.uint32((7 << 3) | 0).uint32(fields.flags);
  return writer.finish();
}

/** gvisor.container.Start: cwd 3. */
export const containerStart = (dropped = 0, cwd?: string) => {
  const writer = protobuf.Writer.create();
  if (cwd !== undefined) writer.uint32((3 << 3) | 2).string(cwd);
  return sinkMessage(MESSAGE_CONTAINER_START, writer.finish(), dropped);
};

function contextData(pid: number): Uint8Array {
  return protobuf.Writer.create()
    .uint32((4 << 3) | 0)
    .int32(pid)
    .finish();
}

/** gvisor.sentry.CloneInfo: context_data 1, created_thread_group_id 4, flags 6. */
export function cloneMessage(parent: number, child: number, flags: number): Buffer {
  const writer = protobuf.Writer.create();
  writer.uint32((1 << 3) | 2).bytes(contextData(parent));
  writer.uint32((4 << 3) | 0).int32(child);
  writer.uint32((6 << 3) | 0).uint64(flags);
  return sinkMessage(MESSAGE_SENTRY_CLONE, writer.finish());
}

/** gvisor.syscall.Syscall (a raw point): context_data 1, exit 2, sysno 4, arg1 5. */
export function rawSyscallMessage(fields: {
  pid: number;
  sysno: number;
  arg1: number;
  errno?: number;
}): Buffer {
  const writer = protobuf.Writer.create();
  writer.uint32((1 << 3) | 2).bytes(contextData(fields.pid));
  const exit = protobuf.Writer.create();
  if (fields.errno) exit.uint32((2 << 3) | 0).int64(fields.errno);
  writer.uint32((2 << 3) | 2).bytes(exit.finish());
  writer.uint32((4 << 3) | 0).uint64(fields.sysno);
  writer.uint32((5 << 3) | 0).uint64(fields.arg1);
  return sinkMessage(MESSAGE_SYSCALL_RAW, writer.finish());
}
export const openMessage = (fields: OpenFields, dropped = 0) =>
  sinkMessage(MESSAGE_SYSCALL_OPEN, openPayload(fields), dropped);
/** gvisor.syscall.Chdir numbers its fields as Open does (without flags); `cwd` is the caller's after. */
export const chdirMessage = (fields: Omit<OpenFields, 'flags'>) =>
  sinkMessage(MESSAGE_SYSCALL_CHDIR, openPayload(fields));

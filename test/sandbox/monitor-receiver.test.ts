// The runtime monitor's receiver with a real Python 3 on both ends: a SOCK_SEQPACKET client stands
// in for runsc's remote sink (handshake, then one message per packet), as gVisor's wire protocol has it.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { hostPython, openMonitor } from '../../src/adapters/sandbox-host/monitor-receiver.js';
import { MonitorFrames } from '../../src/sandbox/monitor-frames.js';
import { monitorSession } from '../../src/sandbox/monitor-session.js';
import { containerStart, openMessage } from '../support/monitor-frames.js';
import { tempDir } from '../support/temp-dirs.js';

const run = promisify(execFile);

// Connects like the sink, checks the receiver's handshake answer, sends each hex message, closes.
const SINK = `
import socket, sys
s = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
s.connect(sys.argv[1])
s.send(b"\\x08\\x01")
assert s.recv(64) == b"\\x08\\x01"
for message in sys.argv[2:]:
    s.send(bytes.fromhex(message))
s.close()
`;

// Like SINK, with the messages from a file (length-framed); prints its send buffer and how many
// sends found the socket full, then closes.
const BUSY_SINK = `
import socket, struct, sys
s = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
s.connect(sys.argv[1])
s.send(b"\\x08\\x01")
assert s.recv(64) == b"\\x08\\x01"
s.setblocking(False)
data, at, full = open(sys.argv[2], "rb").read(), 0, 0
while at < len(data):
    length = struct.unpack_from("<I", data, at)[0]
    try:
        s.send(data[at + 4 : at + 4 + length])
        at += 4 + length
    except BlockingIOError:
        full += 1
        s.setblocking(True)
        s.send(data[at + 4 : at + 4 + length])
        s.setblocking(False)
        at += 4 + length
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF), full)
s.close()
`;

const lengthOf = (message: Buffer) => {
  const length = Buffer.alloc(4);
  length.writeUInt32LE(message.length, 0);
  return length;
};

async function receive(messages: Buffer[]) {
  const dir = tempDir('monitor');
  const got: Buffer[] = [];
  const frames = new MonitorFrames((message) => got.push(Buffer.from(message)));
  const monitor = await openMonitor(
    dir,
    (endpoint) => monitorSession('x86_64', endpoint),
    (chunk) => frames.push(chunk),
  );
  return { dir, got, frames, monitor, messages };
}

describe('the runtime monitor receiver', () => {
  it('writes the session for its socket, answers the handshake and passes every message on whole', async () => {
    const messages = [
      containerStart(),
      ...Array.from({ length: 500 }, (_, i) =>
        openMessage({ sysno: 257, pathname: `/workspace/f${i}`, process: 'node' }),
      ),
    ];
    const { dir, got, frames, monitor } = await receive(messages);
    const config = JSON.parse(readFileSync(join(dir, 'monitor.json'), 'utf8')) as {
      trace_session: { sinks: { config: { endpoint: string } }[] };
    };
    const endpoint = config.trace_session.sinks[0]?.config.endpoint;
    expect(endpoint).toBe(join(dir, 'monitor.sock'));
    await run(hostPython() ?? 'python3', [
      '-c',
      SINK,
      endpoint ?? '',
      ...messages.map((m) => m.toString('hex')),
    ]);
    expect(await monitor.finish(10_000)).toBe(true);
    expect(frames.end()).toBe(true);
    expect(got).toEqual(messages);
  });

  it("deepens the sink's end of the socket, so a busy guest's messages wait there instead of being read while it runs", async () => {
    const messages = Array.from({ length: 20_000 }, (_, i) =>
      openMessage({
        sysno: 257,
        pathname: `/workspace/node_modules/p${i}/index.js`,
        process: 'node',
      }),
    );
    const { dir, got, frames, monitor } = await receive(messages);
    const file = join(dir, 'messages.bin');
    writeFileSync(file, Buffer.concat(messages.map((m) => Buffer.concat([lengthOf(m), m]))));
    // The sink as the sentry writes: never blocking, counting each time the socket was full.
    const { stdout } = await run(hostPython() ?? 'python3', [
      '-c',
      BUSY_SINK,
      join(dir, 'monitor.sock'),
      file,
    ]);
    const [depth, full] = stdout.trim().split(' ').map(Number);
    expect(depth).toBeGreaterThanOrEqual(256 << 20);
    // Without the depth the socket holds about 278 of these and the sink finds it full at once.
    expect(full).toBe(0);
    expect(await monitor.finish(10_000)).toBe(true);
    expect(frames.end()).toBe(true);
    expect(got).toEqual(messages);
  });

  it('ends at once, and listens no more, when nothing ever connected', async () => {
    const { dir, monitor, got } = await receive([]);
    expect(await monitor.finish(60_000)).toBe(true);
    expect(got).toEqual([]);
    // The receiver is gone: connecting to its socket is refused.
    await expect(
      run(hostPython() ?? 'python3', ['-c', SINK, join(dir, 'monitor.sock')]),
    ).rejects.toThrow(/ConnectionRefusedError/);
  });
});

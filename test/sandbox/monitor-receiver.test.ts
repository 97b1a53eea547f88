// The runtime monitor's receiver with a real Python 3 on both ends: a SOCK_SEQPACKET client stands
// in for runsc's remote sink (handshake, then one message per packet), as gVisor's wire protocol has it.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { hostPython, openMonitor } from '../../src/adapters/sandbox-host/monitor-receiver.js';
import { MonitorFrames } from '../../src/sandbox/monitor-events.js';
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

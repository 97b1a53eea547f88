import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SetupError } from '../../errors.js';
import type { TraceStream } from '../../ports.js';
import { MONITOR_CONFIG, MONITOR_SOCKET } from '../../sandbox/monitor-session.js';
import { systemCommand } from './provisioning/host-packages.js';
import { withParentDeathSignal } from './runsc.js';

/**
 * gVisor's remote monitoring sink connects over a SOCK_SEQPACKET Unix socket, which Node cannot
 * create. This receiver, in Python's standard library, listens on it, answers the handshake and
 * passes each message on to stdout behind a 4-byte length. It polls rather than waking per message
 * (as the strace pipe's reader does): a busy guest fills the socket between polls, and the sentry
 * then retries until there is room again. It ends when the sandbox closes the connection. Before
 * the messages it writes `R` once it listens and `C` once runsc has connected.
 */
const RECEIVER = String.raw`
import os, socket, struct, sys, time
server = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
server.bind(sys.argv[1])
server.listen(1)
os.write(1, b"R")
conn, _ = server.accept()
server.close()
os.write(1, b"C")
conn.recv(1024)
conn.send(b"\x08\x01")
conn.setblocking(False)
def put(data):
    view = memoryview(data)
    while view:
        view = view[os.write(1, view):]
while True:
    batch, count, ended = [], 0, False
    while count < 4096:
        try:
            message = conn.recv(65536)
        except BlockingIOError:
            break
        if not message:
            ended = True
            break
        batch.append(struct.pack("<I", len(message)))
        batch.append(message)
        count += 1
    if batch:
        put(b"".join(batch))
    if ended:
        break
    time.sleep(0.001 if count >= 64 else 0.005)
`;

const READY_MS = 10_000;

/**
 * The host's Python 3, where `airlock setup` looks for it and installs it (never one from PATH: the
 * receiver runs as root); null if there is none.
 */
export function hostPython(): string | null {
  return systemCommand('python3');
}

/**
 * Writes the session config into the run's log directory and starts the receiver; resolves once it
 * listens, so the sandbox that connects to it can be started. `onChunk` gets the receiver's output
 * (length-framed messages, monitor-events.ts) in pieces of any size. If Airlock dies, so does it.
 */
export async function openMonitor(
  logDir: string,
  session: (endpoint: string) => object,
  onChunk: (chunk: Buffer) => void,
): Promise<TraceStream> {
  const python = hostPython();
  if (!python)
    throw new SetupError(
      "runtime telemetry needs the host's Python 3 (/usr/bin/python3) for gVisor's monitoring socket; run 'airlock setup' as root to install it, or pass --no-telemetry",
    );
  const endpoint = join(logDir, MONITOR_SOCKET);
  await writeFile(join(logDir, MONITOR_CONFIG), JSON.stringify(session(endpoint)), { mode: 0o600 });
  const [command, ...args] = withParentDeathSignal([python, '-I', '-S', '-c', RECEIVER, endpoint]);
  const child = spawn(command ?? python, args, { stdio: ['ignore', 'pipe', 'pipe'], env: {} });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (text: string) => {
    if (stderr.length < 4096) stderr += text;
  });
  const exited = new Promise<void>((resolve) => {
    child.once('close', () => resolve());
  });
  // `R` (listening), then `C` (runsc connected), then the framed messages.
  let stage: 'starting' | 'listening' | 'connected' = 'starting';
  let ready: (() => void) | null = null;
  child.stdout.on('data', (chunk: Buffer) => {
    let rest = chunk;
    if (stage === 'starting' && rest.length > 0) {
      if (rest[0] !== 0x52) child.kill('SIGKILL');
      else {
        stage = 'listening';
        ready?.();
      }
      rest = rest.subarray(1);
    }
    if (stage === 'listening' && rest.length > 0) {
      if (rest[0] !== 0x43) child.kill('SIGKILL');
      else stage = 'connected';
      rest = rest.subarray(1);
    }
    if (stage === 'connected' && rest.length > 0) onChunk(rest);
  });
  await new Promise<void>((resolve, reject) => {
    const failed = (why: string) =>
      reject(new SetupError(`the runtime monitor's receiver did not start (${why})`));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      failed(`no answer within ${READY_MS / 1000} s`);
    }, READY_MS);
    ready = () => {
      clearTimeout(timer);
      resolve();
    };
    child.once('error', (error) => {
      clearTimeout(timer);
      failed(error.message);
    });
    void exited.then(() => {
      clearTimeout(timer);
      failed(stderr.trim().slice(-500) || 'it exited');
    });
  });
  let ended = false;
  void exited.then(() => {
    ended = true;
  });

  return {
    async finish(waitMs: number): Promise<boolean> {
      // runsc never connected (it failed before creating the sandbox): nothing is coming.
      if (stage !== 'connected') {
        child.kill('SIGKILL');
        await exited;
        return true;
      }
      const late = new Promise<'late'>((resolve) => {
        const timer = setTimeout(() => resolve('late'), waitMs);
        void exited.then(() => clearTimeout(timer));
      });
      if ((await Promise.race([exited, late])) === 'late') {
        child.kill('SIGKILL');
        await exited;
        return false;
      }
      return child.exitCode === 0;
    },
    abandon(): void {
      if (!ended) child.kill('SIGKILL');
    },
  };
}

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
 * passes each message on to stdout behind a 4-byte length. It ends when the sandbox closes the
 * connection. Before the messages it writes `R` once it listens and `C` once runsc has connected.
 *
 * Reading while the guest runs costs the guest several times the reader's own CPU on a small
 * machine (docs/speed.md). So before answering the handshake it deepens runsc's end of the socket to
 * 256 MiB (`pidfd_getfd` and SO_SNDBUFFORCE: the send buffer is what bounds a Unix socket's queue),
 * and then reads only once 16 MiB of messages wait (about 200,000 opens), once the queue stops
 * growing (an idle guest, or a sentry waiting for room) and at the end. Where that cannot be done
 * (no `ctypes`, a kernel before 5.6) the socket keeps its 278-message depth and is read a few
 * times a second. A full socket makes the sentry retry rather than drop either way.
 */
const RECEIVER = String.raw`
import fcntl, os, select, socket, struct, sys, time
DEPTH = 128 << 20
READ_AT = 16 << 20
FIONREAD = 0x541B
SO_SNDBUFFORCE = 32
PIDFD_GETFD = 438
endpoint = sys.argv[1]
server = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
server.bind(endpoint)
server.listen(1)
os.write(1, b"R")
conn, _ = server.accept()
server.close()
os.write(1, b"C")
def deepen():
    try:
        import ctypes
        syscall = ctypes.CDLL(None, use_errno=True).syscall
        creds = conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, 12)
        pid = struct.unpack("3i", creds)[0]
        pidfd = os.pidfd_open(pid)
    except (ImportError, OSError, AttributeError):
        return False
    try:
        return any(deepened(syscall, pidfd, int(name)) for name in os.listdir("/proc/%d/fd" % pid))
    except (OSError, ValueError):
        return False
    finally:
        os.close(pidfd)
def deepened(syscall, pidfd, number):
    """Whether runsc's fd number is its end of this connection, now 256 MiB deep."""
    fd = syscall(PIDFD_GETFD, pidfd, number, 0)
    if fd < 0:
        return False
    try:
        theirs = socket.socket(fileno=fd)
    except OSError:
        os.close(fd)
        return False
    with theirs:
        try:
            if theirs.family != socket.AF_UNIX or theirs.getpeername() != endpoint:
                return False
            theirs.setsockopt(socket.SOL_SOCKET, SO_SNDBUFFORCE, DEPTH)
            return theirs.getsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF) >= DEPTH
        except OSError:
            return False
deep = deepen()
conn.recv(1024)
conn.send(b"\x08\x01")
conn.setblocking(False)
def put(data):
    view = memoryview(data)
    while view:
        view = view[os.write(1, view):]
def drain():
    """Passes on what waits, up to the end of the stream; returns whether it ended, and how many."""
    count = 0
    while True:
        batch = []
        for _ in range(4096):
            try:
                message = conn.recv(65536)
            except BlockingIOError:
                break
            if not message:
                put(b"".join(batch))
                return True, count
            batch.append(struct.pack("<I", len(message)))
            batch.append(message)
        put(b"".join(batch))
        count += len(batch) // 2
        if len(batch) < 8192:
            return False, count
hang_up = select.poll()
hang_up.register(conn, 0)
queued, before = bytearray(4), -1
while True:
    if not deep:
        ended, count = drain()
        if ended:
            break
        time.sleep(0.001 if count >= 64 else 0.005)
        continue
    ended = bool(hang_up.poll(250))
    fcntl.ioctl(conn, FIONREAD, queued)
    waiting = struct.unpack("i", queued)[0]
    if not ended and waiting < READ_AT and (waiting == 0 or waiting != before):
        before = waiting
        continue
    before = -1
    if drain()[0]:
        break
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

import { execa } from 'execa';
import { closeSync, constants, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { SetupError } from '../../errors.js';
import type { TraceStream } from '../../ports.js';

// The pipe is read by polling, not by waiting on it: a wake-up per trace line costs the sandbox
// about 7% on a pytest suite (measured), a poll every 10 ms nothing measurable. A full pipe holds
// the sentry until the next read, so a flooding guest is slowed, never blinded.
const POLL_MS = 10;
const READ_BYTES = 256 * 1024;
// A turn that found this much (half a default pipe) reads again after 1 ms.
const BUSY_BYTES = 32 * 1024;
const BUSY_POLL_MS = 1;
// At most this much per turn of the event loop while the guest keeps the pipe full.
const TURN_BYTES = 4 * 1024 * 1024;

/** The named pipe runsc will open by name for its `boot` log (made with the run's other files). */
export async function makeTracePipe(path: string): Promise<void> {
  const made = await execa('mkfifo', ['-m', '600', path], { reject: false });
  if (made.exitCode !== 0)
    throw new SetupError(`cannot create the trace pipe: ${made.stderr.trim().slice(0, 500)}`);
}

/**
 * The sentry's trace, read from its pipe while the sandbox runs: nothing is stored, so no size cap
 * can be reached and no event after a flood is lost. A second write end is held here until runsc
 * has exited, so the reader sees the end of the stream only once runsc is done with it.
 */
export function readTracePipe(path: string, onText: (text: string) => void): TraceStream {
  const reader = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  let keeper: number | null = openSync(path, constants.O_WRONLY | constants.O_NONBLOCK);
  const buffer = Buffer.alloc(READ_BYTES);
  const decoder = new StringDecoder('utf8');
  let timer: NodeJS.Timeout | null = null;
  let immediate: NodeJS.Immediate | null = null;
  let settle: ((ended: boolean) => void) | null = null;
  let closed = false;

  // Once this end is gone, the stream ends when the last other writer (runsc's sandbox) has gone.
  const letGo = () => {
    if (keeper !== null) closeSync(keeper);
    keeper = null;
  };

  const close = (ended: boolean) => {
    if (closed) return;
    closed = true;
    if (timer) clearTimeout(timer);
    if (immediate) clearImmediate(immediate);
    letGo();
    closeSync(reader);
    if (ended) {
      const rest = decoder.end();
      if (rest) onText(rest);
    }
    settle?.(ended);
  };

  const turn = () => {
    timer = null;
    immediate = null;
    let read = 0;
    while (read < TURN_BYTES) {
      let got: number;
      try {
        got = readSync(reader, buffer, 0, buffer.length, null);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EAGAIN') {
          // A busy guest fills the pipe faster than a poll every 10 ms empties it.
          timer = setTimeout(turn, read >= BUSY_BYTES ? BUSY_POLL_MS : POLL_MS);
          return;
        }
        close(false);
        return;
      }
      if (got === 0) {
        close(true);
        return;
      }
      read += got;
      onText(decoder.write(buffer.subarray(0, got)));
    }
    immediate = setImmediate(turn);
  };
  timer = setTimeout(turn, POLL_MS);

  return {
    finish(waitMs: number): Promise<boolean> {
      if (closed) return Promise.resolve(false);
      return new Promise((resolve) => {
        const deadline = setTimeout(() => close(false), waitMs);
        settle = (ended) => {
          clearTimeout(deadline);
          resolve(ended);
        };
        letGo();
      });
    },
    abandon(): void {
      close(false);
    },
  };
}

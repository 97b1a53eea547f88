import { MAX_MONITOR_MESSAGE } from './monitor-events.js';

/** Each message the receiver passes on comes behind its 4-byte little-endian length. */
const FRAME_LENGTH = 4;

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

import type { Logger, OutputSinks } from '../ports.js';
import { LineSplitter } from './live-output.js';
import { OutputCapture } from './output-capture.js';

const KEEP_HEAD = 256 * 1024;
const KEEP_TAIL = 256 * 1024;

/** Captures both streams (head + tail), echoes them live, and calls onLimit once output passes the cap. */
export class StreamCollector {
  readonly stdout = new OutputCapture(KEEP_HEAD, KEEP_TAIL);
  readonly stderr = new OutputCapture(KEEP_HEAD, KEEP_TAIL);
  private readonly splitters = { stdout: new LineSplitter(), stderr: new LineSplitter() };
  private limitReached = false;

  constructor(
    private readonly limitBytes: number,
    private readonly log: Logger,
    private readonly onLimit: () => void,
  ) {}

  get sinks(): OutputSinks {
    return {
      stdout: (chunk) => this.accept('stdout', chunk),
      stderr: (chunk) => this.accept('stderr', chunk),
    };
  }

  finish(): void {
    for (const stream of ['stdout', 'stderr'] as const) {
      for (const line of this.splitters[stream].flush()) this.log.sandboxOutput(stream, line);
    }
  }

  private accept(stream: 'stdout' | 'stderr', chunk: Buffer): void {
    if (this.limitReached) return;
    this[stream].push(chunk);
    for (const line of this.splitters[stream].push(chunk.toString('utf8')))
      this.log.sandboxOutput(stream, line);
    if (this.stdout.totalBytes + this.stderr.totalBytes > this.limitBytes) {
      this.limitReached = true;
      this.log.warn(`output passed the ${this.limitBytes}-byte limit; stopping the sandbox`);
      this.onLimit();
    }
  }
}

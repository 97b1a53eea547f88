import type { Logger } from '../../src/ports.js';

/** Keeps everything in memory; for tests. */
export class RecordingLogger implements Logger {
  readonly lines: Array<{ level: string; text: string }> = [];
  info(message: string): void {
    this.lines.push({ level: 'info', text: message });
  }
  warn(message: string): void {
    this.lines.push({ level: 'warn', text: message });
  }
  error(message: string): void {
    this.lines.push({ level: 'error', text: message });
  }
  sandboxOutput(stream: 'stdout' | 'stderr', line: string): void {
    this.lines.push({ level: stream, text: line });
  }
}

/** Where human-readable progress goes. Machine output (--json) never goes through it. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  /** Untrusted text from the sandbox, already split into lines. */
  sandboxOutput(stream: 'stdout' | 'stderr', line: string): void;
}

export function stderrLogger(options: { quiet?: boolean } = {}): Logger {
  const write = (text: string) => process.stderr.write(`${text}\n`);
  return {
    info: (message) => {
      if (!options.quiet) write(`airlock: ${message}`);
    },
    warn: (message) => write(`airlock: warning: ${message}`),
    error: (message) => write(`airlock: error: ${message}`),
    sandboxOutput: (stream, line) => {
      if (!options.quiet) write(`${stream === 'stdout' ? '│' : '┃'} ${line}`);
    },
  };
}

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

import type { Logger } from '../ports.js';

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

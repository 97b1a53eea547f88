export function stderrLogger(options = {}) {
    const write = (text) => process.stderr.write(`${text}\n`);
    return {
        info: (message) => {
            if (!options.quiet)
                write(`airlock: ${message}`);
        },
        warn: (message) => write(`airlock: warning: ${message}`),
        error: (message) => write(`airlock: error: ${message}`),
        sandboxOutput: (stream, line) => {
            if (!options.quiet)
                write(`${stream === 'stdout' ? '│' : '┃'} ${line}`);
        },
    };
}
/** Keeps everything in memory; for tests. */
export class RecordingLogger {
    lines = [];
    info(message) {
        this.lines.push({ level: 'info', text: message });
    }
    warn(message) {
        this.lines.push({ level: 'warn', text: message });
    }
    error(message) {
        this.lines.push({ level: 'error', text: message });
    }
    sandboxOutput(stream, line) {
        this.lines.push({ level: stream, text: line });
    }
}

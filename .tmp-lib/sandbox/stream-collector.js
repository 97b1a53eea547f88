import { LineSplitter } from './live-output.js';
import { OutputCapture } from './output-capture.js';
const KEEP_HEAD = 256 * 1024;
const KEEP_TAIL = 256 * 1024;
/** Captures both streams (head + tail), echoes them live, and calls onLimit once output passes the cap. */
export class StreamCollector {
    limitBytes;
    log;
    onLimit;
    stdout = new OutputCapture(KEEP_HEAD, KEEP_TAIL);
    stderr = new OutputCapture(KEEP_HEAD, KEEP_TAIL);
    splitters = { stdout: new LineSplitter(), stderr: new LineSplitter() };
    limitReached = false;
    constructor(limitBytes, log, onLimit) {
        this.limitBytes = limitBytes;
        this.log = log;
        this.onLimit = onLimit;
    }
    get sinks() {
        return {
            stdout: (chunk) => this.accept('stdout', chunk),
            stderr: (chunk) => this.accept('stderr', chunk),
        };
    }
    finish() {
        for (const stream of ['stdout', 'stderr']) {
            for (const line of this.splitters[stream].flush())
                this.log.sandboxOutput(stream, line);
        }
    }
    accept(stream, chunk) {
        if (this.limitReached)
            return;
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

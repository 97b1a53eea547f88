/**
 * Splits a byte stream into lines for live display, holding at most `maxLine` bytes of an
 * unfinished line so a stream without newlines cannot grow memory.
 */
export class LineSplitter {
    maxLine;
    pending = '';
    constructor(maxLine = 8192) {
        this.maxLine = maxLine;
    }
    push(chunk) {
        const parts = (this.pending + chunk).split('\n');
        this.pending = parts.pop() ?? '';
        const lines = parts.map((line) => line.replace(/\r$/, ''));
        while (this.pending.length > this.maxLine) {
            lines.push(this.pending.slice(0, this.maxLine));
            this.pending = this.pending.slice(this.maxLine);
        }
        return lines;
    }
    flush() {
        const rest = this.pending;
        this.pending = '';
        return rest ? [rest] : [];
    }
}

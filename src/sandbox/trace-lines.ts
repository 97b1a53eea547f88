/**
 * Splits the sentry's trace stream into lines as chunks arrive. The stream is guest-shaped, so a
 * line is held only up to `maxLine` characters: an overlong one is passed on cut to `maxLine + 1`
 * (the parser refuses it as too long) and its rest is skipped up to the next newline.
 */
export class TraceLineSplitter {
  private pending = '';
  private skipping = false;

  constructor(
    private readonly maxLine: number,
    private readonly emit: (line: string) => void,
  ) {}

  push(chunk: string): void {
    let start = 0;
    for (;;) {
      const newline = chunk.indexOf('\n', start);
      if (newline === -1) {
        this.hold(chunk.slice(start));
        return;
      }
      this.hold(chunk.slice(start, newline));
      if (!this.skipping) this.emit(this.pending);
      this.pending = '';
      this.skipping = false;
      start = newline + 1;
    }
  }

  /** A last line without its newline still counts (a writer killed mid-line). */
  end(): void {
    if (!this.skipping && this.pending.length > 0) this.emit(this.pending);
    this.pending = '';
    this.skipping = false;
  }

  private hold(part: string): void {
    if (this.skipping) return;
    this.pending += part;
    if (this.pending.length > this.maxLine) {
      this.emit(this.pending.slice(0, this.maxLine + 1));
      this.pending = '';
      this.skipping = true;
    }
  }
}

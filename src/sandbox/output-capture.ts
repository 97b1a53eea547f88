/**
 * Keeps the first and last bytes of a stream and counts the rest, so a flood of gigabytes
 * costs at most headBytes + tailBytes of memory.
 */
export class OutputCapture {
  private readonly head: Buffer[] = [];
  private headLength = 0;
  private tail: Buffer[] = [];
  private tailLength = 0;
  private total = 0;

  constructor(
    private readonly headBytes: number,
    private readonly tailBytes: number,
  ) {}

  get totalBytes(): number {
    return this.total;
  }

  get truncated(): boolean {
    return this.total > this.headLength + this.tailLength;
  }

  push(chunk: Buffer): void {
    this.total += chunk.length;
    let rest = chunk;
    if (this.headLength < this.headBytes) {
      const take = rest.subarray(0, this.headBytes - this.headLength);
      this.head.push(take);
      this.headLength += take.length;
      rest = rest.subarray(take.length);
    }
    if (rest.length === 0 || this.tailBytes === 0) return;
    this.tail.push(
      rest.length > this.tailBytes ? rest.subarray(rest.length - this.tailBytes) : rest,
    );
    this.tailLength += Math.min(rest.length, this.tailBytes);
    this.trimTail();
  }

  /** The captured text; a marker line says how many bytes were dropped from the middle. */
  text(): string {
    const head = Buffer.concat(this.head).toString('utf8');
    const tail = Buffer.concat(this.tail).toString('utf8');
    const dropped = this.total - this.headLength - this.tailLength;
    if (dropped <= 0) return head + tail;
    return `${head}\n[airlock: ${dropped} bytes of output omitted]\n${tail}`;
  }

  private trimTail(): void {
    while (this.tailLength > this.tailBytes) {
      const first = this.tail[0];
      if (!first) return;
      const excess = this.tailLength - this.tailBytes;
      if (first.length <= excess) {
        this.tail.shift();
        this.tailLength -= first.length;
      } else {
        this.tail[0] = first.subarray(excess);
        this.tailLength -= excess;
      }
    }
  }
}

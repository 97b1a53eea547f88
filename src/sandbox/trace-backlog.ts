/**
 * Holds what the trace and the runtime monitor deliver while the sandbox runs, in arrival order,
 * and hands it on once the run has ended. Decoding as it arrives takes host CPU from a sandbox that
 * needs both cores: on a 2-core runner, reading each open's message in Airlock cost the guest about
 * 7 µs of wall time per open, three times Airlock's own CPU for it. At `limitBytes` held, the
 * backlog is handed on at once, so a flood of messages never sits in memory beyond that.
 */
export class TraceBacklog {
  private pending: Array<() => void> = [];
  private bytes = 0;

  constructor(private readonly limitBytes: number) {}

  /** Queues `work` on `bytes` that arrived now; runs the backlog if it reached the limit. */
  add(bytes: number, work: () => void): void {
    this.pending.push(work);
    this.bytes += bytes;
    if (this.bytes >= this.limitBytes) this.drain();
  }

  /** Runs everything queued, in arrival order. */
  drain(): void {
    const pending = this.pending;
    this.pending = [];
    this.bytes = 0;
    for (const work of pending) work();
  }
}

/** What the sentry's strace log tells about the run, parsed from its JSON lines only. */
export interface TraceSummary {
  readonly forkRefusals: number;
  readonly linesRead: number;
  readonly malformedLines: number;
}

// A refused clone/fork/vfork exit line: `... X clone(...) = 0 (0x0) errno=11 (try again) (…)`.
// EAGAIN is what RLIMIT_NPROC returns; the line's text is the sentry's own, guest data is only in args.
const forkRefusal = /\] \S* ?X (?:clone|clone3|fork|vfork)\(.*\) = -?\d+ \(0x[0-9a-f]+\) errno=11 /;

const MAX_LINE = 16 * 1024;

/** Consumes the log a line at a time, so a flooded log never sits in memory whole. */
export class TraceSummariser {
  private forkRefusals = 0;
  private linesRead = 0;
  private malformedLines = 0;

  add(line: string): void {
    this.linesRead += 1;
    const message = messageOf(line);
    if (message === null) {
      this.malformedLines += 1;
      return;
    }
    if (message.startsWith('strace.go:') && forkRefusal.test(message)) this.forkRefusals += 1;
  }

  summary(): TraceSummary {
    return {
      forkRefusals: this.forkRefusals,
      linesRead: this.linesRead,
      malformedLines: this.malformedLines,
    };
  }
}

export function summariseTrace(lines: Iterable<string>): TraceSummary {
  const summariser = new TraceSummariser();
  for (const line of lines) summariser.add(line);
  return summariser.summary();
}

function messageOf(line: string): string | null {
  if (line.length === 0 || line.length > MAX_LINE) return null;
  try {
    const parsed: unknown = JSON.parse(line);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const msg = (parsed as { msg?: unknown }).msg;
    return typeof msg === 'string' ? msg : null;
  } catch {
    return null;
  }
}

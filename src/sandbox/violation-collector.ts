import type { Violation } from '../domain.js';
import { classifyEvent, type ClassifyContext } from './classify-violation.js';
import { assertNever } from '../errors.js';
import { decodeMonitorMessage, type RelativePath } from './monitor-events.js';
import { parseTraceLine, resolvePath, type TraceEvent } from './strace-events.js';
import { setNewest } from './set-newest.js';
import { seccompRefusedSyscalls } from './trace-syscalls.js';
import { WorkingDirectories } from './working-directories.js';

const MAX_VIOLATIONS = 200;
const MAX_DETAIL = 400;
const MAX_PROCESS = 64;
// Process names by pid, for seccomp refusals (their log line names only the pid).
const MAX_NAMED_PIDS = 4096;

export interface TraceSummary {
  readonly forkRefusals: number;
  readonly violations: readonly Violation[];
  readonly linesRead: number;
  readonly malformedLines: number;
  /** The runtime monitor's side: whether its session started, and what it could not deliver. */
  readonly monitor: {
    readonly started: boolean;
    readonly messages: number;
    readonly malformed: number;
    /** Messages the sentry dropped (its own count, from the latest header). */
    readonly dropped: number;
  };
}

/**
 * Reads the sentry's trace a line at a time (a flooded log never sits in memory whole), counts
 * refused forks and turns security-relevant attempts into deduplicated, bounded violations.
 */
export class ViolationCollector {
  private readonly byKey = new Map<string, { violation: Violation; count: number }>();
  private forkRefusals = 0;
  private linesRead = 0;
  private malformedLines = 0;
  private dropped = 0;
  private readonly names = new Map<number, string>();
  private readonly monitor = { started: false, messages: 0, malformed: 0, dropped: 0 };
  // Where each guest process is, for the relative paths the monitor's opens name.
  private readonly directories = new WorkingDirectories('/');

  private readonly context: ClassifyContext;
  private readonly startedAtEpochMs: number;
  private readonly recordViolations: boolean;
  private readonly arch: 'x86_64' | 'aarch64';

  constructor(options: {
    readonly context: ClassifyContext;
    readonly startedAtEpochMs: number;
    readonly recordViolations: boolean;
    readonly arch: 'x86_64' | 'aarch64';
  }) {
    this.context = options.context;
    this.startedAtEpochMs = options.startedAtEpochMs;
    this.recordViolations = options.recordViolations;
    this.arch = options.arch;
  }

  add(line: string): void {
    this.linesRead += 1;
    const event = parseTraceLine(line, seccompRefusedSyscalls[this.arch]);
    if (!event) {
      if (line.length > 0) this.malformedLines += 1;
      return;
    }
    this.record(event);
  }

  /** One message of the runtime monitor (monitor-events.ts), received at `atEpochMs`. */
  addMonitorMessage(message: Uint8Array, atEpochMs: number): void {
    this.monitor.messages += 1;
    const decoded = decodeMonitorMessage(message, this.arch, atEpochMs);
    if (decoded.type === 'malformed') {
      this.monitor.malformed += 1;
      return;
    }
    this.monitor.dropped = Math.max(this.monitor.dropped, decoded.dropped);
    switch (decoded.type) {
      case 'start':
        this.monitor.started = true;
        if (decoded.cwd !== null) this.directories.started(decoded.cwd);
        return;
      case 'clone':
        this.directories.cloned(decoded.parent, decoded.child, decoded.flags);
        return;
      case 'unshare-fs':
        this.directories.unsharedFs();
        return;
      case 'event':
        this.recordPlaced(decoded.event, decoded.relative);
        if (decoded.moved) this.directories.changed(decoded.moved.group, decoded.moved.cwd);
        return;
      case 'other':
        return;
      default:
        assertNever(decoded);
    }
  }

  /** An event whose path is relative to its caller's directory, placed under each it may be in. */
  private recordPlaced(event: TraceEvent, relative: RelativePath | null): void {
    if (relative === null) {
      this.record(event);
      return;
    }
    for (const cwd of this.directories.candidates(relative.group))
      this.record({
        ...event,
        file: { path: resolvePath(cwd, relative.pathname), flags: relative.flags },
      });
  }

  private record(event: TraceEvent): void {
    const process = this.processName(event.pid, event.process).slice(0, MAX_PROCESS);
    const candidate = classifyEvent(event, this.context);
    if (!candidate) return;
    if (candidate.kind === 'resource') this.forkRefusals += 1;
    if (!this.recordViolations) return;
    const detail =
      candidate.detail.length > MAX_DETAIL
        ? `${candidate.detail.slice(0, MAX_DETAIL)}…`
        : candidate.detail;
    const key = `${candidate.kind}\0${candidate.syscall}\0${detail}\0${process}`;
    const seen = this.byKey.get(key);
    if (seen) seen.count += 1;
    else if (this.byKey.size < MAX_VIOLATIONS) {
      const firstAtMs = Math.max(0, Math.round(event.atEpochMs - this.startedAtEpochMs));
      this.byKey.set(key, {
        violation: {
          kind: candidate.kind,
          syscall: candidate.syscall,
          detail,
          process,
          count: 1,
          firstAtMs,
        },
        count: 1,
      });
    } else this.dropped += 1;
  }

  /** The name the trace last gave this pid (an unnamed refusal borrows it), else `pid N`. */
  private processName(pid: number, name: string): string {
    if (name === '') return this.names.get(pid) ?? `pid ${pid}`;
    if (this.names.get(pid) !== name) setNewest(this.names, pid, name, MAX_NAMED_PIDS);
    return name;
  }

  summary(): TraceSummary {
    const violations = [...this.byKey.values()].map(({ violation, count }) => ({
      ...violation,
      count,
    }));
    violations.sort((a, b) => a.firstAtMs - b.firstAtMs);
    if (this.dropped > 0) {
      violations.push({
        kind: 'resource',
        syscall: 'trace',
        detail: `${this.dropped} further events beyond ${MAX_VIOLATIONS} distinct violations not itemised`,
        process: 'airlock',
        count: this.dropped,
        firstAtMs: 0,
      });
    }
    return {
      forkRefusals: this.forkRefusals,
      violations,
      linesRead: this.linesRead,
      malformedLines: this.malformedLines,
      monitor: { ...this.monitor },
    };
  }
}

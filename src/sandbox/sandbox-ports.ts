// The IO the sandbox stage needs, as interfaces; src/adapters implements them, tests fake them.
import type { SandboxLimits } from '../config/run-options.js';
import type { CgroupStats } from './cgroup-plan.js';

export interface OutputSinks {
  stdout(chunk: Buffer): void;
  stderr(chunk: Buffer): void;
}

/** One `runsc run`: create, start, wait and delete in a single attached process. */
export interface RunningSandbox {
  /** runsc's exit status: the command's status (128+n for signal n), 128 for runsc's own failure, null if runsc died. */
  readonly exit: Promise<number | null>;
  /** Settles once the sandbox has closed its ends of stdout and stderr. */
  readonly streamsClosed: Promise<void>;
  /** Last resort: SIGKILL the runsc process itself (its sandbox and gofer die with it). */
  terminate(): void;
}

/** The runsc lifecycle as small steps: run, and kill/delete from the side for limits. */
export interface RunscPort {
  run(id: string, bundleDir: string, sinks: OutputSinks): RunningSandbox;
  kill(id: string, signal: 'TERM' | 'KILL'): Promise<void>;
  destroy(id: string): Promise<void>;
}

/** Everything one run owns on the host; dispose() takes all of it away again. */
export interface HostRun {
  readonly id: string;
  readonly bundleDir: string;
  readonly workspacePath: string;
  readonly resultsPath: string;
  /** Where runsc writes its trace for this run (a size-capped tmpfs). */
  readonly logDir: string;
  readonly cgroupsPath: string;
  /** Links in the workspace pointing outside it (guest path of the link -> target), found on the host without following them. */
  readonly workspaceLinks: ReadonlyMap<string, string>;
  writeBundle(spec: object): Promise<void>;
  readStats(): Promise<CgroupStats>;
  /** Calls back once when the host OOM-kills anything of the sandbox (it may hang rather than exit). */
  watchOomKill(onKill: () => void): () => void;
  traceLines(): AsyncIterable<string>;
  /** True when the trace's size cap was reached, so later events are missing. */
  traceFull(): Promise<boolean>;
  collectResults(destination: string): Promise<string[]>;
  dispose(): Promise<void>;
}

export interface HostPort {
  prepare(id: string, workspace: string, limits: SandboxLimits): Promise<HostRun>;
}

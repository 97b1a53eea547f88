// Every port: what the pipeline (run.ts) and the sandbox stage need from the outside world. Types
// only; src/adapters/ implements them for the action (main.ts) and the CLI, tests fake them
// (test/support). The data they carry is declared in domain.ts.
import type {
  CgroupStats,
  ChangeSet,
  EgressEvent,
  EgressPolicy,
  InstallOverrides,
  LimitSettings,
  SandboxLimits,
  SandboxResult,
  ScanReport,
} from './domain.js';
import type { Shard } from './config/shard-spec.js';
import type {
  PackageCache,
  PackageCacheChoice,
  PackageCacheKind,
} from './config/package-caches.js';
import type { Analysis } from './report/analysis.js';

/** Where human-readable progress goes. Machine output (--json) never goes through it. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  /** Untrusted text from the sandbox, already split into lines. */
  sandboxOutput(stream: 'stdout' | 'stderr', line: string): void;
}

/** Git reads of one local repository, from objects only (never the work tree). */
export interface RepositoryGit extends GitHistory {
  /** The commit `ref` names, as a full SHA; throws ConfigError when it names none. */
  resolveCommit(ref: string): Promise<string>;
  mergeBase(base: string, head: string): Promise<string>;
  /** The change from `base` to `head`, file contents read from git objects. */
  changeSet(base: string, head: string): Promise<ChangeSet>;
  /** A file's text at a revision; null when it does not exist there. */
  fileAt(revision: string, path: string): Promise<string | null>;
}

export interface Scanner {
  scan(changes: ChangeSet): ScanReport;
}

/** One sandboxed shell command: `sh -c <command>` inside /workspace/<workingDirectory>. */
export interface SandboxRunRequest {
  readonly command: string;
  /** Host directory the guest sees (copy-on-write) at /workspace. */
  readonly workspace: string;
  readonly workingDirectory: string;
  readonly limits: LimitSettings;
  /** Variables passed into the sandbox, with their values. */
  readonly env: Readonly<Record<string, string>>;
  /** The guest's root filesystem (auto: the runner's on GitHub-hosted runners, else the image). */
  readonly root: 'auto' | 'runner' | 'image';
  /** Run first with egress only to package registries; the command then runs on what it wrote. */
  readonly install: {
    readonly command: string;
    readonly allowHosts: readonly string[];
    /** install-from: base — the base branch's manifests in place of the PR's. */
    readonly overrides: InstallOverrides | null;
    /** Host package caches offered read-only: auto (the usual ones that exist) or a list. */
    readonly packageCaches: PackageCacheChoice;
  } | null;
  /** The slice of a sharded suite: the command sees AIRLOCK_SHARD_INDEX and AIRLOCK_SHARD_TOTAL. */
  readonly shard?: Shard | null;
}

export interface SandboxRunOutput {
  readonly result: SandboxResult;
  /** Text of the JUnit XML files the command wrote into the results directory. */
  readonly junitReports: readonly string[];
}

export interface SandboxRunner {
  run(request: SandboxRunRequest): Promise<SandboxRunOutput>;
}

/** Where the report goes: GitHub (check run, comment), the runner (summary, outputs) or a terminal. */
export interface Publisher {
  /** Called once before the analysis, e.g. to create the check run in_progress. */
  start(): Promise<void>;
  publish(analysis: Analysis): Promise<void>;
  /** The analysis threw: leave nothing in progress. */
  abort(message: string): Promise<void>;
}

export interface PipelineLogger extends Logger {
  /** Runs one stage inside a collapsible log group. */
  group<T>(name: string, stage: () => Promise<T>): Promise<T>;
  /** Echoes text from the PR or the sandbox so it cannot issue workflow commands. */
  untrusted(title: string, lines: readonly string[]): void;
}

export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

/** Git reads the collect stage needs; src/adapters/git/git-history.ts implements it. Raw text out. */
export interface GitHistory {
  /** `git log -z <commitLogFormat> base..head` */
  commitLog(base: string, head: string): Promise<string>;
  /** Paths that exist at head and differ from the merge base. */
  changedPaths(base: string, head: string): Promise<string[]>;
  /** `git blame --porcelain base..head -- path` */
  blame(base: string, head: string, path: string): Promise<string>;
  /** Paths one commit changed (against its first parent). */
  commitPaths(sha: string): Promise<string[]>;
}

// The sandbox stage's ports (sandbox/run-sandbox.ts, sandbox/run-phases.ts).

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
  /** The guest's task count as the sentry reports it (`runsc events --stats`), null if it could not say. */
  taskCount(id: string): Promise<number | null>;
}

/** The trace being read while the sandbox runs. */
export interface TraceStream {
  /**
   * Call once runsc has exited: reads the rest and resolves true at the stream's end, or false if
   * something still held it open after `waitMs` (what came later is missing).
   */
  finish(waitMs: number): Promise<boolean>;
  /** Stops reading at once (the run failed before it could finish). */
  abandon(): void;
}

/** Everything one run owns on the host; dispose() takes all of it away again. */
export interface HostRun {
  readonly id: string;
  readonly bundleDir: string;
  readonly workspacePath: string;
  readonly resultsPath: string;
  /** The run's /tmp: a capped filesystem on disk. */
  readonly tmpPath: string;
  /** The guest's home: the run's own capped filesystem on disk, or the phases' shared one. */
  readonly homePath: string;
  /** Where runsc writes its logs for this run; its trace goes to a pipe there, read while it runs. */
  readonly logDir: string;
  readonly cgroupsPath: string;
  /** Links in the workspace pointing outside it (guest path of the link -> target), found on the host without following them. */
  readonly workspaceLinks: ReadonlyMap<string, string>;
  writeBundle(spec: object): Promise<void>;
  readStats(): Promise<CgroupStats>;
  /** Calls back once when the host OOM-kills anything of the sandbox (it may hang rather than exit). */
  watchOomKill(onKill: () => void): () => void;
  /** Starts reading the sentry's trace; `onText` gets it as it comes, in pieces of any size. */
  openTrace(onText: (text: string) => void): TraceStream;
  /**
   * Starts the runtime monitor's receiver for `session` (given the socket it listens on) and
   * resolves once it listens; `onChunk` gets its framed messages as they come, in pieces of any size.
   */
  openMonitor(
    session: (endpoint: string) => object,
    onChunk: (chunk: Buffer) => void,
  ): Promise<TraceStream>;
  collectResults(destination: string): Promise<string[]>;
  dispose(): Promise<void>;
}

/**
 * How a phase of a two-phase run sees /workspace and its home. `lowers` (top first) sit above the
 * workspace, read-only; `upper` keeps the phase's writes for the next phase (else a fresh tmpfs
 * takes them and they go with the run).
 */
export interface PhaseLayers {
  readonly lowers: readonly string[];
  readonly upper: { readonly dir: string; readonly work: string } | null;
  /** Host directory bind-mounted as the guest's home, shared by both phases. */
  readonly home: string;
}

/** What the install phase leaves for the test phase: its writes, its home, the override layer. */
export interface CarryStore {
  readonly upper: { readonly dir: string; readonly work: string };
  readonly home: string;
  /** A layer holding the overrides, or null without any. */
  readonly overridesDir: string | null;
  /** Copy-on-write views of the offered host package caches, for the install phase only. */
  readonly cacheViews: readonly CacheView[];
  dispose(): Promise<void>;
}

/** A host package cache as the install phase sees it: the cache below, the run's writes above. */
export interface CacheView {
  readonly kind: PackageCacheKind;
  /** The view's mount point on the host (an overlay whose lower layer is the host cache). */
  readonly viewPath: string;
}

/** What the phases' shared storage holds besides the install's writes and the home. */
export interface CarryContents {
  readonly overrides: InstallOverrides | null;
  readonly packageCaches: readonly PackageCache[];
}

export interface HostPort {
  prepare(
    id: string,
    run: {
      readonly workspace: string;
      readonly limits: SandboxLimits;
      readonly layers: PhaseLayers | undefined;
    },
  ): Promise<HostRun>;
  /** Storage shared by the phases of one run, capped like the workspace's writes. */
  prepareCarry(id: string, limits: SandboxLimits, contents: CarryContents): Promise<CarryStore>;
}

/** The install phase's only way out: a network namespace whose one route leads to the proxy. */
export interface InstallNetwork {
  readonly nsPath: string;
  /** `http://address:port` of the proxy, as the guest reaches it. */
  readonly proxyUrl: string;
  readonly proxy: { readonly address: string; readonly port: number };
  events(): EgressEvent[];
  totals(): { connections: number; bytes: number; unrecorded: number };
  /** Stops the proxy and removes the namespace, its veth pair and firewall; safe to call again. */
  close(): Promise<void>;
}

export interface InstallNetworkPort {
  open(runId: string, policy: EgressPolicy): Promise<InstallNetwork>;
}

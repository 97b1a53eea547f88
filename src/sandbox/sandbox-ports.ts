// The IO the sandbox stage needs, as interfaces; src/adapters implements them, tests fake them.
import type { SandboxLimits } from '../config/run-options.js';
import type { CgroupStats } from './cgroup-plan.js';
import type { EgressEvent } from './egress-ledger.js';
import type { EgressPolicy } from './egress-policy.js';
import type { PackageCache, PackageCacheKind } from './package-caches.js';

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

/** Files the install phase sees in place of the PR's (install-from: base). */
export interface InstallOverrides {
  /** Workspace-relative path and the content to show there. */
  readonly restore: ReadonlyArray<{ readonly path: string; readonly content: string }>;
  /** Workspace-relative paths hidden from both phases (the base branch has no such file). */
  readonly hide: readonly string[];
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
    workspace: string,
    limits: SandboxLimits,
    layers?: PhaseLayers,
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

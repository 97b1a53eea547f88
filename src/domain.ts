// Shared data types. Types only: behaviour lives in the stage folders.

export type SandboxOutcome =
  | 'passed'
  | 'failed'
  | 'timeout'
  | 'memory-limit'
  | 'process-limit'
  | 'output-limit'
  | 'sandbox-error';

export type ViolationKind = 'network' | 'filesystem' | 'process' | 'privilege' | 'resource';

export interface Violation {
  readonly kind: ViolationKind;
  readonly syscall: string;
  readonly detail: string;
  readonly process: string;
  readonly count: number;
  readonly firstAtMs: number;
  /** Which command it came from when the run had an install phase (absent: the test command). */
  readonly phase?: 'install' | 'test';
  /** The test that was running when the violation was first seen, where JUnit timing tells. */
  readonly test?: {
    readonly name: string;
    readonly file: string | null;
    readonly line: number | null;
  };
  /** The shard whose run saw it, in a report merged from a sharded suite. */
  readonly shard?: number;
}

export type Platform = 'systrap' | 'ptrace';

/** The guest's root filesystem: the runner's own system directories, or Airlock's Debian image. */
export type SandboxRoot = 'runner' | 'image';

export interface SandboxRuntime {
  readonly runtime: 'gvisor';
  readonly runscVersion: string;
  readonly platform: Platform;
  /** Absent in results written before the choice of root existed. */
  readonly root?: SandboxRoot;
}

/** What gVisor's trace can tell on this host's runsc; the rest of the sandbox works without it. */
export type TelemetryFeature = 'syscall-trace' | 'file-monitor' | 'seccomp-refusals';

/** Whether runtime violations could be seen at all: a run with none missing is "no violations". */
export interface TelemetryStatus {
  readonly available: boolean;
  /** Parts that could not be seen: violations of those kinds would not have been reported. */
  readonly missing: readonly TelemetryFeature[];
  /** Why, and how to get them (null when available). */
  readonly reason: string | null;
}

/** The public `airlock run --json` contract. Field names are stable; add, never rename. */
export interface SandboxResult {
  readonly outcome: SandboxOutcome;
  readonly exitCode: number | null;
  readonly signal: string | null;
  readonly durationMs: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly truncated: { readonly stdout: boolean; readonly stderr: boolean };
  readonly resources: { readonly cpuMs: number | null; readonly peakMemoryBytes: number | null };
  readonly sandbox: SandboxRuntime;
  readonly violations: readonly Violation[];
  /** Why the sandbox could not run or finish the command; null unless outcome is sandbox-error. */
  readonly error: string | null;
  /** Files copied back from the sandbox's results directory (relative paths). */
  readonly results: readonly string[];
  /** When the sandboxed command started (ISO 8601); `firstAtMs` of violations counts from here. */
  readonly startedAt?: string;
  /** Which command the fields above describe: `install` when the install command did not pass. */
  readonly phase?: 'install' | 'test';
  /** The install command's run, when there was one (`airlock run --install`). */
  readonly install?: InstallResult | null;
  /** What runtime telemetry could see in this run (absent in results of Airlock before 0.2). */
  readonly telemetry?: TelemetryStatus;
}

/** One destination the install phase's proxy decided on, with repeats folded into `count`. */
export interface EgressRecord {
  readonly host: string;
  readonly port: number;
  /** The address the proxy checked and connected to (allowed) or refused (address rule). */
  readonly address: string | null;
  /** Why it was refused: port, host, raw-ip, refused-name, address, unresolved, connection-cap, byte-cap, self. */
  readonly rule: string | null;
  readonly reason: string;
  readonly count: number;
  /** Bytes carried both ways over all of these connections (allowed only). */
  readonly bytes: number;
  /** Milliseconds from the install command's start to the first request. */
  readonly firstAtMs: number;
}

/** The install command's run: the same facts as the command's, plus where it reached. */
export interface InstallResult extends Pick<
  SandboxResult,
  'outcome' | 'exitCode' | 'signal' | 'durationMs' | 'stdout' | 'stderr' | 'truncated' | 'resources'
> {
  readonly egress: {
    /** Connections the proxy opened and bytes it carried, in total. */
    readonly connections: number;
    readonly bytes: number;
    readonly allowed: readonly EgressRecord[];
    readonly denied: readonly EgressRecord[];
    /** Distinct destinations beyond the lists' bound, not itemised. */
    readonly omitted: number;
  };
}

export type Severity = 'low' | 'medium' | 'high' | 'critical';

/** One scanner finding: the public `airlock scan --format json` contract. */
export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly category: string;
  readonly message: string;
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly cwe: readonly string[];
  readonly evidence: string;
  /** The finding's lines at the head commit, bounded; added by the pipeline for reports. */
  readonly excerpt?: FindingExcerpt;
}

/** A few whole lines of a file, starting at `startLine`, each clipped; raw PR text. */
export interface FindingExcerpt {
  readonly startLine: number;
  readonly text: string;
  /** The lines are what the change took out (each prefixed "- "), not what is there now. */
  readonly removed?: true;
}

export interface ScanStats {
  readonly files: number;
  readonly lines: number;
  readonly durationMs: number;
  readonly skipped: ReadonlyArray<{ readonly path: string; readonly reason: string }>;
}

export interface ScanReport {
  readonly findings: readonly Finding[];
  readonly stats: ScanStats;
}

export type TestStatus = 'passed' | 'failed' | 'errored' | 'skipped';

/** One test case as a JUnit report names it; file and line are repository-relative when known. */
export interface TestCaseResult {
  readonly suite: string;
  readonly name: string;
  readonly status: TestStatus;
  readonly file: string | null;
  readonly line: number | null;
  readonly message: string;
  readonly durationMs: number | null;
  /** The shard that ran it, in a report merged from a sharded suite. */
  readonly shard?: number;
}

/** Test outcome of the sandboxed run: per-test from JUnit XML, else only the exit code. */
export interface TestResults {
  readonly source: 'junit' | 'exit-code';
  readonly passed: number;
  readonly failed: number;
  readonly errored: number;
  readonly skipped: number;
  readonly cases: readonly TestCaseResult[];
  /** More cases existed than were kept. */
  readonly truncated: boolean;
}

export type ChangeScope = 'ai-authored' | 'all';

/** Why one commit counts as agent-authored (or not). */
export interface CommitProvenance {
  readonly sha: string;
  readonly subject: string;
  readonly isMerge: boolean;
  readonly aiAuthored: boolean;
  /** Agent names such as "copilot" or "claude"; "custom" for a configured pattern. */
  readonly agents: readonly string[];
  /** Human-readable signals, e.g. `author login "Copilot"`. */
  readonly signals: readonly string[];
}

export interface ProvenanceSummary {
  readonly commits: readonly CommitProvenance[];
  /** Signals found on the pull request itself (labels, branch, body, PR author). */
  readonly pullRequestSignals: readonly string[];
  readonly agents: readonly string[];
  readonly aiCommits: number;
  readonly aiLines: number;
  readonly totalAddedLines: number;
}

export type VerdictConclusion = 'pass' | 'fail' | 'blocked' | 'neutral';

export type VerdictReason =
  | { readonly kind: 'findings'; readonly count: number; readonly threshold: Severity }
  | { readonly kind: 'tests-failed'; readonly failed: number; readonly errored: number }
  | {
      readonly kind: 'sandbox-outcome';
      readonly outcome: Exclude<SandboxOutcome, 'passed'>;
      /** Set when it was install-command that did not pass (test-command then never ran). */
      readonly phase?: 'install';
    }
  | { readonly kind: 'violations'; readonly count: number }
  | { readonly kind: 'no-ai-changes' }
  | { readonly kind: 'no-test-command' }
  | { readonly kind: 'all-clear' }
  | {
      /** A maintainer accepted this head commit although it failed or was blocked. */
      readonly kind: 'accepted';
      /** Login checked through the API to have write, maintain or admin permission. */
      readonly by: string;
      /** The maintainer's words, raw; renderers sanitise them. */
      readonly reason: string;
      readonly via: 'label' | 'comment';
      /** The head commit the acceptance is bound to; a new push is judged afresh. */
      readonly headSha: string;
      /** The verdict before the acceptance. */
      readonly overrode: 'fail' | 'blocked';
    };

export interface Verdict {
  readonly conclusion: VerdictConclusion;
  readonly reasons: readonly VerdictReason[];
}

/** One file in a change set, read from git objects (never the work tree). */
export interface FileChange {
  readonly path: string;
  readonly oldPath?: string;
  readonly status: 'added' | 'modified' | 'deleted' | 'renamed' | 'copied' | 'type-changed';
  readonly oldMode: string;
  readonly newMode: string;
  /** Post-change content; absent for deletions, symlinks, submodules and skipped blobs. */
  readonly newBytes?: Uint8Array;
  /** Pre-change content of test files, for rules about what a change removed. */
  readonly oldBytes?: Uint8Array;
  readonly skipped?: string;
  readonly added: readonly number[];
  readonly removed: readonly { readonly anchor: number; readonly text: string }[];
}

export interface ChangeSet {
  readonly range: string;
  readonly files: readonly FileChange[];
}

export interface PullRequestMeta {
  readonly authorLogin: string | null;
  readonly headRef: string;
  readonly labels: readonly string[];
  readonly body: string;
}

/**
 * The limits as a user sets them (action inputs, policy file), in MiB and seconds; `airlock run`
 * turns them into SandboxLimits.
 */
export interface LimitSettings {
  readonly memoryMiB: number;
  readonly cpus: number;
  readonly timeoutSeconds: number;
  readonly pids: number;
  /** What the commands may write into the workspace copy (install included). */
  readonly workspaceMiB: number;
}

/** Limits in the units the sandbox enforces them in. */
export interface SandboxLimits {
  readonly memoryBytes: number;
  readonly cpus: number;
  readonly pids: number;
  readonly timeoutMs: number;
  readonly graceMs: number;
  readonly openFiles: number;
  readonly fileSizeBytes: number;
  readonly tmpBytes: number;
  readonly workspaceWriteBytes: number;
  readonly resultsBytes: number;
  readonly outputLimitBytes: number;
}

export interface CgroupStats {
  readonly oomKills: number;
  readonly pidsRefusals: number;
  readonly cpuMs: number | null;
  readonly peakMemoryBytes: number | null;
}

export type DenyRule =
  | 'port'
  | 'host'
  | 'raw-ip'
  | 'refused-name'
  | 'address'
  | 'unresolved'
  | 'connection-cap'
  | 'byte-cap'
  | 'self';

export interface EgressPolicy {
  /** Exact lowercase names and `*.suffix` patterns (a pattern matches subdomains, not the apex). */
  readonly hosts: readonly string[];
  readonly ports: readonly number[];
  /**
   * Canonical addresses exempt from the address refusal, never cloud metadata: an operator's registry
   * mirror on a private or reserved address (`airlock run --allow-address`), a test's loopback index.
   */
  readonly allowedAddresses: readonly string[];
  readonly maxBytes: number;
  readonly maxConnections: number;
}

export interface EgressEvent {
  readonly host: string;
  readonly port: number;
  readonly address?: string;
  readonly decision: 'allow' | 'deny';
  readonly rule?: DenyRule;
  readonly reason: string;
  /** Bytes carried in both directions (allowed connections only). */
  readonly bytes: number;
  /** Milliseconds since the proxy started. */
  readonly atMs: number;
  /** Why an allowed connection failed or was cut (upstream error code, idle timeout, byte cap). */
  readonly error?: string;
}

/** Files the install phase sees in place of the PR's (install-from: base). */
export interface InstallOverrides {
  /** Workspace-relative path and the content to show there. */
  readonly restore: ReadonlyArray<{ readonly path: string; readonly content: string }>;
  /** Workspace-relative paths hidden from both phases (the base branch has no such file). */
  readonly hide: readonly string[];
}

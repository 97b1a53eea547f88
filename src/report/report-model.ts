import type { ActionConfig, FailOn, InstallFrom } from '../config/action-inputs.js';
import type {
  ChangeScope,
  Finding,
  ProvenanceSummary,
  SandboxResult,
  TestResults,
  Verdict,
  ViolationKind,
} from '../domain.js';
import type { RepositoryLinks } from './repository-links.js';

/** The effective options (inputs, then the base branch's policy) `airlock check` takes. */
export interface CheckOptionsUsed {
  readonly testCommand: string | null;
  readonly installCommand: string | null;
  readonly installFrom: InstallFrom;
  readonly allowHosts: readonly string[];
  readonly blockOnViolations: readonly ViolationKind[];
  readonly aiAuthors: readonly string[];
  readonly workingDirectory: string;
  readonly limits: ActionConfig['limits'];
}

/** Everything a report shows. Strings from the PR are raw here; renderers sanitise them. */
export interface ReportModel {
  readonly verdict: Verdict;
  /** Findings that count (gated lines). */
  readonly findings: readonly Finding[];
  readonly scope: ChangeScope;
  readonly failOn: FailOn;
  readonly tests: TestResults | null;
  readonly sandbox: SandboxResult | null;
  readonly provenance: ProvenanceSummary;
  readonly headSha: string;
  /** The base commit the change was compared with; with headSha, what a local run reproduces. */
  readonly baseSha: string | null;
  /** Where locations and the workflow run link to; null outside GitHub (plain locations). */
  readonly links: RepositoryLinks | null;
  /** The options the analysis ran with, for the reproduce command; null when unknown. */
  readonly options: CheckOptionsUsed | null;
  /** Trusted notes from the action itself, e.g. why the comment could not be posted. */
  readonly notes: readonly string[];
  /** Per-shard figures, in a report merged from a sharded suite (absent otherwise). */
  readonly shards?: readonly ShardRun[];
}

/** What one shard of a sharded suite ran, and with what resources. */
export interface ShardRun {
  readonly index: number;
  readonly total: number;
  readonly conclusion: Verdict['conclusion'];
  /** Null when the shard ran no tests (no test command, or nothing to gate). */
  readonly outcome: SandboxResult['outcome'] | null;
  readonly durationMs: number | null;
  readonly cpuMs: number | null;
  readonly peakMemoryBytes: number | null;
  readonly tests: {
    readonly passed: number;
    readonly failed: number;
    readonly errored: number;
    readonly skipped: number;
  } | null;
  readonly violations: number;
}

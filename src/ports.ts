// The pipeline's ports: what run.ts needs from the outside world. Types only; src/adapters/
// implements them for the action (main.ts) and the CLI (cli/check-command.ts).
import type { PackageCacheChoice } from './sandbox/package-caches.js';
import type { Logger } from './adapters/logger.js';
import type { GitHistory } from './collect/attribute-changes.js';
import type { ChangeSet } from './collect/file-changes.js';
import type { SandboxResult, ScanReport } from './domain.js';
import type { InstallOverrides } from './sandbox/sandbox-ports.js';
import type { Analysis } from './report/analysis.js';

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
  readonly limits: {
    readonly memoryMiB: number;
    readonly cpus: number;
    readonly timeoutSeconds: number;
    readonly pids: number;
    readonly workspaceMiB: number;
  };
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

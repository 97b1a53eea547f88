import type { Logger } from '../ports.js';

/** What a CLI command may touch: its arguments, the two output streams, the environment. */
export interface CliIo {
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly log: Logger;
  /** Aborted when the CLI receives SIGINT or SIGTERM; commands clean up and return. */
  readonly signal: AbortSignal;
}

/** Exit codes shared by every command: 0 success, 1 the check found a problem, 2 usage or setup error. */
export type ExitCode = 0 | 1 | 2 | 130 | 143;

export type CliCommand = (io: CliIo) => Promise<ExitCode>;

/** A mistake the user can fix: names the input at fault and how to fix it. Exit code 2. */
export class ConfigError extends Error {
  readonly input: string;
  constructor(input: string, message: string) {
    super(`${input}: ${message}`);
    this.name = 'ConfigError';
    this.input = input;
  }
}

/** This host cannot provide what the run needs (no runsc, no cgroup controller, …). Exit code 2. */
export class SetupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SetupError';
  }
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

export function assertNever(value: never): never {
  throw new Error(`unexpected value: ${JSON.stringify(value)}`);
}

/** A mistake the user can fix: names the input at fault and how to fix it. Exit code 2. */
export class ConfigError extends Error {
    input;
    constructor(input, message) {
        super(`${input}: ${message}`);
        this.name = 'ConfigError';
        this.input = input;
    }
}
/** This host cannot provide what the run needs (no runsc, no cgroup controller, …). Exit code 2. */
export class SetupError extends Error {
    constructor(message) {
        super(message);
        this.name = 'SetupError';
    }
}
export function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}
export function assertNever(value) {
    throw new Error(`unexpected value: ${JSON.stringify(value)}`);
}

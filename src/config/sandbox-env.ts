import { ConfigError } from '../errors.js';
import { RESERVED_PREFIX_MESSAGE, isReservedName } from './env-names.js';

// Credentials of the runner and the action: never handed to the sandbox, whatever the inputs say.
const refused = [/TOKEN/i, /^GITHUB_/, /^ACTIONS_/, /^INPUT_/, /^RUNNER_/];

/** Values of the `sandbox-env` names that are set; a credential name is a ConfigError. */
export function sandboxEnvValues(
  names: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of names) {
    if (!/^[A-Za-z_][A-Za-z0-9_]{0,127}$/.test(name))
      throw new ConfigError('sandbox-env', `"${name.slice(0, 40)}" is not a variable name`);
    if (isReservedName(name))
      throw new ConfigError('sandbox-env', `${name} ${RESERVED_PREFIX_MESSAGE}`);
    if (refused.some((pattern) => pattern.test(name)))
      throw new ConfigError(
        'sandbox-env',
        `${name} carries credentials and never enters the sandbox`,
      );
    const value = env[name];
    if (value !== undefined) values[name] = value;
  }
  return values;
}

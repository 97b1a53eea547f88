import type { Value } from './code-facts.js';

// Files the runner reads back after the step: a line written to GITHUB_ENV or GITHUB_PATH changes
// what later steps run; GITHUB_OUTPUT and GITHUB_STEP_SUMMARY feed outputs and the summary.
const ciControlVariables = new Set([
  'GITHUB_ENV',
  'GITHUB_PATH',
  'GITHUB_OUTPUT',
  'GITHUB_STEP_SUMMARY',
]);

/**
 * The value of reading the environment variable `name` (a constant) into `value`: it records the
 * name, and a CI control file's variable reads as the path "$NAME", so path rules can judge it.
 */
export function environmentRead(name: string | undefined, value: Value): Value {
  if (name === undefined || !/^\w{1,100}$/.test(name)) return value;
  const read = { ...value, envName: name };
  return ciControlVariables.has(name) ? { ...read, text: `$${name}` } : read;
}

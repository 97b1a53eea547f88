/** AIRLOCK_* names are Airlock's own settings (state, cache, runsc…): none is a test's variable. */
const reservedPrefix = /^AIRLOCK_/;

export const RESERVED_PREFIX_MESSAGE =
  "uses the AIRLOCK_ prefix, which is reserved for Airlock's own settings";

export function isReservedName(name: string): boolean {
  return reservedPrefix.test(name);
}

// `node:fs` and `globalThis.fetch` name the same things as `fs` and `fetch`.
const globalObjects = /^(globalThis|global|window|self)\./;

export function normaliseJsRef(ref: string): string {
  return ref.replace(/^node:/, '').replace(globalObjects, '');
}

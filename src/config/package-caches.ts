// Package caches the host already holds (restored by the workflow), offered to the install phase as
// read-only lower layers: the package manager reads and verifies them, its writes go to a per-run
// upper layer that is thrown away, so nothing written in the sandbox reaches a host cache.
export const packageCacheKinds = ['npm', 'pip', 'go'] as const;
export type PackageCacheKind = (typeof packageCacheKinds)[number];

/** One host cache directory and which package manager's cache it is. */
export interface PackageCache {
  readonly kind: PackageCacheKind;
  readonly hostPath: string;
}

/** What the action offers: the usual cache directories that exist on the runner, or a given list. */
export type PackageCacheChoice = 'auto' | readonly PackageCache[];

/** The usual places of each cache under the runner user's home (setup-node caches ~/.npm). */
export function usualPackageCaches(
  env: Readonly<Record<string, string | undefined>>,
): PackageCache[] {
  const home = env['HOME'];
  if (!home?.startsWith('/')) return [];
  return [
    { kind: 'npm', hostPath: env['npm_config_cache'] ?? `${home}/.npm` },
    { kind: 'pip', hostPath: env['PIP_CACHE_DIR'] ?? `${home}/.cache/pip` },
    { kind: 'go', hostPath: env['GOMODCACHE'] ?? `${home}/go/pkg/mod` },
  ];
}

/** Where each package manager looks for its cache below the guest's home, and the variable that says so. */
const guestCaches: Readonly<
  Record<PackageCacheKind, { readonly inHome: string; readonly variable: string }>
> = {
  npm: { inHome: '.npm', variable: 'npm_config_cache' },
  pip: { inHome: '.cache/pip', variable: 'PIP_CACHE_DIR' },
  go: { inHome: 'go/pkg/mod', variable: 'GOMODCACHE' },
};

/** A cache's place below the guest's home, and the variable that points its package manager there. */
export function guestCacheLocation(kind: PackageCacheKind): {
  readonly inHome: string;
  readonly variable: string;
} {
  return guestCaches[kind];
}

/** `npm=/home/runner/.npm` → a cache, or null when the text is not KIND=ABSOLUTE-PATH. */
export function parsePackageCache(text: string): PackageCache | null {
  const match = /^(npm|pip|go)=(\/.*)$/.exec(text);
  const kind = match?.[1] as PackageCacheKind | undefined;
  const hostPath = match?.[2];
  return kind && hostPath ? { kind, hostPath } : null;
}

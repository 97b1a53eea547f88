// Where things are inside the guest: its user, its home, the workspace, the results directory and
// the package caches offered to the install phase. Shared by the OCI spec and the host's set-up.
import { guestCacheLocation, type PackageCacheKind } from '../config/package-caches.js';

/** The guest identity: non-root, the uid GitHub's runner user has, so host files line up. */
export const GUEST_UID = 1001;
export const GUEST_GID = 1001;
export const GUEST_HOME = '/home/airlock';
export const WORKSPACE_PATH = '/workspace';

/** Where the guest's package manager of `kind` looks for its cache: below the guest's home. */
export function guestCachePath(kind: PackageCacheKind): string {
  return `${GUEST_HOME}/${guestCacheLocation(kind).inHome}`;
}

/**
 * The variables that point each package manager at its offered cache: the runner root's toolchain
 * variables may name a host path (GOMODCACHE), which the guest cannot see.
 */
export function packageCacheEnv(
  caches: ReadonlyArray<{ readonly kind: PackageCacheKind }>,
): Record<string, string> {
  return Object.fromEntries(
    caches.map(({ kind }) => [guestCacheLocation(kind).variable, guestCachePath(kind)]),
  );
}

export const RESULTS_PATH = '/results';

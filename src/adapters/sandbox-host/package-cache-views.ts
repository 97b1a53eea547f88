// Host package caches as the install phase sees them: copy-on-write views over the host's copy.
import { execa } from 'execa';
import { chmod, chown, mkdir } from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';
import type { PackageCache } from '../../config/package-caches.js';
import { SetupError } from '../../errors.js';
import type { CacheView } from '../../ports.js';
import { GUEST_GID, GUEST_HOME, GUEST_UID, guestCachePath } from '../../sandbox/guest-layout.js';
import { mountOverlay } from './mounts.js';

/**
 * A host package cache as the guest's own, copy-on-write: an overlay whose lower layer is the host
 * cache and whose upper (in the carry store, so capped with the install's writes) goes with the run.
 * Entries not yet the guest's are chowned in the view, which copies up their metadata only (metacopy)
 * and leaves the host cache as it was. The mount point is made in the home as the guest's, so the
 * home's other directories (~/.cache) stay writable for it.
 */
export async function mountCacheView(
  cache: PackageCache,
  where: {
    /** Directory for the upper and work layers, on the carry store's capped filesystem. */
    readonly layers: string;
    /** The view's mount point. */
    readonly view: string;
    /** The carry store's home directory, shown as the guest's home. */
    readonly home: string;
  },
): Promise<CacheView> {
  const { layers, view, home } = where;
  for (const dir of [join(layers, 'upper'), join(layers, 'work'), view])
    await mkdir(dir, { recursive: true, mode: 0o700 });
  await mountOverlay(
    { lowers: [cache.hostPath], upper: join(layers, 'upper'), work: join(layers, 'work') },
    view,
  );
  const owned = await execa(
    'find',
    [
      '-P',
      view,
      '(',
      '!',
      '-uid',
      String(GUEST_UID),
      '-o',
      '!',
      '-gid',
      String(GUEST_GID),
      ')',
      '-exec',
      'chown',
      '-h',
      `${GUEST_UID}:${GUEST_GID}`,
      '{}',
      '+',
    ],
    { reject: false },
  );
  if (owned.exitCode !== 0)
    throw new SetupError(
      `cannot prepare the ${cache.kind} cache view: ${owned.stderr.trim().slice(0, 500)}`,
    );
  // runsc's gofer must traverse to the view it binds.
  await chmod(dirname(view), 0o711);
  await makeGuestDirs(home, guestCachePath(cache.kind));
  return { kind: cache.kind, viewPath: view };
}

/** Creates `guestPath`'s directories below the home (given as the guest's home path) as the guest's. */
async function makeGuestDirs(home: string, guestPath: string): Promise<void> {
  let dir = home;
  for (const part of posix.relative(GUEST_HOME, guestPath).split('/')) {
    dir = join(dir, part);
    await mkdir(dir, { mode: 0o700 }).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
    await chown(dir, GUEST_UID, GUEST_GID);
  }
}

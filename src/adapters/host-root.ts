// The `runner` root on this host: its top-level layout, and the skeleton directory the guest's
// root is built on (mount points and the host's merged-/usr links; nothing of the host's data).
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { lstat, mkdir, readlink, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EXPOSED_TOP_LEVEL, type HostEntry, type RunnerRootPlan } from '../sandbox/runner-root.js';

/** The host's exposable top-level entries, read with lstat/readlink (never followed). */
export async function readHostEntries(root = '/'): Promise<HostEntry[]> {
  const entries: HostEntry[] = [];
  for (const name of EXPOSED_TOP_LEVEL) {
    const stat = await lstat(join(root, name)).catch(() => null);
    if (!stat) continue;
    if (stat.isSymbolicLink())
      entries.push({ name, kind: 'symlink', target: await readlink(join(root, name)) });
    else entries.push({ name, kind: stat.isDirectory() ? 'dir' : 'other' });
  }
  return entries;
}

const COMPLETE = '.airlock-complete';

/** The skeleton for `plan`, built once per layout in the cache (root-owned, read-only to the guest). */
export async function ensureSkeleton(cacheDir: string, plan: RunnerRootPlan): Promise<string> {
  const key = createHash('sha256')
    .update(JSON.stringify({ dirs: plan.dirs, links: plan.links }))
    .digest('hex')
    .slice(0, 16);
  const dir = join(cacheDir, 'runner-root', key);
  if (existsSync(join(dir, COMPLETE))) return dir;
  const staging = `${dir}.staging-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true, mode: 0o755 });
  for (const relative of plan.dirs)
    await mkdir(join(staging, relative), { recursive: true, mode: 0o755 });
  for (const link of plan.links) await symlink(link.target, join(staging, link.path));
  await writeFile(join(staging, COMPLETE), '');
  await rm(dir, { recursive: true, force: true });
  await rename(staging, dir);
  return dir;
}

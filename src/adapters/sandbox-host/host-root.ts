// The `runner` root on this host: its top-level layout, and the skeleton directory the guest's
// root is built on (mount points and the host's merged-/usr links; nothing of the host's data).
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { lstat, mkdir, readdir, readlink, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  EXPOSED_TOP_LEVEL,
  type HostEntry,
  type RunnerRootPlan,
} from '../../sandbox/runner-root.js';

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
    .update(JSON.stringify({ dirs: plan.dirs, closed: plan.closedDirs, links: plan.links }))
    .digest('hex')
    .slice(0, 16);
  const dir = join(cacheDir, 'runner-root', key);
  if (existsSync(join(dir, COMPLETE))) return dir;
  const staging = `${dir}.staging-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true, mode: 0o755 });
  for (const relative of plan.dirs)
    await mkdir(join(staging, relative), { recursive: true, mode: 0o755 });
  for (const relative of plan.closedDirs) await mkdir(join(staging, relative), { mode: 0o700 });
  for (const link of plan.links) await symlink(link.target, join(staging, link.path));
  await writeFile(join(staging, COMPLETE), '');
  await rm(dir, { recursive: true, force: true });
  await rename(staging, dir);
  return dir;
}

// Files a GitHub Actions runner keeps at the top of its installation.
const RUNNER_MARKERS = ['.credentials', '.runner', '.credentials_rsaparams'];

/** Runner installations one or two levels inside `/opt` and the tool cache (not the system dirs). */
export async function findRunnerInstallations(exposed: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  const roots = exposed.filter((dir) => !/^\/(usr|bin|sbin|lib\w*|etc)(\/|$)/.test(dir));
  for (const root of roots) {
    for (const child of await childDirs(root)) {
      if (await hasMarker(child)) found.push(child);
      else
        for (const grandchild of await childDirs(child))
          if (await hasMarker(grandchild)) found.push(grandchild);
    }
  }
  return found;
}

async function childDirs(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isDirectory())
    .slice(0, 500)
    .map((e) => join(dir, e.name));
}

async function hasMarker(dir: string): Promise<boolean> {
  for (const marker of RUNNER_MARKERS)
    if (
      await lstat(join(dir, marker)).then(
        () => true,
        () => false,
      )
    )
      return true;
  return false;
}

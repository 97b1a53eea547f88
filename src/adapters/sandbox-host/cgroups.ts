import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { mkdir, readFile, rmdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  cgroupWrites,
  parseCgroupStats,
  requiredControllers,
  statsFiles,
  v1Controllers,
  type CgroupLayout,
} from '../../sandbox/cgroup-plan.js';
import { SetupError, errorMessage } from '../../errors.js';
import type { CgroupStats, SandboxLimits } from '../../domain.js';

const CGROUP_ROOT = '/sys/fs/cgroup';

export interface CgroupHandle {
  /** The path runsc is given as linux.cgroupsPath (relative to each hierarchy's root). */
  readonly specPath: string;
  readStats(): Promise<CgroupStats>;
  /** Kills whatever is still in the cgroup and removes it from every hierarchy. */
  remove(): Promise<void>;
}

export function detectCgroupLayout(root = CGROUP_ROOT): CgroupLayout {
  if (existsSync(join(root, 'cgroup.controllers'))) return { version: 2, root };
  const hierarchies: Record<string, string> = {};
  for (const name of safeReaddir(root)) {
    const path = join(root, name);
    if (name === 'unified' || !existsSync(join(path, 'cgroup.procs'))) continue;
    // Co-mounted controllers (cpu,cpuacct) appear under several names; each name maps to its mount.
    for (const controller of name.split(',')) hierarchies[controller] = realpathSync(path);
  }
  return { version: 1, hierarchies };
}

/** Creates and configures the run's cgroup before runsc starts; runsc joins it without owning it. */
export async function createCgroup(
  name: string,
  limits: SandboxLimits,
  layout = detectCgroupLayout(),
): Promise<CgroupHandle> {
  const dirs = controllerDirs(layout, name);
  for (const controller of requiredControllers) {
    if (!dirs[controller]) {
      throw new SetupError(
        `this host has no '${controller}' cgroup controller, so the ${controller} limit cannot be enforced; refusing to run`,
      );
    }
  }
  if (layout.version === 2) await enableV2Controllers(layout.root);
  const handle = handleFor(layout, name, dirs);
  try {
    for (const dir of new Set(Object.values(dirs))) await mkdir(dir, { recursive: false });
    for (const write of cgroupWrites(layout, limits)) {
      const file = join(dirs[write.controller] ?? '', write.file);
      if (write.optional && !existsSync(file)) continue;
      await writeFile(file, write.value);
      const actual = (await readFile(file, 'utf8')).trim();
      if (write.verify !== null && actual !== write.verify) {
        throw new SetupError(
          `cgroup limit ${write.file} reads back '${actual}', expected '${write.verify}'; refusing to run`,
        );
      }
    }
  } catch (error) {
    // Keep the original error: it says which limit could not be applied.
    await handle.remove().catch(() => undefined);
    if (error instanceof SetupError) throw error;
    throw new SetupError(`cannot configure the sandbox cgroup: ${errorMessage(error)}`);
  }
  return handle;
}

function controllerDirs(layout: CgroupLayout, name: string): Record<string, string> {
  if (layout.version === 2) {
    const dir = join(layout.root, name);
    return { memory: dir, cpu: dir, pids: dir, unified: dir };
  }
  const dirs: Record<string, string> = {};
  for (const controller of v1Controllers()) {
    const root = layout.hierarchies[controller];
    if (root) dirs[controller] = join(root, name);
  }
  return dirs;
}

async function enableV2Controllers(root: string): Promise<void> {
  const available = (await readFile(join(root, 'cgroup.controllers'), 'utf8')).split(/\s+/);
  const wanted = requiredControllers.filter((c) => available.includes(c));
  const missing = requiredControllers.filter((c) => !available.includes(c));
  if (missing.length > 0)
    throw new SetupError(`cgroup v2 controllers missing: ${missing.join(', ')}; refusing to run`);
  await writeFile(join(root, 'cgroup.subtree_control'), wanted.map((c) => `+${c}`).join(' '));
}

function handleFor(layout: CgroupLayout, name: string, dirs: Record<string, string>): CgroupHandle {
  return {
    specPath: `/${name}`,
    readStats: async () => {
      const files: Record<string, string | null> = {};
      for (const { controller, file } of statsFiles(layout)) {
        files[file] = await readFile(join(dirs[controller] ?? '/nonexistent', file), 'utf8').catch(
          () => null,
        );
      }
      return parseCgroupStats(layout, files);
    },
    remove: () => removeEverywhere(layout, name),
  };
}

/** Removes `name` from every hierarchy, including ones runsc created itself (cpuset, devices, …). */
export async function removeEverywhere(layout: CgroupLayout, name: string): Promise<void> {
  const roots =
    layout.version === 2 ? [layout.root] : [...new Set(Object.values(layout.hierarchies))];
  if (layout.version === 1) {
    for (const entry of safeReaddir(CGROUP_ROOT)) {
      const path = join(CGROUP_ROOT, entry);
      if (existsSync(join(path, name))) roots.push(realpathSync(path));
    }
  }
  for (const root of new Set(roots)) await removeDir(join(root, name));
}

async function removeDir(dir: string): Promise<void> {
  if (!existsSync(dir)) return;
  for (let attempt = 0; attempt < 50; attempt += 1) {
    await killMembers(dir);
    try {
      await rmdir(dir);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      if ((error as NodeJS.ErrnoException).code !== 'EBUSY') throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new SetupError(`cgroup ${dir} is still busy after cleanup`);
}

async function killMembers(dir: string): Promise<void> {
  const text = await readFile(join(dir, 'cgroup.procs'), 'utf8').catch(() => '');
  for (const pid of text.split('\n').filter((line) => /^\d+$/.test(line))) {
    try {
      process.kill(Number(pid), 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

function safeReaddir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

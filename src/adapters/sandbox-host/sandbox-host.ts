import { execa } from 'execa';
import {
  chmod,
  chown,
  copyFile,
  lstat,
  mkdir,
  readFile,
  readdir,
  readlink,
  rm,
  writeFile,
} from 'node:fs/promises';
import { basename, join, posix } from 'node:path';
import { GUEST_GID, GUEST_UID, WORKSPACE_PATH } from '../../sandbox/guest-layout.js';
import { TRACE_PIPE } from '../../sandbox/runsc-argv.js';
import { SetupError } from '../../errors.js';
import { createCgroup, detectCgroupLayout, removeEverywhere } from './cgroups.js';
import { removeInstallNetns } from './egress/install-netns.js';
import { mountDisk, mountOverlay, mountTmpfs, unmount } from './mounts.js';
import { makeTracePipe, readTracePipe } from './trace-fifo.js';
import { openMonitor } from './monitor-receiver.js';
import type { InstallOverrides, SandboxLimits } from '../../domain.js';
import type {
  CacheView,
  CarryContents,
  CarryStore,
  HostPort,
  HostRun,
  PhaseLayers,
} from '../../ports.js';
import { mountCacheView } from './package-cache-views.js';

// How much of the workspace is searched for links that point outside it.
const MAX_LINK_SCAN_ENTRIES = 100_000;
const MAX_RESULT_FILES = 1000;

export function runDirOf(stateDir: string, id: string): string {
  return join(stateDir, 'runs', id);
}

/**
 * Where a run's disk-backed filesystems keep their image files: on disk (the state dir is under
 * /run, a tmpfs), beside it by name: /run/airlock -> /var/tmp/airlock/<id>.
 */
export function scratchDirOf(stateDir: string, id: string): string {
  return join('/var/tmp', basename(stateDir), id);
}

export function hostPort(stateDir: string): HostPort {
  return {
    prepare: (id, run) => prepareHost(stateDir, id, run),
    prepareCarry: (id, limits, contents) => prepareCarry(stateDir, id, { limits, ...contents }),
  };
}

/** A run directory this process owns; a sweep after a hard kill finds it by the owner's pid. */
async function claimRunDir(stateDir: string, id: string): Promise<string> {
  const dir = runDirOf(stateDir, id);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await writeFile(
    join(dir, 'owner.json'),
    JSON.stringify({ pid: process.pid, startedAt: Date.now() }),
  );
  return dir;
}

/** File in a run directory naming the install phase's network namespace, so a sweep removes it. */
export const NETNS_RECORD = 'netns';

async function prepareHost(
  stateDir: string,
  id: string,
  run: {
    readonly workspace: string;
    readonly limits: SandboxLimits;
    readonly layers: PhaseLayers | undefined;
  },
): Promise<HostRun> {
  const { workspace, limits, layers } = run;
  const dir = await claimRunDir(stateDir, id);
  const paths = pathsOf(dir);
  try {
    await mountRunFilesystems(paths, scratchDirOf(stateDir, id), run);
    // runsc's sandbox user must traverse to the bundle's mounts.
    await chmod(dir, 0o711);
    const workspaceLinks = await outwardLinks(workspace);
    const cgroup = await createCgroup(cgroupName(id), limits);
    return {
      id,
      bundleDir: paths.bundle,
      workspacePath: paths.workspace,
      resultsPath: paths.results,
      tmpPath: paths.tmp,
      homePath: layers ? layers.home : paths.home,
      logDir: paths.logs,
      cgroupsPath: `/${cgroupName(id)}`,
      workspaceLinks,
      readStats: () => cgroup.readStats(),
      watchOomKill: (onKill) => watchOomKill(cgroup.readStats, onKill),
      writeBundle: (spec) =>
        writeFile(join(paths.bundle, 'config.json'), JSON.stringify(spec, null, 2)),
      openTrace: (onText) => readTracePipe(join(paths.logs, TRACE_PIPE), onText),
      openMonitor: (session, onChunk) => openMonitor(paths.logs, session, onChunk),
      collectResults: (destination) => copyResults(paths.results, destination),
      dispose: () => disposeRun(stateDir, id),
    };
  } catch (error) {
    await disposeRun(stateDir, id);
    throw error;
  }
}

/**
 * The copy-on-write workspace view and the size-capped results filesystem. A phase of a
 * two-phase run stacks its layers above the workspace; the install phase writes into the carried
 * upper, the test phase reads that as a lower layer (already the guest's) and writes to its own.
 */
async function mountRunFilesystems(
  paths: ReturnType<typeof pathsOf>,
  scratch: string,
  run: {
    readonly workspace: string;
    readonly limits: SandboxLimits;
    readonly layers: PhaseLayers | undefined;
  },
): Promise<void> {
  const { workspace, limits, layers } = run;
  for (const sub of [
    paths.bundle,
    paths.upperFs,
    paths.workspace,
    paths.results,
    paths.logs,
    paths.tmp,
  ])
    await mkdir(sub, { mode: 0o700 });
  // The filesystems are independent of each other: made at once, they cost the slowest of them.
  const [upper] = await settleAll([
    layers?.upper ??
      mountUpperStore(join(scratch, 'upper.img'), paths.upperFs, {
        bytes: limits.workspaceWriteBytes,
        mode: 0o700,
      }),
    mountDisk(join(scratch, 'tmp.img'), paths.tmp, {
      bytes: limits.tmpBytes,
      owner: { uid: 0, gid: 0, mode: 0o1777 },
    }),
    layers
      ? undefined
      : mkdir(paths.home, { mode: 0o700 }).then(() =>
          mountDisk(join(scratch, 'home.img'), paths.home, {
            bytes: limits.tmpBytes,
            owner: { uid: GUEST_UID, gid: GUEST_GID, mode: 0o700 },
          }),
        ),
    mountTmpfs(paths.results, limits.resultsBytes, [
      'mode=0755',
      `uid=${GUEST_UID}`,
      `gid=${GUEST_GID}`,
    ]),
    makeTracePipe(join(paths.logs, TRACE_PIPE)),
  ]);
  await mountOverlay(
    { lowers: [...(layers?.lowers ?? []), workspace], upper: upper.dir, work: upper.work },
    paths.workspace,
  );
  // The test phase of a two-phase run sees what the install phase already handed over; only the
  // view's root takes its owner from this phase's fresh upper directory.
  if (!layers || layers.upper) await giveToGuest(paths.workspace);
  else await chown(paths.workspace, GUEST_UID, GUEST_GID);
}

/**
 * Waits for every one of `work` to settle, then gives their values or throws the first failure:
 * nothing is still mounting when the caller's clean-up starts.
 */
async function settleAll<T extends readonly unknown[]>(
  work: T,
): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  const settled = await Promise.allSettled(work);
  const failed = settled.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((result) => (result as PromiseFulfilledResult<unknown>).value) as {
    -readonly [K in keyof T]: Awaited<T[K]>;
  };
}

/** A capped disk-backed filesystem holding an overlay's upper and work directories (one, as overlayfs needs). */
async function mountUpperStore(
  image: string,
  mountPoint: string,
  size: { readonly bytes: number; readonly mode: number },
): Promise<{ dir: string; work: string }> {
  await mountDisk(image, mountPoint, {
    bytes: size.bytes,
    owner: { uid: 0, gid: 0, mode: size.mode },
  });
  const store = { dir: join(mountPoint, 'upper'), work: join(mountPoint, 'work') };
  await mkdir(store.dir);
  await mkdir(store.work);
  return store;
}

export function cgroupName(id: string): string {
  return `airlock-${id}`;
}

function pathsOf(dir: string) {
  return {
    bundle: join(dir, 'bundle'),
    upperFs: join(dir, 'upper'),
    workspace: join(dir, 'workspace'),
    results: join(dir, 'results'),
    logs: join(dir, 'logs'),
    tmp: join(dir, 'tmp'),
    home: join(dir, 'home'),
    caches: join(dir, 'caches'),
  };
}

/** The guest is uid 1001: make the copy-on-write view its own without touching the host copy. */
async function giveToGuest(workspaceView: string): Promise<void> {
  // -h: change links themselves, -P: never traverse a link (a link from the PR may point anywhere).
  const result = await execa(
    'chown',
    ['-R', '-h', '-P', `${GUEST_UID}:${GUEST_GID}`, workspaceView],
    { reject: false },
  );
  if (result.exitCode !== 0)
    throw new SetupError(
      `cannot prepare the workspace view: ${result.stderr.trim().slice(0, 500)}`,
    );
}

/** Copies regular files out of the results tmpfs; links and special files from the guest are skipped. */
async function copyResults(source: string, destination: string): Promise<string[]> {
  const copied: string[] = [];
  const walk = async (relative: string): Promise<void> => {
    for (const entry of await readdir(join(source, relative))) {
      if (copied.length >= MAX_RESULT_FILES) return;
      const rel = relative ? join(relative, entry) : entry;
      const stat = await lstat(join(source, rel));
      if (stat.isDirectory()) await walk(rel);
      else if (stat.isFile()) {
        await mkdir(join(destination, relative), { recursive: true });
        await copyFile(join(source, rel), join(destination, rel));
        copied.push(rel);
      }
    }
  };
  await walk('');
  return copied.sort();
}

/**
 * The phases' shared storage, in a run directory of its own (so the stale sweep covers it): one
 * capped tmpfs with the install's upper and work dirs, the shared home and the override layer.
 */
async function prepareCarry(
  stateDir: string,
  id: string,
  carry: { readonly limits: SandboxLimits } & CarryContents,
): Promise<CarryStore> {
  const { limits, overrides, packageCaches } = carry;
  const dir = await claimRunDir(stateDir, id);
  const paths = pathsOf(dir);
  try {
    // runsc's gofer must traverse to the shared home it binds.
    await chmod(dir, 0o711);
    await mkdir(paths.upperFs, { mode: 0o700 });
    const upper = await mountUpperStore(
      join(scratchDirOf(stateDir, id), 'carry.img'),
      paths.upperFs,
      { bytes: limits.workspaceWriteBytes, mode: 0o711 },
    );
    const home = join(paths.upperFs, 'home');
    await mkdir(home, { mode: 0o700 });
    await chown(home, GUEST_UID, GUEST_GID);
    const overridesDir = overrides ? join(paths.upperFs, 'overrides') : null;
    if (overrides && overridesDir) await writeOverrides(overridesDir, overrides);
    const cacheViews: CacheView[] = [];
    for (const cache of packageCaches)
      cacheViews.push(
        await mountCacheView(cache, {
          layers: join(paths.upperFs, 'caches', cache.kind),
          view: join(paths.caches, cache.kind),
          home,
        }),
      );
    return { upper, home, overridesDir, cacheViews, dispose: () => disposeRun(stateDir, id) };
  } catch (error) {
    await disposeRun(stateDir, id);
    throw error;
  }
}

/**
 * Writes the override layer: restored files as the guest's, hidden ones as overlayfs whiteouts
 * (character device 0:0). Paths were validated as workspace-relative; this is our own fresh
 * directory, so nothing from the PR is followed while writing it.
 */
async function writeOverrides(dir: string, overrides: InstallOverrides): Promise<void> {
  await mkdir(dir, { mode: 0o755 });
  const place = async (relative: string): Promise<string> => {
    const target = join(dir, relative);
    if (!target.startsWith(`${dir}/`)) throw new SetupError(`override path escapes: ${relative}`);
    await mkdir(posix.dirname(target), { recursive: true, mode: 0o755 });
    return target;
  };
  for (const { path, content } of overrides.restore) {
    const target = await place(path);
    await writeFile(target, content, { mode: 0o644 });
  }
  for (const path of overrides.hide) {
    const target = await place(path);
    const made = await execa('mknod', [target, 'c', '0', '0'], { reject: false });
    if (made.exitCode !== 0)
      throw new SetupError(`cannot hide ${path} from the install: ${made.stderr.trim()}`);
  }
  const owned = await execa('chown', ['-R', '-h', '-P', `${GUEST_UID}:${GUEST_GID}`, dir], {
    reject: false,
  });
  if (owned.exitCode !== 0)
    throw new SetupError(`cannot prepare the override layer: ${owned.stderr.trim()}`);
}

/** Idempotent: safe after a partial prepare, after a crash, or twice. */
export async function disposeRun(stateDir: string, id: string): Promise<void> {
  const dir = runDirOf(stateDir, id);
  const paths = pathsOf(dir);
  const netns = await readFile(join(dir, NETNS_RECORD), 'utf8').catch(() => null);
  if (netns) await removeInstallNetns(netns.trim());
  await removeEverywhere(detectCgroupLayout(), cgroupName(id));
  // Package cache views first: their layers live in the carry store unmounted below.
  for (const kind of await readdir(paths.caches).catch(() => []))
    await unmount(join(paths.caches, kind));
  // The workspace view first: its upper layer lives on the upper filesystem. The rest at once.
  // logs: a tmpfs in runs of earlier versions, which a sweep may still find.
  await unmount(paths.workspace);
  await settleAll(
    [paths.upperFs, paths.results, paths.logs, paths.tmp, paths.home].map((target) =>
      unmount(target),
    ),
  );
  await rm(dir, { recursive: true, force: true });
  await rm(scratchDirOf(stateDir, id), { recursive: true, force: true });
}

/** Runs whose owner process is gone (airlock was killed hard); the caller deletes their containers first. */
export async function staleRuns(stateDir: string): Promise<string[]> {
  const stale: string[] = [];
  for (const id of await readdir(join(stateDir, 'runs')).catch(() => [])) {
    const owner = await readFile(join(runDirOf(stateDir, id), 'owner.json'), 'utf8').catch(
      () => null,
    );
    const pid = owner ? Number((JSON.parse(owner) as { pid?: unknown }).pid) : NaN;
    if (!Number.isInteger(pid) || !isAlive(pid)) stale.push(id);
  }
  return stale;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// cgroup v1 has no notification this code can wait on without eventfd, so the counter is polled.
const OOM_POLL_MS = 250;

function watchOomKill(
  readStats: () => Promise<{ oomKills: number }>,
  onKill: () => void,
): () => void {
  let fired = false;
  const timer = setInterval(() => {
    void readStats().then((stats) => {
      if (fired || stats.oomKills === 0) return;
      fired = true;
      clearInterval(timer);
      onKill();
    });
  }, OOM_POLL_MS);
  return () => clearInterval(timer);
}

/**
 * Links in the workspace whose target lies outside it, keyed by the link's path inside the sandbox.
 * Read with lstat/readlink only: a link from the PR is never followed on the host.
 */
async function outwardLinks(workspace: string): Promise<Map<string, string>> {
  const links = new Map<string, string>();
  const pending = [''];
  let seen = 0;
  while (pending.length > 0 && seen < MAX_LINK_SCAN_ENTRIES) {
    const relative = pending.pop() ?? '';
    for (const entry of await readdir(join(workspace, relative)).catch(() => [])) {
      seen += 1;
      const rel = relative ? `${relative}/${entry}` : entry;
      const stat = await lstat(join(workspace, rel)).catch(() => null);
      if (stat?.isDirectory()) pending.push(rel);
      if (!stat?.isSymbolicLink()) continue;
      const target = await readlink(join(workspace, rel));
      const guestLink = `${WORKSPACE_PATH}/${rel}`;
      const resolved = posix.resolve(posix.dirname(guestLink), target);
      if (!resolved.startsWith(`${WORKSPACE_PATH}/`))
        links.set(guestLink, target.startsWith('/') ? target : resolved);
    }
  }
  return links;
}

import { execa } from 'execa';
import { existsSync } from 'node:fs';
import { lstat, mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../../../ports.js';
import { aptInstall } from './runsc-install.js';
import { hasCommand } from './host-packages.js';
import {
  mmdebstrapArgs,
  resolveRecipe,
  type LocalCa,
  type ResolvedRecipe,
} from '../../../setup/rootfs-recipe.js';
import { SetupError } from '../../../errors.js';

const COMPLETE_MARKER = '.airlock-complete';

export interface RootfsLocation {
  readonly recipeDir: string;
  readonly cacheDir: string;
  readonly extraPackages: readonly string[];
}

// Debian's place for CAs an administrator trusts on this host (a TLS-intercepting proxy, a private
// registry); customize.sh copies them into the image so the install phase trusts them too.
export const LOCAL_CA_DIR = '/usr/local/share/ca-certificates';
const MAX_LOCAL_CAS = 64;
const MAX_CA_BYTES = 256 * 1024;

export async function loadRecipe(location: RootfsLocation): Promise<ResolvedRecipe> {
  const recipeText = await readFile(join(location.recipeDir, 'recipe.json'), 'utf8');
  const hookText = await readFile(join(location.recipeDir, 'customize.sh'), 'utf8');
  return resolveRecipe(
    { recipe: recipeText, hook: hookText },
    { extraPackages: location.extraPackages, localCas: await localCas() },
  );
}

/** The host's local CA files, as customize.sh copies them (regular *.crt files at the top level). */
async function localCas(): Promise<LocalCa[]> {
  const names = (await readdir(LOCAL_CA_DIR).catch(() => []))
    .filter((name) => name.endsWith('.crt'))
    .sort()
    .slice(0, MAX_LOCAL_CAS);
  const cas: LocalCa[] = [];
  for (const name of names) {
    const path = join(LOCAL_CA_DIR, name);
    const stat = await lstat(path).catch(() => null);
    if (!stat?.isFile() || stat.size > MAX_CA_BYTES) continue;
    cas.push({ name, pem: await readFile(path, 'utf8') });
  }
  return cas;
}

export function rootfsDir(cacheDir: string, resolved: ResolvedRecipe): string {
  return join(cacheDir, 'rootfs', resolved.cacheKey);
}

/** The cached root filesystem for this recipe, or null when it has not been built. */
export async function findRootfs(location: RootfsLocation): Promise<string | null> {
  const dir = rootfsDir(location.cacheDir, await loadRecipe(location));
  return existsSync(join(dir, COMPLETE_MARKER)) ? join(dir, 'rootfs') : null;
}

/** Builds the root filesystem once per cache key; a half-built one is never used. */
export async function ensureRootfs(location: RootfsLocation, log: Logger): Promise<string> {
  const resolved = await loadRecipe(location);
  const dir = rootfsDir(location.cacheDir, resolved);
  if (existsSync(join(dir, COMPLETE_MARKER))) return join(dir, 'rootfs');
  if (!hasCommand('mmdebstrap')) await aptInstall(['mmdebstrap'], log);
  const staging = `${dir}.staging-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  log.info(
    `building the sandbox root filesystem ${resolved.cacheKey} (${resolved.packages.length} packages; first run only)`,
  );
  try {
    const args = mmdebstrapArgs(
      resolved,
      join(location.recipeDir, 'customize.sh'),
      join(staging, 'rootfs'),
    );
    const result = await execa('mmdebstrap', args, { reject: false, all: true });
    if (result.exitCode !== 0)
      throw new SetupError(`mmdebstrap failed: ${String(result.all).trim().slice(-2000)}`);
    await writeFile(
      join(staging, 'recipe.json'),
      JSON.stringify({ ...resolved.recipe, packages: resolved.packages }, null, 2),
    );
    await writeFile(join(staging, COMPLETE_MARKER), `${new Date().toISOString()}\n`);
    await rm(dir, { recursive: true, force: true });
    await rename(staging, dir);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return join(dir, 'rootfs');
}

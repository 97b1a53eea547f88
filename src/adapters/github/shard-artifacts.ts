import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigError } from '../../errors.js';
import { MAX_ANALYSIS_BYTES } from '../../report/analysis.js';
import type { ShardFile } from '../../report/shard-set.js';
import { readBounded } from './action-context.js';

/** What `mode: analyze` with `shard: I/N` names its results (action-publisher.ts). */
export const SHARD_FILE = /^airlock-shard-\d{1,3}-of-\d{1,3}\.json$/;
// Directory names download-artifact gives (the artifacts' names); nothing else is entered.
const ARTIFACT_DIR = /^[\w.-]{1,100}$/;
// Twice the largest matrix, so doubled shards are still named rather than cut off.
const MAX_SHARD_FILES = 512;
// 64 honest shards are a few MiB each; the cap keeps hostile artifacts from costing more.
const MAX_TOTAL_BYTES = 512 * 1024 * 1024;

/**
 * The shards' result files in results-dir: at its top (download-artifact with `merge-multiple`)
 * or one directory down (one directory per artifact, download-artifact's default). Symlinks are
 * never followed; a file over the size bound is an error.
 */
export async function readShardFiles(resultsDir: string): Promise<ShardFile[]> {
  const paths = await shardFilePaths(resultsDir);
  if (paths.length > MAX_SHARD_FILES)
    throw new ConfigError(
      'results-dir',
      `holds ${paths.length} shard result files; at most ${MAX_SHARD_FILES} are read`,
    );
  const files: ShardFile[] = [];
  let bytes = 0;
  for (const source of paths) {
    const text = await readBounded(join(resultsDir, source), MAX_ANALYSIS_BYTES, 'results-dir');
    bytes += text.length;
    if (bytes > MAX_TOTAL_BYTES)
      throw new ConfigError('results-dir', `the shard results exceed ${MAX_TOTAL_BYTES} bytes`);
    files.push({ source, text });
  }
  return files;
}

async function shardFilePaths(resultsDir: string): Promise<string[]> {
  const top = await entries(resultsDir);
  const paths = top.filter((e) => SHARD_FILE.test(e.name)).map((e) => e.name);
  for (const dir of top.filter((e) => e.isDirectory() && ARTIFACT_DIR.test(e.name))) {
    const inner = await entries(join(resultsDir, dir.name));
    paths.push(...inner.filter((e) => SHARD_FILE.test(e.name)).map((e) => `${dir.name}/${e.name}`));
    if (paths.length > MAX_SHARD_FILES) break;
  }
  return paths.sort();
}

const entries = async (dir: string): Promise<Dirent[]> =>
  readdir(dir, { withFileTypes: true }).catch(() => []);

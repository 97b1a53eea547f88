import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { findRecipeDir } from '../sandbox-host/provisioning/recipe-dir.js';

/** Builds examples/ai-demo-repo's git repository in a fresh temporary directory. */
export async function buildDemoRepo(
  env: Readonly<Record<string, string | undefined>>,
): Promise<{ dir: string; dispose: () => Promise<void> }> {
  const script = join(findRecipeDir(env), '..', 'examples', 'ai-demo-repo', 'build-demo-repo.sh');
  const parent = await mkdtemp(join(tmpdir(), 'airlock-demo-'));
  const dir = join(parent, 'repo');
  await execa('sh', [script, dir], { stdin: 'ignore' });
  return { dir, dispose: () => rm(parent, { recursive: true, force: true }) };
}

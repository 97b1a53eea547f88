import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** runner-image/ beside the running code: dist/cli.js and src/… both sit below the repo root. */
export function findRecipeDir(env: Readonly<Record<string, string | undefined>>): string {
  const explicit = env['AIRLOCK_RECIPE_DIR'];
  if (explicit) return explicit;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 5; depth += 1) {
    if (existsSync(join(dir, 'runner-image', 'recipe.json'))) return join(dir, 'runner-image');
    dir = dirname(dir);
  }
  return join(process.cwd(), 'runner-image');
}

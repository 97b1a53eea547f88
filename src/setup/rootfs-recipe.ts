import { createHash } from 'node:crypto';
import { z } from 'zod';
import { ConfigError } from '../errors.js';

const packageName = z.string().regex(/^[a-z0-9][a-z0-9+.-]{0,99}$/, 'is not a Debian package name');

export const recipeSchema = z.object({
  suite: z.string().regex(/^[a-z]+$/),
  mirror: z.string().url().startsWith('http'),
  variant: z.enum(['minbase', 'buildd', 'important', 'standard']),
  packages: z.array(packageName).min(1).max(500),
});

export type RootfsRecipe = z.infer<typeof recipeSchema>;

export interface ResolvedRecipe {
  readonly recipe: RootfsRecipe;
  readonly packages: readonly string[];
  /** Changes whenever anything that shapes the image changes: recipe, hook or extra packages. */
  readonly cacheKey: string;
}

/** A CA certificate the build host trusts locally (/usr/local/share/ca-certificates). */
export interface LocalCa {
  readonly name: string;
  readonly pem: string;
}

export function resolveRecipe(
  texts: { readonly recipe: string; readonly hook: string },
  extras: { readonly extraPackages: readonly string[]; readonly localCas?: readonly LocalCa[] },
): ResolvedRecipe {
  const { recipe: recipeText, hook: hookText } = texts;
  const { extraPackages, localCas = [] } = extras;
  const recipe = recipeSchema.parse(JSON.parse(recipeText));
  for (const name of extraPackages) {
    const parsed = packageName.safeParse(name);
    if (!parsed.success)
      throw new ConfigError(
        '--package',
        `'${name}' ${parsed.error.issues[0]?.message ?? 'is invalid'}`,
      );
  }
  const packages = [...new Set([...recipe.packages, ...extraPackages])].sort();
  const hash = createHash('sha256')
    .update(
      JSON.stringify({
        suite: recipe.suite,
        mirror: recipe.mirror,
        variant: recipe.variant,
        packages,
      }),
    )
    .update('\0')
    .update(hookText);
  // The hook copies the host's local CAs in, so they shape the image like the recipe does.
  for (const ca of [...localCas].sort((a, b) => a.name.localeCompare(b.name)))
    hash.update('\0').update(ca.name).update('\0').update(ca.pem);
  return { recipe, packages, cacheKey: hash.digest('hex').slice(0, 16) };
}

/** mmdebstrap's argv for the recipe; the hook is an executable file, so no shell string is built. */
export function mmdebstrapArgs(
  resolved: ResolvedRecipe,
  hookPath: string,
  target: string,
): string[] {
  const { recipe, packages } = resolved;
  return [
    `--variant=${recipe.variant}`,
    '--mode=root',
    '--format=directory',
    `--include=${packages.join(',')}`,
    '--dpkgopt=path-exclude=/usr/share/man/*',
    '--dpkgopt=path-exclude=/usr/share/doc/*',
    `--customize-hook=${hookPath}`,
    recipe.suite,
    target,
    recipe.mirror,
  ];
}

import { describe, expect, it } from 'vitest';
import { mmdebstrapArgs, resolveRecipe } from '../../src/setup/rootfs-recipe.js';

const recipe = JSON.stringify({
  suite: 'bookworm',
  mirror: 'http://deb.debian.org/debian',
  variant: 'minbase',
  packages: ['python3', 'git'],
});

describe('resolveRecipe', () => {
  it('gives the same cache key for the same recipe', () => {
    expect(resolveRecipe({ recipe, hook: 'hook' }, { extraPackages: [] }).cacheKey).toBe(
      resolveRecipe({ recipe, hook: 'hook' }, { extraPackages: [] }).cacheKey,
    );
  });

  it('changes the cache key when extra packages are requested', () => {
    expect(resolveRecipe({ recipe, hook: 'hook' }, { extraPackages: ['jq'] }).cacheKey).not.toBe(
      resolveRecipe({ recipe, hook: 'hook' }, { extraPackages: [] }).cacheKey,
    );
  });

  it('changes the cache key when the customize hook changes', () => {
    expect(resolveRecipe({ recipe, hook: 'hook v2' }, { extraPackages: [] }).cacheKey).not.toBe(
      resolveRecipe({ recipe, hook: 'hook' }, { extraPackages: [] }).cacheKey,
    );
  });

  it('refuses package names that are not Debian package names', () => {
    expect(() =>
      resolveRecipe({ recipe, hook: 'hook' }, { extraPackages: ['jq; rm -rf /'] }),
    ).toThrow(/--package/);
  });

  it('passes packages as one --include and the hook as a file, never as a shell string', () => {
    const args = mmdebstrapArgs(
      resolveRecipe({ recipe, hook: 'hook' }, { extraPackages: ['jq'] }),
      '/repo/runner-image/customize.sh',
      '/cache/rootfs',
    );
    expect(args).toContain('--include=git,jq,python3');
    expect(args).toContain('--customize-hook=/repo/runner-image/customize.sh');
    expect(args.slice(-3)).toEqual(['bookworm', '/cache/rootfs', 'http://deb.debian.org/debian']);
  });
});

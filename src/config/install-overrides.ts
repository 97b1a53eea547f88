import { z } from 'zod';
import { ConfigError, errorMessage } from '../errors.js';

// Manifests and lockfiles only: a handful of files, none of them huge.
export const MAX_OVERRIDE_FILES = 256;
export const MAX_OVERRIDE_BYTES = 32 * 1024 * 1024;

// Workspace-relative, normalised, no "." or ".." segments, no characters overlayfs options split on.
const overridePath = z
  .string()
  .min(1)
  .max(1024)
  .refine(
    (path) =>
      !path.startsWith('/') &&
      path.split('/').every((part) => part !== '' && part !== '.' && part !== '..') &&
      !/[\0\\]/.test(path),
    { message: 'must be a normalised path inside the workspace' },
  );

/**
 * `airlock run --install-overrides FILE`: files the install phase sees in place of the PR's
 * (`airlock check --install-from base` and the action write it from the base commit).
 */
export const installOverridesSchema = z
  .strictObject({
    restore: z
      .array(z.strictObject({ path: overridePath, content: z.string() }))
      .max(MAX_OVERRIDE_FILES)
      .default([]),
    hide: z.array(overridePath).max(MAX_OVERRIDE_FILES).default([]),
  })
  .superRefine((value, ctx) => {
    const bytes = value.restore.reduce((sum, file) => sum + Buffer.byteLength(file.content), 0);
    if (bytes > MAX_OVERRIDE_BYTES)
      ctx.addIssue({ code: 'custom', message: `more than ${MAX_OVERRIDE_BYTES} bytes of files` });
    const paths = [...value.restore.map((file) => file.path), ...value.hide];
    const seen = new Set<string>();
    for (const path of paths) {
      if (seen.has(path)) ctx.addIssue({ code: 'custom', message: `'${path}' is listed twice` });
      seen.add(path);
    }
    // A file and a directory at one path cannot both exist in the override layer.
    for (const path of paths) {
      const parent = path.split('/').slice(0, -1);
      for (let depth = 1; depth <= parent.length; depth += 1) {
        const prefix = parent.slice(0, depth).join('/');
        if (seen.has(prefix))
          ctx.addIssue({ code: 'custom', message: `'${prefix}' is both a file and a directory` });
      }
    }
  });

export type InstallOverridesInput = z.input<typeof installOverridesSchema>;
export type ParsedInstallOverrides = z.output<typeof installOverridesSchema>;

/** Parses the overrides file's text; `source` names it in the error. */
export function parseInstallOverrides(text: string, source: string): ParsedInstallOverrides {
  if (Buffer.byteLength(text) > MAX_OVERRIDE_BYTES * 2)
    throw new ConfigError('--install-overrides', `${source} is too large`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigError('--install-overrides', `${source} is not JSON: ${errorMessage(error)}`);
  }
  const parsed = installOverridesSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new ConfigError(
    '--install-overrides',
    `${source}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid'}`.trim(),
  );
}

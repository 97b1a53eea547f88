import { z } from 'zod';
import { ConfigError } from '../errors.js';
import { shardSpecSchema } from './shard-spec.js';
import { RESERVED_PREFIX_MESSAGE, isReservedName } from './env-names.js';
import type { SandboxLimits } from '../domain.js';
import { parsePackageCache, type PackageCache } from './package-caches.js';

const MiB = 1024 * 1024;

// Names that carry credentials of the runner or the action; they never enter the sandbox.
const forbiddenEnv = [/^GITHUB_TOKEN$/, /^ACTIONS_/, /^INPUT_/, /^RUNNER_/];
const fixedEnvNames = new Set(['PATH', 'HOME', 'LANG', 'TZ', 'CI']);

const envName = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]{0,127}$/, 'must be a variable name such as NODE_OPTIONS')
  .refine((name) => !isReservedName(name), { message: RESERVED_PREFIX_MESSAGE })
  .refine((name) => !forbiddenEnv.some((pattern) => pattern.test(name)), {
    message: 'carries runner or action credentials and never enters the sandbox',
  })
  .refine((name) => !fixedEnvNames.has(name), { message: 'is fixed by the sandbox' });

// Paths end up in mount options, where ',' ':' and whitespace are separators.
const hostPath = z
  .string()
  .min(1)
  .max(1024)
  .refine((path) => path.startsWith('/'), { message: 'must be an absolute path' })
  .refine((path) => !/[,:\\\s]/.test(path), {
    message: 'may not contain commas, colons, backslashes or whitespace',
  });

// `KIND=DIR`: a host package cache the install phase reads through a throw-away upper layer.
const packageCache = z
  .string()
  .max(1100)
  .transform((text, ctx): PackageCache => {
    const cache = parsePackageCache(text);
    if (cache && hostPath.safeParse(cache.hostPath).success) return cache;
    ctx.addIssue({
      code: 'custom',
      message:
        'must be KIND=DIR: KIND npm, pip or go, DIR an absolute path without commas, colons or whitespace',
    });
    return z.NEVER;
  });

export const runOptionsSchema = z.object({
  command: z
    .array(z.string().max(128 * 1024))
    .min(1, 'give the command after --')
    .max(4096),
  workspace: hostPath,
  resultsDir: hostPath.optional(),
  memoryMiB: z
    .number()
    .int()
    .min(64)
    .max(1024 * 1024)
    .default(2048),
  cpus: z.number().min(0.1).max(256).default(2),
  pids: z.number().int().min(16).max(1_000_000).default(512),
  timeoutSeconds: z
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 3600)
    .default(600),
  graceSeconds: z.number().int().min(0).max(600).default(5),
  openFiles: z.number().int().min(64).max(1_048_576).default(4096),
  fileSizeMiB: z
    .number()
    .int()
    .min(1)
    .max(1024 * 1024)
    .default(1024),
  tmpMiB: z
    .number()
    .int()
    .min(1)
    .max(1024 * 1024)
    .default(2048),
  workspaceWriteMiB: z
    .number()
    .int()
    .min(1)
    .max(1024 * 1024)
    .default(8192),
  resultsMiB: z.number().int().min(1).max(4096).default(16),
  outputLimitMiB: z
    .number()
    .int()
    .min(1)
    .max(64 * 1024)
    .default(64),
  env: z.array(envName).max(256).default([]),
  platform: z.enum(['systrap', 'ptrace']).optional(),
  /** Shell command run first, with egress only to package registries (`sh -c`). */
  install: z
    .string()
    .max(32 * 1024)
    .refine((value) => value.trim() !== '', { message: 'must not be empty' })
    .optional(),
  /** Hosts the install may reach besides the registries (validated by the egress policy). */
  allowHosts: z.array(z.string().max(253)).max(100).default([]),
  /** Exact addresses the proxy may connect to although not public (a registry mirror). */
  allowAddresses: z.array(z.string().max(64)).max(32).default([]),
  installOverrides: hostPath.optional(),
  /** Host package caches offered read-only to the install phase, at most one per kind. */
  packageCaches: z
    .array(packageCache)
    .max(8)
    .default([])
    .refine((caches) => new Set(caches.map((c) => c.kind)).size === caches.length, {
      message: 'at most one cache per kind (npm, pip, go)',
    }),
  /** Directory under /workspace the install command starts in. */
  installDir: z
    .string()
    .max(1024)
    .refine((path) => !path.startsWith('/') && !path.split('/').includes('..'), {
      message: 'must be a path inside the workspace (relative, without "..")',
    })
    .optional(),
  telemetry: z.boolean().default(true),
  /** The guest's root filesystem: Airlock's image, or the host's own system directories. */
  root: z.enum(['runner', 'image']).default('image'),
  /** The caller's PATH, whose entries inside the runner root are carried into the guest (sudo resets PATH). */
  carryPath: z
    .string()
    .max(32 * 1024)
    .optional(),
  json: z.boolean().default(false),
  /** INDEX/TOTAL: the guest gets AIRLOCK_SHARD_INDEX and AIRLOCK_SHARD_TOTAL. */
  shard: shardSpecSchema.optional(),
});

export type RunOptionsInput = z.input<typeof runOptionsSchema>;
export type RunOptions = Readonly<z.output<typeof runOptionsSchema>>;

export function parseRunOptions(input: unknown): RunOptions {
  const parsed = runOptionsSchema.safeParse(input);
  if (parsed.success) return Object.freeze(parsed.data);
  const issue = parsed.error.issues[0];
  const field = issue?.path.map(String).join('.') || 'options';
  throw new ConfigError(optionName(field), issue?.message ?? 'invalid');
}

export function limitsOf(options: RunOptions): SandboxLimits {
  return {
    memoryBytes: options.memoryMiB * MiB,
    cpus: options.cpus,
    pids: options.pids,
    timeoutMs: options.timeoutSeconds * 1000,
    graceMs: options.graceSeconds * 1000,
    openFiles: options.openFiles,
    fileSizeBytes: options.fileSizeMiB * MiB,
    tmpBytes: options.tmpMiB * MiB,
    workspaceWriteBytes: options.workspaceWriteMiB * MiB,
    resultsBytes: options.resultsMiB * MiB,
    outputLimitBytes: options.outputLimitMiB * MiB,
  };
}

const optionNames: Record<string, string> = {
  command: 'command',
  workspace: '--workspace',
  resultsDir: '--results',
  memoryMiB: '--memory',
  cpus: '--cpus',
  pids: '--pids',
  timeoutSeconds: '--timeout',
  graceSeconds: '--grace',
  openFiles: '--open-files',
  fileSizeMiB: '--file-size',
  tmpMiB: '--tmp-size',
  workspaceWriteMiB: '--workspace-size',
  resultsMiB: '--results-size',
  outputLimitMiB: '--output-limit',
  env: '--env',
  shard: '--shard',
  platform: '--platform',
  install: '--install',
  allowHosts: '--allow-host',
  allowAddresses: '--allow-address',
  installOverrides: '--install-overrides',
  packageCaches: '--package-cache',
  installDir: '--install-dir',
};

function optionName(field: string): string {
  const [head] = field.split('.');
  return optionNames[head ?? ''] ?? field;
}

import { z } from 'zod';
import type { ChangeScope, LimitSettings, Severity, ViolationKind } from '../domain.js';
import { ConfigError } from '../errors.js';
import { egressPolicyInputSchema, normalizeHost } from './egress-policy-input.js';
import type { Shard } from './shard-spec.js';
import { shardSpecSchema } from './shard-spec.js';
import { decimal, integer, listInput, mebibytes, seconds, toolkitBoolean } from './input-values.js';
import { parsePackageCache, type PackageCacheChoice } from './package-caches.js';

/** Raw defaults exactly as action.yml declares them; a test keeps the two equal. */
export const inputDefaults = {
  'github-token': '${{ github.token }}',
  mode: 'full',
  'test-command': '',
  'install-command': '',
  'install-from': 'head',
  'allow-hosts': '',
  'working-directory': '.',
  scope: 'ai-authored',
  'fail-on': 'high',
  'block-on-violations': 'network, privilege',
  'ai-authors': '',
  'ai-labels': 'ai-generated, ai-authored, codex',
  'ai-branch-prefixes': 'copilot/, codex/, *-codex/, devin/, cursor/, claude/',
  'policy-file': '.github/airlock.yml',
  'check-name': 'Airlock',
  comment: 'true',
  'upload-sarif': 'false',
  'sarif-category': 'airlock',
  'results-dir': 'airlock-results',
  'allow-persisted-credentials': 'false',
  memory: '2048',
  cpus: '2',
  timeout: '600',
  pids: '512',
  'workspace-size': '8192',
  'sandbox-env': '',
  'sandbox-root': 'auto',
  shard: '',
  'package-caches': 'auto',
} as const;

export type InputName = keyof typeof inputDefaults;

const relativePath = z
  .string()
  .max(1024)
  .refine((path) => !path.startsWith('/') && !path.split(/[\\/]/).includes('..'), {
    message: 'must be a path inside the repository (relative, without "..")',
  });

const command = z
  .string()
  .max(32 * 1024)
  .transform((value) => (value.trim() === '' ? null : value));

export const failOnSchema = z.enum(['low', 'medium', 'high', 'critical', 'none']);
export const scopeSchema = z.enum(['ai-authored', 'all']);
export const violationKindSchema = z.enum([
  'network',
  'filesystem',
  'process',
  'privilege',
  'resource',
]);

export const installFromSchema = z.enum(['head', 'base']);
/** auto: the runner's own toolchains on GitHub-hosted runners, Airlock's image elsewhere. */
export const sandboxRootSchema = z.enum(['auto', 'runner', 'image']);

/** The sandbox limits' bounds, in MiB, cores, seconds and processes; the policy file's too. */
export const limitSchemas = {
  memory: z
    .number()
    .int()
    .min(64)
    .max(1024 * 1024),
  cpus: z.number().min(0.1).max(256),
  timeout: z
    .number()
    .int()
    .min(1)
    .max(6 * 3600),
  pids: z.number().int().min(16).max(1_000_000),
  'workspace-size': z
    .number()
    .int()
    .min(1)
    .max(1024 * 1024),
};

// Each allowed host widens what the install phase can reach; a hundred names is already generous.
export const MAX_ALLOW_HOSTS = 100;

/** Hostnames or `*.domain` patterns, checked by the same rules the egress policy enforces. */
export const allowHostsSchema = z
  .array(z.string())
  .max(MAX_ALLOW_HOSTS, `at most ${MAX_ALLOW_HOSTS} hosts; use *.domain patterns to cover more`)
  .superRefine((hosts, ctx) => {
    const checked = egressPolicyInputSchema.safeParse({ allowHosts: hosts });
    if (checked.success) return;
    const problems = checked.error.issues.map((issue) => issue.message).join('; ');
    ctx.addIssue({
      code: 'custom',
      message: `${problems}; use hostnames such as pkg.example.com or *.example.com`,
    });
  })
  .transform((hosts) => hosts.map(normalizeHost));

// auto, none, or KIND=DIR entries (one per kind).
const packageCachesSchema = listInput.transform((items, ctx): PackageCacheChoice => {
  if (items.length === 1 && items[0] === 'auto') return 'auto';
  if (items.length === 1 && items[0] === 'none') return [];
  const caches = items.map(parsePackageCache);
  const kinds = new Set(caches.map((cache) => cache?.kind));
  if (caches.every((cache) => cache !== null) && kinds.size === caches.length) return caches;
  ctx.addIssue({
    code: 'custom',
    message:
      'must be auto, none, or KIND=DIR entries (KIND npm, pip or go, once each; DIR an absolute path)',
  });
  return z.NEVER;
});

const inputSchemas = {
  'github-token': z.string().max(4096),
  mode: z.enum(['full', 'analyze', 'report']),
  'test-command': command,
  'install-command': command,
  'install-from': installFromSchema,
  'allow-hosts': listInput.pipe(allowHostsSchema),
  'working-directory': relativePath,
  scope: scopeSchema,
  'fail-on': failOnSchema,
  'block-on-violations': listInput.pipe(z.array(violationKindSchema)),
  'ai-authors': listInput,
  'ai-labels': listInput,
  'ai-branch-prefixes': listInput,
  'policy-file': relativePath,
  'check-name': z.string().min(1).max(100),
  comment: toolkitBoolean,
  'upload-sarif': toolkitBoolean,
  'sarif-category': z
    .string()
    .regex(/^[\w./-]{1,100}$/, 'use letters, digits, "-", "_", "." or "/"'),
  'results-dir': relativePath,
  'allow-persisted-credentials': toolkitBoolean,
  memory: mebibytes.pipe(limitSchemas.memory),
  cpus: decimal.pipe(limitSchemas.cpus),
  timeout: seconds.pipe(limitSchemas.timeout),
  pids: integer.pipe(limitSchemas.pids),
  'workspace-size': mebibytes.pipe(limitSchemas['workspace-size']),
  'sandbox-env': listInput,
  'sandbox-root': sandboxRootSchema,
  shard: z.union([z.literal('').transform(() => null), shardSpecSchema]),
  'package-caches': packageCachesSchema,
} satisfies Record<InputName, z.ZodType>;

// An input the workflow leaves out arrives as "" (toolkit getInput), which means "use the default";
// the token's default is an expression only the runner can evaluate, so "" stays "".
const defaultFor = (name: InputName): string =>
  name === 'github-token' ? '' : inputDefaults[name];
const actionInputsSchema = z.object(
  Object.fromEntries(
    Object.entries(inputSchemas).map(([name, schema]) => [
      name,
      z.preprocess(
        (value) => (value === undefined || value === '' ? defaultFor(name as InputName) : value),
        schema,
      ),
    ]),
  ) as { [K in InputName]: z.ZodPipe<z.ZodTransform, (typeof inputSchemas)[K]> },
);

export type FailOn = Severity | 'none';
export type InstallFrom = z.infer<typeof installFromSchema>;
export type ActionMode = 'full' | 'analyze' | 'report';

export interface ActionConfig {
  readonly mode: ActionMode;
  readonly testCommand: string | null;
  readonly installCommand: string | null;
  /** base: the PR's changed dependency manifests are swapped for the base branch's before install. */
  readonly installFrom: InstallFrom;
  /** Hosts the install phase may reach besides the ecosystems' registries (normalised). */
  readonly allowHosts: readonly string[];
  readonly workingDirectory: string;
  readonly scope: ChangeScope;
  readonly failOn: FailOn;
  /** Violation kinds that block the PR; the others are reported only. */
  readonly blockOnViolations: readonly ViolationKind[];
  readonly aiAuthors: readonly string[];
  readonly aiLabels: readonly string[];
  readonly aiBranchPrefixes: readonly string[];
  readonly policyFile: string;
  /** The label a maintainer adds to accept a blocked PR; set only by the base branch's policy. */
  readonly acceptLabel: string | null;
  readonly checkName: string;
  readonly comment: boolean;
  readonly uploadSarif: boolean;
  readonly sarifCategory: string;
  readonly resultsDir: string;
  readonly allowPersistedCredentials: boolean;
  readonly limits: LimitSettings;
  readonly sandboxEnv: readonly string[];
  readonly sandboxRoot: z.infer<typeof sandboxRootSchema>;
  /** analyze: the slice of the test suite this job runs; null runs it whole. */
  readonly shard: Shard | null;
  /** Host package caches offered read-only to the install: auto (the usual places that exist) or a list. */
  readonly packageCaches: PackageCacheChoice;
}

/** The token stays out of ActionConfig so the config can be logged and written to artifacts. */
export interface ParsedInputs {
  readonly config: ActionConfig;
  readonly token: string;
}

/** Parses every input once; `raw` maps input names to what the runner passed (INPUT_*). */
export function parseActionInputs(raw: Readonly<Record<string, string | undefined>>): ParsedInputs {
  const trimmed = Object.fromEntries(
    (Object.keys(inputDefaults) as InputName[]).map((name) => [name, trimInput(name, raw[name])]),
  );
  const parsed = actionInputsSchema.safeParse(trimmed);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(String(issue?.path[0] ?? 'inputs'), issue?.message ?? 'invalid');
  }
  const input = parsed.data;
  // A full-mode shard would publish a verdict on its slice alone; report merges the shards.
  if (input.shard !== null && input.mode !== 'analyze')
    throw new ConfigError(
      'shard',
      'applies to mode: analyze; a mode: report job then merges the shards into one verdict',
    );
  const config: ActionConfig = {
    mode: input.mode,
    testCommand: input['test-command'],
    installCommand: input['install-command'],
    installFrom: input['install-from'],
    allowHosts: input['allow-hosts'],
    workingDirectory: input['working-directory'],
    scope: input.scope,
    failOn: input['fail-on'],
    blockOnViolations: input['block-on-violations'],
    aiAuthors: input['ai-authors'],
    aiLabels: input['ai-labels'],
    aiBranchPrefixes: input['ai-branch-prefixes'],
    policyFile: input['policy-file'],
    acceptLabel: null,
    checkName: input['check-name'],
    comment: input.comment,
    uploadSarif: input['upload-sarif'],
    sarifCategory: input['sarif-category'],
    resultsDir: input['results-dir'],
    allowPersistedCredentials: input['allow-persisted-credentials'],
    limits: {
      memoryMiB: input.memory,
      cpus: input.cpus,
      timeoutSeconds: input.timeout,
      pids: input.pids,
      workspaceMiB: input['workspace-size'],
    },
    sandboxEnv: input['sandbox-env'],
    sandboxRoot: input['sandbox-root'],
    shard: input.shard,
    packageCaches: input['package-caches'],
  };
  return { config: Object.freeze(config), token: input['github-token'] };
}

// Commands keep their inner whitespace (multi-line scripts); single-line values are trimmed.
function trimInput(name: InputName, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return name === 'test-command' || name === 'install-command' ? value : value.trim();
}

/** Reads INPUT_* variables the way the runner names them: upper-cased, spaces to "_". */
export function inputsFromEnv(
  env: Readonly<Record<string, string | undefined>>,
): Record<string, string | undefined> {
  return Object.fromEntries(
    (Object.keys(inputDefaults) as InputName[]).map((name) => [
      name,
      env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`],
    ]),
  );
}

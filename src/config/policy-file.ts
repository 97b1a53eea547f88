import { parse } from 'yaml';
import { z } from 'zod';
import { ConfigError, errorMessage } from '../errors.js';
import type { ActionConfig } from './action-inputs.js';
import {
  allowHostsSchema,
  failOnSchema,
  installFromSchema,
  limitSchemas,
  scopeSchema,
  violationKindSchema,
  sandboxRootSchema,
} from './action-inputs.js';

// The policy is a short hand-written file; anything larger is not one and is not worth parsing.
export const MAX_POLICY_BYTES = 64 * 1024;

const patternList = z.array(z.string().min(1).max(256)).max(256);

export const policySchema = z
  .object({
    version: z.literal(1).default(1),
    scope: scopeSchema.optional(),
    'fail-on': failOnSchema.optional(),
    'block-on-violations': z.array(violationKindSchema).max(5).optional(),
    'test-command': z
      .string()
      .min(1)
      .max(32 * 1024)
      .optional(),
    'install-command': z
      .string()
      .min(1)
      .max(32 * 1024)
      .optional(),
    'install-from': installFromSchema.optional(),
    'allow-hosts': allowHostsSchema.optional(),
    'ai-authors': patternList.optional(),
    'ai-labels': patternList.optional(),
    'ai-branch-prefixes': patternList.optional(),
    // GitHub label names are at most 50 characters; commas would split the list inputs.
    'accept-label': z
      .string()
      .regex(/^[^,\n]{1,50}$/, 'a label name: 1 to 50 characters, no comma or newline')
      .optional(),
    'sandbox-root': sandboxRootSchema.optional(),
    limits: z
      .object({
        memory: limitSchemas.memory.optional(),
        cpus: limitSchemas.cpus.optional(),
        timeout: limitSchemas.timeout.optional(),
        pids: limitSchemas.pids.optional(),
        'workspace-size': limitSchemas['workspace-size'].optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export type Policy = z.output<typeof policySchema>;

/**
 * Parses the policy file read from the base branch. `text` null means the file does not exist,
 * which is not an error. `source` names the file in error messages.
 */
export function parsePolicyFile(text: string | null, source: string): Policy | null {
  if (text === null) return null;
  if (new TextEncoder().encode(text).length > MAX_POLICY_BYTES) {
    throw new ConfigError(
      source,
      `is larger than ${MAX_POLICY_BYTES} bytes; keep the policy short`,
    );
  }
  let document: unknown;
  try {
    // Aliases can expand exponentially ("billion laughs"); a policy never needs more than a few.
    document = parse(text, { maxAliasCount: 16, uniqueKeys: true, prettyErrors: true });
  } catch (error) {
    throw new ConfigError(source, `is not valid YAML: ${errorMessage(error).split('\n')[0]}`);
  }
  const parsed = policySchema.safeParse(document ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.map(String).join('.') || '(top level)';
  throw new ConfigError(source, `${where}: ${issue?.message ?? 'invalid'}`);
}

/**
 * The base branch's policy wins over action inputs: for pull_request events the workflow file
 * (and so every `with:` input) comes from the PR's merge ref, which the PR author controls.
 */
export function applyPolicy(config: ActionConfig, policy: Policy | null): ActionConfig {
  if (policy === null) return config;
  const limits = policy.limits ?? {};
  return Object.freeze({
    ...config,
    scope: policy.scope ?? config.scope,
    failOn: policy['fail-on'] ?? config.failOn,
    blockOnViolations: policy['block-on-violations'] ?? config.blockOnViolations,
    testCommand: policy['test-command'] ?? config.testCommand,
    installCommand: policy['install-command'] ?? config.installCommand,
    installFrom: policy['install-from'] ?? config.installFrom,
    // Replaced, not merged: hosts from the PR-controlled workflow must not widen the base's list.
    allowHosts: policy['allow-hosts'] ?? config.allowHosts,
    aiAuthors: [...config.aiAuthors, ...(policy['ai-authors'] ?? [])],
    aiLabels: [...config.aiLabels, ...(policy['ai-labels'] ?? [])],
    aiBranchPrefixes: [...config.aiBranchPrefixes, ...(policy['ai-branch-prefixes'] ?? [])],
    acceptLabel: policy['accept-label'] ?? config.acceptLabel,
    sandboxRoot: policy['sandbox-root'] ?? config.sandboxRoot,
    limits: {
      memoryMiB: limits.memory ?? config.limits.memoryMiB,
      cpus: limits.cpus ?? config.limits.cpus,
      timeoutSeconds: limits.timeout ?? config.limits.timeoutSeconds,
      pids: limits.pids ?? config.limits.pids,
      workspaceMiB: limits['workspace-size'] ?? config.limits.workspaceMiB,
    },
  });
}

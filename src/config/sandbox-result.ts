import { z } from 'zod';
import type { SandboxResult } from '../domain.js';

// The CLI keeps 256 KiB head + tail of each stream (two phases: four streams); JSON escaping can
// inflate that up to 6x.
export const MAX_SANDBOX_JSON_BYTES = 32 * 1024 * 1024;
/** The most violations a result (and a merged report) holds. */
export const MAX_VIOLATIONS = 1000;

const text = (max: number) => z.string().max(max);

const violationSchema = z.object({
  kind: z.enum(['network', 'filesystem', 'process', 'privilege', 'resource']),
  syscall: text(200),
  detail: text(4000),
  process: text(400),
  count: z.number().int().min(0),
  firstAtMs: z.number().min(0),
  phase: z.enum(['install', 'test']).optional(),
  test: z
    .object({
      name: text(1000),
      file: text(1024).nullable(),
      line: z.number().int().min(0).nullable(),
    })
    .optional(),
  shard: z.number().int().min(1).max(256).optional(),
});

const outcomeSchema = z.enum([
  'passed',
  'failed',
  'timeout',
  'memory-limit',
  'process-limit',
  'output-limit',
  'sandbox-error',
]);

const egressRecordSchema = z.object({
  host: text(400),
  port: z.number().int().min(0).max(65_535),
  address: text(64).nullable(),
  rule: text(40).nullable(),
  reason: text(1000),
  count: z.number().int().min(0),
  bytes: z.number().min(0),
  firstAtMs: z.number().min(0),
});

// What every sandboxed command reports, the install's run as much as the command's.
const runFields = {
  outcome: outcomeSchema,
  exitCode: z.number().int().nullable(),
  signal: text(32).nullable(),
  durationMs: z.number().min(0),
  stdout: text(4 * 1024 * 1024),
  stderr: text(4 * 1024 * 1024),
  truncated: z.object({ stdout: z.boolean(), stderr: z.boolean() }),
  resources: z.object({
    cpuMs: z.number().min(0).nullable(),
    peakMemoryBytes: z.number().min(0).nullable(),
  }),
};

const installResultSchema = z.object({
  ...runFields,
  egress: z.object({
    connections: z.number().int().min(0),
    bytes: z.number().min(0),
    allowed: z.array(egressRecordSchema).max(1000),
    denied: z.array(egressRecordSchema).max(1000),
    omitted: z.number().int().min(0),
  }),
});

/** The `airlock run --json` contract (SandboxResult), as read back from another process or an artifact. */
export const sandboxResultSchema = z.object({
  ...runFields,
  sandbox: z.object({
    runtime: z.literal('gvisor'),
    runscVersion: text(100),
    platform: z.enum(['systrap', 'ptrace']),
    root: z.enum(['runner', 'image']).optional(),
  }),
  violations: z.array(violationSchema).max(MAX_VIOLATIONS),
  error: text(8000).nullable(),
  results: z.array(text(1024)).max(10_000),
  startedAt: z.string().max(40).optional(),
  phase: z.enum(['install', 'test']).optional(),
  install: installResultSchema.nullable().optional(),
  telemetry: z
    .object({
      available: z.boolean(),
      missing: z.array(z.enum(['syscall-trace', 'file-monitor', 'seccomp-refusals'])).max(8),
      reason: text(2000).nullable(),
    })
    .optional(),
}) satisfies z.ZodType<SandboxResult>;

/** Parses `airlock run --json` stdout; null when it is not exactly one valid result. */
export function parseSandboxResultJson(stdout: string): SandboxResult | null {
  if (stdout.length > MAX_SANDBOX_JSON_BYTES) return null;
  let value: unknown;
  try {
    value = JSON.parse(stdout);
  } catch {
    return null;
  }
  const parsed = sandboxResultSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

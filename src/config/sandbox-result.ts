import { z } from 'zod';
import type { SandboxResult } from '../domain.js';

// The CLI keeps 256 KiB head + tail of each stream; JSON escaping can inflate that up to 6x.
export const MAX_SANDBOX_JSON_BYTES = 16 * 1024 * 1024;

const text = (max: number) => z.string().max(max);

const violationSchema = z.object({
  kind: z.enum(['network', 'filesystem', 'process', 'privilege', 'resource']),
  syscall: text(200),
  detail: text(4000),
  process: text(400),
  count: z.number().int().min(0),
  firstAtMs: z.number().min(0),
  test: z
    .object({
      name: text(1000),
      file: text(1024).nullable(),
      line: z.number().int().min(0).nullable(),
    })
    .optional(),
});

/** The `airlock run --json` contract (SandboxResult), as read back from another process or an artifact. */
export const sandboxResultSchema = z.object({
  outcome: z.enum([
    'passed',
    'failed',
    'timeout',
    'memory-limit',
    'process-limit',
    'output-limit',
    'sandbox-error',
  ]),
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
  sandbox: z.object({
    runtime: z.literal('gvisor'),
    runscVersion: text(100),
    platform: z.enum(['systrap', 'ptrace']),
  }),
  violations: z.array(violationSchema).max(1000),
  error: text(8000).nullable(),
  results: z.array(text(1024)).max(10_000),
  startedAt: z.string().max(40).optional(),
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

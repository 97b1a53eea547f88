import { z } from 'zod';
import { sandboxResultSchema } from '../config/sandbox-result.js';
import { MAX_SHARDS, shardSchema } from '../config/shard-spec.js';
import type { Shard } from '../config/shard-spec.js';
import type { ReportModel, ShardRun } from './report-model.js';

/** What one analysis produced: the report JSON (`report-json`) and the analyze → report artifact. */
export interface Analysis {
  readonly version: 1;
  /** The pull request the analysis belongs to; null for a local `airlock check`. */
  readonly pullRequest: number | null;
  readonly model: ReportModel;
  /** Set by `mode: analyze` with `shard`: which slice of the suite this analysis ran. */
  readonly shard?: Shard;
}

// An honest analysis of a large PR is a few MiB; the cap keeps a hostile artifact from costing more.
export const MAX_ANALYSIS_BYTES = 32 * 1024 * 1024;
/** The most test cases an artifact (and a merged report) holds. */
export const MAX_TEST_CASES = 5000;

const text = (max = 4000) => z.string().max(max);
const sha = z.string().regex(/^[0-9a-f]{40,64}$/);
const severity = z.enum(['low', 'medium', 'high', 'critical']);
const sandboxOutcome = sandboxResultSchema.shape.outcome;

const reasonSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('findings'),
    count: z.number().int().min(0),
    threshold: severity,
  }),
  z.object({
    kind: z.literal('tests-failed'),
    failed: z.number().int().min(0),
    errored: z.number().int().min(0),
  }),
  z.object({ kind: z.literal('sandbox-outcome'), outcome: sandboxOutcome.exclude(['passed']) }),
  z.object({ kind: z.literal('violations'), count: z.number().int().min(0) }),
  z.object({ kind: z.literal('no-ai-changes') }),
  z.object({ kind: z.literal('no-test-command') }),
  z.object({ kind: z.literal('all-clear') }),
  z.object({
    kind: z.literal('accepted'),
    by: z.string().regex(/^[A-Za-z0-9-]{1,39}(\[bot\])?$/),
    reason: text(500),
    via: z.enum(['label', 'comment']),
    headSha: sha,
    overrode: z.enum(['fail', 'blocked']),
  }),
]);

const findingSchema = z.object({
  ruleId: text(200),
  severity,
  category: text(200),
  message: text(),
  path: text(4096),
  line: z.number().int().min(0),
  column: z.number().int().min(0),
  endLine: z.number().int().min(0),
  cwe: z.array(text(40)).max(20),
  evidence: text(),
  excerpt: z
    .object({
      startLine: z.number().int().min(1),
      text: text(8000),
      removed: z.literal(true).optional(),
    })
    .optional(),
});

const testCaseSchema = z.object({
  suite: text(500),
  name: text(500),
  status: z.enum(['passed', 'failed', 'errored', 'skipped']),
  file: text(4096).nullable(),
  line: z.number().int().min(0).nullable(),
  message: text(),
  durationMs: z.number().min(0).nullable(),
  shard: z.number().int().min(1).max(MAX_SHARDS).optional(),
});

const count = z.number().int().min(0);
const name = z.string().regex(/^[\w.-]{1,100}$/);

// Links are replaced by the report job's own context before rendering; validated all the same.
const linksSchema = z.object({
  serverUrl: z.string().regex(/^https?:\/\/[\w.:-]{1,253}$/),
  owner: name,
  repo: name,
  runId: z
    .string()
    .regex(/^\d{1,20}$/)
    .nullable(),
});

const optionsSchema = z.object({
  testCommand: text(32 * 1024).nullable(),
  installCommand: text(32 * 1024).nullable(),
  installFrom: z.enum(['head', 'base']),
  allowHosts: z.array(text(300)).max(100),
  blockOnViolations: z
    .array(z.enum(['network', 'filesystem', 'process', 'privilege', 'resource']))
    .max(5),
  aiAuthors: z.array(text(256)).max(512),
  workingDirectory: text(1024),
  limits: z.object({
    memoryMiB: z.number().positive(),
    cpus: z.number().positive(),
    timeoutSeconds: z.number().positive(),
    pids: z.number().int().positive(),
    workspaceMiB: z.number().positive(),
  }),
});

const provenanceSchema = z.object({
  commits: z
    .array(
      z.object({
        sha,
        subject: text(),
        isMerge: z.boolean(),
        aiAuthored: z.boolean(),
        agents: z.array(text(100)).max(50),
        signals: z.array(text(1000)).max(50),
      }),
    )
    .max(10_000),
  pullRequestSignals: z.array(text(1000)).max(50),
  agents: z.array(text(100)).max(50),
  aiCommits: count,
  aiLines: count,
  totalAddedLines: count,
});

const testCountsSchema = z.object({
  passed: count,
  failed: count,
  errored: count,
  skipped: count,
});

const shardRunSchema = z.object({
  index: z.number().int().min(1).max(MAX_SHARDS),
  total: z.number().int().min(1).max(MAX_SHARDS),
  conclusion: z.enum(['pass', 'fail', 'blocked', 'neutral']),
  outcome: sandboxOutcome.nullable(),
  durationMs: z.number().min(0).nullable(),
  cpuMs: z.number().min(0).nullable(),
  peakMemoryBytes: z.number().min(0).nullable(),
  tests: testCountsSchema.nullable(),
  violations: count,
}) satisfies z.ZodType<ShardRun>;

const modelSchema = z.object({
  verdict: z.object({
    conclusion: z.enum(['pass', 'fail', 'blocked', 'neutral']),
    reasons: z.array(reasonSchema).max(20),
  }),
  findings: z.array(findingSchema).max(20_000),
  scope: z.enum(['ai-authored', 'all']),
  failOn: z.enum(['low', 'medium', 'high', 'critical', 'none']),
  tests: z
    .object({
      source: z.enum(['junit', 'exit-code']),
      passed: count,
      failed: count,
      errored: count,
      skipped: count,
      cases: z.array(testCaseSchema).max(MAX_TEST_CASES),
      truncated: z.boolean(),
    })
    .nullable(),
  sandbox: sandboxResultSchema.nullable(),
  provenance: provenanceSchema,
  headSha: sha,
  baseSha: sha.nullable().default(null),
  links: linksSchema.nullable().default(null),
  options: optionsSchema.nullable().default(null),
  notes: z.array(text()).max(20),
  shards: z.array(shardRunSchema).max(MAX_SHARDS).optional(),
}) satisfies z.ZodType<ReportModel>;

export const analysisSchema = z.object({
  version: z.literal(1),
  pullRequest: z.number().int().positive().nullable(),
  model: modelSchema,
  shard: shardSchema.optional(),
}) satisfies z.ZodType<Analysis>;

/**
 * Reads an analysis written by another job. In `mode: report` it is untrusted data: the analyze
 * job ran the PR's workflow file, so every field is size-bounded and validated here, and every
 * string is sanitised again when rendered.
 */
export function parseAnalysis(json: string, source: string): Analysis {
  if (json.length > MAX_ANALYSIS_BYTES)
    throw new Error(`${source} is larger than ${MAX_ANALYSIS_BYTES} bytes`);
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new Error(`${source} is not JSON`);
  }
  const parsed = analysisSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new Error(
    `${source} is not an Airlock analysis: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`,
  );
}

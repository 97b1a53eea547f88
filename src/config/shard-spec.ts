import { z } from 'zod';

/** One slice of a test suite split over a job matrix: shard `index` of `total`, counted from 1. */
export interface Shard {
  readonly index: number;
  readonly total: number;
}

// A job matrix holds at most 256 jobs (GitHub Actions' limit per workflow run).
export const MAX_SHARDS = 256;

/** `2/4` → { index: 2, total: 4 }; the form `${{ matrix.shard }}/${{ strategy.job-total }}` gives. */
export const shardSpecSchema = z
  .string()
  .regex(/^\d{1,3}\/\d{1,3}$/, 'must be INDEX/TOTAL, e.g. 2/4 (shards count from 1)')
  .transform((text) => {
    const [index, total] = text.split('/').map(Number);
    return { index: index ?? 0, total: total ?? 0 };
  })
  .refine((shard) => shard.total >= 1 && shard.total <= MAX_SHARDS, {
    message: `the total must be 1 to ${MAX_SHARDS} (a job matrix holds at most ${MAX_SHARDS} jobs)`,
  })
  .refine((shard) => shard.index >= 1 && shard.index <= shard.total, {
    message: 'the index must be 1 to the total (shards count from 1)',
  });

export const shardSchema = z.object({
  index: z.number().int().min(1).max(MAX_SHARDS),
  total: z.number().int().min(1).max(MAX_SHARDS),
}) satisfies z.ZodType<Shard>;

/** The variables the test command sees, for runners' own split options (vitest --shard, …). */
export function shardEnv(shard: Shard | null): Record<string, string> {
  if (shard === null) return {};
  return { AIRLOCK_SHARD_INDEX: String(shard.index), AIRLOCK_SHARD_TOTAL: String(shard.total) };
}

/** `2/4`: as the input and the report name a shard. */
export const shardLabel = (shard: Shard): string => `${shard.index}/${shard.total}`;

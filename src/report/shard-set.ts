import type { Shard } from '../config/shard-spec.js';
import { shardLabel } from '../config/shard-spec.js';
import { ConfigError, errorMessage } from '../errors.js';
import type { Analysis } from './analysis.js';
import { parseAnalysis } from './analysis.js';

/** One shard's results file as read from the artifacts: untrusted text. */
export interface ShardFile {
  /** The file, relative to results-dir: the name errors give. */
  readonly source: string;
  readonly text: string;
}

interface ShardArtifact {
  readonly source: string;
  readonly analysis: Analysis;
}

export type ShardedAnalysis = Analysis & { readonly shard: Shard };

// The report names each problem; past a handful the rest are counted, not listed.
const MAX_PROBLEMS_LISTED = 10;

/**
 * The shards' analyses in index order, when they are exactly one per index 1..total of one
 * matrix, for the commit being reported. Anything else is a ConfigError naming every problem:
 * a missing or doubled shard must never read as a smaller suite that passed.
 */
export function checkShardSet(
  files: readonly ShardFile[],
  expected: { readonly headSha: string },
): ShardedAnalysis[] {
  const problems: string[] = [];
  const artifacts = files.flatMap((file): ShardArtifact[] => {
    try {
      return [{ source: file.source, analysis: parseAnalysis(file.text, file.source) }];
    } catch (error) {
      problems.push(errorMessage(error));
      return [];
    }
  });
  const first = artifacts[0];
  if (first === undefined)
    throw new ConfigError(
      'results-dir',
      problems.length > 0 ? describeProblems(problems) : 'holds no shard results',
    );
  const byIndex = new Map<number, ShardArtifact & { analysis: ShardedAnalysis }>();
  const total = first.analysis.shard?.total ?? 0;
  for (const artifact of artifacts) {
    const problem = artifactProblem(artifact, first, expected.headSha);
    if (problem !== null) {
      problems.push(problem);
      continue;
    }
    const analysis = artifact.analysis as ShardedAnalysis;
    const twin = byIndex.get(analysis.shard.index);
    if (twin) {
      problems.push(
        `two results for shard ${shardLabel(analysis.shard)}: ${twin.source} and ${artifact.source}`,
      );
      continue;
    }
    byIndex.set(analysis.shard.index, { ...artifact, analysis });
  }
  const missing = Array.from({ length: total }, (_, i) => i + 1).filter(
    (index) => !byIndex.has(index),
  );
  if (total > 0 && missing.length > 0)
    problems.push(
      `no results for shard ${missing.map((index) => shardLabel({ index, total })).join(', ')} (did the job fail before uploading its artifact?)`,
    );
  if (problems.length > 0) throw new ConfigError('results-dir', describeProblems(problems));
  return [...byIndex.values()]
    .map((artifact) => artifact.analysis)
    .sort((a, b) => a.shard.index - b.shard.index);
}

/** Why this artifact cannot be one shard of the set the first one belongs to; null when it can. */
function artifactProblem(
  artifact: ShardArtifact,
  first: ShardArtifact,
  headSha: string,
): string | null {
  const { analysis, source } = artifact;
  const reference = first.analysis;
  if (!analysis.shard) return `${source} is not a shard's results (run with no shard input)`;
  if (!reference.shard) return `${first.source} is not a shard's results (run with no shard input)`;
  if (analysis.model.headSha !== headSha)
    return `${source} is for commit ${analysis.model.headSha.slice(0, 12)}, not ${headSha.slice(0, 12)}`;
  if (analysis.shard.total !== reference.shard.total)
    return `${source} is shard ${shardLabel(analysis.shard)}, but ${first.source} is shard ${shardLabel(reference.shard)}: the totals differ`;
  if (analysis.shard.index > analysis.shard.total)
    return `${source} is shard ${shardLabel(analysis.shard)}, beyond its total`;
  if (analysis.pullRequest !== reference.pullRequest)
    return `${source} names pull request #${analysis.pullRequest ?? '?'}, ${first.source} #${reference.pullRequest ?? '?'}`;
  if (analysis.model.baseSha !== reference.model.baseSha)
    return `${source} compares with base ${analysis.model.baseSha?.slice(0, 12) ?? '?'}, ${first.source} with ${reference.model.baseSha?.slice(0, 12) ?? '?'}`;
  return null;
}

function describeProblems(problems: readonly string[]): string {
  const listed = problems.slice(0, MAX_PROBLEMS_LISTED);
  const more = problems.length - listed.length;
  return `the shard results do not make one complete run: ${listed.join('; ')}${more > 0 ? `; and ${more} more problems` : ''}`;
}

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../../errors.js';
import type { Analysis } from '../../report/analysis.js';
import { mergeShards } from '../../report/merge-shards.js';
import { readAnalysisFile } from './action-context.js';
import { REPORT_FILE } from './action-publisher.js';
import { readShardFiles } from './shard-artifacts.js';

/**
 * What `mode: report` publishes: the analyze job's one report, or the shards' results merged
 * (docs/sharding.md). A shard set that is not one complete run is thrown after `onBadShards`.
 */
export async function readReportResults(
  resultsDir: string,
  headSha: string,
  onBadShards: (error: unknown) => Promise<void>,
): Promise<Analysis> {
  const shards = await readShardFiles(resultsDir);
  if (shards.length === 0) {
    const artifact = await readAnalysisFile(join(resultsDir, REPORT_FILE));
    if (artifact.model.headSha !== headSha)
      throw new ConfigError(
        'results-dir',
        `the results are for commit ${artifact.model.headSha.slice(0, 12)}, not ${headSha.slice(0, 12)} that the workflow_run event names`,
      );
    return artifact;
  }
  try {
    if (existsSync(join(resultsDir, REPORT_FILE)))
      throw new ConfigError(
        'results-dir',
        `holds both ${REPORT_FILE} (an unsharded run) and shard results; download one run's artifacts`,
      );
    return mergeShards(shards, { headSha });
  } catch (error) {
    await onBadShards(error);
    throw error;
  }
}

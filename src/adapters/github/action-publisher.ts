import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as core from '@actions/core';
import type { ActionConfig } from '../../config/action-inputs.js';
import type { PipelineLogger, Publisher } from '../../ports.js';
import { actionOutputs } from '../../report/action-outputs.js';
import { renderJobSummary } from '../../report/render-report.js';
import { sarifForFindings } from '../../report/sarif-for-analysis.js';
import type { Shard } from '../../config/shard-spec.js';
import type { GitHubPublisher } from './github-publisher.js';

export const SARIF_FILE = 'airlock.sarif';
/** The report JSON; in `mode: analyze` it is the artifact `mode: report` publishes. */
export const REPORT_FILE = 'airlock-report.json';

/**
 * A shard's files are named after it, so the matrix's artifacts can be downloaded into one
 * directory (download-artifact's merge-multiple) without one overwriting another.
 */
export function resultFileNames(shard: Shard | null): { sarif: string; report: string } {
  if (shard === null) return { sarif: SARIF_FILE, report: REPORT_FILE };
  const stem = `airlock-shard-${shard.index}-of-${shard.total}`;
  return { sarif: `${stem}.sarif`, report: `${stem}.json` };
}

/**
 * Publishes where the mode says: GitHub (check run, comment, SARIF upload) unless analyzing, then
 * the results files, the job summary (with any reason GitHub could not be written) and outputs.
 */
export function actionPublisher(options: {
  readonly config: ActionConfig;
  /** Absolute results directory. */
  readonly resultsDir: string;
  /** Null in `mode: analyze`, or when the token is known to be read-only. */
  readonly github: GitHubPublisher | null;
  /** Said in the job summary when nothing goes to GitHub. */
  readonly githubSkipped: string | null;
  readonly log: PipelineLogger;
}): Publisher {
  const { config, github } = options;
  return {
    start: async () => github?.startCheck(),
    async publish(analysis) {
      const sarif = sarifForFindings(
        analysis.model.findings,
        config.sarifCategory,
        analysis.model.sandbox,
      );
      await mkdir(options.resultsDir, { recursive: true });
      const names = resultFileNames(analysis.shard ?? null);
      const files = {
        sarif: join(options.resultsDir, names.sarif),
        report: join(options.resultsDir, names.report),
      };
      await writeFile(files.sarif, `${JSON.stringify(sarif, null, 2)}\n`);
      await writeFile(files.report, `${JSON.stringify(analysis)}\n`);
      const notes = github
        ? await github.publish(analysis, config.uploadSarif ? sarif : null)
        : options.githubSkipped
          ? [options.githubSkipped]
          : [];
      const model = { ...analysis.model, notes: [...analysis.model.notes, ...notes] };
      await core.summary.addRaw(renderJobSummary(model)).write();
      for (const [name, value] of Object.entries(actionOutputs(analysis, files)))
        core.setOutput(name, value);
      options.log.info(`verdict ${analysis.model.verdict.conclusion}; report in ${files.report}`);
    },
    abort: async (message) => github?.failCheck(message),
  };
}

import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadSyntaxParser } from '../adapters/scanner/scan-grammars.js';
import { readScanPaths } from '../adapters/scanner/scan-paths.js';
import { readGitDiff } from '../adapters/git/git-objects.js';
import { writeReportFile } from '../adapters/scanner/scan-output.js';
import type { ScanReport } from '../domain.js';
import { ConfigError } from '../errors.js';
import { MAX_FILE_BYTES } from '../scan/scan-file.js';
import { changeLanguages, scanChanges } from '../scan/scan-changes.js';
import { scanWholeFiles, type SourceEntry } from '../scan/scan-whole-files.js';
import { scanInParallel } from '../adapters/scanner/parallel-scan.js';
import { sarifReport } from '../scan/sarif-report.js';
import { atLeast } from '../scan/severity.js';
import { textReport } from '../scan/text-report.js';
import type { CliIo, ExitCode } from './cli-io.js';

const usage = `Usage: airlock scan [--diff BASE..HEAD] [--format text|json|sarif] [--output FILE]
                   [--fail-on low|medium|high|critical|never] [PATH...]

With PATHs, scans those files and directories whole. With --diff, reads the post-change files
from git objects and reports findings on added or changed lines plus findings about the diff.
Exit status: 0 nothing reaches --fail-on (default high), 1 something does, 2 usage error.`;

const optionsSchema = z.object({
  diff: z
    .string()
    .regex(/^[^\s.][^\s]*\.\.[^\s.][^\s]*$/, 'must look like BASE..HEAD')
    .optional(),
  format: z.enum(['text', 'json', 'sarif']).default('text'),
  output: z.string().min(1).optional(),
  failOn: z.enum(['low', 'medium', 'high', 'critical', 'never']).default('high'),
  paths: z.array(z.string().min(1)),
});

type ScanOptions = z.infer<typeof optionsSchema>;

function parseOptions(argv: readonly string[]): ScanOptions | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        diff: { type: 'string' },
        format: { type: 'string' },
        output: { type: 'string', short: 'o' },
        'fail-on': { type: 'string' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new ConfigError(
      'airlock scan',
      `${error instanceof Error ? error.message : String(error)}\n${usage}`,
    );
  }
  if (parsed.values.help) return 'help';
  const result = optionsSchema.safeParse({
    ...parsed.values,
    failOn: parsed.values['fail-on'],
    paths: parsed.positionals,
  });
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ConfigError(
      `--${String(issue?.path[0] ?? 'scan')}`.replace('--failOn', '--fail-on'),
      issue?.message ?? 'invalid',
    );
  }
  if (!result.data.diff && result.data.paths.length === 0)
    throw new ConfigError('airlock scan', `give PATHs or --diff\n${usage}`);
  if (result.data.diff && result.data.paths.length > 0)
    throw new ConfigError('--diff', 'scans the diff; do not also give PATHs');
  return result.data;
}

function render(report: ScanReport, format: ScanOptions['format']): string {
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  if (format === 'sarif')
    return `${JSON.stringify(sarifReport(report, { version: '0.1.0', automationId: 'airlock/scan/' }), null, 2)}\n`;
  return textReport(report);
}

async function scanReport(
  options: ScanOptions,
  cwd: string,
  maxWorkers: number,
): Promise<ScanReport> {
  const clock = () => performance.now();
  const limits = { cwd, maxBytes: MAX_FILE_BYTES };
  if (options.diff) {
    const changes = await readGitDiff(options.diff, limits);
    // A diff names its files up front: compile only the grammars it needs (~10 ms each).
    return scanChanges(changes, {
      parser: await loadSyntaxParser(changeLanguages(changes)),
      clock,
    });
  }
  const started = clock();
  const entries: SourceEntry[] = [];
  for await (const entry of readScanPaths(options.paths, limits)) entries.push(entry);
  const parallel = await scanInParallel(entries, { startedAt: started, now: clock, maxWorkers });
  if (parallel) return parallel;
  const parser = await loadSyntaxParser();
  const report = await scanWholeFiles(entries, { parser, clock });
  return { ...report, stats: { ...report.stats, durationMs: Math.round(clock() - started) } };
}

export async function scanCommand(io: CliIo): Promise<ExitCode> {
  const options = parseOptions(io.argv);
  if (options === 'help') {
    io.stdout(`${usage}\n`);
    return 0;
  }
  // AIRLOCK_SCAN_WORKERS caps the worker threads of a path scan (1: scan on the main thread only).
  const workers = Number(io.env['AIRLOCK_SCAN_WORKERS'] ?? 4);
  const report = await scanReport(
    options,
    io.cwd,
    Number.isInteger(workers) && workers > 0 ? workers : 4,
  );
  const output = render(report, options.format);
  if (options.output) {
    await writeReportFile(io.cwd, options.output, output);
    io.log.info(`wrote ${report.findings.length} finding(s) to ${options.output}`);
  } else io.stdout(output);
  const threshold = options.failOn;
  if (threshold === 'never') return 0;
  return report.findings.some((finding) => atLeast(finding.severity, threshold)) ? 1 : 0;
}

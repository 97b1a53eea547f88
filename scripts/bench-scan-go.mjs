// The Go row of `npm run bench:scan`:
//   1. Throughput on a large real Go codebase: every .go file of the repository whose git
//      directory AIRLOCK_BENCH_GO_REPO names (default: the prometheus/prometheus mirror this
//      machine keeps at /work/.mirror). The files are extracted to a temp directory, scanned,
//      and deleted; none of that code enters this repository.
//   2. Recall and false positives on bench/go-labelled/: small Go programs written for this
//      bench, malicious/ (each should be flagged at >= medium) and benign/ (look-alikes that
//      should not be flagged at >= high). Only ever scanned, never built or run.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const defaultGoRepo = '/work/.mirror/prometheus+prometheus/repo';
const rank = { low: 0, medium: 1, high: 2, critical: 3 };

function goFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.go'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Lines per second over the Go files of the repository in `gitDir`, at its HEAD. */
export function goThroughput({ gitDir, work, runAirlock }) {
  if (!existsSync(gitDir)) return { skipped: `no git directory at ${gitDir}` };
  const git = (...args) =>
    execFileSync('git', ['--git-dir', gitDir, ...args], {
      maxBuffer: 1 << 30,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  const commit = git('rev-parse', 'HEAD').toString().trim();
  // Mirrors are kept as /work/.mirror/<owner>+<name>/repo: name the repository, not the path.
  const mirror = /([^/]+)\+([^/]+)\/repo\/?$/.exec(gitDir);
  const origin = mirror ? `${mirror[1]}/${mirror[2]}@${commit.slice(0, 10)}` : gitDir;
  const dir = join(work, 'go-repo');
  mkdirSync(dir, { recursive: true });
  execFileSync('tar', ['-x', '-C', dir], { input: git('archive', 'HEAD', '--', ':(glob)**/*.go') });
  const files = goFiles(dir);
  const lines = files.reduce((sum, file) => sum + readFileSync(file, 'utf8').split('\n').length, 0);
  const { report, wallSeconds } = runAirlock([dir]);
  return {
    repository: origin,
    commit,
    files: files.length,
    lines,
    seconds: wallSeconds,
    linesPerSecond: lines / wallSeconds,
    skipped: report.stats.skipped.length,
    findings: report.findings.length,
  };
}

/** Recall (>= medium) on malicious/ and files flagged on benign/, from bench/go-labelled. */
export function goLabelled({ labelledDir, runAirlock }) {
  const flaggedAt = (dir, threshold) => {
    const { report } = runAirlock([dir]);
    const flagged = new Set(
      report.findings
        .filter((f) => rank[f.severity] >= rank[threshold])
        .map((f) => f.path.split('/').pop()),
    );
    const names = readdirSync(dir).filter((name) => name.endsWith('.go'));
    return {
      flagged: names.filter((name) => flagged.has(name)).length,
      total: names.length,
      missed: names.filter((name) => !flagged.has(name)),
    };
  };
  const malicious = flaggedAt(join(labelledDir, 'malicious'), 'medium');
  const benignHigh = flaggedAt(join(labelledDir, 'benign'), 'high');
  const benignMedium = flaggedAt(join(labelledDir, 'benign'), 'medium');
  return {
    recall: { flagged: malicious.flagged, total: malicious.total, missed: malicious.missed },
    falsePositivesHigh: { flagged: benignHigh.flagged, total: benignHigh.total },
    falsePositivesMedium: { flagged: benignMedium.flagged, total: benignMedium.total },
  };
}

// Benchmarks `airlock scan` (dist/cli.js) against Debian's Bandit on the same inputs, in one run:
//   1. RedCode-Exec Python (../shared/benchmarks/redcode-exec): recall per in-scope category at
//      >= medium, false-positive rate at >= high on the out-of-scope categories. The corpus is
//      written to a temp directory and only ever scanned, never executed or copied into the repo.
//   2. Throughput on /usr/lib/python3.11 (excluding test/): lines per second, ratio.
//   3. Wall time of `airlock scan --diff` on a generated 2,000-line diff.
//   4. Go (scripts/bench-scan-go.mjs): throughput on a large real Go repository (AIRLOCK_BENCH_GO_REPO,
//      a git directory; default the prometheus/prometheus mirror) and recall/false positives on the
//      labelled programs in bench/go-labelled/.
// Prints a table and writes bench-results/scan-<time>.json.
// Options: --cli PATH benchmarks another build of the CLI (default dist/cli.js);
// --only redcode|throughput|diff|go runs one part and prints its JSON.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { defaultGoRepo, goLabelled, goThroughput } from './bench-scan-go.mjs';

const repo = resolve(import.meta.dirname, '..');
const option = (name) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
};
const cli = resolve(option('--cli') ?? join(repo, 'dist/cli.js'));
const corpusDir = resolve(repo, '../shared/benchmarks/redcode-exec');
const stdlib = '/usr/lib/python3.11';
const inScope = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 13, 14, 18, 21, 24, 26];
const outOfScope = [12, 15, 16, 17, 19, 20, 22, 23, 25];
const rank = { low: 0, medium: 1, high: 2, critical: 3, LOW: 0, MEDIUM: 1, HIGH: 2 };

const work = mkdtempSync(join(tmpdir(), 'airlock-bench-'));
const seconds = (start) => Number(process.hrtime.bigint() - start) / 1e9;

function runAirlock(args, cwd = repo) {
  const start = process.hrtime.bigint();
  const result = spawnSync(
    process.execPath,
    [cli, 'scan', '--format', 'json', '--fail-on', 'never', ...args],
    { cwd, maxBuffer: 1 << 30, encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`airlock scan failed: ${result.stderr}`);
  return { report: JSON.parse(result.stdout), wallSeconds: seconds(start) };
}

// Bandit is the comparison, not the subject: without it the Airlock figures still print.
const hasBandit = spawnSync('bandit', ['--version'], { encoding: 'utf8' }).status === 0;

function runBandit(args) {
  if (!hasBandit) return null;
  const start = process.hrtime.bigint();
  const result = spawnSync('bandit', ['-f', 'json', '-q', ...args], {
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  });
  return { report: JSON.parse(result.stdout), wallSeconds: seconds(start) };
}

function writeCorpus() {
  const dir = join(work, 'redcode');
  const programs = [];
  for (const category of [...inScope, ...outOfScope]) {
    const records = JSON.parse(
      readFileSync(join(corpusDir, `index${category}_30_codes_full.json`), 'utf8'),
    );
    mkdirSync(join(dir, String(category)), { recursive: true });
    for (const record of records) {
      const path = join(dir, String(category), `${record.Index}.py`);
      writeFileSync(path, record.Code);
      programs.push({ category, path });
    }
  }
  return { dir, programs };
}

function flagged(findings, threshold) {
  const out = new Set();
  for (const finding of findings)
    if (rank[finding.severity] >= rank[threshold]) out.add(finding.path);
  return out;
}

function redcode() {
  const { dir, programs } = writeCorpus();
  const airlock = runAirlock([dir]).report.findings.map((f) => ({
    path: join(dir, f.path.replace(/^.*redcode\//, '')),
    severity: f.severity,
  }));
  const bandit = runBandit(['-r', dir])?.report.results.map((r) => ({
    path: r.filename,
    severity: r.issue_severity,
  }));
  const score = (findings) => {
    const medium = flagged(findings, 'medium');
    const high = flagged(findings, 'high');
    const perCategory = {};
    for (const category of inScope) {
      const set = programs.filter((p) => p.category === category);
      perCategory[category] = {
        flagged: set.filter((p) => medium.has(p.path)).length,
        total: set.length,
      };
    }
    const inSet = programs.filter((p) => inScope.includes(p.category));
    const outSet = programs.filter((p) => outOfScope.includes(p.category));
    return {
      perCategory,
      recall: { flagged: inSet.filter((p) => medium.has(p.path)).length, total: inSet.length },
      falsePositivesHigh: {
        flagged: outSet.filter((p) => high.has(p.path)).length,
        total: outSet.length,
      },
      falsePositivesMedium: {
        flagged: outSet.filter((p) => medium.has(p.path)).length,
        total: outSet.length,
      },
    };
  };
  return { airlock: score(airlock), bandit: bandit ? score(bandit) : null };
}

function stdlibFiles() {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (path === join(stdlib, 'test') || name === '__pycache__') continue;
      const stat = statSync(path, { throwIfNoEntry: false });
      if (stat?.isDirectory()) walk(path);
      else if (stat?.isFile() && name.endsWith('.py')) files.push(path);
    }
  };
  walk(stdlib);
  return files;
}

function throughput() {
  const files = stdlibFiles();
  const lines = files.reduce((sum, file) => sum + readFileSync(file, 'utf8').split('\n').length, 0);
  const listFile = join(work, 'stdlib-files.txt');
  writeFileSync(listFile, files.join('\n'));
  const airlock = runAirlock(files);
  const bandit = runBandit(['-r', stdlib, '-x', join(stdlib, 'test')]);
  return {
    files: files.length,
    lines,
    airlock: {
      seconds: airlock.wallSeconds,
      linesPerSecond: lines / airlock.wallSeconds,
      skipped: airlock.report.stats.skipped.length,
    },
    bandit: bandit && { seconds: bandit.wallSeconds, linesPerSecond: lines / bandit.wallSeconds },
  };
}

function diffBench() {
  const dir = join(work, 'diff-repo');
  mkdirSync(dir);
  const git = (...args) =>
    execFileSync(
      'git',
      ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', ...args],
      { cwd: dir },
    );
  git('init', '-q', '-b', 'main');
  writeFileSync(join(dir, 'README.md'), '# bench\n');
  git('add', '.');
  git('commit', '-q', '-m', 'base');
  // 20 files x 100 added lines: ordinary code with a sprinkling of risky calls.
  for (let file = 0; file < 20; file++) {
    const body = [];
    for (let i = 0; i < 100; i++) {
      const kind = i % 10;
      body.push(
        kind === 0
          ? `import subprocess`
          : kind === 5
            ? `subprocess.run(['git', 'status'])  # ${i}`
            : `value_${i} = compute(${i}) + ${file}`,
      );
    }
    mkdirSync(join(dir, 'pkg'), { recursive: true });
    writeFileSync(join(dir, 'pkg', `module_${file}.py`), `${body.join('\n')}\n`);
  }
  git('add', '.');
  git('commit', '-q', '-m', 'head');
  const { report, wallSeconds } = runAirlock(['--diff', 'HEAD~1..HEAD'], dir);
  return { addedLines: report.stats.lines, wallSeconds, scanMs: report.stats.durationMs };
}

function goBench() {
  return {
    throughput: goThroughput({
      gitDir: process.env.AIRLOCK_BENCH_GO_REPO ?? defaultGoRepo,
      work,
      runAirlock,
    }),
    labelled: goLabelled({ labelledDir: join(repo, 'bench/go-labelled'), runAirlock }),
  };
}

const pct = (share) =>
  share
    ? `${share.flagged}/${share.total} (${((100 * share.flagged) / share.total).toFixed(1)}%)`
    : 'n/a';

try {
  const only =
    option('--only') ?? (process.argv.includes('--redcode-only') ? 'redcode' : undefined);
  if (only) {
    const parts = { redcode, throughput, diff: diffBench, go: goBench };
    if (!(only in parts)) throw new Error(`--only takes one of ${Object.keys(parts).join(', ')}`);
    console.log(JSON.stringify(parts[only](), null, 1));
    process.exit(0);
  }
  const results = {
    date: new Date().toISOString(),
    redcode: redcode(),
    throughput: throughput(),
    diff: diffBench(),
    go: goBench(),
  };
  const { airlock, bandit } = results.redcode;
  const banditTitle = hasBandit ? 'Bandit 1.6.2 (>= medium)' : 'Bandit (not installed)';
  const rows = [['RedCode-Exec category', 'Airlock (>= medium)', banditTitle]];
  for (const category of inScope)
    rows.push([
      `  ${category}`,
      pct(airlock.perCategory[category]),
      pct(bandit?.perCategory[category]),
    ]);
  rows.push(['In-scope recall (>= medium)', pct(airlock.recall), pct(bandit?.recall)]);
  rows.push([
    'Out-of-scope flagged (>= high)',
    pct(airlock.falsePositivesHigh),
    pct(bandit?.falsePositivesHigh),
  ]);
  rows.push([
    'Out-of-scope flagged (>= medium)',
    pct(airlock.falsePositivesMedium),
    pct(bandit?.falsePositivesMedium),
  ]);
  const t = results.throughput;
  rows.push([
    `Throughput, ${t.lines} lines of ${stdlib}`,
    `${Math.round(t.airlock.linesPerSecond)} lines/s (${t.airlock.seconds.toFixed(1)} s)`,
    t.bandit
      ? `${Math.round(t.bandit.linesPerSecond)} lines/s (${t.bandit.seconds.toFixed(1)} s)`
      : 'n/a (bandit not installed)',
  ]);
  rows.push([
    'Throughput ratio',
    t.bandit ? `${(t.airlock.linesPerSecond / t.bandit.linesPerSecond).toFixed(1)}x` : 'n/a',
    t.bandit ? '1.0x' : 'n/a',
  ]);
  rows.push([
    `Diff of ${results.diff.addedLines} added lines`,
    `${results.diff.wallSeconds.toFixed(2)} s wall (${results.diff.scanMs} ms scan)`,
    'n/a',
  ]);
  const go = results.go;
  rows.push([
    go.throughput.lines
      ? `Go throughput, ${go.throughput.lines} lines of ${go.throughput.repository}`
      : 'Go throughput',
    go.throughput.lines
      ? `${Math.round(go.throughput.linesPerSecond)} lines/s (${go.throughput.seconds.toFixed(1)} s)`
      : `skipped: ${go.throughput.skipped}`,
    'n/a',
  ]);
  rows.push(['Go labelled set: malicious flagged (>= medium)', pct(go.labelled.recall), 'n/a']);
  rows.push([
    'Go labelled set: benign flagged (>= high)',
    pct(go.labelled.falsePositivesHigh),
    'n/a',
  ]);
  rows.push([
    'Go labelled set: benign flagged (>= medium)',
    pct(go.labelled.falsePositivesMedium),
    'n/a',
  ]);
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const line = (row) => `| ${row.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  console.log(
    [
      line(rows[0]),
      `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
      ...rows.slice(1).map(line),
    ].join('\n'),
  );
  mkdirSync(join(repo, 'bench-results'), { recursive: true });
  const out = join(repo, 'bench-results', `scan-${results.date.replace(/[:.]/g, '-')}.json`);
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwrote ${out}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

// Sharding rows of `npm run bench` (alone: `npm run bench:shard`; needs root and `airlock setup`):
//   1. `airlock check` of a generated pytest suite, whole vs split 4 ways with --shard. The shards
//      run one after another here, so a shard's wall time stands for the matrix's (each job runs
//      on its own runner); the longest shard is compared with the whole run, taken in turns.
//   2. The report step's merge of 64 shard result files: read from one directory, validated and
//      merged (src/adapters/github/shard-artifacts.ts, src/report/merge-shards.ts, compiled by tsc here).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const SHARDS = 4;
const FILES = Number(process.env.BENCH_SHARD_FILES ?? 32);
const TESTS_PER_FILE = 10;
const MERGED_SHARDS = 64;
const MERGE_RUNS = 15;

// The file split docs/sharding.md shows (pytest has no split of its own).
const TEST_COMMAND = [
  "python3 -c 'import glob, os, sys, pytest;",
  'i, n = int(os.environ.get("AIRLOCK_SHARD_INDEX", "1")), int(os.environ.get("AIRLOCK_SHARD_TOTAL", "1"));',
  'f = sorted(glob.glob("tests/test_*.py"))[i - 1 :: n];',
  'sys.exit(pytest.main(["-q", "-p", "no:cacheprovider", *f]) if f else 0)\'',
].join(' ');

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;

/** A git repository whose PR commit adds FILES test files of TESTS_PER_FILE CPU-bound tests. */
function suiteRepo(dir) {
  const git = (...args) =>
    execFileSync('git', ['-c', 'commit.gpgsign=false', ...args], {
      cwd: dir,
      stdio: 'ignore',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Bench',
        GIT_AUTHOR_EMAIL: 'bench@example.org',
        GIT_COMMITTER_NAME: 'Bench',
        GIT_COMMITTER_EMAIL: 'bench@example.org',
      },
    });
  mkdirSync(join(dir, 'tests'), { recursive: true });
  git('init', '-q', '-b', 'main');
  writeFileSync(join(dir, 'README.md'), 'bench\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  git('checkout', '-q', '-b', 'feature');
  for (let f = 0; f < FILES; f += 1) {
    const tests = Array.from(
      { length: TESTS_PER_FILE },
      (_, t) =>
        `def test_work_${f}_${t}():\n    assert sum(i * i for i in range(${300_000 + t})) > 0\n`,
    );
    writeFileSync(join(dir, 'tests', `test_suite_${f}.py`), tests.join('\n\n'));
  }
  git('add', '-A');
  git('commit', '-q', '-m', 'suite');
}

/** One `airlock check` of the repo (the whole pipeline: provenance, scan, sandbox, verdict). */
function timeCheck(repo, shard) {
  const start = process.hrtime.bigint();
  const args = [CLI, 'check', '--base', 'main', '--scope', 'all', '--format', 'json'];
  const result = spawnSync(
    process.execPath,
    [...args, '--test-command', TEST_COMMAND, ...(shard ? ['--shard', shard] : [])],
    { cwd: repo, encoding: 'utf8', maxBuffer: 64 << 20 },
  );
  const wall = ms(start);
  if (result.status !== 0)
    throw new Error(
      `airlock check ${shard ?? ''} exited ${result.status}: ${result.stderr.slice(-2000)}`,
    );
  const { model } = JSON.parse(result.stdout);
  return { wall, passed: model.tests.passed, sandboxMs: model.sandbox.durationMs };
}

/** The whole suite, then its SHARDS shards one after another; in turns, RUNS rounds after a warm-up. */
function benchShardedRun(work, runs) {
  const repo = join(work, 'suite');
  mkdirSync(repo);
  suiteRepo(repo);
  const whole = () => timeCheck(repo, null);
  const sharded = () => {
    const shards = Array.from({ length: SHARDS }, (_, i) => timeCheck(repo, `${i + 1}/${SHARDS}`));
    return {
      longest: Math.max(...shards.map((s) => s.wall)),
      sum: shards.reduce((a, s) => a + s.wall, 0),
      passed: shards.reduce((a, s) => a + s.passed, 0),
    };
  };
  whole();
  sharded();
  const samples = { whole: [], sharded: [] };
  // In turns, each round starting with the other, so drift in the machine's speed moves both alike.
  for (let round = 0; round < runs; round += 1) {
    const order = round % 2 === 0 ? ['whole', 'sharded'] : ['sharded', 'whole'];
    for (const name of order) samples[name].push(name === 'whole' ? whole() : sharded());
  }
  const tests = samples.whole[0].passed;
  if (samples.sharded.some((s) => s.passed !== tests))
    throw new Error('the shards did not run exactly the whole suite between them');
  return { tests, samples };
}

/** 64 shard result files as `mode: analyze` writes them: 20 test cases, output tails each. */
export async function benchMerge() {
  // Inside the repository, so the compiled modules resolve zod from its node_modules.
  mkdirSync(join(ROOT, '.build'), { recursive: true });
  const work = mkdtempSync(join(ROOT, '.build', 'bench-shard-'));
  try {
    return await mergeIn(work);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function mergeIn(work) {
  const lib = join(work, 'lib');
  execFileSync(
    join(ROOT, 'node_modules', '.bin', 'tsc'),
    ['-p', 'tsconfig.build.json', '--outDir', lib],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
  const { readShardFiles } = await import(
    pathToFileURL(join(lib, 'adapters', 'github', 'shard-artifacts.js'))
  );
  const { mergeShards } = await import(pathToFileURL(join(lib, 'report', 'merge-shards.js')));
  const results = join(work, 'airlock-results');
  mkdirSync(results);
  const headSha = 'c'.repeat(40);
  let bytes = 0;
  for (let index = 1; index <= MERGED_SHARDS; index += 1) {
    const text = JSON.stringify(shardAnalysis(index, headSha));
    bytes += text.length;
    writeFileSync(join(results, `airlock-shard-${index}-of-${MERGED_SHARDS}.json`), text);
  }
  const times = [];
  let merged = null;
  for (let run = 0; run < MERGE_RUNS + 1; run += 1) {
    const start = process.hrtime.bigint();
    merged = mergeShards(await readShardFiles(results), { headSha });
    if (run > 0) times.push(ms(start));
  }
  if (merged.model.tests.passed !== MERGED_SHARDS * 19) throw new Error('merge lost tests');
  return { times, bytes };
}

function shardAnalysis(index, headSha) {
  const cases = Array.from({ length: 20 }, (_, t) => ({
    suite: `tests.test_suite_${index}`,
    name: `test_work_${index}_${t}`,
    status: t === 0 ? 'failed' : 'passed',
    file: `tests/test_suite_${index}.py`,
    line: 1 + t * 3,
    message: t === 0 ? 'assert 0 > 0' : '',
    durationMs: 12,
  }));
  return {
    version: 1,
    pullRequest: 7,
    shard: { index, total: MERGED_SHARDS },
    model: {
      verdict: { conclusion: 'fail', reasons: [{ kind: 'tests-failed', failed: 1, errored: 0 }] },
      findings: [],
      scope: 'all',
      failOn: 'high',
      tests: {
        source: 'junit',
        passed: 19,
        failed: 1,
        errored: 0,
        skipped: 0,
        cases,
        truncated: false,
      },
      sandbox: {
        outcome: 'failed',
        exitCode: 1,
        signal: null,
        durationMs: 4000 + index,
        stdout: `${'.'.repeat(19)}F\n`.repeat(3000),
        stderr: '',
        truncated: { stdout: false, stderr: false },
        resources: { cpuMs: 3500, peakMemoryBytes: 80 * 1024 * 1024 },
        sandbox: { runtime: 'gvisor', runscVersion: 'release-20250101.0', platform: 'systrap' },
        violations: [],
        error: null,
        results: ['airlock-pytest-junit.xml'],
      },
      provenance: {
        commits: [],
        pullRequestSignals: [],
        agents: [],
        aiCommits: 0,
        aiLines: 0,
        totalAddedLines: 0,
      },
      headSha,
      baseSha: 'd'.repeat(40),
      links: null,
      options: null,
      notes: [],
    },
  };
}

/** Table rows and JSON of both measurements; `work` is a scratch directory the caller removes. */
export async function benchSharding(work, runs = Number(process.env.BENCH_SHARD_RUNS ?? 5)) {
  const { tests, samples } = benchShardedRun(work, runs);
  process.stderr.write(`  sharding: whole suite and ${SHARDS} shards, ${runs} rounds in turns\n`);
  const whole = median(samples.whole.map((s) => s.wall));
  const longest = median(samples.sharded.map((s) => s.longest));
  const sum = median(samples.sharded.map((s) => s.sum));
  const merge = await benchMerge();
  const mergeMs = median(merge.times);
  const lines = [
    `| sharding: \`airlock check\` of ${tests} pytest tests, whole vs the longest of ${SHARDS} shards (p50, ${runs} rounds) | ${Math.round(whole)} ms | ${Math.round(longest)} ms | ${(longest / whole).toFixed(2)}× | |`,
    `| sharding: the ${SHARDS} shards' wall times added up (the runner minutes a matrix spends, p50) | ${Math.round(whole)} ms | ${Math.round(sum)} ms | ${(sum / whole).toFixed(2)}× | |`,
    `| sharding: report step, read + validate + merge ${MERGED_SHARDS} shard results (${(merge.bytes / 2 ** 20).toFixed(1)} MiB, p50 of ${MERGE_RUNS}) | | ${mergeMs.toFixed(1)} ms | | |`,
  ];
  return {
    lines,
    json: {
      tests,
      shards: SHARDS,
      runs,
      whole,
      longest,
      sum,
      mergeMs,
      mergedShards: MERGED_SHARDS,
      mergeBytes: merge.bytes,
      samples,
      mergeTimes: merge.times,
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const work = mkdtempSync(join(tmpdir(), 'airlock-bench-shard-'));
  try {
    const { lines, json } = await benchSharding(work);
    process.stdout.write(
      [
        `${new Date().toISOString()}`,
        '',
        '| metric | baseline | measured | ratio | target |',
        '| --- | ---: | ---: | ---: | --- |',
        ...lines,
      ].join('\n') + '\n',
    );
    mkdirSync('bench-results', { recursive: true });
    writeFileSync('bench-results/bench-shard.json', JSON.stringify(json, null, 2));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

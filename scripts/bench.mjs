// `npm run bench`: sandbox start-up and a generated pytest suite, in gVisor vs natively, measured in
// the same run (medians of RUNS runs, ratios of those medians). Needs root, `airlock setup` done, and
// python3 with pytest on the host for the native baseline (Debian: apt-get install python3-pytest).
// Its sharding rows come from scripts/bench-shard.mjs (alone: `npm run bench:shard`).
import { execFileSync, spawnSync } from 'node:child_process';
import { lookup } from 'node:dns/promises';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchSharding } from './bench-shard.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const CLI = join(import.meta.dirname, '..', 'dist', 'cli.js');
const NATIVE_PYTHON = '/usr/bin/python3';
const TESTS_PER_FILE = 10;
const DEMO_REPO_SCRIPT = join(
  import.meta.dirname,
  '..',
  'examples',
  'ai-demo-repo',
  'build-demo-repo.sh',
);
const FILES = 32;
// The install phase's fixture: 23 packages from the npm registry, pinned by a lockfile.
const NPM_FIXTURE = join(import.meta.dirname, '..', 'test', 'fixtures', 'npm-project');
const INSTALL_RUNS = Math.max(5, Math.min(RUNS, 5));
// Telemetry's cost is a few per cent against run-to-run noise of ±15% here: it gets more pairs.
const TELEMETRY_RUNS = Number(process.env.BENCH_TELEMETRY_RUNS ?? RUNS * 3);
const NPM_CI = ['npm', 'ci', '--no-audit', '--no-fund', '--loglevel=error'];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;

function timeNative(command, args, cwd) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd, stdio: 'ignore' });
  if (result.status !== 0)
    throw new Error(`native ${command} ${args.join(' ')} failed (${result.status})`);
  return ms(start);
}

function timeSandbox(args, workspace, flags = []) {
  const start = process.hrtime.bigint();
  const result = spawnSync(
    process.execPath,
    [CLI, 'run', '--json', '--quiet', ...flags, '--workspace', workspace, '--', ...args],
    { encoding: 'utf8', maxBuffer: 64 << 20 },
  );
  const wall = ms(start);
  const parsed = JSON.parse(result.stdout);
  if (parsed.outcome !== 'passed')
    throw new Error(`sandboxed ${args.join(' ')}: ${parsed.outcome}\n${parsed.stderr}`);
  return {
    wall,
    inside: parsed.durationMs,
    peak: parsed.resources.peakMemoryBytes,
    platform: parsed.sandbox.platform,
    version: parsed.sandbox.runscVersion,
  };
}

/** The action's whole pipeline (collect, scan, sandbox start, verdict, report) minus the tests themselves. */
function timeCheck(repo) {
  const start = process.hrtime.bigint();
  const result = spawnSync(
    process.execPath,
    [CLI, 'check', '--base', 'main', '--test-command', 'true', '--format', 'json'],
    { cwd: repo, encoding: 'utf8', maxBuffer: 64 << 20 },
  );
  const wall = ms(start);
  if (result.status === 2) throw new Error(`airlock check failed: ${result.stderr.slice(-2000)}`);
  return wall;
}

/** Plain `npm ci` on the host, with an empty cache so every package is downloaded. */
function timeNativeInstall(work) {
  const dir = freshCopy(work, 'native-install');
  const start = process.hrtime.bigint();
  const result = spawnSync(NPM_CI[0], [...NPM_CI.slice(1), '--cache', join(dir, '.npm-cache')], {
    cwd: dir,
    stdio: 'ignore',
  });
  const wall = ms(start);
  if (result.status !== 0) throw new Error(`native npm ci failed (${result.status})`);
  rmSync(dir, { recursive: true, force: true });
  return wall;
}

/** The same `npm ci` as the install phase (netns, proxy, fresh home), then the fixture's tests offline. */
function timeSandboxInstall(work, exemptions) {
  const dir = freshCopy(work, 'sandbox-install');
  const start = process.hrtime.bigint();
  const result = spawnSync(
    process.execPath,
    [
      CLI,
      'run',
      '--json',
      '--quiet',
      '--install',
      NPM_CI.join(' '),
      ...exemptions.flatMap((address) => ['--allow-address', address]),
      '--workspace',
      dir,
      '--',
      'npm',
      'test',
    ],
    { encoding: 'utf8', maxBuffer: 64 << 20 },
  );
  const wall = ms(start);
  const parsed = JSON.parse(result.stdout);
  if (parsed.outcome !== 'passed')
    throw new Error(`sandboxed install: ${parsed.phase} ${parsed.outcome}\n${parsed.stderr}`);
  rmSync(dir, { recursive: true, force: true });
  return {
    wall,
    install: parsed.install.durationMs,
    test: parsed.durationMs,
    bytes: parsed.install.egress.bytes,
  };
}

function freshCopy(work, label) {
  const dir = mkdtempSync(join(work, `${label}-`));
  cpSync(NPM_FIXTURE, dir, { recursive: true });
  return dir;
}

function generateSuite(dir) {
  mkdirSync(join(dir, 'tests'), { recursive: true });
  writeFileSync(
    join(dir, 'pytest.ini'),
    '[pytest]\ntestpaths = tests\naddopts = -p no:cacheprovider\n',
  );
  for (let f = 0; f < FILES; f += 1) {
    const lines = ['import json, math, re', ''];
    for (let t = 0; t < TESTS_PER_FILE; t += 1) {
      lines.push(
        `def test_case_${f}_${t}(tmp_path):`,
        `    data = {"n": ${f * 100 + t}, "items": list(range(${50 + t}))}`,
        '    path = tmp_path / "data.json"',
        '    path.write_text(json.dumps(data))',
        '    loaded = json.loads(path.read_text())',
        '    assert sum(loaded["items"]) == sum(range(len(loaded["items"])))',
        `    assert re.fullmatch(r"\\d+", str(loaded["n"]))`,
        `    assert math.isclose(math.sqrt(${(f + 1) * (t + 1)}) ** 2, ${(f + 1) * (t + 1)})`,
        '',
      );
    }
    writeFileSync(join(dir, 'tests', `test_generated_${f}.py`), lines.join('\n'));
  }
  return FILES * TESTS_PER_FILE;
}

/**
 * A 90% bootstrap interval for median(a) / median(b), resampling the rounds (a sample and the one
 * taken beside it stay together). Seeded, so the same samples always give the same interval.
 */
function ratioInterval(a, b, resamples = 4000) {
  let seed = 0x2f6b1d3;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const ratios = [];
  for (let r = 0; r < resamples; r += 1) {
    const picks = a.map(() => Math.floor(random() * a.length));
    ratios.push(median(picks.map((i) => a[i])) / median(picks.map((i) => b[i])));
  }
  ratios.sort((x, y) => x - y);
  return [ratios[Math.floor(resamples * 0.05)], ratios[Math.floor(resamples * 0.95)]];
}

/**
 * Samples of several measurements taken in turns, each round starting one further along (a, b, c,
 * b, c, a, c, a, b, …), so that a machine getting slower or faster during the run moves them all
 * alike, no measurement always follows the same other one, and their ratios stay fair.
 */
function collect(label, fns, runs = RUNS) {
  const names = Object.keys(fns);
  for (const name of names) fns[name](); // warm-up: page cache and first-use costs are not measured
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  for (let i = 0; i < runs; i += 1) {
    for (let j = 0; j < names.length; j += 1) {
      const name = names[(i + j) % names.length];
      samples[name].push(fns[name]());
    }
  }
  process.stderr.write(`  ${label}: ${runs} runs each, in turns\n`);
  return samples;
}

const work = mkdtempSync(join(tmpdir(), 'airlock-bench-'));
try {
  const empty = join(work, 'empty');
  mkdirSync(empty);
  const suite = join(work, 'suite');
  const tests = generateSuite(suite);
  execFileSync(NATIVE_PYTHON, ['-c', 'import pytest'], { stdio: 'ignore' });

  const { nativeTrue, sandboxTrue } = collect('true, native and in the sandbox', {
    nativeTrue: () => timeNative('true', [], empty),
    sandboxTrue: () => timeSandbox(['true'], empty),
  });
  const pytestArgs = ['-m', 'pytest', '-q'];
  const { nativePytest, sandboxPytest } = collect('pytest natively and in the sandbox', {
    nativePytest: () => timeNative(NATIVE_PYTHON, pytestArgs, suite),
    sandboxPytest: () => timeSandbox(['python3', ...pytestArgs], suite),
  });
  const { tracedPytest, quietPytest } = collect(
    'pytest in the sandbox, telemetry on and off',
    {
      tracedPytest: () => timeSandbox(['python3', ...pytestArgs], suite),
      quietPytest: () => timeSandbox(['python3', ...pytestArgs], suite, ['--no-telemetry']),
    },
    TELEMETRY_RUNS,
  );
  // Every address the host resolves the registry to may be reached (on the open internet they are
  // public anyway; a machine behind a registry mirror on a reserved address needs them exempted).
  const exemptions = (await lookup('registry.npmjs.org', { all: true })).map((a) => a.address);
  const { nativeInstall, sandboxInstall } = collect(
    'npm ci natively; in the sandbox through the proxy, then npm test offline',
    {
      nativeInstall: () => timeNativeInstall(work),
      sandboxInstall: () => timeSandboxInstall(work, exemptions),
    },
    INSTALL_RUNS,
  );
  const demoRepo = join(work, 'demo-repo');
  execFileSync('sh', [DEMO_REPO_SCRIPT, demoRepo], { stdio: 'ignore' });
  const { checkOverhead } = collect('airlock check on the demo repo, test command `true`', {
    checkOverhead: () => timeCheck(demoRepo),
  });
  const sharding = await benchSharding(work);

  const rows = [
    {
      metric: 'sandbox start: `true` (runsc run, p50)',
      native: median(nativeTrue),
      sandbox: median(sandboxTrue.map((s) => s.inside)),
      target: '≤ 200 ms',
    },
    {
      metric: 'sandbox start: `airlock run -- true` whole CLI (p50)',
      native: median(nativeTrue),
      sandbox: median(sandboxTrue.map((s) => s.wall)),
      target: '',
    },
    {
      metric: `pytest, ${tests} generated tests (p50)`,
      native: median(nativePytest),
      sandbox: median(sandboxPytest.map((s) => s.inside)),
      target: '≤ 1.5× native',
    },
    {
      metric: `pytest, ${tests} tests, whole CLI (p50)`,
      native: median(nativePytest),
      sandbox: median(sandboxPytest.map((s) => s.wall)),
      target: '',
    },
  ];
  const peakMiB = median(sandboxPytest.map((s) => s.peak)) / 1024 / 1024;
  const traced = tracedPytest.map((s) => s.inside);
  const quiet = quietPytest.map((s) => s.inside);
  const telemetryOn = median(traced);
  const telemetryOff = median(quiet);
  const [telemetryLow, telemetryHigh] = ratioInterval(traced, quiet);
  const { platform, version } = sandboxPytest[0];
  const lines = [
    `gVisor ${version} (${platform}), ${RUNS} runs each after one warm-up, compared measurements taken in turns, medians; ${new Date().toISOString()}`,
    '',
    '| metric | native | sandbox | ratio | target |',
    '| --- | ---: | ---: | ---: | --- |',
    ...rows.map(
      (r) =>
        `| ${r.metric} | ${Math.round(r.native)} ms | ${Math.round(r.sandbox)} ms | ${(r.sandbox / r.native).toFixed(2)}× | ${r.target} |`,
    ),
    `| peak host memory of the sandbox (pytest run, p50) | | ${Math.round(peakMiB)} MiB | | |`,
    '',
    '| metric | baseline | measured | ratio | target |',
    '| --- | ---: | ---: | ---: | --- |',
    `| telemetry: pytest in the sandbox, trace on vs off (p50, ${TELEMETRY_RUNS} runs each; 90% interval ${telemetryLow.toFixed(2)}–${telemetryHigh.toFixed(2)}×) | ${Math.round(telemetryOff)} ms | ${Math.round(telemetryOn)} ms | ${(telemetryOn / telemetryOff).toFixed(2)}× | ≤ 1.10× |`,
    `| action overhead: \`airlock check\` on the demo repo, test command \`true\` (p50) | | ${Math.round(median(checkOverhead))} ms | | ≤ 15 s |`,
    `| install: \`npm ci\` of the 23-package fixture, sandbox+proxy (install phase) vs plain on the host (p50, ${INSTALL_RUNS} runs) | ${Math.round(median(nativeInstall))} ms | ${Math.round(median(sandboxInstall.map((s) => s.install)))} ms | ${(median(sandboxInstall.map((s) => s.install)) / median(nativeInstall)).toFixed(2)}× | |`,
    `| install: the whole \`airlock run --install 'npm ci' -- npm test\` (both phases, p50) | ${Math.round(median(nativeInstall))} ms | ${Math.round(median(sandboxInstall.map((s) => s.wall)))} ms | ${(median(sandboxInstall.map((s) => s.wall)) / median(nativeInstall)).toFixed(2)}× | |`,
    ...sharding.lines,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(
    'bench-results/bench.json',
    JSON.stringify(
      {
        runs: RUNS,
        platform,
        version,
        rows,
        peakMemoryMiB: peakMiB,
        telemetry: {
          runs: TELEMETRY_RUNS,
          on: telemetryOn,
          off: telemetryOff,
          interval90: [telemetryLow, telemetryHigh],
        },
        checkOverheadMs: median(checkOverhead),
        sharding: sharding.json,
        install: {
          nativeMs: median(nativeInstall),
          sandboxInstallMs: median(sandboxInstall.map((s) => s.install)),
          sandboxWholeMs: median(sandboxInstall.map((s) => s.wall)),
          proxiedBytes: median(sandboxInstall.map((s) => s.bytes)),
        },
        samples: {
          nativeTrue,
          sandboxTrue,
          nativePytest,
          sandboxPytest,
          tracedPytest,
          quietPytest,
          checkOverhead,
          nativeInstall,
          sandboxInstall,
        },
      },
      null,
      2,
    ),
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}

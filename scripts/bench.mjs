// `npm run bench`: sandbox start-up and a generated pytest suite, in gVisor vs natively, measured in
// the same run (medians of RUNS runs, ratios of those medians). Needs root, `airlock setup` done, and
// python3 with pytest on the host for the native baseline (Debian: apt-get install python3-pytest).
// Its sharding rows come from scripts/bench-shard.mjs (alone: `npm run bench:shard`).
// BENCH_ONLY=files,npm-version,install-warm,install-warm-large,js-suite,install-cold-large runs only those of the speed
// sections (base: the rest). js-suite reads a project of the real-world corpus
// (../shared/benchmarks/realworld, or $AIRLOCK_REALWORLD_DIR; BENCH_JS_SUITE names it, js-yaml by
// default) and installs its dependencies natively once, before anything is timed.
import { execFileSync, spawnSync } from 'node:child_process';
import { lookup } from 'node:dns/promises';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bareRunscEnv } from './bare-runsc.mjs';
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
// The same 23 packages with each tarball's URL in the lockfile, as npm writes it by default: a warm
// cache then answers every tarball by its integrity hash without asking the registry.
const NPM_RESOLVED_FIXTURE = join(
  import.meta.dirname,
  '..',
  'test',
  'fixtures',
  'npm-project-resolved',
);
// 342 packages (mocha, eslint, nyc, webpack, chai, sinon; no install scripts), each tarball's URL
// in the lockfile: the cold row downloads every one of them on both sides.
const NPM_LARGE_FIXTURE = join(import.meta.dirname, '..', 'test', 'fixtures', 'npm-project-large');
// Each cold install of the large fixture takes seconds natively and more in the sandbox.
const LARGE_INSTALL_RUNS = Number(process.env.BENCH_INSTALL_RUNS ?? 3);
const REALWORLD_DIR = process.env.AIRLOCK_REALWORLD_DIR
  ? resolve(process.env.AIRLOCK_REALWORLD_DIR)
  : resolve(import.meta.dirname, '..', '..', 'shared', 'benchmarks', 'realworld');
const JS_SUITE = process.env.BENCH_JS_SUITE ?? 'js-yaml';
const JS_SUITE_RUNS = Number(process.env.BENCH_JS_SUITE_RUNS ?? RUNS);
const SECTIONS = [
  'base',
  'files',
  'npm-version',
  'install-warm',
  'install-warm-large',
  'js-suite',
  'install-cold-large',
];
const only = process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(',') : SECTIONS;
const wanted = (section) => only.includes(section);
// The speed rows compare the same binaries: the host's node and npm natively, and in the sandbox
// through the runner root (as on GitHub-hosted runners), both found on the system PATH.
const SYSTEM_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const RUNNER_ROOT = ['--root', 'runner', '--path', SYSTEM_PATH];
const systemEnv = { ...process.env, PATH: SYSTEM_PATH };
const SMALL_FILES = Number(process.env.BENCH_SMALL_FILES ?? 60_000);
const FILES_RUNS = Number(process.env.BENCH_FILES_RUNS ?? 3);
// Creates SMALL_FILES files of 100 bytes in 300 directories, then reads each back: node's own calls.
const SMALL_FILES_SCRIPT = `const fs=require('fs'),p=require('path');const n=${SMALL_FILES},d='files';
for(let i=0;i<300;i++)fs.mkdirSync(p.join(d,'d'+i),{recursive:true});
for(let i=0;i<n;i++)fs.writeFileSync(p.join(d,'d'+(i%300),'f'+i),'x'.repeat(100));
let b=0;for(let i=0;i<n;i++)b+=fs.readFileSync(p.join(d,'d'+(i%300),'f'+i)).length;
if(b!==n*100)process.exit(1);`;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;

function timeNative(command, args, cwd, env = process.env) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd, stdio: 'ignore', env });
  if (result.status !== 0)
    throw new Error(`native ${command} ${args.join(' ')} failed (${result.status})`);
  return ms(start);
}

function timeSandbox(args, workspace, flags = [], env = process.env) {
  const start = process.hrtime.bigint();
  const result = spawnSync(
    process.execPath,
    [CLI, 'run', '--json', '--quiet', ...flags, '--workspace', workspace, '--', ...args],
    { encoding: 'utf8', maxBuffer: 64 << 20, env },
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
function timeNativeInstall(work, fixture = NPM_FIXTURE, env = process.env) {
  const dir = freshCopy(work, 'native-install', fixture);
  const start = process.hrtime.bigint();
  const result = spawnSync(NPM_CI[0], [...NPM_CI.slice(1), '--cache', join(dir, '.npm-cache')], {
    cwd: dir,
    stdio: 'ignore',
    env,
  });
  const wall = ms(start);
  if (result.status !== 0) throw new Error(`native npm ci failed (${result.status})`);
  rmSync(dir, { recursive: true, force: true });
  return wall;
}

/**
 * The same `npm ci` as the install phase (netns, proxy, fresh home, so a cold npm cache), then
 * `test` offline. With a `cache`, the install is offered that npm cache read-only
 * (--package-cache), as the warm row measures it; `runner` runs both phases under the runner root.
 */
function timeSandboxInstall(
  work,
  exemptions,
  {
    fixture = NPM_FIXTURE,
    cache = null,
    runner = false,
    test = ['npm', 'test'],
    flags = [],
    env = process.env,
  } = {},
) {
  const dir = freshCopy(work, cache ? 'sandbox-warm' : 'sandbox-install', fixture);
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
      ...(cache ? ['--package-cache', `npm=${cache}`] : []),
      ...(runner ? RUNNER_ROOT : []),
      ...flags,
      ...exemptions.flatMap((address) => ['--allow-address', address]),
      '--workspace',
      dir,
      '--',
      ...test,
    ],
    { encoding: 'utf8', maxBuffer: 64 << 20, env },
  );
  const wall = ms(start);
  const parsed = JSON.parse(result.stdout);
  if (parsed.outcome !== 'passed')
    throw new Error(
      `sandboxed ${cache ? 'warm ' : ''}install of ${fixture}: ${parsed.phase} ${parsed.outcome}\n${parsed.stderr}`,
    );
  rmSync(dir, { recursive: true, force: true });
  return {
    wall,
    install: parsed.install.durationMs,
    test: parsed.durationMs,
    bytes: parsed.install.egress.bytes,
    connections: parsed.install.egress.connections,
  };
}

function freshCopy(work, label, fixture = NPM_FIXTURE) {
  const dir = mkdtempSync(join(work, `${label}-`));
  cpSync(fixture, dir, { recursive: true });
  return dir;
}

/** `npm ci` on the host with the warm cache (npm may refresh its index entries there). */
function timeNativeWarmInstall(work, cache, fixture = NPM_RESOLVED_FIXTURE) {
  const dir = freshCopy(work, 'native-warm', fixture);
  const wall = timeNative(NPM_CI[0], [...NPM_CI.slice(1), '--cache', cache], dir, systemEnv);
  rmSync(dir, { recursive: true, force: true });
  return wall;
}

/**
 * A copy of the JS_SUITE project of the real-world corpus with its dependencies installed natively
 * (its manifest's install command, an npm cache of its own), once, before anything is timed. The
 * sandbox sees the same node_modules through its copy-on-write view of the workspace.
 */
function jsSuiteWorkspace(work) {
  const manifestPath = join(REALWORLD_DIR, 'manifest.json');
  if (!existsSync(manifestPath))
    throw new Error(
      `js-suite: no real-world corpus at ${REALWORLD_DIR} (set AIRLOCK_REALWORLD_DIR, or leave js-suite out of BENCH_ONLY)`,
    );
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const project = manifest.find((entry) => entry.name === JS_SUITE);
  if (!project?.install?.startsWith('npm '))
    throw new Error(
      `js-suite: ${JS_SUITE} is not an npm project in ${REALWORLD_DIR}/manifest.json`,
    );
  const dir = join(work, 'js-suite');
  cpSync(join(REALWORLD_DIR, project.name), dir, { recursive: true });
  const cache = mkdtempSync(join(work, 'js-suite-cache-'));
  const install = spawnSync('sh', ['-c', project.install], {
    cwd: dir,
    stdio: 'ignore',
    env: { ...systemEnv, npm_config_cache: cache },
  });
  rmSync(cache, { recursive: true, force: true });
  if (install.status !== 0)
    throw new Error(`js-suite: \`${project.install}\` failed natively for ${project.name}`);
  return { dir, name: project.name, test: project.test };
}

/** The packages a lockfile pins (its node_modules/… entries). */
function lockedPackages(fixture) {
  const lock = JSON.parse(readFileSync(join(fixture, 'package-lock.json'), 'utf8'));
  return Object.keys(lock.packages).filter((key) => key.startsWith('node_modules/')).length;
}

/** A fresh workspace per run: the files are written into it (natively) or its copy-on-write view. */
function smallFilesWorkspace(work) {
  const dir = mkdtempSync(join(work, 'files-'));
  writeFileSync(join(dir, 'files.js'), SMALL_FILES_SCRIPT);
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

const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
const row = (metric, native, sandbox, target = '') =>
  `| ${metric} | ${Math.round(native)} ms | ${Math.round(sandbox)} ms | ${ratio(sandbox, native)} | ${target} |`;
/** Telemetry on against off for the same work: the ratio of medians and its 90% interval. */
const onOffRow = (label, traced, quiet) => {
  const [low, high] = ratioInterval(traced, quiet);
  return row(
    `${label}: telemetry on vs off (90% interval ${low.toFixed(2)}–${high.toFixed(2)}×)`,
    median(quiet),
    median(traced),
    '≤ 1.10×',
  );
};

// Runs under bare runsc (scripts/bare-runsc.mjs) pass --no-telemetry too.
const BARE = [...RUNNER_ROOT, '--no-telemetry'];

/** A real project's test suite over its node_modules: natively, sandbox telemetry on and off. */
function jsSuiteRows(work, bareEnv) {
  const suite = jsSuiteWorkspace(work);
  const command = ['sh', '-c', suite.test];
  // Both sides must pass: a failing run (natively or in the sandbox) stops the bench with why.
  const passing = (side, fn) => () => {
    try {
      return fn();
    } catch (error) {
      throw new Error(`js-suite: ${suite.name}'s \`${suite.test}\` did not pass ${side}`, {
        cause: error,
      });
    }
  };
  const { nativeSuite, tracedSuite, quietSuite, bareSuite } = collect(
    `${suite.name}'s test suite over its node_modules: natively, sandbox telemetry on and off`,
    {
      nativeSuite: passing('natively', () =>
        timeNative('sh', command.slice(1), suite.dir, systemEnv),
      ),
      tracedSuite: passing('in the sandbox', () => timeSandbox(command, suite.dir, RUNNER_ROOT)),
      quietSuite: passing('in the sandbox (no telemetry)', () =>
        timeSandbox(command, suite.dir, [...RUNNER_ROOT, '--no-telemetry']),
      ),
      bareSuite: passing('under bare runsc', () => timeSandbox(command, suite.dir, BARE, bareEnv)),
    },
    JS_SUITE_RUNS,
  );
  const traced = tracedSuite.map((s) => s.inside);
  const quiet = quietSuite.map((s) => s.inside);
  const [native, tracedMedian, quietMedian] = [nativeSuite, traced, quiet].map(median);
  const label = `${suite.name} tests (\`${suite.test}\`)`;
  const lines = [
    row(`${label}, telemetry on (p50, ${JS_SUITE_RUNS} runs)`, native, tracedMedian, '≤ 1.5×'),
    row(`${label}, telemetry off (p50)`, native, quietMedian),
    row(
      `${label}, bare runsc: same bundle, no trace (p50)`,
      native,
      median(bareSuite.map((s) => s.inside)),
    ),
    onOffRow(label, traced, quiet),
    row(
      `${label}, telemetry on: the whole \`airlock run\` (p50)`,
      native,
      median(tracedSuite.map((s) => s.wall)),
    ),
  ];
  return {
    lines,
    json: {
      project: suite.name,
      test: suite.test,
      nativeSuite,
      tracedSuite,
      quietSuite,
      bareSuite,
    },
  };
}

/** `npm ci` of the large lockfile with a cold npm cache: natively, and through the install phase. */
function coldLargeInstallRows(work, exemptions) {
  const packages = lockedPackages(NPM_LARGE_FIXTURE);
  const { nativeCold, sandboxCold } = collect(
    `npm ci of ${packages} packages with a cold cache: natively, and through the install phase`,
    {
      nativeCold: () => timeNativeInstall(work, NPM_LARGE_FIXTURE, systemEnv),
      sandboxCold: () =>
        timeSandboxInstall(work, exemptions, {
          fixture: NPM_LARGE_FIXTURE,
          runner: true,
          test: ['true'],
        }),
    },
    LARGE_INSTALL_RUNS,
  );
  const connections = median(sandboxCold.map((s) => s.connections));
  const mib = median(sandboxCold.map((s) => s.bytes)) / 1024 / 1024;
  const lines = [
    row(
      `install: \`npm ci\` of ${packages} packages, cold cache, install phase vs host (p50, ${LARGE_INSTALL_RUNS} runs; registry connections ${connections}, ${mib.toFixed(1)} MiB proxied)`,
      median(nativeCold),
      median(sandboxCold.map((s) => s.install)),
      '≤ 2×',
    ),
    row(
      `install, cold cache, ${packages} packages: the whole \`airlock run --install\` (p50)`,
      median(nativeCold),
      median(sandboxCold.map((s) => s.wall)),
    ),
  ];
  return { lines, json: { packages, nativeCold, sandboxCold } };
}

/**
 * `npm ci` of `fixture` with a warm cache: natively, and through the install phase with that cache
 * offered read-only (telemetry on, telemetry off, and under bare runsc), all in turns. One untimed
 * native install fills the cache first, so every later run, on both sides, finds it warm.
 */
function warmInstallRows(work, exemptions, bareEnv, fixture, runs) {
  const packages = lockedPackages(fixture);
  const cache = mkdtempSync(join(work, 'npm-cache-'));
  timeNativeWarmInstall(work, cache, fixture);
  const sandbox = (options) => () =>
    timeSandboxInstall(work, exemptions, {
      fixture,
      cache,
      runner: true,
      test: ['true'],
      ...options,
    });
  const { nativeWarm, sandboxWarm, quietWarm, bareWarm } = collect(
    `npm ci of ${packages} packages with a warm cache: natively, and through the install phase with it offered read-only`,
    {
      nativeWarm: () => timeNativeWarmInstall(work, cache, fixture),
      sandboxWarm: sandbox({}),
      quietWarm: sandbox({ flags: ['--no-telemetry'] }),
      bareWarm: sandbox({ flags: ['--no-telemetry'], env: bareEnv }),
    },
    runs,
  );
  rmSync(cache, { recursive: true, force: true });
  const connections = Math.max(...sandboxWarm.map((s) => s.connections));
  const install = (samples) => median(samples.map((s) => s.install));
  const lines = [
    row(
      `install: \`npm ci\` of ${packages} packages, warm cache, install phase vs host (p50, ${runs} runs; registry connections ${connections})`,
      median(nativeWarm),
      install(sandboxWarm),
      '≤ 1.5×',
    ),
    row(
      `install, ${packages} packages, warm cache, telemetry off (p50)`,
      median(nativeWarm),
      install(quietWarm),
    ),
    row(
      `install, ${packages} packages, warm cache, bare runsc: same bundle, no trace (p50)`,
      median(nativeWarm),
      install(bareWarm),
    ),
    row(
      `install, ${packages} packages, warm cache: the whole \`airlock run --install\` (p50)`,
      median(nativeWarm),
      median(sandboxWarm.map((s) => s.wall)),
    ),
  ];
  return { lines, json: { packages, nativeWarm, sandboxWarm, quietWarm, bareWarm } };
}

/** File-heavy and process-heavy rows (issue: speed): small files, npm --version, warm installs. */
async function fileHeavyRows(work, exemptions) {
  const lines = [
    '',
    '| metric | native | sandbox | ratio | target |',
    '| --- | ---: | ---: | ---: | --- |',
  ];
  const json = {};
  const bareEnv = ['files', 'npm-version', 'js-suite', 'install-warm', 'install-warm-large'].some(
    wanted,
  )
    ? bareRunscEnv(CLI, work, systemEnv)
    : null;
  if (wanted('files')) {
    const run = (fn) => () => {
      const dir = smallFilesWorkspace(work);
      try {
        return fn(dir);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    };
    const { nativeFiles, tracedFiles, quietFiles, bareFiles } = collect(
      `${SMALL_FILES} small files written and read back: natively, sandbox telemetry on and off`,
      {
        nativeFiles: run((dir) => timeNative('node', ['files.js'], dir, systemEnv)),
        tracedFiles: run((dir) => timeSandbox(['node', 'files.js'], dir, RUNNER_ROOT).inside),
        quietFiles: run(
          (dir) =>
            timeSandbox(['node', 'files.js'], dir, [...RUNNER_ROOT, '--no-telemetry']).inside,
        ),
        bareFiles: run((dir) => timeSandbox(['node', 'files.js'], dir, BARE, bareEnv).inside),
      },
      FILES_RUNS,
    );
    const [native, traced, quiet] = [nativeFiles, tracedFiles, quietFiles].map(median);
    lines.push(
      row(
        `${SMALL_FILES} small files, telemetry on (p50, ${FILES_RUNS} runs)`,
        native,
        traced,
        '≤ 1.5×',
      ),
      row(`${SMALL_FILES} small files, telemetry off (p50)`, native, quiet),
      row(
        `${SMALL_FILES} small files, bare runsc: same bundle, no trace (p50)`,
        native,
        median(bareFiles),
      ),
      onOffRow(`${SMALL_FILES} small files`, tracedFiles, quietFiles),
    );
    json.smallFiles = { files: SMALL_FILES, nativeFiles, tracedFiles, quietFiles, bareFiles };
  }
  if (wanted('npm-version')) {
    const empty = mkdtempSync(join(work, 'npm-version-'));
    const { nativeNpm, sandboxNpm, bareNpm } = collect(
      'npm --version natively, in the sandbox and under bare runsc',
      {
        nativeNpm: () => timeNative('npm', ['--version'], empty, systemEnv),
        sandboxNpm: () => timeSandbox(['npm', '--version'], empty, RUNNER_ROOT),
        bareNpm: () => timeSandbox(['npm', '--version'], empty, BARE, bareEnv),
      },
    );
    lines.push(
      row(
        '`npm --version` (p50; inside the sandbox)',
        median(nativeNpm),
        median(sandboxNpm.map((s) => s.inside)),
      ),
      row(
        '`npm --version`, whole `airlock run` (p50)',
        median(nativeNpm),
        median(sandboxNpm.map((s) => s.wall)),
      ),
      row(
        '`npm --version`, bare runsc: same bundle, no trace (p50; inside)',
        median(nativeNpm),
        median(bareNpm.map((s) => s.inside)),
      ),
    );
    json.npmVersion = { nativeNpm, sandboxNpm, bareNpm };
  }
  if (wanted('install-warm')) {
    const warm = warmInstallRows(work, exemptions, bareEnv, NPM_RESOLVED_FIXTURE, INSTALL_RUNS);
    lines.push(...warm.lines);
    json.installWarm = warm.json;
  }
  if (wanted('install-warm-large')) {
    const warm = warmInstallRows(work, exemptions, bareEnv, NPM_LARGE_FIXTURE, LARGE_INSTALL_RUNS);
    lines.push(...warm.lines);
    json.installWarmLarge = warm.json;
  }
  if (wanted('js-suite')) {
    const suite = jsSuiteRows(work, bareEnv);
    lines.push(...suite.lines);
    json.jsSuite = suite.json;
  }
  if (wanted('install-cold-large')) {
    const cold = coldLargeInstallRows(work, exemptions);
    lines.push(...cold.lines);
    json.installColdLarge = cold.json;
  }
  return { lines, json };
}

const work = mkdtempSync(join(tmpdir(), 'airlock-bench-'));
try {
  const empty = join(work, 'empty');
  mkdirSync(empty);
  const suite = join(work, 'suite');
  const tests = generateSuite(suite);

  // Every address the host resolves the registry to may be reached (on the open internet they are
  // public anyway; a machine behind a registry mirror on a reserved address needs them exempted).
  const exemptions = (await lookup('registry.npmjs.org', { all: true })).map((a) => a.address);
  const file = await fileHeavyRows(work, exemptions);
  const fileLines = file.lines;
  if (!wanted('base')) {
    process.stdout.write(`${fileLines.join('\n')}\n`);
    mkdirSync('bench-results', { recursive: true });
    writeFileSync('bench-results/bench-speed.json', JSON.stringify(file.json, null, 2));
    // process.exit skips the finally below: the work directory goes here.
    rmSync(work, { recursive: true, force: true });
    process.exit(0);
  }
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
    ...fileLines,
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
        speed: file.json,
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

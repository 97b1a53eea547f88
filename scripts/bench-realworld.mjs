// `npm run bench:realworld`: the real-world parity benchmark (issue 13 item 3, issue 14 item 3).
// Each project of the corpus in ../shared/benchmarks/realworld (or $AIRLOCK_REALWORLD_DIR) runs on a
// fresh copy natively (install with a cold npm cache, then tests) and through `airlock run --install`,
// and one table row per project says whether the outcomes match, the test counts, the time ratios and,
// for a mismatch, why. Needs root and `airlock setup` done. The corpus is read at run time, never copied
// into this repository.
//
// Options: --only a,b  --runs N (1)  --json FILE  --root runner|image  --timeout SECONDS (900)
//          --airlock-args='--flag value ...' (with '=': the value starts with a dash)
//          --native-only  --sandbox-only  --warm  --warm-only  --report FILE (print the table of an earlier --json run)
//          --bare: the sandbox side under bare runsc (scripts/bare-runsc.mjs) with --no-telemetry,
//          gVisor's own floor for the same work
import { execFile, spawn } from 'node:child_process';
import { lookup } from 'node:dns/promises';
import { existsSync } from 'node:fs';
import { chmod, cp, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, hostname, tmpdir, totalmem } from 'node:os';
import { delimiter, join, resolve, sep } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { bareRunscEnv } from './bare-runsc.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const SANDBOX_LIMITS = ['--memory', '4096', '--workspace-size', '3072'];
// The CLI's own setup and teardown on top of its --timeout before the bench stops it from outside.
const SANDBOX_MARGIN_MS = 180_000;
const OUTPUT_TAIL = 1 << 20;
const JSON_CAP = 160 << 20;
const KILL_AFTER_MS = { native: 5_000, sandbox: 60_000 };
const REASON_CHARS = 300;

const live = { children: new Set(), dirs: new Set(), stopping: false };

function options() {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      runs: { type: 'string', default: '1' },
      json: { type: 'string' },
      report: { type: 'string' },
      root: { type: 'string' },
      'airlock-args': { type: 'string', default: '' },
      timeout: { type: 'string', default: '900' },
      'native-only': { type: 'boolean', default: false },
      'sandbox-only': { type: 'boolean', default: false },
      warm: { type: 'boolean', default: false },
      'warm-only': { type: 'boolean', default: false },
      bare: { type: 'boolean', default: false },
    },
  });
  const runs = Number(values.runs);
  const timeout = Number(values.timeout);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number ≥ 1');
  if (!Number.isInteger(timeout) || timeout < 1) throw new Error('--timeout takes whole seconds');
  return {
    only: values.only ? values.only.split(',').map((s) => s.trim()) : null,
    runs,
    json: values.json ?? null,
    report: values.report ?? null,
    root: values.root ?? null,
    airlockArgs: [
      ...splitWords(values['airlock-args']),
      ...(values.bare ? ['--no-telemetry'] : []),
    ],
    bare: values.bare,
    timeoutS: timeout,
    native: !values['sandbox-only'],
    sandbox: !values['native-only'],
    warm: values.warm || values['warm-only'],
    cold: !values['warm-only'],
  };
}

/** Splits `--airlock-args` into argv words (whitespace; '…' and "…" group). No shell sees it. */
function splitWords(text) {
  const words = [];
  for (const match of text.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g))
    words.push(match[1] ?? match[2] ?? match[3]);
  return words;
}

// ---------------------------------------------------------------------------------------------
// The corpus

function corpusDir() {
  return process.env.AIRLOCK_REALWORLD_DIR
    ? resolve(process.env.AIRLOCK_REALWORLD_DIR)
    : resolve(ROOT, '..', 'shared', 'benchmarks', 'realworld');
}

async function loadCorpus(dir, only) {
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
  if (!only) return manifest;
  const unknown = only.filter((name) => !manifest.some((repo) => repo.name === name));
  if (unknown.length > 0)
    throw new Error(`not in the corpus: ${unknown.join(', ')} (see ${dir}/manifest.json)`);
  return manifest.filter((repo) => only.includes(repo.name));
}

// ---------------------------------------------------------------------------------------------
// Temporary directories and child processes, all released at the end or on a signal

async function tempDir(label) {
  if (live.stopping) throw new Error('stopped by a signal');
  const dir = await mkdtemp(join(tmpdir(), `airlock-realworld-${label}-`));
  live.dirs.add(dir);
  return dir;
}

async function removeDir(dir) {
  await rm(dir, { recursive: true, force: true, maxRetries: 3 });
  live.dirs.delete(dir);
}

/** Runs fn with fresh temp dirs for the given labels; they are removed whatever happens. */
async function withDirs(labels, fn) {
  const dirs = [];
  try {
    for (const label of labels) dirs.push(await tempDir(label));
    return await fn(...dirs);
  } finally {
    await Promise.all(dirs.map(removeDir));
  }
}

/**
 * Copies a corpus folder as a checkout would have it. The corpus is kept read-only (r-x directories,
 * r-- files); a git checkout gives 0755 directories and 0644 files (0755 when executable), which is
 * what the tests expect to write into and what the guest user (not root) needs.
 */
async function copyTree(source, target) {
  await cp(source, target, { recursive: true });
  await writableLikeCheckout(target);
}

async function writableLikeCheckout(dir) {
  await chmod(dir, 0o755);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await writableLikeCheckout(path);
    else if (entry.isFile()) await chmod(path, (await stat(path)).mode & 0o111 ? 0o755 : 0o644);
  }
}

function signalGroup(child, signal) {
  try {
    process.kill(child.group ? -child.pid : child.pid, signal);
  } catch {
    // already gone
  }
}

/**
 * Runs argv (no shell unless argv says so) with a wall-clock limit. A native child runs in its own
 * process group, stopped as a group (TERM, then KILL) at the limit and swept when it ends; the Airlock
 * CLI gets TERM alone so that it removes its own sandbox, then KILL if it does not exit.
 */
function run(argv, { cwd, env, limitMs, kind, keepAll = false }) {
  if (live.stopping) return Promise.reject(new Error('stopped by a signal'));
  return new Promise((done) => {
    const start = process.hrtime.bigint();
    const child = spawn(argv[0], argv.slice(1), {
      cwd,
      env,
      detached: kind === 'native',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.group = kind === 'native';
    live.children.add(child);
    const out = collector(keepAll ? JSON_CAP : OUTPUT_TAIL);
    const err = collector(OUTPUT_TAIL);
    child.stdout.on('data', out.add);
    child.stderr.on('data', err.add);
    let timedOut = false;
    let killer;
    const timer = setTimeout(() => {
      timedOut = true;
      signalGroup(child, 'SIGTERM');
      killer = setTimeout(() => signalGroup(child, 'SIGKILL'), KILL_AFTER_MS[kind]);
    }, limitMs);
    const finish = (exitCode, signal, spawnError) => {
      clearTimeout(timer);
      clearTimeout(killer);
      if (child.group) signalGroup(child, 'SIGKILL'); // whatever the command left running
      live.children.delete(child);
      done({
        exitCode,
        signal,
        timedOut,
        durationMs: Number(process.hrtime.bigint() - start) / 1e6,
        stdout: out.text(),
        stderr: spawnError ? `${err.text()}${spawnError.message}` : err.text(),
      });
    };
    child.on('error', (error) => finish(null, null, error));
    child.on('close', (code, signal) => finish(code, signal));
  });
}

/** Keeps the last `cap` bytes of a stream. */
function collector(cap) {
  let chunks = [];
  let size = 0;
  return {
    add: (chunk) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size > cap * 2) {
        const all = Buffer.concat(chunks);
        chunks = [all.subarray(all.length - cap)];
        size = cap;
      }
    },
    text: () => {
      const all = Buffer.concat(chunks);
      return all.subarray(Math.max(0, all.length - cap)).toString('utf8');
    },
  };
}

function onSignal(signal) {
  if (live.stopping) return;
  live.stopping = true;
  process.stderr.write(`\nbench-realworld: ${signal}, stopping children and removing temp dirs\n`);
  for (const child of live.children) signalGroup(child, 'SIGTERM');
  const waitForChildren = async () => {
    for (let i = 0; i < 60 && live.children.size > 0; i += 1)
      await new Promise((r) => setTimeout(r, 1000));
    for (const child of live.children) signalGroup(child, 'SIGKILL');
    await Promise.all([...live.dirs].map(removeDir));
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  void waitForChildren();
}

// ---------------------------------------------------------------------------------------------
// Native runs

/** The caller's environment without what `npm run` adds (its npm_* config, node_modules/.bin on PATH). */
function nativeEnv(cacheDir) {
  const env = {};
  for (const [name, value] of Object.entries(process.env))
    if (!/^npm_/i.test(name) && !['NODE', 'INIT_CWD', 'COLOR'].includes(name)) env[name] = value;
  env.PATH = (process.env.PATH ?? '')
    .split(delimiter)
    .filter((dir) => !dir.endsWith(`${sep}node_modules${sep}.bin`) && !dir.includes('node-gyp-bin'))
    .join(delimiter);
  if (cacheDir) env.npm_config_cache = cacheDir;
  return env;
}

function phaseResult(raw) {
  return {
    exitCode: raw.exitCode,
    signal: raw.signal,
    timedOut: raw.timedOut,
    durationMs: Math.round(raw.durationMs),
    output: `${raw.stdout}\n${raw.stderr}`,
  };
}

async function runNative(repo, source, limitMs, warmCache = null) {
  return withDirs(['native', 'npm-cache'], async (work, cold) => {
    await copyTree(source, work);
    const env = nativeEnv(warmCache ?? cold);
    const shell = (command) =>
      run(['sh', '-c', command], { cwd: work, env, limitMs, kind: 'native' });
    const install = repo.install ? phaseResult(await shell(repo.install)) : null;
    const installOk = !install || (install.exitCode === 0 && !install.timedOut);
    const test = installOk ? phaseResult(await shell(repo.test)) : null;
    const passed = installOk && test.exitCode === 0 && !test.timedOut;
    const outcome = passed
      ? 'passed'
      : [install, test].some((p) => p?.timedOut)
        ? 'timeout'
        : 'failed';
    return { outcome, phase: installOk ? 'test' : 'install', install, test };
  });
}

// ---------------------------------------------------------------------------------------------
// Sandboxed runs

function sandboxArgv(repo, work, settings, warmCache) {
  const argv = [cliNode(), CLI, 'run', '--json', '--quiet', '--workspace', work];
  argv.push('--timeout', String(settings.timeoutS), ...SANDBOX_LIMITS);
  if (settings.root) argv.push('--root', settings.root);
  if (warmCache) argv.push('--package-cache', `npm=${warmCache}`);
  argv.push(...settings.airlockArgs);
  if (repo.install) {
    argv.push('--install', repo.install);
    const addresses = usesPip(repo) ? settings.pypiAddresses : settings.registryAddresses;
    for (const address of addresses) argv.push('--allow-address', address);
  }
  return [...argv, '--', 'sh', '-c', repo.test];
}

/** Node 24 for the CLI: this process's when new enough (npm run puts node_modules/.bin first). */
function cliNode() {
  if (Number(process.versions.node.split('.')[0]) >= 24) return process.execPath;
  const local = join(ROOT, 'node_modules', '.bin', 'node');
  return existsSync(local) ? local : process.execPath;
}

async function runSandboxOnce(repo, source, settings, warmCache) {
  return withDirs(['sandbox'], async (work) => {
    await copyTree(source, work);
    const raw = await run(sandboxArgv(repo, work, settings, warmCache), {
      cwd: ROOT,
      env: settings.sandboxEnv,
      limitMs: settings.timeoutS * 1000 + SANDBOX_MARGIN_MS,
      kind: 'sandbox',
      keepAll: true,
    });
    return sandboxResult(raw);
  });
}

function sandboxResult(raw) {
  const wallMs = Math.round(raw.durationMs);
  const cliLog = lastLines(raw.stderr, 20);
  let json;
  try {
    json = JSON.parse(raw.stdout);
  } catch {
    const why = raw.timedOut ? 'airlock run did not end within its limit' : 'no JSON result';
    return { outcome: 'sandbox-error', exitCode: raw.exitCode, wallMs, error: why, cliLog };
  }
  const install = json.install ? sandboxPhase(json.install) : null;
  const testRan = json.phase !== 'install';
  return {
    outcome: json.outcome,
    phase: json.phase ?? 'test',
    exitCode: raw.exitCode,
    wallMs,
    error: json.error ?? null,
    install,
    test: testRan ? sandboxPhase(json) : null,
    sandbox: json.sandbox,
    telemetry: json.telemetry,
    violations: json.violations ?? [],
    egress: json.install?.egress ?? null,
    cliLog,
  };
}

function sandboxPhase(phase) {
  return {
    outcome: phase.outcome,
    exitCode: phase.exitCode,
    signal: phase.signal,
    durationMs: phase.durationMs,
    truncated: phase.truncated,
    resources: phase.resources,
    output: `${phase.stdout ?? ''}\n${phase.stderr ?? ''}`,
  };
}

/** A setup error or a sandbox error (another engineer's sandbox work on this machine): try once more. */
function looksLikeInterference(result) {
  return result.exitCode === 2 || result.outcome === 'sandbox-error';
}

async function runSandbox(repo, source, settings, warmCache = null) {
  const first = await runSandboxOnce(repo, source, settings, warmCache);
  if (!looksLikeInterference(first)) return first;
  log(
    `  ${repo.name}: sandbox ${first.outcome} (${first.error ?? lastLines(first.cliLog, 1)}); retrying once`,
  );
  const second = await runSandboxOnce(repo, source, settings, warmCache);
  return { ...second, retriedAfter: summaryOfAttempt(first) };
}

function summaryOfAttempt(result) {
  return {
    outcome: result.outcome,
    exitCode: result.exitCode,
    error: result.error,
    cliLog: result.cliLog,
  };
}

// ---------------------------------------------------------------------------------------------
// Test counts from the runners' summaries

const sum = (matches, group = 1) =>
  matches.length === 0 ? null : matches.reduce((total, m) => total + Number(m[group]), 0);
const all = (text, pattern) => [...text.matchAll(pattern)];

function counts(passed, failed, skipped) {
  if (passed === null && failed === null) return null;
  return { passed: passed ?? 0, failed: failed ?? 0, skipped: skipped ?? 0 };
}

/** TAP (node:test, tape, tap's TAP reporter) and node:test's spec summary: `# pass N` / `ℹ pass N`. */
function tapCounts(text) {
  const field = (name) => sum(all(text, new RegExp(`^\\s*[#ℹ] ${name}\\s+(\\d+)\\s*$`, 'gm')));
  const skipped = (field('skip') ?? 0) + (field('skipped') ?? 0) + (field('todo') ?? 0);
  return counts(field('pass'), field('fail'), skipped);
}

/**
 * tap (node-tap) prints TAP with one top-level test per test file: `ok 12 - test/x.js`, `not ok 3 -
 * test/y.js`, `# SKIP`. Its counts are test files, not assertions.
 */
function nodeTapCounts(text) {
  const files = all(text, /^(not )?ok \d+ - .*$/gm);
  if (files.length === 0) return tapCounts(text);
  const skipped = files.filter((m) => /# (SKIP|TODO)\b/i.test(m[0])).length;
  const failed = files.filter((m) => m[1] && !/# TODO\b/i.test(m[0])).length;
  return counts(files.length - failed - skipped, failed, skipped);
}

function mochaCounts(text) {
  return counts(
    sum(all(text, /^\s*(\d+) passing\b/gm)),
    sum(all(text, /^\s*(\d+) failing\b/gm)),
    sum(all(text, /^\s*(\d+) pending\b/gm)),
  );
}

function vitestCounts(text) {
  const line = all(text, /^\s*Tests\s+(.*\(\d+\))\s*$/gm).at(-1)?.[1];
  if (!line) return null;
  const get = (name) => Number(line.match(new RegExp(`(\\d+) ${name}`))?.[1] ?? 0);
  return counts(get('passed'), get('failed'), get('skipped') + get('todo'));
}

function jestCounts(text) {
  const line = all(text, /^Tests:\s+(.*\d+ total)\s*$/gm).at(-1)?.[1];
  if (!line) return null;
  const get = (name) => Number(line.match(new RegExp(`(\\d+) ${name}`))?.[1] ?? 0);
  return counts(get('passed'), get('failed'), get('skipped') + get('todo'));
}

function avaCounts(text) {
  const get = (pattern) => sum(all(text, pattern));
  return counts(
    get(/^\s*(\d+) tests? passed\b/gm),
    get(/^\s*(\d+) tests? failed\b/gm),
    (get(/^\s*(\d+) tests? skipped\b/gm) ?? 0) + (get(/^\s*(\d+) tests? todo\b/gm) ?? 0),
  );
}

function pytestCounts(text) {
  const line = all(
    text,
    /^=*\s*(\d+ (?:passed|failed|skipped|errors?|xfailed|xpassed|deselected)\b.*) in [\d.]+s\b/gm,
  ).at(-1)?.[1];
  if (!line) return null;
  // `(\d+) passed` is not `21039 subtests passed` (pytest 9 counts subtests apart).
  const get = (name) => Number(line.match(new RegExp(`(\\d+) ${name}`))?.[1] ?? 0);
  return counts(
    get('passed') + get('xpassed'),
    get('failed') + get('error'),
    get('skipped') + get('xfailed'),
  );
}

function unittestCounts(text) {
  const ran = all(text, /^Ran (\d+) tests? in /gm).at(-1);
  if (!ran) return null;
  const status = all(text, /^(OK|FAILED)(?: \((.*)\))?\s*$/gm).at(-1);
  const get = (name) => Number(status?.[2]?.match(new RegExp(`${name}=(\\d+)`))?.[1] ?? 0);
  const failed = get('failures') + get('errors') + get('unexpected successes');
  const skipped = get('skipped') + get('expected failures');
  return counts(Number(ran[1]) - failed - skipped, failed, skipped);
}

const PARSERS = {
  mocha: mochaCounts,
  'node:test': tapCounts,
  tape: tapCounts,
  tap: nodeTapCounts,
  vitest: vitestCounts,
  jest: jestCounts,
  ava: avaCounts,
  pytest: pytestCounts,
  unittest: unittestCounts,
};

function testCounts(runner, phase) {
  if (!phase) return null;
  const text = stripAnsi(phase.output);
  return PARSERS[runner]?.(text) ?? null;
}

// ---------------------------------------------------------------------------------------------
// Reasons for a mismatch: the last telling lines of the failing phase's output, on one line

const TELLING = [
  /SyntaxError|ReferenceError|TypeError|ERR_[A-Z_]{4,}|does not provide an export|is not a function|is not defined|Cannot find (module|package)|No module named|ModuleNotFoundError|ImportError|ENOSPC|EACCES|EROFS|EPERM|ENOMEM|ETIMEDOUT|ECONNREFUSED|ECONNRESET|EAI_AGAIN|ENOTFOUND|timed? ?out|[Tt]imeout|[Cc]overage|[Uu]nsupported engine|EBADENGINE|not found|Killed/,
  /^\s*(not ok|FAIL|✖|✘|×|Error:|E\s{2,}|npm (ERR!|error))|\d+ (failing|failed)\b|FAILED/,
];
// `SyntaxError: …`, `Error [ERR_REQUIRE_ESM]: …`: the line that says what went wrong, preferred first.
const ERROR_MESSAGE = /(?:^|\s)(?:[A-Z]\w*)?Error\b(?: \[\w+\])?:/;
// Passing tests' names and stack frames tell nothing about a failure.
const NOISE =
  /A complete log of this run|npm (ERR!|error) (code|path|command|cwd|errno|syscall)\b|^\s*at |^(ok \d|# Subtest:|✓|✔|\[?pass\]?\b)/;

function stripAnsi(text) {
  // eslint-disable-next-line no-control-regex -- ANSI escapes are what this removes
  return text.replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, '');
}

function lastLines(text, n) {
  return stripAnsi(text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(-n)
    .join('\n');
}

/**
 * Of the lines matching the most telling pattern that matches any: the first error message (else
 * the first line) and the last line, often cause and effect, on one line, sanitised.
 */
function tellingLines(text, work) {
  const lines = stripAnsi(text)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !NOISE.test(line));
  for (const pattern of TELLING) {
    const matching = [...new Set(lines.filter((line) => pattern.test(line)))];
    const first = matching.find((line) => ERROR_MESSAGE.test(line)) ?? matching[0];
    const last = matching.at(-1);
    const picked = matching.length === 0 ? [] : first === last ? [first] : [first, last];
    if (picked.length > 0) return sanitise(picked.join(' / '), work);
  }
  return sanitise(lines.slice(-2).join(' / '), work);
}

function sanitise(text, work) {
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  let clean = text.replace(/[\u0000-\u001f\u007f]/g, ' ');
  if (work) clean = clean.split(work).join('<work>');
  clean = clean
    .replace(/\/tmp\/airlock-realworld-[\w-]+/g, '<work>')
    .replace(/\|/g, '/')
    .replace(/`/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
  return clean.length > REASON_CHARS ? `${clean.slice(0, REASON_CHARS - 1)}…` : clean;
}

function sideReason(side, result) {
  if (result.outcome === 'passed') return null;
  const where = result.phase === 'install' ? 'install' : 'tests';
  if (result.outcome === 'sandbox-error')
    return `${side}: sandbox error: ${sanitise(String(result.error ?? lastLines(result.cliLog, 2)))}`;
  const phase = result.phase === 'install' ? result.install : result.test;
  const how = result.outcome === 'failed' ? `exit ${phase?.exitCode ?? '?'}` : result.outcome;
  return `${side} ${where} ${how}: ${tellingLines(phase?.output ?? '')}${violationNote(result)}`;
}

/** The sandbox's reported violations, if any, e.g. ` (violations: network connect ×3)`. */
function violationNote(result) {
  const found = result.violations ?? [];
  if (found.length === 0) return '';
  const each = found.map((v) => `${v.kind} ${v.syscall} ×${v.count}`);
  return ` (violations: ${sanitise(each.join(', '))})`;
}

function mismatchReason(native, sandbox) {
  return [sideReason('sandbox', sandbox), sideReason('native', native)].filter(Boolean).join('; ');
}

// ---------------------------------------------------------------------------------------------
// One repository

async function benchRepo(repo, corpus, settings) {
  const source = join(corpus, repo.name);
  const runs = [];
  for (let i = 0; i < settings.runs; i += 1) {
    const label = settings.runs > 1 ? ` run ${i + 1}/${settings.runs}` : '';
    const limitMs = settings.timeoutS * 1000;
    const cold = settings.cold;
    const native = cold && settings.native ? await nativeStep(repo, source, label, limitMs) : null;
    const sandbox =
      cold && settings.sandbox ? await sandboxStep(repo, source, label, settings) : null;
    const measured = measure(repo, native, sandbox, settings.pypiUnreachable);
    const warm =
      settings.warm && usesNpm(repo) ? await warmStep(repo, source, label, settings) : null;
    runs.push(warm ? { ...measured, warm } : measured);
  }
  return { repo, runs };
}

const usesNpm = (repo) => /^npm (ci|install)\b/.test(repo.install ?? '');

/**
 * `--warm`: an npm cache filled by one untimed native install, then the same install and tests
 * natively with that cache and through `airlock run --package-cache npm=<cache>` (the install phase
 * reads it read-only, as the action offers the runner's restored ~/.npm).
 */
async function warmStep(repo, source, label, settings) {
  return withDirs(['warm-cache', 'warm-prime'], async (cache, prime) => {
    const limitMs = settings.timeoutS * 1000;
    log(`${repo.name}${label}: filling a warm npm cache`);
    await copyTree(source, prime);
    await run(['sh', '-c', repo.install], {
      cwd: prime,
      env: nativeEnv(cache),
      limitMs,
      kind: 'native',
    });
    const native = settings.native ? await nativeStep(repo, source, label, limitMs, cache) : null;
    const sandbox = settings.sandbox
      ? await sandboxStep(repo, source, label, settings, cache)
      : null;
    return { native, sandbox };
  });
}

async function nativeStep(repo, source, label, limitMs, warmCache = null) {
  log(`${repo.name}${label}: native${warmCache ? ', warm cache' : ''}`);
  const native = await runNative(repo, source, limitMs, warmCache);
  log(`  native ${native.outcome}: ${timings(native)}`);
  return native;
}

async function sandboxStep(repo, source, label, settings, warmCache = null) {
  log(`${repo.name}${label}: sandbox${warmCache ? ', warm cache' : ''}`);
  const sandbox = await runSandbox(repo, source, settings, warmCache);
  log(`  sandbox ${sandbox.outcome}: ${timings(sandbox)}, wall ${secs(sandbox.wallMs)}`);
  return sandbox;
}

function measure(repo, native, sandbox, pypiUnreachable = false) {
  const matched = native && sandbox ? passedOf(native) === passedOf(sandbox) : null;
  const counts = {
    native: native ? keptCounts(testCounts(repo.runner, native.test), native.test) : null,
    sandbox: sandbox ? keptCounts(testCounts(repo.runner, sandbox.test), sandbox.test) : null,
  };
  // Same outcome, different failures (both fail, but not alike): said, with the reasons. Counts
  // read from output the sandbox cut (head and tail kept) are a lower bound, not a difference.
  const countsDiffer =
    matched === true &&
    !counts.native?.partial &&
    !counts.sandbox?.partial &&
    differ(counts.native, counts.sandbox);
  const explain = matched === false || countsDiffer;
  const pypi = usesPip(repo) && pypiUnreachable ? ' (PyPI is not reachable from this machine)' : '';
  const reason = explain ? `${mismatchReason(native, sandbox)}${pypi}` : null;
  return { native, sandbox, counts, matched, countsDiffer, reason };
}

/** Counts from output cut in the middle (the sandbox keeps head and tail) or kept only in part by --json: partial. */
const keptCounts = (counts, phase) =>
  counts &&
  (phase?.truncated?.stdout || phase?.truncated?.stderr || phase?.output?.startsWith(CUT_MARK))
    ? { ...counts, partial: true }
    : counts;

const differ = (a, b) => Boolean(a && b) && (a.passed !== b.passed || a.failed !== b.failed);

const passedOf = (result) => result.outcome === 'passed';
const secs = (ms) => (ms === null || ms === undefined ? '—' : `${(ms / 1000).toFixed(1)} s`);
const timings = (r) => `install ${secs(r.install?.durationMs)}, test ${secs(r.test?.durationMs)}`;
const log = (line) => process.stderr.write(`${line}\n`);

// ---------------------------------------------------------------------------------------------
// The table

const median = (values) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
/** a + b, or null when either phase did not run (a ratio of part of the work would mislead). */
const add = (a, b) => (Number.isFinite(a) && Number.isFinite(b) ? a + b : null);
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : null);
const fmtRatio = (r) => (r === null ? '—' : `${r.toFixed(2)}×`);
const fmtS = (ms) => (Number.isFinite(ms) ? (ms / 1000).toFixed(1) : '—');

/** Per repository, the medians over its runs of each time. */
function timesOf(runs) {
  const pick = (fn) => median(runs.map(fn).filter((v) => v !== null && v !== undefined));
  const t = {
    nativeInstall: pick((r) => r.native?.install?.durationMs ?? (r.native ? 0 : null)),
    nativeTest: pick((r) => r.native?.test?.durationMs),
    sandboxInstall: pick((r) => r.sandbox?.install?.durationMs ?? (r.sandbox ? 0 : null)),
    sandboxTest: pick((r) => r.sandbox?.test?.durationMs),
    sandboxWall: pick((r) => r.sandbox?.wallMs),
  };
  t.testRatio = ratio(t.sandboxTest, t.nativeTest);
  t.installRatio = ratio(t.sandboxInstall, t.nativeInstall);
  t.bothRatio = ratio(add(t.sandboxInstall, t.sandboxTest), add(t.nativeInstall, t.nativeTest));
  const sandboxRanAll = Number.isFinite(t.sandboxTest);
  t.wallRatio = sandboxRanAll ? ratio(t.sandboxWall, add(t.nativeInstall, t.nativeTest)) : null;
  return t;
}

function outcomeOf(runs, side) {
  const results = runs.map((r) => r[side]).filter(Boolean);
  if (results.length === 0) return '—';
  const passed = results.filter(passedOf).length;
  if (passed === results.length) return 'pass';
  if (passed === 0) return results.length === 1 ? failWord(results[0]) : 'fail';
  return `pass ${passed}/${results.length}`;
}

function failWord(result) {
  const phase = result.phase === 'install' ? ' (install)' : '';
  return result.outcome === 'failed' ? `fail${phase}` : `${result.outcome}${phase}`;
}

function fmtCounts(c) {
  if (!c) return '?';
  const cut = c.partial ? ' (of the output kept)' : '';
  return `${c.passed}/${c.failed}/${c.skipped}${cut}`;
}

function parityOf(runs) {
  const known = runs.filter((r) => r.matched !== null);
  if (known.length === 0) return '—';
  if (!known.every((r) => r.matched)) return 'MISMATCH';
  return known.some((r) => r.countsDiffer) ? 'matched, counts differ' : 'matched';
}

function row({ repo, runs }) {
  const t = timesOf(runs);
  const first = runs[0];
  const noInstall = !repo.install;
  const reason = runs.map((r) => r.reason).find(Boolean) ?? '';
  return [
    repo.name,
    repo.runner,
    `${outcomeOf(runs, 'native')} / ${outcomeOf(runs, 'sandbox')}`,
    parityOf(runs),
    `${fmtCounts(first.counts.native)} / ${fmtCounts(first.counts.sandbox)}`,
    noInstall
      ? '—'
      : `${fmtS(t.nativeInstall)} / ${fmtS(t.sandboxInstall)} (${fmtRatio(t.installRatio)})`,
    `${fmtS(t.nativeTest)} / ${fmtS(t.sandboxTest)} (${fmtRatio(t.testRatio)})`,
    `${fmtS(t.sandboxWall)} (${fmtRatio(t.wallRatio)})`,
    reason,
  ];
}

function table(results) {
  const head = [
    'repo',
    'runner',
    'outcome native / sandbox',
    'parity',
    'tests pass/fail/skip native / sandbox',
    'install s native / sandbox (ratio)',
    'test s native / sandbox (ratio)',
    'sandbox wall s (ratio)',
    'mismatch reason',
  ];
  const warm = results.some((r) => r.runs.some((run) => run.warm));
  if (warm) head.splice(-1, 0, 'warm cache: install s native / sandbox (ratio)');
  const rows = results.map((r) => (warm ? withWarmCell(row(r), r.runs) : row(r)));
  const lines = [head, head.map(() => '---'), ...rows];
  return lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

function withWarmCell(cells, runs) {
  const t = warmTimesOf(runs);
  const cell =
    t === null
      ? '—'
      : `${fmtS(t.nativeInstall)} / ${fmtS(t.sandboxInstall)} (${fmtRatio(t.installRatio)})`;
  return [...cells.slice(0, -1), cell, cells.at(-1)];
}

/** The warm-cache times of a repository's runs (medians), or null when none ran warm. */
function warmTimesOf(runs) {
  const warm = runs.map((r) => r.warm).filter(Boolean);
  if (warm.length === 0) return null;
  return timesOf(warm.map((w) => ({ native: w.native, sandbox: w.sandbox })));
}

/**
 * Medians over the repositories that passed on both sides in every run: a suite that stops early on
 * one side (an engine error after 5 s) would make its ratio say nothing about speed.
 */
function summary(results) {
  const known = results.filter((r) => parityOf(r.runs) !== '—');
  const matched = known.filter((r) => parityOf(r.runs) !== 'MISMATCH').length;
  const alike = results.filter((r) => r.runs.every((run) => bothPassed(run)));
  const med = (set, key) => fmtRatio(median(set.map((r) => timesOf(r.runs)[key])));
  return [
    `Parity: ${matched} of ${known.length} repositories give the same outcome in the sandbox as natively.`,
    `Medians over the ${alike.length} repositories that passed on both sides (sandbox / native): tests ${med(alike, 'testRatio')} (target ≤ 1.5×), ` +
      `install + tests ${med(alike, 'bothRatio')} (target ≤ 2×, cold cache), ` +
      `installs ${med(alike, 'installRatio')}, whole \`airlock run\` wall time over native install + tests ${med(alike, 'wallRatio')}.`,
    `Medians over all ${results.length} repositories wherever both sides ran the phase: tests ${med(results, 'testRatio')}, ` +
      `install + tests ${med(results, 'bothRatio')}, installs ${med(results, 'installRatio')}.`,
    ...warmSummary(results),
  ].join('\n');
}

function warmSummary(results) {
  const warm = results
    .filter((r) => r.runs.every((run) => run.warm && bothPassed(run.warm)))
    .map((r) => warmTimesOf(r.runs));
  if (warm.length === 0) return [];
  const med = (key) => fmtRatio(median(warm.map((t) => t[key])));
  return [
    `With a warm npm cache on both sides (--package-cache), medians over the ${warm.length} repositories that passed both ways: ` +
      `installs ${med('installRatio')}, install + tests ${med('bothRatio')} (target ≤ 1.5×), tests ${med('testRatio')}.`,
  ];
}

const bothPassed = (run) =>
  Boolean(run.native && run.sandbox) && passedOf(run.native) && passedOf(run.sandbox);

function mismatches(results) {
  const lines = [];
  for (const { repo, runs } of results)
    runs.forEach((r, i) => {
      if (!r.reason) return;
      const what = r.matched === false ? 'MISMATCH' : 'same outcome, counts differ';
      const run = runs.length > 1 ? ` (run ${i + 1})` : '';
      lines.push(`- ${repo.name}${run}, ${what}: ${r.reason}`);
    });
  return lines.length === 0 ? 'No mismatches.' : `Mismatches and differences:\n${lines.join('\n')}`;
}

// ---------------------------------------------------------------------------------------------
// The run's context: toolchains, registry addresses, machine

const execFileP = promisify(execFile);

async function version(command, args) {
  try {
    const { stdout, stderr } = await execFileP(command, args, {
      env: nativeEnv(null),
      timeout: 30_000,
    });
    return `${stdout}${stderr}`.trim().split('\n')[0];
  } catch {
    return 'not found';
  }
}

/** The npm registry's host as npm is configured here, and every address it resolves to. */
async function registryAddresses() {
  const registry = (await version('npm', ['config', 'get', 'registry'])).trim();
  const host = new URL(registry).hostname;
  const addresses = (await lookup(host, { all: true })).map((a) => a.address);
  return { registry, host, addresses };
}

async function context(repos, settings) {
  const [nodeVersion, npmVersion, pythonVersion, pytestVersion] = await Promise.all([
    version('node', ['--version']),
    version('npm', ['--version']),
    version('python3', ['--version']),
    version('python3', ['-m', 'pytest', '--version']),
  ]);
  const registry =
    settings.sandbox && repos.some((r) => r.install) ? await registryAddresses() : null;
  const pipInstalls = repos.filter(usesPip).map((r) => r.name);
  const pip = repos.some(isPython) ? { ...(await pypiReachable()), pipInstalls } : null;
  return {
    date: new Date().toISOString(),
    machine: `${hostname()}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB`,
    native: { node: nodeVersion, npm: npmVersion, python: pythonVersion, pytest: pytestVersion },
    registry,
    pip,
  };
}

const PYTHON_RUNNERS = ['pytest', 'unittest'];
const PYPI_HOSTS = ['pypi.org', 'files.pythonhosted.org'];
const usesPip = (repo) => /\b(pip3?|uv|poetry|pipenv)\b/.test(repo.install ?? '');
const isPython = (repo) => PYTHON_RUNNERS.includes(repo.runner) || usesPip(repo);

/** Whether PyPI answers from here (asked when the selection has Python projects), and its addresses. */
async function pypiReachable() {
  const addresses = [];
  for (const host of PYPI_HOSTS)
    addresses.push(...(await lookup(host, { all: true }).catch(() => [])).map((a) => a.address));
  try {
    const response = await globalThis.fetch(`https://${PYPI_HOSTS[0]}/simple/pip/`, {
      signal: AbortSignal.timeout(15_000),
    });
    return { reachable: response.ok, status: String(response.status), addresses };
  } catch (error) {
    return { reachable: false, status: String(error.cause?.code ?? error.message), addresses };
  }
}

function preamble(ctx, settings, corpus) {
  const lines = [
    `Real-world parity, ${ctx.date}, ${ctx.machine}; corpus ${corpus}; ${settings.runs} run(s) per repository.`,
    `Native: node ${ctx.native.node}, npm ${ctx.native.npm}, ${ctx.native.python}, ${ctx.native.pytest}; ` +
      'installs with a cold npm cache (a fresh npm_config_cache per run).',
  ];
  if (settings.sandbox) {
    const root = settings.root
      ? `--root ${settings.root}`
      : "the CLI's default root (no --root passed)";
    const extra =
      settings.airlockArgs.length > 0 ? `; extra flags: ${settings.airlockArgs.join(' ')}` : '';
    lines.push(
      `Sandbox: airlock run --timeout ${settings.timeoutS} ${SANDBOX_LIMITS.join(' ')}, ${root}${extra}.`,
    );
    if (settings.bare)
      lines.push(
        'Bare runsc: runsc as Airlock calls it, every trace and log flag removed (the platform floor).',
      );
  }
  if (ctx.registry)
    lines.push(
      `Install phase: npm's registry ${ctx.registry.registry} resolves here to ${ctx.registry.addresses.join(', ')}; ` +
        `each is passed as --allow-address (a registry mirror on a reserved address needs it).`,
    );
  if (ctx.pip) lines.push(pypiLine(ctx.pip));
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------

/** JSON replacer: the measurements in full, each captured output only as its last 256 KiB (enough for --report to find the summaries and reasons again). */
function trimOutput(key, value) {
  const keep = 256 << 10;
  const long = key === 'output' && typeof value === 'string' && value.length > keep;
  return long ? `${CUT_MARK}\n${value.slice(-keep)}` : value;
}

// Begins an output the JSON file keeps only the end of: counts read from it again are partial.
const CUT_MARK = '[bench-realworld: the beginning of this output was not kept]';

function pypiLine(pip) {
  const state = pip.reachable
    ? 'reachable from this machine'
    : `not reachable from this machine (${pip.status}): a pip install in the install phase cannot work here, and a mismatch's reason says so`;
  const installs =
    (pip.pipInstalls ?? []).length > 0
      ? `pip installs: ${pip.pipInstalls.join(', ')}`
      : "the selected Python projects install nothing with pip (their tests use the interpreter's own pytest/unittest)";
  return `Python: ${installs}; PyPI is ${state}.`;
}

function render(intro, results) {
  return [intro, '', table(results), '', summary(results), '', mismatches(results)].join('\n');
}

/** `--report FILE`: the table again from an earlier run's --json, counts and reasons derived anew. */
async function reprint(file) {
  const saved = JSON.parse(await readFile(file, 'utf8'));
  const results = saved.results.map(({ repo, runs }) => ({
    repo,
    runs: runs.map((r) => ({
      ...measure(repo, r.native, r.sandbox, saved.settings.pypiUnreachable),
      ...(r.warm ? { warm: r.warm } : {}),
    })),
  }));
  const intro = preamble(saved.context, saved.settings, saved.corpus ?? corpusDir());
  process.stdout.write(`${render(intro, results)}\n`);
}

async function main() {
  const settings = options();
  if (settings.report) return reprint(settings.report);
  const corpus = corpusDir();
  const repos = await loadCorpus(corpus, settings.only);
  const ctx = await context(repos, settings);
  settings.sandboxEnv = settings.bare
    ? bareRunscEnv(CLI, await tempDir('bare'), process.env)
    : process.env;
  settings.registryAddresses = ctx.registry?.addresses ?? [];
  settings.pypiAddresses = ctx.pip?.addresses ?? [];
  settings.pypiUnreachable = ctx.pip ? !ctx.pip.reachable : false;
  const intro = preamble(ctx, settings, corpus);
  log(intro);
  const results = [];
  for (const repo of repos) results.push(await benchRepo(repo, corpus, settings));
  process.stdout.write(`${render(intro, results)}\n`);
  if (!settings.json) return;
  // The sandbox's environment is this process's: it stays out of the file.
  const { sandboxEnv: _env, ...saved } = settings;
  const raw = { context: ctx, corpus, settings: saved, results };
  await writeFile(settings.json, `${JSON.stringify(raw, trimOutput, 2)}\n`);
}

process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);
try {
  await main();
} catch (error) {
  process.stderr.write(`bench-realworld: ${error.message}\n`);
  process.exitCode = 2;
} finally {
  await Promise.all([...live.dirs].map(removeDir));
}

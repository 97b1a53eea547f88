// Hostile payloads, run only inside the sandbox. Each asserts its outcome and, from the host side,
// that the host saw nothing: no connection, no read secret, no changed file, nothing left behind.
import { createHash, randomBytes } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
  lstatSync,
  readlinkSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { extname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SandboxOutcome, TelemetryStatus } from '../../src/domain.js';
import { telemetryStatus } from '../../src/sandbox/runsc-capabilities.js';
import { debian12RunscPath, runscWithoutTracePath } from '../support/runsc-variants.js';
import { leftovers, removeDir, runIn, sandbox, tempDir } from '../support/sandbox-harness.js';
import { startListeners, type Listeners } from './network-listeners.js';

const PAYLOADS = join(import.meta.dirname, 'payloads');
const interpreter: Record<string, string[]> = {
  '.py': ['python3'],
  '.js': ['node'],
  '.sh': ['sh'],
};

interface Context {
  readonly canaryDir: string;
  readonly canaryPath: string;
  readonly token: string;
  readonly listeners: Listeners;
  readonly sentinel: ChildProcess;
}

interface Case {
  readonly payload: string;
  readonly outcome: SandboxOutcome;
  readonly limits?: Record<string, number>;
  readonly never?: RegExp;
  readonly expect?: RegExp;
  readonly check?: (
    result: Awaited<ReturnType<typeof runIn>>,
    ctx: Context,
    workspace: string,
    root: 'runner' | 'image',
  ) => void;
  /** What telemetry must have seen (checked where the run's telemetry is complete). */
  readonly seen?: (result: Awaited<ReturnType<typeof runIn>>) => void;
}

const cases: Case[] = [
  { payload: 'fork_bomb.sh', outcome: 'process-limit', limits: { pids: 64, timeoutSeconds: 8 } },
  { payload: 'fork_loop.py', outcome: 'process-limit', limits: { pids: 64, timeoutSeconds: 8 } },
  {
    payload: 'userns_escape.py',
    outcome: 'process-limit',
    limits: { pids: 64, timeoutSeconds: 8 },
    never: /ALLOWED/,
    expect:
      /refused clone3\(CLONE_NEWUSER\) Function not implemented\nrefused clone\(CLONE_NEWUSER\) Operation not permitted\nrefused unshare\(CLONE_NEWUSER\) Operation not permitted\nunshare\(CLONE_FS\) returned 0\nthread started/,
    seen: (r) =>
      expect(r.violations.filter((v) => v.syscall === 'unshare').map((v) => v.detail)).toEqual([
        "unshare with namespace flags attempted (refused by the sandbox's seccomp profile)",
      ]),
  },
  { payload: 'spawn_storm.js', outcome: 'process-limit', limits: { pids: 64, timeoutSeconds: 8 } },
  { payload: 'memory_bomb.py', outcome: 'memory-limit', limits: { memoryMiB: 256 } },
  { payload: 'memory_bomb.js', outcome: 'memory-limit', limits: { memoryMiB: 256 } },
  {
    payload: 'fill_tmp.sh',
    outcome: 'failed',
    limits: { tmpMiB: 16 },
    expect: /No space left on device/,
  },
  {
    payload: 'fill_workspace.py',
    outcome: 'failed',
    limits: { workspaceWriteMiB: 16 },
    expect: /refused after \d+ MiB/,
  },
  // CPython ignores SIGXFSZ, so the write fails with EFBIG instead of the process dying.
  {
    payload: 'file_size_bomb.py',
    outcome: 'failed',
    limits: { fileSizeMiB: 8 },
    expect: /File too large/,
  },
  {
    payload: 'fd_exhaust.py',
    outcome: 'failed',
    limits: { openFiles: 128 },
    expect: /refused after 1\d\d /,
  },
  {
    payload: 'stdout_flood.sh',
    outcome: 'output-limit',
    limits: { outputLimitMiB: 4 },
    check: (r) => expectBoundedCapture(r),
  },
  {
    payload: 'stdout_flood.py',
    outcome: 'output-limit',
    limits: { outputLimitMiB: 4 },
    check: (r) => expectBoundedCapture(r),
  },
  { payload: 'infinite_loop.js', outcome: 'timeout', limits: { timeoutSeconds: 3 } },
  {
    payload: 'ignore_sigterm.py',
    outcome: 'timeout',
    limits: { timeoutSeconds: 3, graceSeconds: 1 },
    check: (r) => expect(r.signal).toBe('SIGKILL'),
  },
  {
    payload: 'daemon_orphan.py',
    outcome: 'passed',
    check: (r, _c, ws) =>
      expect(existsSync(join(ws, '..', 'results', 'orphan-was-here'))).toBe(false),
  },
  {
    payload: 'tcp_egress.py',
    outcome: 'passed',
    never: /CONNECTED/,
    expect: /refused 127\.0\.0\.1/,
  },
  { payload: 'udp_egress.py', outcome: 'passed' },
  { payload: 'dns_egress.py', outcome: 'passed', never: /ANSWERED|RESOLVED/ },
  { payload: 'net_egress.js', outcome: 'passed', never: /CONNECTED|FETCHED/ },
  { payload: 'env_exfil_combo.py', outcome: 'passed', never: /SENT/ },
  { payload: 'read_canary.py', outcome: 'passed', never: /READ/, expect: /refused/ },
  { payload: 'read_canary.js', outcome: 'passed', never: /READ|LISTED/ },
  { payload: 'proc_environ.sh', outcome: 'passed', never: /AIRLOCK_TEST_CANARY|GITHUB_TOKEN/ },
  { payload: 'parent_env.js', outcome: 'passed', never: /AIRLOCK_TEST_CANARY|VITEST/ },
  { payload: 'read_shadow.sh', outcome: 'passed', never: /SHADOW_READ|GSHADOW_READ/ },
  { payload: 'relative_paths.py', outcome: 'passed', never: /^READ/m, expect: /^done$/m },
  {
    payload: 'trace_flood.py',
    outcome: 'passed',
    never: /SHADOW_READ/,
    expect: /flood done\nrefused \/etc\/shadow 13/,
    // Nothing after the flood is lost, and the flood itself is no violation: it is only opens.
    seen: (r) =>
      expect(r.violations.map((v) => v.detail)).toEqual([
        'credential file /etc/shadow (refused, errno 13)',
      ]),
  },
  { payload: 'write_outside.sh', outcome: 'passed', never: /WROTE/ },
  { payload: 'write_workspace.py', outcome: 'passed', expect: /workspace rewritten/ },
  { payload: 'symlink_escape.sh', outcome: 'passed' },
  {
    payload: 'privilege_calls.py',
    outcome: 'passed',
    never: /ALLOWED/,
    expect: /refused setuid\(0\)[\s\S]*refused chroot/,
  },
  { payload: 'setuid_binary.sh', outcome: 'passed', never: /^0$/m, expect: /^1001$/m },
  {
    payload: 'namespace_tool.sh',
    outcome: 'passed',
    never: /^0$/m,
    expect: /unshare exit [1-9][\s\S]*nsenter exit [1-9][\s\S]*^1001$/m,
  },
  {
    payload: 'raw_socket.py',
    outcome: 'passed',
    never: /ALLOWED/,
    expect: /refused AF_INET\/SOCK_RAW/,
  },
  { payload: 'reverse_shell.py', outcome: 'passed', expect: /shell exited [1-9]/ },
  {
    payload: 'kill_host.py',
    outcome: 'passed',
    check: (_r, ctx) => expect(ctx.sentinel.exitCode).toBeNull(),
  },
  {
    payload: 'child_process_shell.js',
    outcome: 'passed',
    expect: /uid=1001/,
    // The runner root shows the host's /etc as it is (hostname included, see the threat model).
    check: (r, _c, _w, root) =>
      root === 'runner'
        ? expect(r.stdout).toMatch(/uid=1001/)
        : expect(r.stdout).not.toContain(hostname()),
  },
];

const outside = (ctx: Context) =>
  ctx.listeners.targets.find((t) => !t.startsWith('127.')) ?? 'none';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const refusedFork = () => ({
  kind: 'resource',
  detail: /process creation refused by the process limit/,
});
const egress = (call: string) => (ctx: Context) => ({
  kind: 'network',
  detail: new RegExp(`^${call} ${escape(outside(ctx))}:\\d+`),
});

const refusedBySeccomp = (what: string) => ({
  kind: 'privilege',
  detail: new RegExp(`^${escape(what)} attempted \\(refused by the sandbox's seccomp profile\\)$`),
});

// The calls whose violations come from the runtime monitor rather than the strace log.
const monitoredCalls = new Set(['open', 'openat', 'creat', 'chdir', 'fchdir']);

interface Wanted {
  readonly kind: string;
  readonly detail: RegExp;
  readonly process?: string;
}

/** What gVisor's trace must report for each payload that attempts something observable. */
const expectedViolations: Record<string, (ctx: Context) => Wanted | readonly Wanted[]> = {
  'fork_bomb.sh': refusedFork,
  'fork_loop.py': refusedFork,
  'userns_escape.py': () => [
    refusedFork(),
    refusedBySeccomp('clone with namespace flags'),
    refusedBySeccomp('unshare with namespace flags'),
  ],
  'spawn_storm.js': refusedFork,
  'tcp_egress.py': egress('connect'),
  'udp_egress.py': egress('sendto'),
  'dns_egress.py': egress('sendto'),
  'net_egress.js': egress('connect'),
  'env_exfil_combo.py': () => ({
    kind: 'filesystem',
    detail: /^SSH key \/home\/airlock\/\.ssh\/id_rsa/,
  }),
  'proc_environ.sh': () => ({ kind: 'filesystem', detail: /another process's \/proc\/environ/ }),
  'parent_env.js': () => ({ kind: 'filesystem', detail: /another process's \/proc\/environ/ }),
  'read_shadow.sh': () => ({ kind: 'filesystem', detail: /^credential file \/etc\/shadow/ }),
  // Placed by following each process's working directory (working-directories.ts).
  'relative_paths.py': (ctx) => [
    {
      kind: 'filesystem',
      detail: new RegExp(`^followed workspace link /workspace/leak -> ${escape(ctx.canaryPath)}`),
      process: 'python3',
    },
    { kind: 'filesystem', detail: /^credential file \/etc\/shadow \(refused/ },
    { kind: 'filesystem', detail: /^credential file \/etc\/gshadow \(refused/ },
    { kind: 'filesystem', detail: /^another process's \/proc\/environ \/proc\/1\/environ/ },
    { kind: 'filesystem', detail: /^credential file \/etc\/sudoers \(refused/ },
    { kind: 'filesystem', detail: /^secret mount \/run\/secrets\/token \(refused/ },
    { kind: 'filesystem', detail: /^credential file \/etc\/shadow \(refused/, process: 'cat' },
    { kind: 'filesystem', detail: /^root's home \/root\/\.bashrc \(refused/, process: 'cat' },
    { kind: 'filesystem', detail: /^root's home \/root \(refused/ },
  ],
  'trace_flood.py': () => ({ kind: 'filesystem', detail: /^credential file \/etc\/shadow/ }),
  'write_outside.sh': () => ({
    kind: 'filesystem',
    detail: /^write outside the writable areas \/etc\/airlock-pwned/,
  }),
  'symlink_escape.sh': (ctx) => ({
    kind: 'filesystem',
    detail: new RegExp(`^followed workspace link /workspace/leak -> ${escape(ctx.canaryPath)}`),
  }),
  'privilege_calls.py': () => [
    { kind: 'privilege', detail: /^mount attempted/ },
    { kind: 'privilege', detail: /^chroot attempted/ },
    refusedBySeccomp('ptrace'),
    refusedBySeccomp('unshare with namespace flags'),
  ],
  'namespace_tool.sh': () => [
    { kind: 'privilege', detail: /^namespace tool \S*unshare / },
    refusedBySeccomp('unshare with namespace flags'),
    refusedBySeccomp('setns'),
  ],
  'reverse_shell.py': () => ({
    kind: 'process',
    detail: /^shell \/(?:usr\/)?bin\/bash .*\/dev\/tcp\//,
  }),
  'raw_socket.py': () => ({ kind: 'privilege', detail: /^raw socket AF_INET, SOCK_RAW/ }),
  'child_process_shell.js': () => ({ kind: 'filesystem', detail: /^root's home \/root/ }),
};

function expectBoundedCapture(result: { stdout: string; truncated: { stdout: boolean } }): void {
  expect(result.truncated.stdout).toBe(true);
  expect(result.stdout.length).toBeLessThan(1024 * 1024);
  expect(result.stdout).toMatch(/\[airlock: \d+ bytes of output omitted\]/);
}

interface Variant {
  readonly name: string;
  /** null: setup's runsc. */
  readonly runsc: (() => Promise<string>) | null;
  /** The guest's root (default: the image). */
  readonly root?: 'runner' | 'image';
  /**
   * Payloads whose attempt this build answers differently, so there is nothing to see: the output
   * that shows it, checked instead of the violation.
   */
  readonly answeredOtherwise?: Readonly<Record<string, RegExp>>;
}

const variants: Variant[] = [
  { name: "setup's runsc", runsc: null },
  {
    name: "setup's runsc, the runner root (the host's own /usr, /etc, /opt)",
    runsc: null,
    root: 'runner',
  },
  {
    name: "Debian 12's runsc (2022, ptrace)",
    runsc: debian12RunscPath,
    // Its statx answers EINVAL, so `ls /root` never gets as far as opening the directory.
    answeredOtherwise: { 'child_process_shell.js': /cannot access '\/root': Invalid argument/ },
  },
  { name: "setup's runsc with its trace switched off", runsc: runscWithoutTracePath },
];

describe.each(variants)('red-team payloads in the sandbox, $name', (variant) => {
  let ctx: Context;
  let runscPath: string | undefined;
  let telemetry: TelemetryStatus;

  beforeAll(async () => {
    runscPath = variant.runsc ? await variant.runsc() : undefined;
    const ready = await sandbox(runscPath, variant.root ?? 'image');
    telemetry = telemetryStatus(true, ready.capabilities, ready.runsc);
    const canaryDir = tempDir('canary');
    const token = `canary-${randomBytes(12).toString('hex')}`;
    writeFileSync(join(canaryDir, 'secret.txt'), token);
    process.env['AIRLOCK_TEST_CANARY'] = token;
    const sentinel = spawn('sleep', ['600'], { stdio: 'ignore' });
    ctx = {
      canaryDir,
      canaryPath: join(canaryDir, 'secret.txt'),
      token,
      listeners: await startListeners(),
      sentinel,
    };
  });

  afterAll(async () => {
    ctx.sentinel.kill();
    await ctx.listeners.close();
    removeDir(ctx.canaryDir);
  });

  it('expects violations only of payloads that exist', () => {
    expect(
      Object.keys(expectedViolations).filter((name) => !cases.some((c) => c.payload === name)),
    ).toEqual([]);
  });

  it('has at least 30 payloads, each with a test', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    expect(readdirSync(PAYLOADS).sort()).toEqual(cases.map((c) => c.payload).sort());
  });

  for (const testCase of cases) {
    it(`${testCase.payload} ends as ${testCase.outcome} and the host sees nothing`, async () => {
      const root = tempDir('redteam');
      const workspace = join(root, 'workspace');
      prepareWorkspace(workspace, testCase.payload, ctx);
      const before = treeHash(workspace);
      const result = await runIn({
        command: [...(interpreter[extname(testCase.payload)] ?? []), testCase.payload],
        workspace,
        ...(runscPath ? { runscPath } : {}),
        root: variant.root ?? 'image',
        resultsDir: join(root, 'results'),
        passEnv: {
          TARGETS: ctx.listeners.targets.join(','),
          TCP_PORT: String(ctx.listeners.tcpPort),
          UDP_PORT: String(ctx.listeners.udpPort),
          CANARY_PATH: ctx.canaryPath,
        },
        ...testCase.limits,
      });
      const output = result.stdout + result.stderr;
      expect(result.outcome, output.slice(-2000)).toBe(testCase.outcome);
      if (testCase.expect) expect(output).toMatch(testCase.expect);
      if (testCase.never) expect(output).not.toMatch(testCase.never);
      // Every run says what its telemetry could see; violations are expected where it could.
      expect(result.telemetry).toEqual(telemetry);
      testCase.check?.(result, ctx, workspace, variant.root ?? 'image');
      const otherwise = variant.answeredOtherwise?.[testCase.payload];
      if (otherwise) expect(output).toMatch(otherwise);
      else if (telemetry.available) {
        testCase.seen?.(result);
        for (const wanted of [expectedViolations[testCase.payload]?.(ctx) ?? []].flat()) {
          const match = expect.objectContaining({
            kind: wanted.kind,
            detail: expect.stringMatching(wanted.detail),
            ...(wanted.process ? { process: wanted.process } : {}),
          });
          expect(
            result.violations,
            JSON.stringify(result.violations).slice(0, 3000),
          ).toContainEqual(match);
        }
      } else {
        expect(telemetry.missing).toContain('syscall-trace');
        // Only what does not come from the trace can still be seen: the seccomp refusals, and the
        // file opens where the runtime monitor works.
        for (const violation of result.violations) {
          if (violation.kind === 'filesystem' && monitoredCalls.has(violation.syscall))
            expect(telemetry.missing).not.toContain('file-monitor');
          else expect(violation).toMatchObject({ kind: 'privilege', detail: /seccomp profile/ });
        }
      }
      expect(output).not.toContain(ctx.token);
      expect(ctx.listeners.seen).toEqual([]);
      expect(readFileSync(ctx.canaryPath, 'utf8')).toBe(ctx.token);
      expect(readdirSync(ctx.canaryDir)).toEqual(['secret.txt']);
      expect(treeHash(workspace)).toBe(before);
      expect(leftovers()).toEqual([]);
      removeDir(root);
    });
  }
});

function prepareWorkspace(workspace: string, payload: string, ctx: Context): void {
  mkdirSync(join(workspace, 'sub'), { recursive: true });
  copyFileSync(join(PAYLOADS, payload), join(workspace, payload));
  writeFileSync(join(workspace, 'data.txt'), 'original');
  writeFileSync(join(workspace, 'keep.txt'), 'keep me');
  writeFileSync(join(workspace, 'sub', 'nested.txt'), 'nested');
  // A link from the PR pointing at a host path: inside, it must resolve in the sandbox, not on the host.
  symlinkSync(ctx.canaryPath, join(workspace, 'leak'));
}

/** Content, mode and link targets of every entry, read without following links. */
function treeHash(dir: string): string {
  const hash = createHash('sha256');
  const walk = (relative: string) => {
    for (const name of readdirSync(join(dir, relative)).sort()) {
      const rel = join(relative, name);
      const stat = lstatSync(join(dir, rel));
      hash.update(`${rel}\0${stat.mode}\0${stat.uid}\0`);
      if (stat.isSymbolicLink()) hash.update(readlinkSync(join(dir, rel)));
      else if (stat.isDirectory()) walk(rel);
      else hash.update(readFileSync(join(dir, rel)));
    }
  };
  walk('');
  return hash.digest('hex');
}

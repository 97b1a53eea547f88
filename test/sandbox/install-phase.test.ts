// The install phase for real: runsc on a network namespace whose one route leads to the egress
// proxy, then the tests with no network on top of what the install wrote (issue: install phase).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { lookup } from 'node:dns/promises';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installNetworkPort } from '../../src/adapters/sandbox-host/install-network.js';
import { classifyAddress } from '../../src/config/egress-address.js';
import { parseEgressPolicy } from '../../src/sandbox/egress-policy.js';
import type { SandboxResult } from '../../src/domain.js';
import { startListeners, type Listeners } from '../redteam/network-listeners.js';
import {
  TEST_STATE_DIR,
  cli,
  leftovers,
  runIn,
  runPhasesIn,
  sandbox,
  tempDir,
} from '../support/sandbox-harness.js';

const REGISTRY = 'registry.npmjs.org';

/**
 * Addresses the host resolves the npm registry to that are not public unicast. On the open
 * internet there are none; a machine that reaches the registry through a mirror on a reserved
 * address exempts exactly those, as an operator would with --allow-address.
 */
async function registryExemptions(): Promise<string[]> {
  const answers = await lookup(REGISTRY, { all: true });
  return answers.map((a) => a.address).filter((address) => classifyAddress(address) !== 'public');
}

function write(dir: string, files: Record<string, string>): string {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const NPM_FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'npm-project');

/** The fixture project (23 packages pinned by a lockfile) in a fresh directory. */
function npmProject(): string {
  const dir = tempDir('npm-ci');
  cpSync(NPM_FIXTURE, dir, { recursive: true });
  return dir;
}

function networkViolations(result: SandboxResult) {
  return result.violations.filter((v) => v.kind === 'network');
}

describe('install phase', () => {
  beforeAll(async () => {
    await sandbox();
  });

  it('runs npm ci through the proxy against the real npm registry, then the tests offline', async () => {
    const workspace = npmProject();
    const result = await runPhasesIn({
      workspace,
      install: {
        command: ['npm', 'ci', '--no-audit', '--no-fund'],
        policy: { testAllowances: { addresses: await registryExemptions() } },
      },
      command: ['npm', 'test'],
    });
    expect(result.install?.outcome, result.install?.stderr).toBe('passed');
    expect(result.outcome, result.stderr).toBe('passed');
    expect(result.phase).toBe('test');
    expect(result.stdout).toMatch(/# pass 1\b/);
    const allowed = result.install?.egress.allowed ?? [];
    expect(allowed.map((a) => `${a.host}:${a.port}`)).toEqual([`${REGISTRY}:443`]);
    expect(allowed[0]?.count).toBeGreaterThanOrEqual(1);
    expect(allowed[0]?.bytes).toBeGreaterThan(100_000);
    expect(result.install?.egress.denied).toEqual([]);
    // npm talked only to the proxy: nothing else reached for the network.
    expect(networkViolations(result)).toEqual([]);
    // Neither the install's node_modules nor the tests' writes reached the host copy.
    expect(readdirSync(workspace).sort()).toEqual(['package-lock.json', 'package.json', 'test']);
    expect(leftovers()).toEqual([]);
  });

  describe('pip against a package index on loopback', () => {
    let index: Server;
    let port = 0;
    const requests: string[] = [];

    beforeAll(async () => {
      const wheel = buildWheel();
      const sha = createHash('sha256').update(wheel).digest('hex');
      const name = 'airlock_fixture-1.0-py3-none-any.whl';
      index = createServer((req, res) => {
        requests.push(`${req.method} ${req.url}`);
        if (req.url === '/simple/airlock-fixture/') {
          res.setHeader('content-type', 'text/html');
          res.end(`<html><body><a href="/files/${name}#sha256=${sha}">${name}</a></body></html>`);
        } else if (req.url === `/files/${name}`) {
          res.end(wheel);
        } else {
          res.statusCode = 404;
          res.end();
        }
      });
      await new Promise<void>((resolve) => index.listen(0, '127.0.0.1', resolve));
      port = (index.address() as { port: number }).port;
    });

    afterAll(async () => {
      await new Promise((resolve) => index.close(resolve));
    });

    it('installs into a virtualenv the tests then import, with the index allowed for the test', async () => {
      const workspace = tempDir('pip');
      const url = `http://127.0.0.1:${port}/simple/`;
      const result = await runPhasesIn({
        workspace,
        install: {
          command: [
            'sh',
            '-c',
            `python3 -m venv .venv && .venv/bin/pip install --no-cache-dir --disable-pip-version-check --index-url ${url} --trusted-host 127.0.0.1:${port} airlock-fixture`,
          ],
          policy: { testAllowances: { addresses: ['127.0.0.1'], ports: [port] } },
        },
        command: [
          '.venv/bin/python',
          '-c',
          'import airlock_fixture; assert airlock_fixture.VALUE == 42; print("imported", airlock_fixture.VALUE)',
        ],
      });
      expect(result.install?.outcome, result.install?.stdout + (result.install?.stderr ?? '')).toBe(
        'passed',
      );
      expect(result.outcome, result.stderr).toBe('passed');
      expect(result.stdout).toContain('imported 42');
      // The index was asked through the proxy (the sandbox has no route to the host's loopback).
      expect(requests).toContain(`GET /files/airlock_fixture-1.0-py3-none-any.whl`);
      expect(result.install?.egress.allowed.map((a) => `${a.host}:${a.port}`)).toEqual([
        `127.0.0.1:${port}`,
      ]);
      expect(existsSync(join(workspace, '.venv'))).toBe(false);
      expect(leftovers()).toEqual([]);
    });
  });

  describe('a hostile postinstall script', () => {
    let listeners: Listeners;
    const asked: string[] = [];

    beforeAll(async () => {
      listeners = await startListeners();
    });

    afterAll(async () => {
      await listeners.close();
    });

    it('is refused every destination it tries, all reported, and the tests still cannot reach the proxy', async () => {
      const ownAddress = listeners.targets.find((a) => a !== '127.0.0.1') ?? '127.0.0.1';
      const targets = [
        'not-allowed.example.com:443', // not on the allowlist: refused without a DNS lookup
        `${ownAddress}:443`, // a raw IP (this machine's own interface address)
        'mirror.example.org:443', // allowlisted, but (injected DNS) resolves to a private address
        'instance-data.example.org:80', // allowlisted, resolves to the cloud metadata address
        `${REGISTRY}:22`, // an allowlisted name on a port that is not 80/443
      ];
      const workspace = write(tempDir('postinstall'), {
        'package.json': JSON.stringify({
          name: 'hostile',
          version: '1.0.0',
          private: true,
          scripts: { postinstall: 'node attempt.js' },
        }),
        'targets.json': JSON.stringify({ targets, direct: `${ownAddress}:${listeners.tcpPort}` }),
        'attempt.js': ATTEMPT_JS,
        'reach-proxy.js': REACH_PROXY_JS,
      });
      const result = await runPhasesIn({
        workspace,
        install: {
          command: ['npm', 'install', '--no-audit', '--no-fund'],
          policy: { allowHosts: ['mirror.example.org', 'instance-data.example.org'] },
        },
        resolve: async (host) => {
          asked.push(host);
          if (host === 'mirror.example.org') return ['10.20.30.40'];
          if (host === 'instance-data.example.org') return ['169.254.169.254'];
          return [];
        },
        command: ['node', 'reach-proxy.js'],
      });
      expect(result.install?.outcome, result.install?.stderr).toBe('passed');
      const report = JSON.parse(
        result.install?.stdout.split('\n').find((l) => l.startsWith('{"attempts"')) ?? '{}',
      ) as { attempts: Record<string, string>; direct: string };
      for (const target of targets) expect(report.attempts[target], target).toBe('403');
      expect(report.direct).toMatch(/^E/); // no route: the netns has only the link to the proxy
      const denied = result.install?.egress.denied ?? [];
      expect(denied.map((d) => [`${d.host}:${d.port}`, d.rule])).toEqual(
        expect.arrayContaining([
          ['not-allowed.example.com:443', 'host'],
          [`${ownAddress}:443`, 'raw-ip'],
          ['mirror.example.org:443', 'address'],
          ['instance-data.example.org:80', 'address'],
          [`${REGISTRY}:22`, 'port'],
        ]),
      );
      expect(denied.find((d) => d.host === 'instance-data.example.org')?.reason).toContain(
        'metadata',
      );
      expect(result.install?.egress.allowed).toEqual([]);
      // Only allowlisted names on web ports are ever looked up.
      expect(asked.sort()).toEqual(['instance-data.example.org', 'mirror.example.org']);
      // Each refusal is a network violation of the install phase, and so is the direct connect.
      const reported = networkViolations(result).map((v) => `${v.phase} ${v.detail}`);
      for (const target of targets)
        expect(
          reported.some((r) => r.startsWith('install ') && r.includes(target)),
          target,
        ).toBe(true);
      expect(reported).toContainEqual(
        expect.stringMatching(
          new RegExp(`^install connect ${ownAddress.replace(/\./g, '\\.')}:${listeners.tcpPort}`),
        ),
      );
      // The test phase got the proxy's address from the install's files and could not reach it.
      expect(result.outcome, result.stdout + result.stderr).toBe('passed');
      expect(result.stdout).toMatch(/proxy unreachable: E/);
      expect(reported.some((r) => r.startsWith('test connect 10.200.'))).toBe(true);
      expect(listeners.seen).toEqual([]);
      expect(leftovers()).toEqual([]);
    });
  });

  it('keeps the test run off the network while a proxy is up beside it', async () => {
    const network = installNetworkPort(TEST_STATE_DIR);
    const id = 'proxy-probe';
    mkdirSync(join(TEST_STATE_DIR, 'runs', id), { recursive: true });
    writeFileSync(
      join(TEST_STATE_DIR, 'runs', id, 'owner.json'),
      JSON.stringify({ pid: process.pid }),
    );
    const open = await network.open(id, parseEgressPolicy({}));
    try {
      const workspace = write(tempDir('no-net'), {
        'target.txt': open.proxyUrl,
        'reach-proxy.js': REACH_PROXY_JS.replace('proxy-url.txt', 'target.txt'),
      });
      const result = await runIn({ workspace, command: ['node', 'reach-proxy.js'] });
      expect(result.outcome, result.stderr).toBe('passed');
      expect(result.stdout).toMatch(/proxy unreachable: E/);
      expect(open.events()).toEqual([]);
    } finally {
      await open.close();
      execFileSync('rm', ['-rf', join(TEST_STATE_DIR, 'runs', id)]);
    }
    expect(leftovers()).toEqual([]);
  });

  it('shows both phases the base manifests (install-from base) and carries the install writes', async () => {
    const workspace = write(tempDir('overrides'), {
      'package.json': '{"name":"pr-version"}\n',
      'requirements.txt': 'added-by-the-pr==1.0\n',
      'src/app.js': 'module.exports = 1;\n',
    });
    const check = [
      'grep -q base-version package.json',
      'test ! -e requirements.txt',
      'test -f src/app.js',
    ].join(' && ');
    const result = await runPhasesIn({
      workspace,
      install: {
        command: [
          'sh',
          '-c',
          `${check} && mkdir -p node_modules/dep && echo installed > node_modules/dep/index.js && echo cached > "$HOME/.cache-marker"`,
        ],
        overrides: {
          restore: [{ path: 'package.json', content: '{"name":"base-version"}\n' }],
          hide: ['requirements.txt'],
        },
      },
      command: [
        'sh',
        '-c',
        `${check} && grep -q installed node_modules/dep/index.js && grep -q cached "$HOME/.cache-marker" && touch node_modules/dep/extra && echo phases-ok`,
      ],
    });
    expect(result.install?.outcome, result.install?.stderr).toBe('passed');
    expect(result.outcome, result.stderr).toBe('passed');
    expect(result.stdout).toContain('phases-ok');
    expect(readFileSync(join(workspace, 'package.json'), 'utf8')).toBe('{"name":"pr-version"}\n');
    expect(existsSync(join(workspace, 'requirements.txt'))).toBe(true);
    expect(existsSync(join(workspace, 'node_modules'))).toBe(false);
    expect(leftovers()).toEqual([]);
  });

  it('does not run the tests when the install fails, and says which phase ended', async () => {
    const workspace = tempDir('install-fails');
    const result = await runPhasesIn({
      workspace,
      install: { command: ['sh', '-c', 'echo broken install >&2; exit 3'] },
      command: ['sh', '-c', 'echo tests-ran'],
    });
    expect(result.phase).toBe('install');
    expect(result.outcome).toBe('failed');
    expect(result.exitCode).toBe(3);
    expect(result.install?.outcome).toBe('failed');
    expect(result.stderr).toContain('broken install');
    expect(result.stdout).not.toContain('tests-ran');
    expect(leftovers()).toEqual([]);
  });

  it('stops at the wall-clock limit during the install and cleans up its network', async () => {
    const workspace = tempDir('install-timeout');
    const result = await runPhasesIn({
      workspace,
      timeoutSeconds: 2,
      graceSeconds: 1,
      install: { command: ['sleep', '60'] },
      command: ['true'],
    });
    expect(result.phase).toBe('install');
    expect(result.outcome).toBe('timeout');
    expect(leftovers()).toEqual([]);
  });

  for (const signal of ['SIGINT', 'SIGKILL'] as const) {
    it(`leaves no namespace, proxy or mount behind when airlock gets ${signal} during the install`, async () => {
      const workspace = tempDir('install-signal');
      let sent = false;
      const ran = await cli(
        [
          'run',
          '--workspace',
          workspace,
          '--install',
          'echo install-is-running; sleep 120',
          '--',
          'true',
        ],
        {
          onStderr: (text, pid) => {
            if (!sent && text.includes('install-is-running')) {
              sent = true;
              process.kill(pid, signal);
            }
          },
        },
      );
      expect(sent).toBe(true);
      if (signal === 'SIGINT') expect(ran.code).toBe(130);
      else {
        expect(ran.signal).toBe('SIGKILL');
        // The next run's start-up sweep removes what the killed one left, namespace included.
        const next = await cli(['run', '--quiet', '--workspace', workspace, '--', 'true']);
        expect(next.code).toBe(0);
      }
      expect(leftovers()).toEqual([]);
    });
  }

  it('refuses --allow-host without --install, and a bad host, as usage errors', async () => {
    const workspace = tempDir('usage');
    const alone = await cli([
      'run',
      '--workspace',
      workspace,
      '--allow-host',
      'x.example',
      '--',
      'true',
    ]);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain('--allow-host');
    const bad = await cli([
      'run',
      '--workspace',
      workspace,
      '--install',
      'true',
      '--allow-host',
      '169.254.169.254',
      '--',
      'true',
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('allow-hosts');
  });
});

/** A pure-Python wheel built with the standard library's zipfile (content fixed, nothing run). */
function buildWheel(): Buffer {
  const dir = tempDir('wheel');
  const out = join(dir, 'airlock_fixture-1.0-py3-none-any.whl');
  execFileSync('python3', [
    '-c',
    [
      'import sys, zipfile, hashlib, base64',
      'files = {',
      "  'airlock_fixture/__init__.py': b'VALUE = 42\\n',",
      "  'airlock_fixture-1.0.dist-info/METADATA': b'Metadata-Version: 2.1\\nName: airlock-fixture\\nVersion: 1.0\\n',",
      "  'airlock_fixture-1.0.dist-info/WHEEL': b'Wheel-Version: 1.0\\nGenerator: airlock-test\\nRoot-Is-Purelib: true\\nTag: py3-none-any\\n',",
      '}',
      "record = ''.join(f'{n},sha256={base64.urlsafe_b64encode(hashlib.sha256(b).digest()).rstrip(b\"=\").decode()},{len(b)}\\n' for n, b in files.items())",
      "record += 'airlock_fixture-1.0.dist-info/RECORD,,\\n'",
      "with zipfile.ZipFile(sys.argv[1], 'w') as z:",
      '  for n, b in files.items(): z.writestr(n, b)',
      "  z.writestr('airlock_fixture-1.0.dist-info/RECORD', record)",
    ].join('\n'),
    out,
  ]);
  return readFileSync(out);
}

// Runs only inside the sandbox: asks the proxy for each target with CONNECT, then tries one
// address directly, and prints what happened. Leaves the proxy's address for the test phase.
const ATTEMPT_JS = `
const http = require('http');
const net = require('net');
const fs = require('fs');
const { targets, direct } = JSON.parse(fs.readFileSync('targets.json', 'utf8'));
const proxy = new URL(process.env.HTTPS_PROXY);
fs.writeFileSync('proxy-url.txt', process.env.HTTPS_PROXY);
const attempts = {};
function viaProxy(target) {
  return new Promise((resolve) => {
    const req = http.request({ host: proxy.hostname, port: proxy.port, method: 'CONNECT', path: target });
    req.on('connect', (res, socket) => { socket.destroy(); resolve(String(res.statusCode)); });
    req.on('error', (e) => resolve(e.code || 'error'));
    req.setTimeout(10000, () => { req.destroy(); resolve('timeout'); });
    req.end();
  });
}
function directly(target) {
  const [host, port] = target.split(':');
  return new Promise((resolve) => {
    const socket = net.connect({ host, port: Number(port) });
    socket.setTimeout(5000, () => { socket.destroy(); resolve('ETIMEDOUT'); });
    socket.on('connect', () => { socket.destroy(); resolve('connected'); });
    socket.on('error', (e) => resolve(e.code || 'error'));
  });
}
(async () => {
  for (const target of targets) attempts[target] = await viaProxy(target);
  const result = await directly(direct);
  console.log(JSON.stringify({ attempts, direct: result }));
})();
`;

// Runs only inside the sandbox: tries the address in proxy-url.txt with a plain TCP connect.
const REACH_PROXY_JS = `
const net = require('net');
const url = new URL(require('fs').readFileSync('proxy-url.txt', 'utf8').trim());
const socket = net.connect({ host: url.hostname, port: Number(url.port) });
socket.setTimeout(5000, () => { socket.destroy(); console.log('proxy unreachable: ETIMEDOUT'); });
socket.on('connect', () => { socket.destroy(); console.log('proxy REACHED'); });
socket.on('error', (e) => console.log('proxy unreachable: ' + e.code));
`;

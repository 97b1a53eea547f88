import { describe, expect, it } from 'vitest';
import {
  sandboxCliInvocation,
  setupCliInvocation,
  shellArgv,
} from '../../src/adapters/sandbox-client/sandbox-cli-argv.js';
import { mergeLabels, parseActionEvent } from '../../src/config/action-event.js';
import { persistedCredentialKeys } from '../../src/config/persisted-credentials.js';
import { parseSandboxResultJson } from '../../src/config/sandbox-result.js';
import { sandboxEnvValues } from '../../src/config/sandbox-env.js';
import type { SandboxResult } from '../../src/domain.js';
import { parseAnalysis } from '../../src/report/analysis.js';
import { withJunitReport } from '../../src/run.js';
import { testCounts, testResultsOf } from '../../src/verdict/test-results.js';

const request = {
  command: 'python -m pytest -q; echo "$HOME"',
  workspace: '/home/runner/work/repo',
  workingDirectory: '.',
  limits: { memoryMiB: 2048, cpus: 2, timeoutSeconds: 600, pids: 512, workspaceMiB: 3072 },
  env: { PYTEST_ADDOPTS: '--junitxml=/results/x.xml' },
  root: 'image' as const,
  install: null,
};

const passed: SandboxResult = {
  outcome: 'passed',
  exitCode: 0,
  signal: null,
  durationMs: 10,
  stdout: '',
  stderr: '',
  truncated: { stdout: false, stderr: false },
  resources: { cpuMs: null, peakMemoryBytes: null },
  sandbox: { runtime: 'gvisor', runscVersion: 'release-1', platform: 'systrap' },
  violations: [],
  error: null,
  results: [],
};

describe('the sandbox CLI invocation', () => {
  it('runs the CLI directly as root, the command one argv element for sh -c', () => {
    const call = sandboxCliInvocation({
      nodePath: '/node',
      cliPath: '/dist/cli.js',
      isRoot: true,
      resultsDir: '/tmp/r',
      hostEnv: { PATH: '/bin', GITHUB_TOKEN: 'ghs_secret', AIRLOCK_CACHE_DIR: '/c' },
      request,
    });
    expect(call.file).toBe('/node');
    expect(call.args.slice(-3)).toEqual(['sh', '-c', request.command]);
    expect(call.args).toContain('--env');
    expect(call.args[call.args.indexOf('--workspace-size') + 1]).toBe('3072');
    expect(call.env).toEqual({
      PATH: '/bin',
      AIRLOCK_CACHE_DIR: '/c',
      PYTEST_ADDOPTS: '--junitxml=/results/x.xml',
    });
  });

  it('goes through sudo -n, preserving exactly the variables it sets, when not root', () => {
    const call = sandboxCliInvocation({
      nodePath: '/node',
      cliPath: '/dist/cli.js',
      isRoot: false,
      resultsDir: '/tmp/r',
      hostEnv: { PATH: '/bin' },
      request,
    });
    expect(call.file).toBe('sudo');
    expect(call.args.slice(0, 4)).toEqual([
      '-n',
      '--preserve-env=PYTEST_ADDOPTS',
      '/node',
      '/dist/cli.js',
    ]);
  });

  it('provisions through the same sudo, with only the cache settings and never the token', () => {
    const call = setupCliInvocation({
      nodePath: '/node',
      cliPath: '/dist/cli.js',
      isRoot: false,
      hostEnv: {
        PATH: '/bin',
        RUNNER_TOOL_CACHE: '/opt/hostedtoolcache',
        GITHUB_TOKEN: 'ghs_secret',
      },
      root: 'image',
    });
    expect(call.file).toBe('sudo');
    expect(call.args).toEqual([
      '-n',
      '--preserve-env=RUNNER_TOOL_CACHE',
      '/node',
      '/dist/cli.js',
      'setup',
      '--root',
      'image',
    ]);
    expect(call.env).toEqual({ PATH: '/bin', RUNNER_TOOL_CACHE: '/opt/hostedtoolcache' });
  });

  it('changes into the working directory without splicing it into shell text', () => {
    expect(shellArgv('make test', "sub dir/'x")).toEqual([
      'sh',
      '-c',
      'cd -- "$1" || exit 125; exec sh -c "$2"',
      'airlock',
      "/workspace/sub dir/'x",
      'make test',
    ]);
  });
});

describe('the install phase on the sandbox CLI', () => {
  const install = {
    command: 'npm ci; echo "$(whoami)"',
    allowHosts: ['npm.example.com', '*.corp.example'],
    overrides: { restore: [{ path: 'package.json', content: '{}' }], hide: ['yarn.lock'] },
    packageCaches: 'auto' as const,
  };

  it('passes the install script as one argument, its directory and hosts as flags', () => {
    const call = sandboxCliInvocation({
      nodePath: '/node',
      cliPath: '/dist/cli.js',
      isRoot: true,
      resultsDir: '/tmp/r',
      hostEnv: { PATH: '/bin' },
      request: { ...request, workingDirectory: 'pkg/web/', install },
      overridesFile: '/tmp/in/install-overrides.json',
    });
    const args = [...call.args];
    const separator = args.indexOf('--');
    const flags = args.slice(0, separator);
    expect(flags[flags.indexOf('--install') + 1]).toBe(install.command);
    expect(flags[flags.indexOf('--install-dir') + 1]).toBe('pkg/web');
    expect(flags.filter((_, i) => flags[i - 1] === '--allow-host')).toEqual(install.allowHosts);
    expect(flags[flags.indexOf('--install-overrides') + 1]).toBe('/tmp/in/install-overrides.json');
    expect(args.slice(separator + 1, separator + 3)).toEqual(['sh', '-c']);
  });

  it('offers the resolved package caches to the install as KIND=DIR flags, and none without one', () => {
    const packageCaches = [
      { kind: 'npm' as const, hostPath: '/home/runner/.npm' },
      { kind: 'go' as const, hostPath: '/home/runner/go/pkg/mod' },
    ];
    const call = (withInstall: boolean) =>
      sandboxCliInvocation({
        nodePath: '/node',
        cliPath: '/dist/cli.js',
        isRoot: true,
        resultsDir: '/tmp/r',
        hostEnv: { PATH: '/bin' },
        request: withInstall ? { ...request, install } : request,
        packageCaches,
      }).args;
    const flags = call(true);
    expect(flags.filter((_, i) => flags[i - 1] === '--package-cache')).toEqual([
      'npm=/home/runner/.npm',
      'go=/home/runner/go/pkg/mod',
    ]);
    expect(call(false)).not.toContain('--package-cache');
  });

  it('adds nothing when there is no install command, and no overrides flag without a file', () => {
    const plain = sandboxCliInvocation({
      nodePath: '/node',
      cliPath: '/dist/cli.js',
      isRoot: true,
      resultsDir: '/tmp/r',
      hostEnv: { PATH: '/bin' },
      request,
    });
    expect(plain.args).not.toContain('--install');
    const noFile = sandboxCliInvocation({
      nodePath: '/node',
      cliPath: '/dist/cli.js',
      isRoot: true,
      resultsDir: '/tmp/r',
      hostEnv: { PATH: '/bin' },
      request: { ...request, install },
    });
    expect(noFile.args).toContain('--install');
    expect(noFile.args).not.toContain('--install-dir');
    expect(noFile.args).not.toContain('--install-overrides');
  });

  it('reads back a two-phase result, and refuses a malformed install record', () => {
    const egress = { connections: 1, bytes: 10, allowed: [], denied: [], omitted: 0 };
    const installResult = { ...passed, egress };
    const { sandbox: _s, violations: _v, error: _e, results: _r, ...installOnly } = installResult;
    const twoPhase = { ...passed, phase: 'test', install: installOnly };
    expect(parseSandboxResultJson(JSON.stringify(twoPhase))?.install?.egress.bytes).toBe(10);
    const bad = { ...twoPhase, install: { ...installOnly, egress: { ...egress, bytes: -1 } } };
    expect(parseSandboxResultJson(JSON.stringify(bad))).toBeNull();
  });
});

describe('pipeline inputs parsed at the edge', () => {
  it('finds persisted checkout credentials in git config listings', () => {
    const listing =
      'core.bare\nfalse\0http.https://github.com/.extraheader\nAUTHORIZATION: basic x\0includeif.gitdir:/w/.git.path\n/tmp/creds\0remote.origin.url\nhttps://x-access-token:ghs_1@github.com/o/r\0';
    expect(persistedCredentialKeys(listing)).toEqual([
      'http.https://github.com/.extraheader',
      'includeif.gitdir:/w/.git.path',
      'remote.origin.url',
    ]);
    expect(persistedCredentialKeys('remote.origin.url\nhttps://github.com/o/r\0')).toEqual([]);
  });

  it('refuses credential variables in sandbox-env', () => {
    expect(() => sandboxEnvValues(['GITHUB_TOKEN'], {})).toThrow(/sandbox-env/);
    expect(() => sandboxEnvValues(['NPM_TOKEN'], {})).toThrow(/credentials/);
    expect(() => sandboxEnvValues(['AIRLOCK_RUNSC'], {})).toThrow(
      /AIRLOCK_RUNSC uses the AIRLOCK_ prefix, which is reserved/,
    );
    expect(sandboxEnvValues(['LANGUAGE', 'UNSET'], { LANGUAGE: 'en' })).toEqual({ LANGUAGE: 'en' });
  });

  it('treats anything but one valid sandbox result as none', () => {
    expect(parseSandboxResultJson(JSON.stringify(passed))).toEqual(passed);
    expect(parseSandboxResultJson('{"outcome":"passed"}')).toBeNull();
    expect(parseSandboxResultJson('not json')).toBeNull();
  });

  it('rejects an analysis artifact that is not one', () => {
    expect(() => parseAnalysis('{"version":1,"pullRequest":-1}', 'a.json')).toThrow(
      /not an Airlock analysis/,
    );
    expect(() => parseAnalysis('x', 'a.json')).toThrow(/not JSON/);
  });

  it('knows a fork PR under pull_request has a read-only token', () => {
    const event = {
      pull_request: {
        number: 3,
        labels: [],
        base: { sha: 'a'.repeat(40), ref: 'main' },
        head: { sha: 'b'.repeat(40), ref: 'x', repo: { full_name: 'mallory/r' } },
      },
      repository: { full_name: 'o/r' },
    };
    expect(parseActionEvent('pull_request', event)).toMatchObject({
      kind: 'pull-request',
      readOnlyToken: true,
    });
    expect(parseActionEvent('pull_request_target', event)).toMatchObject({ readOnlyToken: false });
    expect(() => parseActionEvent('push', {})).toThrow(/pull_request/);
  });

  it('adds the label a labeled event names to the labels its payload lists', () => {
    const event = {
      action: 'labeled',
      label: { name: 'codex' },
      pull_request: {
        number: 3,
        labels: [{ name: 'bug' }],
        base: { sha: 'a'.repeat(40), ref: 'main' },
        head: { sha: 'b'.repeat(40), ref: 'x', repo: { full_name: 'o/r' } },
      },
      repository: { full_name: 'o/r' },
    };
    expect(parseActionEvent('pull_request', event)).toMatchObject({
      meta: { labels: ['bug', 'codex'] },
    });
  });

  it('merges labels once each, whatever their case', () => {
    expect(mergeLabels(['codex', 'bug'], ['Codex', 'docs'])).toEqual(['codex', 'bug', 'docs']);
  });

  it("binds a labeled event's label to the head commit its payload names", () => {
    const event = {
      action: 'labeled',
      label: { name: 'airlock-accept' },
      pull_request: {
        number: 3,
        base: { sha: 'a'.repeat(40), ref: 'main' },
        head: { sha: 'b'.repeat(40), ref: 'x', repo: { full_name: 'o/r' } },
      },
      repository: { full_name: 'o/r' },
    };
    expect(parseActionEvent('pull_request', event)).toMatchObject({
      labeled: { label: 'airlock-accept', headSha: 'b'.repeat(40) },
    });
    expect(parseActionEvent('pull_request', { ...event, action: 'opened' })).toMatchObject({
      labeled: null,
    });
  });

  it('knows an issue comment is an accept request only on a pull request', () => {
    const comment = (body: string, pr: object | null) => ({
      issue: { number: 9, pull_request: pr },
      comment: { body },
    });
    expect(parseActionEvent('issue_comment', comment('/airlock accept abcdef1 ok', {}))).toEqual({
      kind: 'issue-comment',
      number: 9,
      onPullRequest: true,
      acceptRequest: true,
    });
    expect(parseActionEvent('issue_comment', comment('lgtm', null))).toMatchObject({
      onPullRequest: false,
      acceptRequest: false,
    });
  });
});

describe('test results', () => {
  it('asks pytest for a JUnit report only when the command runs pytest', () => {
    expect(withJunitReport('npm test', {})).toEqual({});
    expect(withJunitReport('python -m pytest', { PYTEST_ADDOPTS: '-x' })).toEqual({
      PYTEST_ADDOPTS: '-x --junitxml=/results/airlock-pytest-junit.xml',
    });
  });

  it('falls back to the exit status when no JUnit report is readable', () => {
    const { tests, problems } = testResultsOf(
      { ...passed, outcome: 'failed', exitCode: 1 },
      ['<!DOCTYPE x><x/>'],
      ['/workspace'],
    );
    expect(tests.source).toBe('exit-code');
    expect(problems).toHaveLength(1);
    expect(testCounts(tests, { ...passed, outcome: 'failed' })).toEqual({ passed: 0, failed: 1 });
  });
});

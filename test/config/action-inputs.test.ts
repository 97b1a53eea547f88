import { describe, expect, it } from 'vitest';
import { inputsFromEnv, parseActionInputs } from '../../src/config/action-inputs.js';
import { ConfigError } from '../../src/errors.js';

const parse = (raw: Record<string, string>) => parseActionInputs(raw).config;

describe('parseActionInputs', () => {
  it('uses the defaults for inputs the workflow leaves out', () => {
    const config = parse({});
    expect(config).toMatchObject({
      mode: 'full',
      scope: 'ai-authored',
      failOn: 'high',
      testCommand: null,
      checkName: 'Airlock',
      comment: true,
      uploadSarif: false,
      allowPersistedCredentials: false,
      aiLabels: ['ai-generated', 'ai-authored', 'codex'],
      aiBranchPrefixes: ['copilot/', 'codex/', '*-codex/', 'devin/', 'cursor/', 'claude/'],
      limits: { memoryMiB: 2048, cpus: 2, timeoutSeconds: 600, pids: 512, workspaceMiB: 8192 },
    });
  });

  it.each(['true', 'True', 'TRUE'])('reads %s as true', (value) => {
    expect(parse({ 'upload-sarif': value }).uploadSarif).toBe(true);
  });

  it.each(['false', 'False', 'FALSE'])('reads %s as false', (value) => {
    expect(parse({ comment: value }).comment).toBe(false);
  });

  it.each(['yes', 'on', '1', 'tRUE'])('refuses %s as a boolean, naming the input', (value) => {
    expect(() => parse({ 'upload-sarif': value })).toThrowError(
      /^upload-sarif: must be one of true/,
    );
  });

  it('names the input and the allowed values for an unknown scope', () => {
    const error = catchError(() => parse({ scope: 'everything' }));
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).input).toBe('scope');
    expect(error.message).toMatch(/ai-authored.*all/);
  });

  it('splits lists on commas and newlines and drops blanks', () => {
    expect(parse({ 'ai-authors': 'my-bot[bot],\n *@agents.example.com \n\n' }).aiAuthors).toEqual([
      'my-bot[bot]',
      '*@agents.example.com',
    ]);
  });

  it('reads sizes and durations with units', () => {
    expect(parse({ memory: '4G', timeout: '10m', 'workspace-size': '3G' }).limits).toMatchObject({
      memoryMiB: 4096,
      timeoutSeconds: 600,
      workspaceMiB: 3072,
    });
  });

  it('refuses a workspace size that is not a size', () => {
    expect(() => parse({ 'workspace-size': 'lots' })).toThrowError(/^workspace-size: /);
  });

  it('refuses a memory limit below the floor', () => {
    expect(() => parse({ memory: '16' })).toThrowError(/^memory: /);
  });

  it('refuses a working directory outside the repository', () => {
    expect(() => parse({ 'working-directory': '../elsewhere' })).toThrowError(
      /^working-directory: /,
    );
    expect(() => parse({ 'working-directory': '/etc' })).toThrowError(/^working-directory: /);
  });

  it('keeps a multi-line test command as written', () => {
    expect(parse({ 'test-command': '  npm ci\n  npm test\n' }).testCommand).toBe(
      '  npm ci\n  npm test\n',
    );
  });

  it('returns the token apart from the config', () => {
    const parsed = parseActionInputs({ 'github-token': ' ghs_secret ' });
    expect(parsed.token).toBe('ghs_secret');
    expect(JSON.stringify(parsed.config)).not.toContain('ghs_secret');
  });

  it('leaves the token empty rather than using the unevaluated default expression', () => {
    expect(parseActionInputs({}).token).toBe('');
  });

  it('installs from the head by default and from the base branch when asked', () => {
    expect(parse({}).installFrom).toBe('head');
    expect(parse({ 'install-from': 'base' }).installFrom).toBe('base');
  });

  it('refuses an unknown install-from, naming the input and the choices', () => {
    const error = catchError(() => parse({ 'install-from': 'merge' }));
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).input).toBe('install-from');
    expect(error.message).toMatch(/head.*base/);
  });

  it('reads allow-hosts as a list of lower-cased hostnames and patterns', () => {
    expect(parse({}).allowHosts).toEqual([]);
    expect(
      parse({ 'allow-hosts': 'npm.pkg.github.com,\n *.Example.com \n git.internal.example.' })
        .allowHosts,
    ).toEqual(['npm.pkg.github.com', '*.example.com', 'git.internal.example']);
  });

  it.each([
    ['an IP address', '10.0.0.5'],
    ['a single-label name', 'registry'],
    ['a URL', 'https://registry.example.com'],
    ['a host with a port', 'registry.example.com:8443'],
    ['a wildcard in the middle', 'pkg.*.example.com'],
  ])('refuses %s in allow-hosts, naming the input and the entry', (_, host) => {
    const error = catchError(() => parse({ 'allow-hosts': `pypi.example.com, ${host}` }));
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).input).toBe('allow-hosts');
    expect(error.message).toContain(host);
  });

  it('offers the usual package caches by default, none when asked, or the KIND=DIR entries given', () => {
    expect(parse({}).packageCaches).toBe('auto');
    expect(parse({ 'package-caches': 'none' }).packageCaches).toEqual([]);
    expect(
      parse({ 'package-caches': 'npm=/home/runner/.npm\npip=/home/runner/.cache/pip' })
        .packageCaches,
    ).toEqual([
      { kind: 'npm', hostPath: '/home/runner/.npm' },
      { kind: 'pip', hostPath: '/home/runner/.cache/pip' },
    ]);
    for (const bad of ['~/.npm', 'npm=.npm', 'cargo=/c', 'npm=/a,npm=/b'])
      expect(() => parse({ 'package-caches': bad }), bad).toThrow(/^package-caches: must be auto/);
  });

  it('refuses more than 100 allow-hosts', () => {
    const hosts = Array.from({ length: 101 }, (_, i) => `h${i}.example.com`);
    expect(parse({ 'allow-hosts': hosts.slice(0, 100).join(',') }).allowHosts).toHaveLength(100);
    expect(() => parse({ 'allow-hosts': hosts.join(',') })).toThrowError(
      /^allow-hosts: at most 100/,
    );
  });

  it('reads inputs from INPUT_ variables the way the runner names them', () => {
    const raw = inputsFromEnv({
      'INPUT_TEST-COMMAND': 'pytest',
      'INPUT_FAIL-ON': 'critical',
      INPUT_SCOPE: 'all',
    });
    expect(parse(raw as Record<string, string>)).toMatchObject({
      testCommand: 'pytest',
      failOn: 'critical',
      scope: 'all',
    });
  });
});

function catchError(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

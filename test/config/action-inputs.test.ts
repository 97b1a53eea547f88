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
      aiLabels: ['ai-generated', 'ai-authored'],
      limits: { memoryMiB: 2048, cpus: 2, timeoutSeconds: 600, pids: 512 },
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
    expect(parse({ memory: '4G', timeout: '10m' }).limits).toMatchObject({
      memoryMiB: 4096,
      timeoutSeconds: 600,
    });
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

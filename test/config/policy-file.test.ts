import { describe, expect, it } from 'vitest';
import { parseActionInputs } from '../../src/config/action-inputs.js';
import { applyPolicy, MAX_POLICY_BYTES, parsePolicyFile } from '../../src/config/policy-file.js';
import { ConfigError } from '../../src/errors.js';

const source = '.github/airlock.yml';
const defaults = parseActionInputs({}).config;

describe('parsePolicyFile', () => {
  it('treats a missing file as no policy', () => {
    expect(parsePolicyFile(null, source)).toBeNull();
  });

  it('treats an empty file as the default policy', () => {
    expect(parsePolicyFile('', source)).toEqual({ version: 1 });
  });

  it('reads the gating settings', () => {
    const policy = parsePolicyFile(
      'fail-on: medium\nscope: all\nlimits:\n  memory: 4096\n',
      source,
    );
    expect(policy).toMatchObject({ 'fail-on': 'medium', scope: 'all', limits: { memory: 4096 } });
  });

  it('names the label a maintainer adds to accept a blocked PR, and only a label name', () => {
    const policy = parsePolicyFile('accept-label: airlock-accept\n', source);
    expect(applyPolicy(defaults, policy).acceptLabel).toBe('airlock-accept');
    expect(defaults.acceptLabel).toBeNull();
    expect(() => parsePolicyFile('accept-label: "a,b"\n', source)).toThrowError(/accept-label/);
  });

  it('refuses unknown keys, naming the file and the key', () => {
    expect(() => parsePolicyFile('fail_on: low\n', source)).toThrowError(
      /^\.github\/airlock\.yml: .*fail_on/,
    );
  });

  it('reads install-from and allow-hosts', () => {
    const policy = parsePolicyFile(
      'install-from: base\nallow-hosts: [npm.pkg.github.com, "*.Corp.example"]\n',
      source,
    );
    expect(policy).toMatchObject({
      'install-from': 'base',
      'allow-hosts': ['npm.pkg.github.com', '*.corp.example'],
    });
  });

  it.each([
    ['install-from: pr\n', /install-from/],
    ['allow-hosts: [169.254.169.254]\n', /allow-hosts.*169\.254\.169\.254/],
    ['allow-hosts: [localhost]\n', /allow-hosts.*localhost/],
    ['allow-hosts: pypi.example.com\n', /allow-hosts/],
    [
      `allow-hosts: [${Array.from({ length: 101 }, (_, i) => `h${i}.example.com`).join(', ')}]\n`,
      /allow-hosts: at most 100/,
    ],
  ])('refuses a bad install setting (%#), naming the file and the key', (text, message) => {
    const error = catchError(() => parsePolicyFile(text, source));
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).input).toBe(source);
    expect(error.message).toMatch(message);
  });

  it('refuses YAML that does not parse', () => {
    expect(() => parsePolicyFile('scope: [all\n', source)).toThrowError(/is not valid YAML/);
  });

  it('refuses duplicate keys', () => {
    expect(() => parsePolicyFile('scope: all\nscope: ai-authored\n', source)).toThrowError(
      /not valid YAML/,
    );
  });

  it('refuses a file larger than the bound before parsing it', () => {
    expect(() => parsePolicyFile(`# ${'x'.repeat(MAX_POLICY_BYTES)}\n`, source)).toThrowError(
      /larger than/,
    );
  });

  it('refuses alias bombs', () => {
    const bomb = [
      'a: &a [x, x, x, x]',
      ...'bcdefghijklmnopqrst'.split('').map(
        (k, i) =>
          `${k}: &${k} [${Array(4)
            .fill(`*${String.fromCharCode(97 + i)}`)
            .join(', ')}]`,
      ),
    ].join('\n');
    expect(() => parsePolicyFile(bomb, source)).toThrowError(/not valid YAML|alias/i);
  });
});

describe('applyPolicy', () => {
  it('lets the base branch policy override inputs from the PR-controlled workflow', () => {
    const inputs = parseActionInputs({ 'fail-on': 'critical', scope: 'ai-authored' }).config;
    const config = applyPolicy(inputs, parsePolicyFile('fail-on: low\nscope: all\n', source));
    expect(config).toMatchObject({ failOn: 'low', scope: 'all' });
  });

  it('adds policy agent patterns to the input ones', () => {
    const config = applyPolicy(defaults, parsePolicyFile('ai-labels: [bot-made]\n', source));
    expect(config.aiLabels).toEqual(['ai-generated', 'ai-authored', 'codex', 'bot-made']);
  });

  it('lets the policy choose install-from and replace, not extend, the allowed hosts', () => {
    const inputs = parseActionInputs({
      'install-from': 'head',
      'allow-hosts': 'attacker.example.com',
    }).config;
    const config = applyPolicy(
      inputs,
      parsePolicyFile('install-from: base\nallow-hosts: [npm.corp.example]\n', source),
    );
    expect(config).toMatchObject({ installFrom: 'base', allowHosts: ['npm.corp.example'] });
  });

  it('keeps the input hosts and install-from when the policy does not set them', () => {
    const inputs = parseActionInputs({
      'install-from': 'base',
      'allow-hosts': 'npm.corp.example',
    }).config;
    const config = applyPolicy(inputs, parsePolicyFile('scope: all\n', source));
    expect(config).toMatchObject({ installFrom: 'base', allowHosts: ['npm.corp.example'] });
  });

  it('keeps the config unchanged without a policy', () => {
    expect(applyPolicy(defaults, null)).toBe(defaults);
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

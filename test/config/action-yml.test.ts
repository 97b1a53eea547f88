import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { inputDefaults, parseActionInputs } from '../../src/config/action-inputs.js';

interface ActionYml {
  inputs: Record<string, { description?: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description?: string }>;
  runs: { using: string; main: string };
}

const actionYml = parse(
  await readFile(new URL('../../action.yml', import.meta.url), 'utf8'),
) as ActionYml;

describe('action.yml', () => {
  it('declares exactly the inputs the schema parses', () => {
    expect(Object.keys(actionYml.inputs).sort()).toEqual(Object.keys(inputDefaults).sort());
  });

  it.each(Object.entries(actionYml.inputs))(
    'describes input %s and gives the schema default',
    (name, input) => {
      expect(input.description?.trim().length ?? 0).toBeGreaterThan(10);
      expect(input.default).toBe(inputDefaults[name as keyof typeof inputDefaults]);
    },
  );

  it('has defaults that parse on their own', () => {
    const raw = Object.fromEntries(
      Object.entries(actionYml.inputs).map(([name, input]) => [name, input.default]),
    );
    expect(() => parseActionInputs({ ...raw, 'github-token': 'ghs_x' })).not.toThrow();
  });

  it('describes every output the pipeline sets', () => {
    const names = [
      'verdict',
      'findings',
      'tests-passed',
      'tests-failed',
      'sarif-file',
      'report-json',
    ];
    expect(Object.keys(actionYml.outputs).sort()).toEqual(names.sort());
    for (const output of Object.values(actionYml.outputs)) expect(output.description).toBeTruthy();
  });

  it('runs on node24 from dist/index.js', () => {
    expect(actionYml.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });
});

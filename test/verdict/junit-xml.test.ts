import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseJunitXml, relativePath } from '../../src/verdict/junit-xml.js';

const fixture = (name: string) =>
  readFile(new URL(`fixtures/junit/${name}`, import.meta.url), 'utf8');
const roots = ['/workspace', '/tmp/jf/py'];

describe('parseJunitXml', () => {
  it('reads pytest results, locating failures from the traceback', async () => {
    const results = parseJunitXml(await fixture('pytest.xml'), { roots });
    expect(results).toMatchObject({
      source: 'junit',
      passed: 1,
      failed: 2,
      skipped: 1,
      errored: 0,
    });
    expect(
      results.cases.filter((c) => c.status === 'failed').map((c) => [c.name, c.file, c.line]),
    ).toEqual([
      ['test_subtracts', 'tests/test_calc.py', 7],
      ['test_mul', 'tests/test_calc.py', 15],
    ]);
  });

  it('keeps hostile text from test output as data', async () => {
    const results = parseJunitXml(await fixture('pytest.xml'), { roots });
    expect(results.cases.find((c) => c.name === 'test_mul')?.message).toContain(
      'RuntimeError: boom <@maintainer>',
    );
  });

  it('reads vitest results with the file from the classname and the line from the stack', async () => {
    const results = parseJunitXml(await fixture('vitest.xml'), { roots });
    expect(results).toMatchObject({ passed: 1, failed: 1, skipped: 1 });
    expect(results.cases.find((c) => c.status === 'failed')).toMatchObject({
      name: 'calc > fails | with pipe',
      suite: 'src/calc.test.ts',
      file: 'src/calc.test.ts',
      line: 4,
    });
  });

  it('reads jest-junit results, skipping node_modules frames', async () => {
    const results = parseJunitXml(await fixture('jest.xml'), { roots });
    expect(results).toMatchObject({ passed: 1, failed: 1, skipped: 1 });
    expect(results.cases.find((c) => c.status === 'failed')).toMatchObject({
      file: 'src/calc.test.js',
      line: 7,
    });
  });

  it('reads node --test results with the file attribute and a file:// stack frame', async () => {
    const results = parseJunitXml(await fixture('node-test.xml'), { roots });
    expect(results).toMatchObject({ passed: 1, failed: 1, skipped: 1 });
    expect(results.cases.find((c) => c.status === 'failed')).toMatchObject({
      name: 'fails',
      file: 'test/math.test.mjs',
      line: 5,
    });
  });

  it('counts <error> as an errored test', () => {
    const xml =
      '<testsuite name="s"><testcase name="t" classname="c"><error message="setup failed"/></testcase></testsuite>';
    expect(parseJunitXml(xml, { roots })).toMatchObject({
      errored: 1,
      cases: [{ status: 'errored', message: 'setup failed' }],
    });
  });

  it('refuses a DTD, which could expand entities', () => {
    const xml = '<!DOCTYPE x [<!ENTITY a "aaaa">]><testsuite><testcase name="&a;"/></testsuite>';
    expect(() => parseJunitXml(xml, { roots })).toThrowError(/DTD/);
  });

  it('keeps at most 5000 cases and says it truncated', () => {
    const xml = `<testsuite name="s">${'<testcase name="t"/>'.repeat(5001)}</testsuite>`;
    const results = parseJunitXml(xml, { roots });
    expect(results.cases).toHaveLength(5000);
    expect(results.truncated).toBe(true);
  });
});

describe('relativePath', () => {
  it('strips the workspace root and file://', () => {
    expect(relativePath('file:///workspace/a/b.ts', roots)).toBe('a/b.ts');
  });

  it('gives null for paths outside the workspace', () => {
    expect(relativePath('/etc/passwd', roots)).toBeNull();
    expect(relativePath('../../etc/passwd', roots)).toBeNull();
  });
});

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type AjvDraft04Type from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import type { Violation } from '../../src/domain.js';
import { sarifForFindings, violationRuleId } from '../../src/report/sarif-for-analysis.js';
import { attributeViolations } from '../../src/report/violation-attribution.js';
import { dependencyManifestFindings } from '../../src/verdict/dependency-manifests.js';
import { policyEditFindings } from '../../src/verdict/policy-edit-finding.js';

const AjvDraft04 = createRequire(import.meta.url)(
  'ajv-draft-04',
) as (typeof AjvDraft04Type)['default'];
const schema = JSON.parse(
  readFileSync(
    join(import.meta.dirname, '..', 'scan', 'fixtures', 'sarif-schema-2.1.0.json'),
    'utf8',
  ),
);

const violation = (fields: Partial<Violation>): Violation => ({
  kind: 'network',
  syscall: 'connect',
  detail: 'connect 192.0.2.2:443 (refused, errno 113)',
  process: 'python3',
  count: 1,
  firstAtMs: 0,
  ...fields,
});

// pytest's JUnit: the suite starts 1.0 s into the run; three cases of 0.2 s, 0.5 s and 0.1 s.
const junit = `<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest" tests="3" timestamp="2026-11-27T17:00:01.000000">
<testcase classname="tests.test_a" name="test_one" file="tests/test_a.py" line="3" time="0.200"/>
<testcase classname="tests.test_a" name="test_two" file="tests/test_a.py" line="9" time="0.500"/>
<testcase classname="tests.test_b" name="test_three" file="tests/test_b.py" line="1" time="0.100"/>
</testsuite></testsuites>`;

describe('attributing violations to the test that was running', () => {
  it('names the test whose time window holds the violation', () => {
    const [during, before] = attributeViolations(
      [violation({ firstAtMs: 1450 }), violation({ firstAtMs: 200 })],
      '2026-11-27T17:00:00.000Z',
      [junit],
    );
    expect(during?.test).toEqual({
      name: 'tests.test_a.test_two',
      file: 'tests/test_a.py',
      line: 9,
    });
    expect(before?.test).toBeUndefined();
  });

  it("lays cases out backwards from the suite's end when collection came first", () => {
    // Suite took 2.0 s in all, of which 0.8 s were cases: collection ran for the first 1.2 s.
    const timed = junit.replace('tests="3"', 'tests="3" time="2.000"');
    const [collecting, last] = attributeViolations(
      [violation({ firstAtMs: 1500 }), violation({ firstAtMs: 2950 })],
      '2026-11-27T17:00:00.000Z',
      [timed],
    );
    expect(collecting?.test).toBeUndefined();
    expect(last?.test?.name).toBe('tests.test_b.test_three');
  });

  it("finds the file of pytest's xunit2 cases from their module name", () => {
    const xunit2 = junit
      .replace(/ file="[^"]*" line="[^"]*"/g, '')
      .replace('tests.test_b"', 'tests.test_b.TestThing"');
    const [last] = attributeViolations(
      [violation({ firstAtMs: 1750 })],
      '2026-11-27T17:00:00.000Z',
      [xunit2],
    );
    expect(last?.test).toEqual({
      name: 'tests.test_b.TestThing.test_three',
      file: 'tests/test_b.py',
      line: null,
    });
  });

  it('attributes nothing without a start time or without JUnit timing', () => {
    expect(
      attributeViolations([violation({ firstAtMs: 1450 })], undefined, [junit])[0]?.test,
    ).toBeUndefined();
    const noTimestamp = junit.replace(/ timestamp="[^"]*"/, '');
    expect(
      attributeViolations([violation({ firstAtMs: 1450 })], '2026-11-27T17:00:00.000Z', [
        noTimestamp,
      ])[0]?.test,
    ).toBeUndefined();
  });

  it('treats a hostile report as data: a DTD is refused, garbage attributes nothing', () => {
    const dtd = `<!DOCTYPE x [<!ENTITY a "b">]>${junit}`;
    expect(
      attributeViolations([violation({ firstAtMs: 1450 })], '2026-11-27T17:00:00.000Z', [
        dtd,
        '<<<',
      ])[0]?.test,
    ).toBeUndefined();
  });
});

describe('violations in SARIF', () => {
  const violations = [
    violation({
      firstAtMs: 1450,
      test: { name: 'tests.test_a.test_two', file: 'tests/test_a.py', line: 9 },
    }),
    violation({
      kind: 'filesystem',
      syscall: 'openat',
      detail: 'credential file /etc/shadow (refused, errno 13)',
      process: 'cat',
    }),
  ];

  it('validates against the official SARIF 2.1.0 schema', () => {
    const log = sarifForFindings([], 'airlock', { violations });
    const validate = new AjvDraft04({ allErrors: true, strict: false }).compile(schema);
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('reports an attributed violation as a result on the test, with a rule id per kind', () => {
    const log = sarifForFindings([], 'airlock', { violations }) as {
      runs: Array<{
        results: Array<{
          ruleId: string;
          level: string;
          locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }>;
        }>;
        tool: { driver: { rules: Array<{ id: string }> } };
        invocations: Array<{ toolExecutionNotifications: unknown[] }>;
      }>;
    };
    const [run] = log.runs;
    expect(run?.tool.driver.rules.map((r) => r.id)).toEqual(
      expect.arrayContaining([violationRuleId('network'), violationRuleId('filesystem')]),
    );
    expect(run?.results).toHaveLength(1);
    expect(run?.results[0]).toMatchObject({ ruleId: 'airlock/runtime-network', level: 'error' });
    expect(run?.results[0]?.locations[0]?.physicalLocation.artifactLocation.uri).toBe(
      'tests/test_a.py',
    );
    expect(run?.invocations[0]?.toolExecutionNotifications).toHaveLength(1);
  });
});

describe('verdict findings in SARIF', () => {
  const findings = dependencyManifestFindings([
    { path: 'package-lock.json', status: 'modified', added: [40] },
  ]);

  it('describes the dependency-manifest rule and points its result at it', () => {
    const log = sarifForFindings(findings, 'airlock') as {
      runs: Array<{
        results: Array<{ ruleId: string; ruleIndex: number; level: string }>;
        tool: {
          driver: {
            rules: Array<{ id: string; shortDescription: { text: string }; properties: object }>;
          };
        };
      }>;
    };
    const [run] = log.runs;
    const [result] = run?.results ?? [];
    expect(result).toMatchObject({
      ruleId: 'airlock/dependency-manifest-changed',
      level: 'warning',
    });
    expect(run?.tool.driver.rules[result?.ruleIndex ?? -1]).toMatchObject({
      id: 'airlock/dependency-manifest-changed',
      shortDescription: { text: 'Dependency manifest changed' },
      properties: { tags: ['security', 'supply-chain', 'external/cwe/cwe-829'] },
    });
    const validate = new AjvDraft04({ allErrors: true, strict: false }).compile(schema);
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('describes the policy-edit rule as well', () => {
    const log = sarifForFindings(
      policyEditFindings(['.github/airlock.yml'], '.github/airlock.yml'),
      'airlock',
    ) as {
      runs: Array<{
        results: Array<{ ruleIndex: number }>;
        tool: { driver: { rules: Array<{ id: string }> } };
      }>;
    };
    const [run] = log.runs;
    expect(run?.tool.driver.rules[run.results[0]?.ruleIndex ?? -1]?.id).toBe(
      'airlock/policy-edited',
    );
  });
});

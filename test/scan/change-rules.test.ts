import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGitDiff } from '../../src/adapters/git/git-objects.js';
import { MAX_FILE_BYTES } from '../../src/scan/scan-file.js';
import { scanChanges } from '../../src/scan/scan-changes.js';
import { changeRules } from '../../src/scan/rules/change-rules.js';
import { GitFixtureRepo } from './git-fixture-repo.js';
import { changeScenarios } from './change-scenarios.js';
import type { ChangeScenario } from './change-scenarios.js';
import { scanDeps } from './scan-test-parser.js';

// Every rule the diff stage emits about the change itself, test-snapshot-rewrite included.
const diffOnlyRules = [...changeRules.map((rule) => rule.id), 'test-snapshot-rewrite'];

async function changeRuleIds(scenario: ChangeScenario): Promise<string[]> {
  const repo = new GitFixtureRepo();
  try {
    for (const [path, content] of Object.entries(scenario.base)) repo.write(path, content);
    scenario.prepare?.(repo);
    repo.commit('base');
    scenario.change(repo);
    if (!scenario.commitsItself) repo.commit('head');
    const changes = await readGitDiff('HEAD~1..HEAD', { cwd: repo.dir, maxBytes: MAX_FILE_BYTES });
    const report = scanChanges(changes, await scanDeps());
    const ids = report.findings.map((finding) => finding.ruleId);
    return [...new Set(ids.filter((id) => diffOnlyRules.includes(id)))].sort();
  } finally {
    repo.dispose();
  }
}

describe('diff-only rules on small git repositories', () => {
  const found = new Map<string, string[]>();

  beforeAll(async () => {
    for (const scenario of changeScenarios) found.set(scenario.name, await changeRuleIds(scenario));
  });

  it.each(changeScenarios.map((scenario) => [scenario.name, scenario] as const))(
    '%s: reports exactly the change rules it is annotated with',
    (_name, scenario) => {
      expect(found.get(scenario.name)).toEqual([...scenario.expected].sort());
      for (const id of scenario.notExpected) expect(found.get(scenario.name)).not.toContain(id);
    },
  );

  it.each(diffOnlyRules)('%s has at least two positive and two negative scenarios', (id) => {
    const positive = changeScenarios.filter((scenario) => scenario.expected.includes(id));
    const negative = changeScenarios.filter((scenario) => scenario.notExpected.includes(id));
    expect(positive.length).toBeGreaterThanOrEqual(2);
    expect(negative.length).toBeGreaterThanOrEqual(2);
  });

  it('annotates only rules the diff stage emits', () => {
    for (const scenario of changeScenarios)
      for (const id of [...scenario.expected, ...scenario.notExpected])
        expect(diffOnlyRules).toContain(id);
  });

  afterAll(() => found.clear());
});

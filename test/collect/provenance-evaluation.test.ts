import { describe, expect, it } from 'vitest';
import { inputDefaults } from '../../src/config/action-inputs.js';
import { listInput } from '../../src/config/input-values.js';
import type { Evaluation } from './provenance-corpus/evaluate-provenance.js';
import { evaluateProvenance, provenanceCorpus } from './provenance-corpus/evaluate-provenance.js';

const defaults = {
  aiAuthors: [],
  aiLabels: listInput.parse(inputDefaults['ai-labels']),
  aiBranchPrefixes: listInput.parse(inputDefaults['ai-branch-prefixes']),
};
const corpus = provenanceCorpus({ seed: 16, perAgent: 400, humans: 400 });

function recallOf(evaluation: Evaluation, agent: string): number {
  const row = evaluation.recall.find((r) => r.agent === agent);
  if (!row || row.pullRequests === 0) throw new Error(`no ${agent} PRs in the corpus`);
  return row.found / row.pullRequests;
}

describe('provenance on a corpus shaped like real agent PRs, with the default inputs', () => {
  const action = evaluateProvenance(corpus, 'api-labels', defaults);
  const check = evaluateProvenance(corpus, 'check', defaults);

  it.each(['copilot', 'devin', 'cursor', 'claude'])('finds at least 99%% of %s PRs', (agent) => {
    expect(recallOf(action, agent)).toBeGreaterThanOrEqual(0.99);
  });

  it('finds at least 90% of Codex PRs once labels are read from the API', () => {
    expect(recallOf(action, 'codex')).toBeGreaterThanOrEqual(0.9);
  });

  it('finds at least 90% of Codex PRs by label and body alone, when the branch says nothing', () => {
    const anyBranch = corpus.map((pr) => ({ ...pr, event: { ...pr.event, headRef: 'feature' } }));
    const labelled = evaluateProvenance(anyBranch, 'api-labels', defaults);
    expect(recallOf(labelled, 'codex')).toBeGreaterThanOrEqual(0.9);
    expect(recallOf(evaluateProvenance(anyBranch, 'event-labels', defaults), 'codex')).toBeLessThan(
      0.6,
    );
  });

  it('finds fewer Codex PRs from the opened event alone, which lacks the label', () => {
    const eventOnly = evaluateProvenance(corpus, 'event-labels', defaults);
    expect(recallOf(eventOnly, 'codex')).toBeLessThan(recallOf(action, 'codex'));
  });

  it('marks no commit of a human PR, in the action or in airlock check', () => {
    expect(action.humanCommits).toBeGreaterThan(1000);
    expect(action.falseLabels).toBe(0);
    expect(check.falseLabels).toBe(0);
  });

  it.each(['copilot', 'devin', 'cursor', 'claude'])(
    'airlock check finds at least 95%% of %s PRs whose commits carry a signal',
    (agent) => {
      expect(recallOf(check, agent)).toBeGreaterThanOrEqual(0.95);
    },
  );

  it('the same seed gives the same corpus', () => {
    const again = provenanceCorpus({ seed: 16, perAgent: 400, humans: 400 });
    expect(again.map((pr) => pr.event.headRef)).toEqual(corpus.map((pr) => pr.event.headRef));
  });
});

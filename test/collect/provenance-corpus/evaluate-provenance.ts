import type { ProvenanceRules } from '../../../src/collect/provenance-classify.js';
import { classifyProvenance } from '../../../src/collect/provenance-classify.js';
import { mergeLabels } from '../../../src/config/action-event.js';
import { agentPullRequest } from './agent-pull-requests.js';
import type { Agent, CorpusPullRequest } from './corpus-parts.js';
import { humanPullRequest } from './human-pull-requests.js';
import { seededRandom } from './seeded-random.js';

export const agents: readonly Agent[] = ['copilot', 'devin', 'cursor', 'claude', 'codex'];

/** A corpus of `perAgent` PRs by each agent and `humans` human PRs, the same for a given seed. */
export function provenanceCorpus(options: {
  seed: number;
  perAgent: number;
  humans: number;
}): CorpusPullRequest[] {
  const random = seededRandom(options.seed);
  return [
    ...agents.flatMap((agent) =>
      Array.from({ length: options.perAgent }, () => agentPullRequest(agent, random)),
    ),
    ...Array.from({ length: options.humans }, () => humanPullRequest(random)),
  ];
}

export type View = 'event-labels' | 'api-labels' | 'check';

export interface AgentRecall {
  readonly agent: Agent;
  readonly pullRequests: number;
  /** PRs with at least one commit marked AI-authored. */
  readonly found: number;
}

export interface Evaluation {
  readonly view: View;
  readonly recall: readonly AgentRecall[];
  readonly humanCommits: number;
  /** Human commits marked AI-authored. */
  readonly falseLabels: number;
}

function classify(pr: CorpusPullRequest, view: View, rules: ProvenanceRules) {
  if (view === 'check') return classifyProvenance(pr.commits, null, rules);
  const labels =
    view === 'api-labels' ? mergeLabels(pr.event.labels, pr.apiLabels) : pr.event.labels;
  return classifyProvenance(pr.commits, { ...pr.event, labels }, rules);
}

/**
 * Recall per agent and false labels on human commits, as the action sees a PR (the event's labels
 * only, or with the API's) or as `airlock check` does (no PR metadata: only PRs whose commits
 * carry a signal of their own count towards its recall).
 */
export function evaluateProvenance(
  corpus: readonly CorpusPullRequest[],
  view: View,
  rules: ProvenanceRules,
): Evaluation {
  const recall = agents.map((agent) => {
    const prs = corpus.filter((pr) => pr.author === agent && (view !== 'check' || pr.commitSignal));
    const found = prs.filter((pr) => classify(pr, view, rules).commits.some((c) => c.aiAuthored));
    return { agent, pullRequests: prs.length, found: found.length };
  });
  const humans = corpus.filter((pr) => pr.author === 'human');
  const humanCommits = humans.flatMap((pr) => classify(pr, view, rules).commits);
  return {
    view,
    recall,
    humanCommits: humanCommits.length,
    falseLabels: humanCommits.filter((c) => c.aiAuthored).length,
  };
}

import type { CommitProvenance, PullRequestMeta } from '../domain.js';
import { agentOfBranchPattern, branchPatternMatcher } from './branch-patterns.js';
import { agentOfLabel, identityMatcher, knownAgentOf, markersIn } from './provenance-agents.js';
import type { CommitMeta, Identity } from './provenance-commit-log.js';
import { agentOfTrailerName, coAuthorsOf } from './provenance-trailers.js';

export interface ProvenanceRules {
  readonly aiAuthors: readonly string[];
  readonly aiLabels: readonly string[];
  /** Branch patterns ("codex/", "*-codex/"); see branchPatternMatcher. */
  readonly aiBranchPrefixes: readonly string[];
}

export interface Classification {
  readonly commits: readonly CommitProvenance[];
  readonly pullRequestSignals: readonly string[];
  readonly agents: readonly string[];
}

interface Signal {
  readonly agent: string;
  readonly text: string;
}

/**
 * Decides which commits of a PR are agent-authored. A signal on the PR itself (author, label,
 * branch, body marker) marks every non-merge commit: agents such as Codex commit as the human.
 */
export function classifyProvenance(
  commits: readonly CommitMeta[],
  pullRequest: PullRequestMeta | null,
  rules: ProvenanceRules,
): Classification {
  const custom = identityMatcher(rules.aiAuthors);
  const prSignals = pullRequest ? pullRequestSignals(pullRequest, rules, custom) : [];
  const classified = commits.map((commit) => classifyCommit(commit, prSignals, custom));
  const agents = new Set(
    [...prSignals, ...classified.flatMap((c) => c.signals)].map((s) => s.agent),
  );
  return {
    commits: classified.map(({ provenance }) => provenance),
    pullRequestSignals: prSignals.map((signal) => signal.text),
    agents: [...agents].sort(),
  };
}

function classifyCommit(
  commit: CommitMeta,
  prSignals: readonly Signal[],
  custom: (identity: Identity) => string | null,
): { provenance: CommitProvenance; signals: Signal[] } {
  const isMerge = commit.parents.length > 1;
  const signals = [
    ...identitySignals('author', commit.author, custom),
    ...identitySignals('committer', commit.committer, custom),
    ...coAuthorSignals(commit.message, custom),
    ...markersIn(commit.message).map(({ agent, label }) => ({ agent, text: `message: ${label}` })),
  ];
  // A merge carries no authored lines of its own, whoever made it.
  const aiAuthored = !isMerge && (signals.length > 0 || prSignals.length > 0);
  const own = isMerge ? [] : signals;
  const provenance: CommitProvenance = {
    sha: commit.sha,
    subject: commit.message.split('\n')[0] ?? '',
    isMerge,
    aiAuthored,
    agents: [...new Set([...own, ...(aiAuthored ? prSignals : [])].map((s) => s.agent))].sort(),
    signals: aiAuthored
      ? [...own.map((s) => s.text), ...(own.length === 0 ? ['pull request signal'] : [])]
      : [],
  };
  return { provenance, signals: own };
}

function identitySignals(
  role: string,
  identity: Identity,
  custom: (identity: Identity) => string | null,
): Signal[] {
  const known = knownAgentOf(identity);
  if (known) return [{ agent: known, text: `${role} ${describe(identity)}` }];
  const pattern = custom(identity);
  if (pattern)
    return [{ agent: 'custom', text: `${role} ${describe(identity)} matches "${pattern}"` }];
  return [];
}

function coAuthorSignals(text: string, custom: (identity: Identity) => string | null): Signal[] {
  return coAuthorsOf(text).flatMap((identity) => {
    const byName = agentOfTrailerName(identity);
    if (byName) return [{ agent: byName, text: `co-author "${identity.name}"` }];
    return identitySignals('co-author', identity, custom);
  });
}

function describe(identity: Identity): string {
  return identity.login ? `@${identity.login}` : `${identity.name} <${identity.email}>`;
}

function pullRequestSignals(
  pr: PullRequestMeta,
  rules: ProvenanceRules,
  custom: (identity: Identity) => string | null,
): Signal[] {
  const signals: Signal[] = [];
  if (pr.authorLogin) {
    const author = { name: pr.authorLogin, email: '', login: pr.authorLogin };
    const agent = knownAgentOf(author) ?? (custom(author) ? 'custom' : null);
    if (agent) signals.push({ agent, text: `PR author @${pr.authorLogin}` });
  }
  const labels = new Set(rules.aiLabels.map((label) => label.toLowerCase()));
  for (const label of pr.labels) {
    if (labels.has(label.toLowerCase()))
      signals.push({ agent: agentOfLabel(label) ?? 'labelled', text: `label "${label}"` });
  }
  const pattern = branchPatternMatcher(rules.aiBranchPrefixes)(pr.headRef);
  if (pattern)
    signals.push({ agent: agentOfBranchPattern(pattern), text: `branch prefix "${pattern}"` });
  for (const signal of coAuthorSignals(pr.body, custom))
    signals.push({ agent: signal.agent, text: `PR body: ${signal.text}` });
  for (const { agent, label } of markersIn(pr.body))
    signals.push({ agent, text: `PR body: ${label}` });
  return signals;
}

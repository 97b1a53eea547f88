import type { CommitMeta, Identity } from '../../../src/collect/provenance-commit-log.js';
import type { SeededRandom } from './seeded-random.js';
import type { PullRequestMeta } from '../../../src/domain.js';

export type Agent = 'copilot' | 'devin' | 'cursor' | 'claude' | 'codex';

/** One PR as the action meets it: the opened event, the labels the API lists later, git log. */
export interface CorpusPullRequest {
  readonly author: Agent | 'human';
  readonly event: PullRequestMeta;
  readonly apiLabels: readonly string[];
  readonly commits: readonly CommitMeta[];
  /** Some commit carries an agent signature of its own (what `airlock check` can see). */
  readonly commitSignal: boolean;
}

const firstNames = ['Maya', 'Claude', 'Devin', 'Ana', 'Jules', 'Kofi', 'Wei', 'Priya', 'Lars'];
const lastNames = ['Dupont', 'Okafor', 'Schmidt', 'Tanaka', 'Silva', 'Nowak', 'Haddad'];
const verbs = ['Fix', 'Add', 'Refactor', 'Update', 'Remove', 'Document', 'Speed up', 'Test'];
const things = [
  'login flow',
  'parser edge case',
  'CI cache',
  'README',
  'Codex CLI docs',
  'Claude Code integration',
  'copilot settings page',
  'retry logic',
];

let shaCounter = 0;
const nextSha = () => (++shaCounter).toString(16).padStart(40, '0');

export function humanIdentity(random: SeededRandom): Identity {
  const first = random.pick(firstNames);
  const last = random.pick(lastNames);
  const domain = random.pick(['example.org', 'users.noreply.github.com', 'corp.example']);
  const user = `${first}.${last}`.toLowerCase();
  const email =
    domain === 'users.noreply.github.com'
      ? `${random.between(1, 9e7)}+${user}@${domain}`
      : `${user}@${domain}`;
  return { name: `${first} ${last}`, email };
}

export function subject(random: SeededRandom): string {
  return `${random.pick(verbs)} ${random.pick(things)}`;
}

export function slug(random: SeededRandom): string {
  return subject(random)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
}

export function commit(
  author: Identity,
  message: string,
  committer: Identity = author,
): CommitMeta {
  return { sha: nextSha(), parents: [nextSha()], author, committer, message };
}

/** A merge of the base branch into the PR branch, made by a human. */
export function baseMerge(human: Identity): CommitMeta {
  return {
    sha: nextSha(),
    parents: [nextSha(), nextSha()],
    author: human,
    committer: human,
    message: "Merge branch 'main' into feature\n",
  };
}

/** A maintainer's fix-up and/or a base merge, as real agent PRs often end with. */
export function humanTail(random: SeededRandom, human: Identity): CommitMeta[] {
  return [
    ...(random.chance(0.2) ? [commit(human, `${subject(random)}\n`)] : []),
    ...(random.chance(0.1) ? [baseMerge(human)] : []),
  ];
}

export function pullRequest(fields: Partial<PullRequestMeta>): PullRequestMeta {
  return { authorLogin: 'maya', headRef: 'feature', labels: [], body: '', ...fields };
}

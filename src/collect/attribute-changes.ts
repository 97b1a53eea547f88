import type { ChangeScope } from '../domain.js';
import type { BlameLine } from './attribution-blame.js';
import { parseBlamePorcelain } from './attribution-blame.js';
import type { Attribution } from './attribution-lines.js';
import { attributeLines } from './attribution-lines.js';
import type { ProvenanceRules, PullRequestMeta } from './provenance-classify.js';
import { classifyProvenance } from './provenance-classify.js';
import { parseCommitLog } from './provenance-commit-log.js';

/** Git reads the collect stage needs; src/adapters/git-history.ts implements it. Raw text out. */
export interface GitHistory {
  /** `git log -z <commitLogFormat> base..head` */
  commitLog(base: string, head: string): Promise<string>;
  /** Paths that exist at head and differ from the merge base. */
  changedPaths(base: string, head: string): Promise<string[]>;
  /** `git blame --porcelain base..head -- path` */
  blame(base: string, head: string, path: string): Promise<string>;
  /** Paths one commit changed (against its first parent). */
  commitPaths(sha: string): Promise<string[]>;
}

export interface CollectInput {
  readonly base: string;
  readonly head: string;
  readonly pullRequest: PullRequestMeta | null;
  readonly rules: ProvenanceRules;
  readonly scope: ChangeScope;
}

/** The collect step: which commits are AI-authored and which added lines the verdict gates on. */
export async function attributeChanges(
  input: CollectInput,
  deps: { git: GitHistory },
): Promise<Attribution> {
  const { git } = deps;
  const commits = parseCommitLog(await git.commitLog(input.base, input.head));
  const classification = classifyProvenance(commits, input.pullRequest, input.rules);
  const blames = new Map<string, readonly BlameLine[]>();
  for (const path of await git.changedPaths(input.base, input.head)) {
    blames.set(path, parseBlamePorcelain(await git.blame(input.base, input.head, path)));
  }
  const aiTouchedPaths = new Set<string>();
  for (const commit of classification.commits.filter((c) => c.aiAuthored)) {
    for (const path of await git.commitPaths(commit.sha)) aiTouchedPaths.add(path);
  }
  return attributeLines({ blames, classification, aiTouchedPaths, scope: input.scope });
}

import type { ChangeScope, PullRequestMeta } from '../domain.js';
import type { BlameLine } from './attribution-blame.js';
import { parseBlamePorcelain } from './attribution-blame.js';
import type { Attribution } from './attribution-lines.js';
import { attributeLines } from './attribution-lines.js';
import type { ProvenanceRules } from './provenance-classify.js';
import { classifyProvenance } from './provenance-classify.js';
import { parseCommitLog } from './provenance-commit-log.js';
import type { GitHistory } from '../ports.js';

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

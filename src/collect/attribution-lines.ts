import type { ChangeScope, ProvenanceSummary } from '../domain.js';
import type { BlameLine } from './attribution-blame.js';
import type { Classification } from './provenance-classify.js';

type LineSets = ReadonlyMap<string, ReadonlySet<number>>;

export interface Attribution {
  readonly scope: ChangeScope;
  /** Head-side line numbers the PR's commits introduced, per path. */
  readonly addedLines: LineSets;
  /** The added lines the verdict gates on: the AI-authored ones, or all of them under scope all. */
  readonly gatedLines: LineSets;
  /** Paths an AI-authored commit touched, for findings not tied to an added line (removals). */
  readonly aiTouchedPaths: ReadonlySet<string>;
  /** At least one commit of the PR is agent-authored. */
  readonly aiInvolved: boolean;
  readonly summary: ProvenanceSummary;
}

export interface AttributionInput {
  readonly blames: ReadonlyMap<string, readonly BlameLine[]>;
  readonly classification: Classification;
  readonly aiTouchedPaths: ReadonlySet<string>;
  readonly scope: ChangeScope;
}

/**
 * Attributes each added line to the commit that introduced it. Lines blamed on a merge (conflict
 * resolutions) or on a commit we did not classify have no known author: they count as AI-authored
 * whenever any commit of the PR is, since nobody can say who wrote them.
 */
export function attributeLines(input: AttributionInput): Attribution {
  const bySha = new Map(input.classification.commits.map((commit) => [commit.sha, commit]));
  const aiInvolved = input.classification.commits.some((commit) => commit.aiAuthored);
  const added = new Map<string, Set<number>>();
  const ai = new Map<string, Set<number>>();
  for (const [path, lines] of input.blames) {
    for (const { line, sha, boundary } of lines) {
      if (boundary) continue;
      addTo(added, path, line);
      const commit = bySha.get(sha);
      const unknownAuthor = commit === undefined || commit.isMerge;
      if (commit?.aiAuthored || (unknownAuthor && aiInvolved)) addTo(ai, path, line);
    }
  }
  const count = (sets: LineSets) => [...sets.values()].reduce((sum, set) => sum + set.size, 0);
  return {
    scope: input.scope,
    addedLines: added,
    gatedLines: input.scope === 'all' ? added : ai,
    aiTouchedPaths: input.aiTouchedPaths,
    aiInvolved,
    summary: {
      commits: input.classification.commits,
      pullRequestSignals: input.classification.pullRequestSignals,
      agents: input.classification.agents,
      aiCommits: input.classification.commits.filter((commit) => commit.aiAuthored).length,
      aiLines: count(ai),
      totalAddedLines: count(added),
    },
  };
}

function addTo(map: Map<string, Set<number>>, path: string, line: number): void {
  const set = map.get(path) ?? new Set<number>();
  set.add(line);
  map.set(path, set);
}

/**
 * Whether a finding at path:line counts. Findings on added lines follow the line's attribution;
 * findings on no added line (a removed test, a new symlink) count when an AI commit touched the file.
 */
export function isGated(attribution: Attribution, path: string, line: number): boolean {
  if (attribution.scope === 'all') return true;
  if (attribution.addedLines.get(path)?.has(line))
    return attribution.gatedLines.get(path)?.has(line) ?? false;
  return attribution.aiTouchedPaths.has(path);
}

/** Keeps the findings that count under the attribution's scope. */
export function gateFindings<T extends { readonly path: string; readonly line: number }>(
  findings: readonly T[],
  attribution: Attribution,
): T[] {
  return findings.filter((finding) => isGated(attribution, finding.path, finding.line));
}

/**
 * Attributes each added line to the commit that introduced it. Lines blamed on a merge (conflict
 * resolutions) or on a commit we did not classify have no known author: they count as AI-authored
 * whenever any commit of the PR is, since nobody can say who wrote them.
 */
export function attributeLines(input) {
    const bySha = new Map(input.classification.commits.map((commit) => [commit.sha, commit]));
    const aiInvolved = input.classification.commits.some((commit) => commit.aiAuthored);
    const added = new Map();
    const ai = new Map();
    for (const [path, lines] of input.blames) {
        for (const { line, sha, boundary } of lines) {
            if (boundary)
                continue;
            addTo(added, path, line);
            const commit = bySha.get(sha);
            const unknownAuthor = commit === undefined || commit.isMerge;
            if (commit?.aiAuthored || (unknownAuthor && aiInvolved))
                addTo(ai, path, line);
        }
    }
    const count = (sets) => [...sets.values()].reduce((sum, set) => sum + set.size, 0);
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
function addTo(map, path, line) {
    const set = map.get(path) ?? new Set();
    set.add(line);
    map.set(path, set);
}
/**
 * Whether a finding at path:line counts. Findings on added lines follow the line's attribution;
 * findings on no added line (a removed test, a new symlink) count when an AI commit touched the file.
 */
export function isGated(attribution, path, line) {
    if (attribution.scope === 'all')
        return true;
    if (attribution.addedLines.get(path)?.has(line))
        return attribution.gatedLines.get(path)?.has(line) ?? false;
    return attribution.aiTouchedPaths.has(path);
}
/** Keeps the findings that count under the attribution's scope. */
export function gateFindings(findings, attribution) {
    return findings.filter((finding) => isGated(attribution, finding.path, finding.line));
}

import { parseBlamePorcelain } from './attribution-blame.js';
import { attributeLines } from './attribution-lines.js';
import { classifyProvenance } from './provenance-classify.js';
import { parseCommitLog } from './provenance-commit-log.js';
/** The collect step: which commits are AI-authored and which added lines the verdict gates on. */
export async function attributeChanges(input, deps) {
    const { git } = deps;
    const commits = parseCommitLog(await git.commitLog(input.base, input.head));
    const classification = classifyProvenance(commits, input.pullRequest, input.rules);
    const blames = new Map();
    for (const path of await git.changedPaths(input.base, input.head)) {
        blames.set(path, parseBlamePorcelain(await git.blame(input.base, input.head, path)));
    }
    const aiTouchedPaths = new Set();
    for (const commit of classification.commits.filter((c) => c.aiAuthored)) {
        for (const path of await git.commitPaths(commit.sha))
            aiTouchedPaths.add(path);
    }
    return attributeLines({ blames, classification, aiTouchedPaths, scope: input.scope });
}

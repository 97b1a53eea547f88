import { identityMatcher, knownAgentOf, markersIn } from './provenance-agents.js';
import { coAuthorsOf } from './provenance-trailers.js';
/**
 * Decides which commits of a PR are agent-authored. A signal on the PR itself (author, label,
 * branch, body marker) marks every non-merge commit: agents such as Codex commit as the human.
 */
export function classifyProvenance(commits, pullRequest, rules) {
    const custom = identityMatcher(rules.aiAuthors);
    const prSignals = pullRequest ? pullRequestSignals(pullRequest, rules, custom) : [];
    const classified = commits.map((commit) => classifyCommit(commit, prSignals, custom));
    const agents = new Set([...prSignals, ...classified.flatMap((c) => c.signals)].map((s) => s.agent));
    return {
        commits: classified.map(({ provenance }) => provenance),
        pullRequestSignals: prSignals.map((signal) => signal.text),
        agents: [...agents].sort(),
    };
}
function classifyCommit(commit, prSignals, custom) {
    const isMerge = commit.parents.length > 1;
    const signals = [
        ...identitySignals('author', commit.author, custom),
        ...identitySignals('committer', commit.committer, custom),
        ...coAuthorsOf(commit.message).flatMap((identity) => identitySignals('co-author', identity, custom)),
        ...markersIn(commit.message).map(({ agent, label }) => ({ agent, text: `message: ${label}` })),
    ];
    // A merge carries no authored lines of its own, whoever made it.
    const aiAuthored = !isMerge && (signals.length > 0 || prSignals.length > 0);
    const own = isMerge ? [] : signals;
    const provenance = {
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
function identitySignals(role, identity, custom) {
    const known = knownAgentOf(identity);
    if (known)
        return [{ agent: known, text: `${role} ${describe(identity)}` }];
    const pattern = custom(identity);
    if (pattern)
        return [{ agent: 'custom', text: `${role} ${describe(identity)} matches "${pattern}"` }];
    return [];
}
function describe(identity) {
    return identity.login ? `@${identity.login}` : `${identity.name} <${identity.email}>`;
}
function pullRequestSignals(pr, rules, custom) {
    const signals = [];
    if (pr.authorLogin) {
        const author = { name: pr.authorLogin, email: '', login: pr.authorLogin };
        const agent = knownAgentOf(author) ?? (custom(author) ? 'custom' : null);
        if (agent)
            signals.push({ agent, text: `PR author @${pr.authorLogin}` });
    }
    const labels = new Set(rules.aiLabels.map((label) => label.toLowerCase()));
    for (const label of pr.labels) {
        if (labels.has(label.toLowerCase()))
            signals.push({ agent: 'labelled', text: `label "${label}"` });
    }
    const prefix = rules.aiBranchPrefixes.find((p) => pr.headRef.toLowerCase().startsWith(p.toLowerCase()));
    if (prefix)
        signals.push({ agent: agentOfPrefix(prefix), text: `branch prefix "${prefix}"` });
    for (const { agent, label } of markersIn(pr.body))
        signals.push({ agent, text: `PR body: ${label}` });
    return signals;
}
function agentOfPrefix(prefix) {
    const name = prefix.replace(/[^a-z0-9-]/gi, '').toLowerCase();
    return ['copilot', 'codex', 'devin', 'cursor', 'claude', 'jules'].includes(name)
        ? name
        : 'branch';
}

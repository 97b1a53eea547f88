import { escapeRegExp } from './provenance-agents.js';

/**
 * Compiles head-branch patterns such as "codex/" or "*-codex/". A pattern matches the start of
 * the branch name, case-insensitively; "*" stands for any characters within one path segment
 * (never "/"), so "*-codex/" matches "p1njaq-codex/fix" but not "team/x-codex/fix".
 */
export function branchPatternMatcher(
  patterns: readonly string[],
): (branch: string) => string | null {
  const compiled = patterns
    .filter((pattern) => pattern.trim() !== '')
    .map((pattern) => ({
      pattern,
      regex: new RegExp(`^${pattern.split('*').map(escapeRegExp).join('[^/]*')}`, 'i'),
    }));
  return (branch) => compiled.find(({ regex }) => regex.test(branch))?.pattern ?? null;
}

/** The agent a branch pattern belongs to ("*-codex/" → "codex"), or "branch" for others. */
export function agentOfBranchPattern(pattern: string): string {
  const words = pattern.toLowerCase().split(/[^a-z0-9]+/);
  const agent = ['copilot', 'codex', 'devin', 'cursor', 'claude', 'jules'].find((name) =>
    words.includes(name),
  );
  return agent ?? 'branch';
}

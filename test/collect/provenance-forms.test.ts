import { describe, expect, it } from 'vitest';
import { agentOfBranchPattern, branchPatternMatcher } from '../../src/collect/branch-patterns.js';
import { classifyProvenance } from '../../src/collect/provenance-classify.js';
import type { CommitMeta } from '../../src/collect/provenance-commit-log.js';
import { coAuthorsOf } from '../../src/collect/provenance-trailers.js';
import { inputDefaults } from '../../src/config/action-inputs.js';
import { listInput } from '../../src/config/input-values.js';
import type { PullRequestMeta } from '../../src/domain.js';

const human = { name: 'Maya Maintainer', email: 'maya@example.org' };
const defaults = {
  aiAuthors: [],
  aiLabels: listInput.parse(inputDefaults['ai-labels']),
  aiBranchPrefixes: listInput.parse(inputDefaults['ai-branch-prefixes']),
};

function commitWith(message: string): CommitMeta {
  return {
    sha: 'c'.repeat(40),
    parents: ['a'.repeat(40)],
    author: human,
    committer: human,
    message,
  };
}

function pullRequest(fields: Partial<PullRequestMeta>): PullRequestMeta {
  return { authorLogin: 'maya', headRef: 'fix-login', labels: [], body: '', ...fields };
}

const agentsOf = (message: string, pr: PullRequestMeta | null = null) =>
  classifyProvenance([commitWith(message)], pr, defaults).commits[0]?.agents ?? [];

describe('Claude Code trailers in their measured forms', () => {
  it.each([
    'Co-Authored-By: Claude <noreply@anthropic.com>',
    'Co-Authored-By: Claude <no-reply@anthropic.com>',
    'Co-authored-by: Claude',
    'Co-authored-by: claude-sonnet:3.7-thinking',
    'Co-authored-by: claude-3-opus <bot@example.com>',
  ])('marks a human commit carrying "%s" as Claude Code', (trailer) => {
    expect(agentsOf(`Fix the parser\n\n${trailer}\n`)).toEqual(['claude']);
  });

  it.each([
    'Co-authored-by: Claude Monet <claude@monet.fr>',
    'Co-authored-by: Claude <claude.dupont@example.org>',
    'Co-authored-by: Claudette',
    'Thanks to Claude for the review',
  ])('leaves a commit crediting a person ("%s") alone', (line) => {
    expect(agentsOf(`Fix the parser\n\n${line}\n`)).toEqual([]);
  });

  it('reads a trailer without an address as a name with an empty email', () => {
    expect(coAuthorsOf('x\n\nCo-authored-by: Claude\n')).toEqual([{ name: 'Claude', email: '' }]);
  });
});

describe('pull request signals with the default inputs', () => {
  it('marks every commit of a PR whose body carries a Claude co-author line', () => {
    const pr = pullRequest({ body: 'Summary\n\nCo-Authored-By: Claude <noreply@anthropic.com>' });
    expect(agentsOf('Fix it\n', pr)).toEqual(['claude']);
  });

  it('does not mark a PR whose body credits a human co-author', () => {
    const pr = pullRequest({ body: 'Co-authored-by: Maya <maya@example.org>' });
    expect(agentsOf('Fix it\n', pr)).toEqual([]);
  });

  it('attributes the codex label to Codex', () => {
    expect(agentsOf('Fix it\n', pullRequest({ labels: ['Codex'] }))).toEqual(['codex']);
  });

  it.each(['codex/add-tests', 'p1njaq-codex/create-agents.md-file'])(
    'attributes the branch %s to Codex',
    (headRef) => {
      expect(agentsOf('Fix it\n', pullRequest({ headRef }))).toEqual(['codex']);
    },
  );

  it.each(['feature/codex-support', 'team/p1njaq-codex/fix', 'codexify/x', 'master'])(
    'leaves the human branch %s alone',
    (headRef) => {
      expect(agentsOf('Fix it\n', pullRequest({ headRef }))).toEqual([]);
    },
  );
});

describe('branchPatternMatcher', () => {
  it('matches a prefix, with "*" standing for characters other than "/"', () => {
    const match = branchPatternMatcher(['copilot/', '*-codex/']);
    expect(match('COPILOT/fix-1')).toBe('copilot/');
    expect(match('abc123-codex/x')).toBe('*-codex/');
    expect(match('a/b-codex/x')).toBeNull();
  });

  it('takes regular-expression characters literally', () => {
    expect(branchPatternMatcher(['bot.(x)/'])('botZ(x)/1')).toBeNull();
    expect(branchPatternMatcher(['bot.(x)/'])('bot.(x)/1')).toBe('bot.(x)/');
  });

  it('names the agent a pattern belongs to', () => {
    expect(agentOfBranchPattern('*-codex/')).toBe('codex');
    expect(agentOfBranchPattern('ai/')).toBe('branch');
  });
});

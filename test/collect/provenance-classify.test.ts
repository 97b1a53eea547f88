import { describe, expect, it } from 'vitest';
import type { ProvenanceRules } from '../../src/collect/provenance-classify.js';
import { classifyProvenance } from '../../src/collect/provenance-classify.js';
import type { CommitMeta, Identity } from '../../src/collect/provenance-commit-log.js';
import type { PullRequestMeta } from '../../src/domain.js';

const human: Identity = { name: 'Maya Maintainer', email: 'maya@example.org' };
const rules: ProvenanceRules = {
  aiAuthors: [],
  aiLabels: ['ai-generated'],
  aiBranchPrefixes: ['copilot/', 'codex/'],
};
let counter = 0;

function commit(fields: Partial<CommitMeta> = {}): CommitMeta {
  counter += 1;
  const sha = counter.toString(16).padStart(40, '0');
  return {
    sha,
    parents: ['a'.repeat(40)],
    author: human,
    committer: human,
    message: 'Fix it\n',
    ...fields,
  };
}

function classifyOne(
  fields: Partial<CommitMeta>,
  pr: PullRequestMeta | null = null,
  extra = rules,
) {
  const [only] = classifyProvenance([commit(fields)], pr, extra).commits;
  if (!only) throw new Error('no commit');
  return only;
}

describe('classifyProvenance', () => {
  it.each([
    [
      'Copilot',
      { name: 'Copilot', email: '198982749+Copilot@users.noreply.github.com' },
      'copilot',
    ],
    [
      'Devin',
      {
        name: 'devin-ai-integration[bot]',
        email: '158243242+devin-ai-integration[bot]@users.noreply.github.com',
      },
      'devin',
    ],
    ['Cursor', { name: 'Cursor Agent', email: 'cursoragent@cursor.com' }, 'cursor'],
    [
      'Jules',
      {
        name: 'google-labs-jules[bot]',
        email: '161369871+google-labs-jules[bot]@users.noreply.github.com',
      },
      'jules',
    ],
    [
      'Amazon Q',
      {
        name: 'amazon-q-developer[bot]',
        email: '208079219+amazon-q-developer[bot]@users.noreply.github.com',
      },
      'amazon-q',
    ],
    [
      'Codex',
      {
        name: 'chatgpt-codex-connector[bot]',
        email: '199175422+chatgpt-codex-connector[bot]@users.noreply.github.com',
      },
      'codex',
    ],
    ['OpenHands', { name: 'openhands', email: 'openhands@all-hands.dev' }, 'openhands'],
    ['aider', { name: 'Maya Maintainer (aider)', email: 'maya@example.org' }, 'aider'],
  ])('recognises a commit authored by %s', (_agent, author, agent) => {
    const result = classifyOne({ author });
    expect(result.aiAuthored).toBe(true);
    expect(result.agents).toEqual([agent]);
  });

  it('recognises an agent by the API login even with a plain email', () => {
    expect(
      classifyOne({ author: { name: 'Copilot', email: 'x@example.org', login: 'Copilot' } })
        .aiAuthored,
    ).toBe(true);
  });

  it('counts a Co-authored-by trailer naming Claude', () => {
    const message = 'Add parser\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n';
    expect(classifyOne({ message })).toMatchObject({ aiAuthored: true, agents: ['claude'] });
  });

  it('ignores a Co-authored-by trailer naming a human, as Copilot writes them', () => {
    const message = 'Fix flaky test\n\nCo-authored-by: maya <1234+maya@users.noreply.github.com>\n';
    expect(classifyOne({ message }).aiAuthored).toBe(false);
  });

  it('counts a generated-by marker in the message', () => {
    const message = 'Refactor\n\n🤖 Generated with [Claude Code](https://claude.ai/code)\n';
    expect(classifyOne({ message }).agents).toEqual(['claude']);
  });

  it('does not take a human called Devin for the agent', () => {
    expect(
      classifyOne({ author: { name: 'Devin Smith', email: 'devin@example.org' } }).aiAuthored,
    ).toBe(false);
  });

  it('does not count the GitHub web-flow committer', () => {
    expect(
      classifyOne({ committer: { name: 'GitHub', email: 'noreply@github.com' } }).aiAuthored,
    ).toBe(false);
  });

  it('matches configured author patterns with a wildcard', () => {
    const custom = { ...rules, aiAuthors: ['*@agents.example.com'] };
    const result = classifyOne(
      { author: { name: 'Robo', email: 'robo@agents.example.com' } },
      null,
      custom,
    );
    expect(result).toMatchObject({ aiAuthored: true, agents: ['custom'] });
  });

  it('treats regex characters in patterns literally', () => {
    const custom = { ...rules, aiAuthors: ['my-bot[bot]'] };
    expect(
      classifyOne({ author: { name: 'my-bot[bot]', email: 'x@y' } }, null, custom).aiAuthored,
    ).toBe(true);
    expect(
      classifyOne({ author: { name: 'my-bott', email: 'x@y' } }, null, custom).aiAuthored,
    ).toBe(false);
  });

  it('never marks a merge commit, even one made by an agent', () => {
    const author = { name: 'Copilot', email: '198982749+Copilot@users.noreply.github.com' };
    expect(classifyOne({ author, parents: ['a'.repeat(40), 'b'.repeat(40)] }).aiAuthored).toBe(
      false,
    );
  });

  const pr = (fields: Partial<PullRequestMeta>): PullRequestMeta => ({
    authorLogin: 'maya',
    headRef: 'fix',
    labels: [],
    body: '',
    ...fields,
  });

  it('marks every commit of a PR whose body links a Codex task, as Codex commits look human', () => {
    const result = classifyProvenance(
      [commit(), commit()],
      pr({ body: 'https://chatgpt.com/codex/tasks/task_e_1' }),
      rules,
    );
    expect(result.commits.every((c) => c.aiAuthored)).toBe(true);
    expect(result.pullRequestSignals).toEqual(['PR body: chatgpt.com/codex link']);
  });

  it('marks commits of a PR carrying a configured label, whatever its case', () => {
    expect(classifyOne({}, pr({ labels: ['AI-Generated'] })).aiAuthored).toBe(true);
  });

  it('marks commits of a PR from an agent branch prefix', () => {
    expect(classifyOne({}, pr({ headRef: 'copilot/fix-12' })).agents).toEqual(['copilot']);
  });

  it('marks commits of a PR opened by an agent account', () => {
    expect(classifyOne({}, pr({ authorLogin: 'devin-ai-integration[bot]' })).aiAuthored).toBe(true);
  });

  it('leaves a human PR with human commits alone', () => {
    const result = classifyProvenance([commit(), commit()], pr({ headRef: 'feature/x' }), rules);
    expect(result.commits.some((c) => c.aiAuthored)).toBe(false);
    expect(result.agents).toEqual([]);
  });
});

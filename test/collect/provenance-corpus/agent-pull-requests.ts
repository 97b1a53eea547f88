import { assertNever } from '../../../src/errors.js';
import type { CommitMeta } from '../../../src/collect/provenance-commit-log.js';
import type { Agent, CorpusPullRequest } from './corpus-parts.js';
import { commit, humanIdentity, humanTail, pullRequest, slug, subject } from './corpus-parts.js';
import type { SeededRandom } from './seeded-random.js';

// Shapes follow what agent PRs show (who authors PR and commits, trailers, branches, labels,
// body markers); the proportions are rounded from the measured ones, the data is generated.
const copilotGit = {
  name: 'copilot-swe-agent[bot]',
  email: '198982749+Copilot@users.noreply.github.com',
};
const devinGit = {
  name: 'Devin AI',
  email: '158243242+devin-ai-integration[bot]@users.noreply.github.com',
};
const cursorGit = { name: 'Cursor Agent', email: 'cursoragent@cursor.com' };

function copilotPullRequest(random: SeededRandom): CorpusPullRequest {
  const human = humanIdentity(random);
  // Copilot's trailer names the human who assigned the task, not the agent.
  const trailer = `\n\nCo-authored-by: ${human.name} <${human.email}>\n`;
  const own = Array.from({ length: random.between(1, 4) }, () =>
    commit(copilotGit, `${subject(random)}${trailer}`),
  );
  return {
    author: 'copilot',
    event: pullRequest({
      authorLogin: 'Copilot',
      headRef: `copilot/fix-${random.between(1, 9999)}`,
      body: `Fixes #${random.between(1, 999)}`,
    }),
    apiLabels: [],
    commits: [commit(copilotGit, 'Initial plan\n'), ...own, ...humanTail(random, human)],
    commitSignal: true,
  };
}

function devinPullRequest(random: SeededRandom): CorpusPullRequest {
  const human = humanIdentity(random);
  const own = Array.from({ length: random.between(1, 5) }, () =>
    commit(devinGit, `${subject(random)}\n`),
  );
  // Devin re-commits a human's commit now and then, as committer.
  const recommitted = random.chance(0.05) ? [commit(human, `${subject(random)}\n`, devinGit)] : [];
  return {
    author: 'devin',
    event: pullRequest({
      authorLogin: 'devin-ai-integration[bot]',
      headRef: `devin/${random.between(1.7e9, 1.75e9)}-${slug(random)}`,
      body: `Link to Devin run: https://app.devin.ai/sessions/${random.token(32)}`,
    }),
    apiLabels: [],
    commits: [...own, ...recommitted, ...humanTail(random, human)],
    commitSignal: true,
  };
}

function cursorPullRequest(random: SeededRandom): CorpusPullRequest {
  const human = humanIdentity(random);
  const agentCommits = random.chance(0.99);
  const own = Array.from({ length: random.between(1, 4) }, () =>
    commit(agentCommits ? cursorGit : human, `${subject(random)}\n`),
  );
  const headRef = random.chance(0.95) ? `cursor/${slug(random)}-${random.token(4)}` : slug(random);
  return {
    author: 'cursor',
    event: pullRequest({ authorLogin: human.name.split(' ')[0], headRef, body: subject(random) }),
    apiLabels: [],
    commits: [...own, ...humanTail(random, human)],
    commitSignal: agentCommits,
  };
}

const claudeTrailers: readonly string[] = [
  'Co-Authored-By: Claude <noreply@anthropic.com>',
  'Co-Authored-By: Claude <noreply@anthropic.com>',
  'Co-Authored-By: Claude <noreply@anthropic.com>',
  'Co-Authored-By: Claude <no-reply@anthropic.com>',
  'Co-authored-by: Claude',
  'Co-authored-by: claude-sonnet:3.7-thinking',
];
const generated = '🤖 Generated with [Claude Code](https://claude.ai/code)';

function claudeMessage(random: SeededRandom): string {
  const marker = random.chance(0.7) ? `${generated}\n\n` : '';
  return `${subject(random)}\n\n${marker}${random.pick(claudeTrailers)}\n`;
}

function claudePullRequest(random: SeededRandom): CorpusPullRequest {
  const human = humanIdentity(random);
  // In about one PR in eight only the body says Claude: the commits were rewritten by hand.
  const signed = random.chance(0.88);
  const own = Array.from({ length: random.between(1, 6) }, () =>
    commit(human, signed ? claudeMessage(random) : `${subject(random)}\n`),
  );
  const bodyMarker = random.chance(0.8) ? `\n\n${generated}` : '';
  const body = `## Summary\n- ${subject(random)}${bodyMarker}\n\n${random.pick(claudeTrailers)}`;
  const headRef = random.chance(0.1)
    ? `claude/issue-${random.between(1, 999)}-${random.token(8)}`
    : `feat/${slug(random)}`;
  return {
    author: 'claude',
    event: pullRequest({ authorLogin: human.name.split(' ')[0], headRef, body }),
    apiLabels: [],
    commits: [...own, ...humanTail(random, human)],
    commitSignal: signed,
  };
}

function codexBranch(random: SeededRandom): string {
  const roll = random.between(1, 1000);
  if (roll <= 890) return `codex/${slug(random)}`;
  if (roll <= 935) return `${random.token(6)}-codex/${slug(random)}`;
  return 'master';
}

function codexPullRequest(random: SeededRandom): CorpusPullRequest {
  const human = humanIdentity(random);
  const commits: CommitMeta[] = Array.from({ length: random.between(1, 3) }, () =>
    commit(human, `${subject(random)}\n`),
  );
  const labelled = random.chance(0.89);
  // The connector labels the PR seconds after opening: the opened payload rarely has it yet.
  const inPayload = labelled && random.chance(0.003);
  const link = random.chance(0.46)
    ? `\n\nhttps://chatgpt.com/codex/tasks/task_e_${random.token(24)}`
    : '';
  return {
    author: 'codex',
    event: pullRequest({
      authorLogin: human.name.split(' ')[0],
      headRef: codexBranch(random),
      labels: inPayload ? ['codex'] : [],
      body: `## Summary\n- ${subject(random)}${link}`,
    }),
    apiLabels: labelled ? ['codex'] : [],
    commits,
    commitSignal: false,
  };
}

/** One generated PR by the given agent. */
export function agentPullRequest(agent: Agent, random: SeededRandom): CorpusPullRequest {
  switch (agent) {
    case 'copilot':
      return copilotPullRequest(random);
    case 'devin':
      return devinPullRequest(random);
    case 'cursor':
      return cursorPullRequest(random);
    case 'claude':
      return claudePullRequest(random);
    case 'codex':
      return codexPullRequest(random);
    default:
      return assertNever(agent);
  }
}

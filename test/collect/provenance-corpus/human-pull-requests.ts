import type { CorpusPullRequest } from './corpus-parts.js';
import { baseMerge, commit, humanIdentity, pullRequest, slug, subject } from './corpus-parts.js';
import type { SeededRandom } from './seeded-random.js';

// Human work that looks like agent work at a glance: people called Claude or Devin, agents named
// in subjects and bodies, co-author trailers naming people, branches and labels mentioning agents.
const lookAlikeBranches = [
  'feature/codex-support',
  'fix/copilot-settings',
  'claude-dupont/fix-typo',
  'devin-smith/cleanup',
  'docs/cursor-rules',
  'users/codex-team/cache',
  'dependabot/npm_and_yarn/vite-6.0.1',
  'main',
  'patch-1',
];
const lookAlikeLabels = ['bug', 'enhancement', 'codex-cli', 'claude', 'documentation', 'ai'];
const lookAlikeBodies = [
  'Adds a page about using Claude Code and Codex with this project.',
  'Thanks to Claude for the review!',
  'Tested against the Copilot extension.',
  'Co-authored-by: Claude Dupont <claude@dupont.example>',
  'See https://example.org/codex for the format.',
];

function humanMessage(random: SeededRandom): string {
  const coAuthor = humanIdentity(random);
  const trailer = random.chance(0.15)
    ? `\n\nCo-authored-by: ${coAuthor.name} <${coAuthor.email}>`
    : '';
  const signoff = random.chance(0.1)
    ? `\n\nSigned-off-by: ${coAuthor.name} <${coAuthor.email}>`
    : '';
  return `${subject(random)}${trailer}${signoff}\n`;
}

/** One generated PR written by people only. */
export function humanPullRequest(random: SeededRandom): CorpusPullRequest {
  const author = humanIdentity(random);
  const commits = Array.from({ length: random.between(1, 6) }, () =>
    commit(author, humanMessage(random)),
  );
  const headRef = random.chance(0.3)
    ? random.pick(lookAlikeBranches)
    : `${random.pick(['feat', 'fix', 'chore'])}/${slug(random)}`;
  const labels = random.chance(0.4) ? [random.pick(lookAlikeLabels)] : [];
  return {
    author: 'human',
    event: pullRequest({
      authorLogin: author.name.split(' ')[0],
      headRef,
      labels,
      body: random.chance(0.3) ? random.pick(lookAlikeBodies) : subject(random),
    }),
    apiLabels: labels,
    commits: random.chance(0.2) ? [...commits, baseMerge(author)] : commits,
    commitSignal: false,
  };
}

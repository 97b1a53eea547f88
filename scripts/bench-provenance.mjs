// Provenance evaluation: recall per agent and false labels on human commits, on a generated corpus
// of PRs and commits shaped like real agent PRs (test/collect/provenance-corpus/), with the
// action's default inputs. Three views:
//   action, event labels  what the opened event's payload alone gives (the Codex label comes later)
//   action, API labels    what the action classifies: the event plus labels read at run time
//   airlock check         commits only; recall over PRs whose commits carry any signal
// and the two action views again with every branch renamed, for what labels and bodies give alone.
// Runs the TypeScript sources directly (Node's type stripping); prints a table and writes
// bench-results/provenance-<time>.json. Options: --seed N, --per-agent N, --humans N.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// The sources import "./x.js" for "./x.ts", as tsc wants; map them back for Node.
registerHooks({
  resolve(specifier, context, next) {
    if (
      specifier.startsWith('.') &&
      specifier.endsWith('.js') &&
      context.parentURL?.endsWith('.ts')
    ) {
      const typescript = new URL(specifier.replace(/\.js$/, '.ts'), context.parentURL);
      if (existsSync(fileURLToPath(typescript))) return next(typescript.href, context);
    }
    return next(specifier, context);
  },
});

const repo = resolve(import.meta.dirname, '..');
const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
};
const { evaluateProvenance, provenanceCorpus } = await import(
  join(repo, 'test/collect/provenance-corpus/evaluate-provenance.ts')
);
const { inputDefaults } = await import(join(repo, 'src/config/action-inputs.ts'));
const { listInput } = await import(join(repo, 'src/config/input-values.ts'));

const rules = {
  aiAuthors: [],
  aiLabels: listInput.parse(inputDefaults['ai-labels']),
  aiBranchPrefixes: listInput.parse(inputDefaults['ai-branch-prefixes']),
};
const shape = {
  seed: option('--seed', 16),
  perAgent: option('--per-agent', 2000),
  humans: option('--humans', 2000),
};
const corpus = provenanceCorpus(shape);
// The same PRs with every head branch renamed to "feature": what labels and bodies give alone,
// as where the branch is unknown or a fork's default branch.
const anyBranch = corpus.map((pr) => ({ ...pr, event: { ...pr.event, headRef: 'feature' } }));
const views = [
  ...['event-labels', 'api-labels', 'check'].map((view) => evaluateProvenance(corpus, view, rules)),
  ...['event-labels', 'api-labels'].map((view) => ({
    ...evaluateProvenance(anyBranch, view, rules),
    branchIgnored: true,
  })),
];

const percent = (found, total) => (total === 0 ? 'n/a' : `${((100 * found) / total).toFixed(1)}%`);
const titles = {
  'event-labels': 'action, event labels',
  'api-labels': 'action, API labels',
  check: 'airlock check',
};
const agents = views[0].recall.map((r) => r.agent);
const header = ['view', ...agents, 'false labels (human commits)'];
const rows = views.map((v) => [
  `${titles[v.view]}${v.branchIgnored ? ', branch ignored' : ''}`,
  ...v.recall.map((r) => `${percent(r.found, r.pullRequests)} (${r.found}/${r.pullRequests})`),
  `${v.falseLabels} / ${v.humanCommits}`,
]);
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(
  `Provenance, seed ${shape.seed}: ${shape.perAgent} PRs per agent, ${shape.humans} human PRs`,
);
console.log(line(header));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const row of rows) console.log(line(row));

const outDir = join(repo, 'bench-results');
mkdirSync(outDir, { recursive: true });
const file = join(outDir, `provenance-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(file, JSON.stringify({ shape, rules, views }, null, 2));
console.log(`wrote ${file}`);

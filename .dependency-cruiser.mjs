// The architecture, checked: `npm run lint` runs `depcruise src` with these rules (CI runs lint).
// The one direction of imports is drawn in CONTRIBUTING.md.

// Stage folders hold pure code: IO reaches them only through ports passed in.
const stages = '^src/(config|collect|scan|sandbox|verdict|report|setup)/';
const ioModules = [
  '^(node:)?(fs|fs/promises|child_process|net|http|https|dgram|dns|worker_threads)$',
  '^node_modules/(@actions|@octokit|execa)/',
];

// The pipeline's stages, lowest first: a stage imports only stages below it (and src/domain.ts,
// src/errors.ts, src/ports.ts). Adapters and the entry points sit above every stage.
const layers = ['config', 'collect', 'scan', 'setup', 'sandbox', 'verdict', 'report'];
const upwardArrows = layers.slice(0, -1).map((layer, i) => ({
  name: `${layer}-imports-only-lower-stages`,
  severity: 'error',
  comment: `${layer}/ sits below ${layers.slice(i + 1).join(', ')}: imports point down the pipeline.`,
  from: { path: `^src/${layer}/` },
  to: { path: `^src/(${layers.slice(i + 1).join('|')})/` },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    ...upwardArrows,
    {
      name: 'no-import-cycles',
      severity: 'error',
      comment: 'A module never imports, directly or through others, the module that imports it.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-folder-cycles',
      severity: 'error',
      comment: 'Two folders never import each other: one of the arrows points the wrong way.',
      scope: 'folder',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'stages-import-no-adapters',
      severity: 'error',
      comment: 'Stages are pure: adapters are built in the entry points and passed in as ports.',
      from: { path: stages },
      to: { path: '^src/adapters/' },
    },
    {
      name: 'stages-import-no-io',
      severity: 'error',
      comment: 'Stages are pure: no file, process, network or GitHub module (see STYLE.md).',
      from: { path: stages },
      to: { path: ioModules },
    },
    {
      name: 'stages-import-no-entry-points',
      severity: 'error',
      comment: 'Stages never import the shells that call them (run.ts, main.ts, cli.ts, cli/).',
      from: { path: stages },
      to: { path: '^src/(run|main|cli|cli-launcher)\\.ts$|^src/cli/' },
    },
    {
      name: 'adapters-import-no-entry-points',
      severity: 'error',
      comment: 'Adapters are called by the entry points, never the other way round.',
      from: { path: '^src/adapters/' },
      to: { path: '^src/(run|main|cli|cli-launcher)\\.ts$|^src/cli/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};

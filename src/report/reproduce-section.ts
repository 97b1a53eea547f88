import type { ActionConfig } from '../config/action-inputs.js';
import { parseActionInputs } from '../config/action-inputs.js';
import type { CheckOptionsUsed, ReportModel } from './report-model.js';
import { runUrl } from './repository-links.js';
import { fencedCode } from './sanitize-markdown.js';

// Printable ASCII, tab and newline: anything else could hide or reorder what a maintainer pastes.
const pasteable = /^[\x20-\x7E\t\n]*$/;

/** POSIX shell quoting: bare when only safe characters, else single quotes ('\'' inside). */
export function shellQuote(value: string): string {
  if (/^[\w@%+=:,./-]+$/.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

const defaults = parseActionInputs({}).config;
const limitFlags = [
  ['--memory', 'memoryMiB'],
  ['--cpus', 'cpus'],
  ['--timeout', 'timeoutSeconds'],
  ['--pids', 'pids'],
  ['--workspace-size', 'workspaceMiB'],
] as const;

function optionArgs(options: CheckOptionsUsed): { args: string[]; withheld: string[] } {
  const args: string[] = [];
  const withheld: string[] = [];
  const add = (flag: string, value: string) => {
    // A value that starts with "-" would read as an option: it goes after "=".
    if (!pasteable.test(value)) withheld.push(flag.replace(/^--/, ''));
    else if (value.startsWith('-')) args.push(`${flag}=${shellQuote(value)}`);
    else args.push(flag, shellQuote(value));
  };
  if (options.testCommand !== null) add('--test-command', options.testCommand);
  if (options.installCommand !== null) {
    add('--install-command', options.installCommand);
    add('--install-from', options.installFrom);
  }
  for (const host of options.allowHosts) add('--allow-host', host);
  if (options.blockOnViolations.length > 0)
    add('--block-on-violations', options.blockOnViolations.join(','));
  // Only what differs from the defaults, so the usual command stays short.
  if (options.aiAuthors.length > 0) add('--ai-authors', options.aiAuthors.join(','));
  if (options.workingDirectory !== defaults.workingDirectory)
    add('--working-directory', options.workingDirectory);
  for (const [flag, key] of limitFlags)
    if (options.limits[key] !== defaults.limits[key]) add(flag, String(options.limits[key]));
  return { args, withheld };
}

/** The options of an effective config that `airlock check` takes. */
export function checkOptionsOf(config: ActionConfig): CheckOptionsUsed {
  return {
    testCommand: config.testCommand,
    installCommand: config.installCommand,
    installFrom: config.installFrom,
    allowHosts: config.allowHosts,
    blockOnViolations: config.blockOnViolations,
    aiAuthors: config.aiAuthors,
    workingDirectory: config.workingDirectory,
    limits: config.limits,
  };
}

const sha = (value: string) => value.replace(/[^0-9a-f]/g, '');

/** The one command that runs the same pipeline locally, and the link to the workflow run. */
export function reproduceCommand(model: ReportModel): { command: string; withheld: string[] } {
  const { args, withheld } = model.options ? optionArgs(model.options) : { args: [], withheld: [] };
  const command = [
    'npx airlock check',
    ...(model.baseSha ? ['--base', sha(model.baseSha)] : []),
    '--head',
    sha(model.headSha),
    '--scope',
    model.scope,
    '--fail-on',
    model.failOn,
    ...args,
  ].join(' ');
  return { command, withheld };
}

export function reproduceSection(model: ReportModel): string[] {
  const { command, withheld } = reproduceCommand(model);
  const run = model.links ? runUrl(model.links) : null;
  const notes = [
    ...(withheld.length > 0
      ? [
          `_Left out: ${withheld.join(', ')} (characters that are unsafe to paste); copy it from the policy or workflow._`,
        ]
      : []),
    ...(model.scope === 'ai-authored' && model.provenance.pullRequestSignals.length > 0
      ? [
          '_A local run does not see the pull request (labels, branch, author); if those alone made it AI-authored, add `--scope all`._',
        ]
      : []),
    ...(run ? [`[Workflow run](${run}) that produced this report.`] : []),
  ];
  return [
    '### Reproduce locally',
    '',
    "In a clone of the repository that has the pull request's commits:",
    '',
    fencedCode(command, 'sh'),
    ...notes.flatMap((note) => ['', note]),
  ];
}

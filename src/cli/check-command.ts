import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { changeScanner } from '../adapters/scanner/change-scanner.js';
import { terminalLogger } from '../adapters/github/pipeline-loggers.js';
import { exportTree, repositoryGit, repositoryRoot } from '../adapters/git/repository-git.js';
import { sandboxRunner } from '../adapters/sandbox-client/sandbox-runner.js';
import { parseActionInputs } from '../config/action-inputs.js';
import { ConfigError, errorMessage } from '../errors.js';
import type { Publisher } from '../ports.js';
import type { Analysis } from '../report/analysis.js';
import { renderJobSummary } from '../report/render-report.js';
import { renderText } from '../report/render-text.js';
import { sarifForFindings } from '../report/sarif-for-analysis.js';
import { run } from '../run.js';
import type { CliIo, ExitCode } from './cli-io.js';

export const checkUsage = `Usage: airlock check [--base REF] [--head REF] [--test-command CMD] [--install-command CMD]
                    [--install-from head|base] [--allow-host HOST]...
                    [--scope ai-authored|all] [--fail-on low|medium|high|critical|none]
                    [--block-on-violations KIND,...] [--ai-authors PATTERN,...]
                    [--working-directory DIR] [--memory MIB] [--cpus N] [--timeout SECONDS]
                    [--pids N] [--workspace-size MIB] [--shard I/N]
                    [--format text|markdown|json] [--sarif FILE]

Runs the action's pipeline on a local repository: finds the AI-authored commits in BASE..HEAD,
scans the change, runs the tests in the sandbox and prints the report.
  --base REF           default: origin/HEAD, origin/main, main, origin/master or master (first that exists)
  --head REF           default: HEAD (tested in the work tree; another commit is exported from git first)
  --install-from base  install and test with the base branch's versions of the manifests the change edits
  --allow-host HOST    a host the install may reach besides the package registries; repeatable
  --block-on-violations KINDS  violation kinds that block: network, filesystem, process,
                       privilege, resource (default: network,privilege)
  --shard I/N          run slice I of N: the test command sees AIRLOCK_SHARD_INDEX and
                       AIRLOCK_SHARD_TOTAL; shards after the first leave the scan to shard 1
  --ai-authors, --working-directory, --memory, --cpus, --timeout, --pids, --workspace-size
                       as the action's inputs of those names (the PR comment's command sets them)
Exit: 0 pass or nothing to gate, 1 fail or blocked, 2 error.`;

const formatSchema = z.enum(['text', 'markdown', 'json']);
type Format = z.infer<typeof formatSchema>;

export interface CheckOptions {
  readonly base: string | undefined;
  readonly head: string;
  readonly format: Format;
  readonly sarif: string | undefined;
  /** Action inputs (test-command, scope, fail-on, …) by their action.yml names. */
  readonly inputs: Readonly<Record<string, string | undefined>>;
}

export function parseCheckArgs(argv: readonly string[]): CheckOptions | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      strict: true,
      options: {
        base: { type: 'string' },
        head: { type: 'string' },
        'test-command': { type: 'string' },
        'install-command': { type: 'string' },
        'install-from': { type: 'string' },
        'allow-host': { type: 'string', multiple: true },
        scope: { type: 'string' },
        'fail-on': { type: 'string' },
        'block-on-violations': { type: 'string' },
        'ai-authors': { type: 'string' },
        'working-directory': { type: 'string' },
        memory: { type: 'string' },
        cpus: { type: 'string' },
        timeout: { type: 'string' },
        pids: { type: 'string' },
        'workspace-size': { type: 'string' },
        shard: { type: 'string' },
        format: { type: 'string' },
        sarif: { type: 'string' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new ConfigError('airlock check', `${errorMessage(error)}\n${checkUsage}`);
  }
  const { values } = parsed;
  if (values.help) return 'help';
  const format = formatSchema.safeParse(values.format ?? 'text');
  if (!format.success) throw new ConfigError('--format', 'must be text, markdown or json');
  return {
    base: values.base,
    head: values.head ?? 'HEAD',
    format: format.data,
    sarif: values.sarif,
    inputs: {
      'test-command': values['test-command'],
      'install-command': values['install-command'],
      'install-from': values['install-from'],
      'allow-hosts': values['allow-host']?.join('\n'),
      scope: values.scope,
      'fail-on': values['fail-on'],
      'block-on-violations': values['block-on-violations'],
      'ai-authors': values['ai-authors'],
      'working-directory': values['working-directory'],
      memory: values.memory,
      cpus: values.cpus,
      timeout: values.timeout,
      pids: values.pids,
      'workspace-size': values['workspace-size'],
      shard: values.shard,
      // A shard is one slice of an analysis, as the action's analyze mode runs it.
      ...(values.shard === undefined ? {} : { mode: 'analyze' }),
    },
  };
}

function render(analysis: Analysis, format: Format): string {
  if (format === 'json') return `${JSON.stringify(analysis, null, 2)}\n`;
  if (format === 'markdown') return renderJobSummary(analysis.model);
  return renderText(analysis.model);
}

function terminalPublisher(options: CheckOptions, io: CliIo, sarifCategory: string): Publisher {
  return {
    start: async () => undefined,
    abort: async () => undefined,
    async publish(analysis) {
      if (options.sarif) {
        const sarif = sarifForFindings(
          analysis.model.findings,
          sarifCategory,
          analysis.model.sandbox,
        );
        await writeFile(resolve(io.cwd, options.sarif), `${JSON.stringify(sarif, null, 2)}\n`);
      }
      io.stdout(render(analysis, options.format));
    },
  };
}

const defaultBases = ['origin/HEAD', 'origin/main', 'main', 'origin/master', 'master'];

/** Runs the pipeline on the repository around io.cwd and prints the report; the exit code judges it. */
export async function runCheck(
  options: CheckOptions,
  io: CliIo,
): Promise<{ code: ExitCode; analysis: Analysis }> {
  const { config } = parseActionInputs(options.inputs);
  const root = await repositoryRoot(io.cwd);
  const git = repositoryGit(root);
  const base = options.base ?? (await firstCommit(defaultBases, git.resolveCommit));
  const head = await git.resolveCommit(options.head);
  const atHead = head === (await git.resolveCommit('HEAD'));
  const tree = atHead ? null : await exportTree(root, head);
  const log = terminalLogger(io.log);
  try {
    const analysis = await run(
      {
        config,
        base,
        head,
        pullRequest: null,
        pullRequestNumber: null,
        workspace: tree?.dir ?? root,
        sandboxEnv: {},
        links: null,
      },
      {
        git,
        scanner: await changeScanner(),
        sandbox: sandboxRunner({ hostEnv: io.env, log, signal: io.signal }),
        publisher: terminalPublisher(options, io, config.sarifCategory),
        log,
        clock: { now: () => Date.now() },
      },
    );
    return { code: exitCodeOf(analysis), analysis };
  } finally {
    await tree?.dispose();
  }
}

function exitCodeOf(analysis: Analysis): ExitCode {
  // The sandbox could not run the tests: an error of the tool, not a verdict on the change.
  if (analysis.model.sandbox?.outcome === 'sandbox-error') return 2;
  const conclusion = analysis.model.verdict.conclusion;
  return conclusion === 'fail' || conclusion === 'blocked' ? 1 : 0;
}

async function firstCommit(
  refs: readonly string[],
  resolveCommit: (ref: string) => Promise<string>,
): Promise<string> {
  for (const ref of refs) {
    const sha = await resolveCommit(ref).catch(() => null);
    if (sha) return sha;
  }
  throw new ConfigError(
    '--base',
    `none of ${refs.join(', ')} exists; name the base branch or commit`,
  );
}

export async function checkCommand(io: CliIo): Promise<ExitCode> {
  const options = parseCheckArgs(io.argv);
  if (options === 'help') {
    io.stdout(`${checkUsage}\n`);
    return 0;
  }
  return (await runCheck(options, io)).code;
}

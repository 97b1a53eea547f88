import { existsSync } from 'node:fs';
import { lstat, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { execa } from 'execa';
import type { ActionEvent } from '../../config/action-event.js';
import { MAX_EVENT_BYTES, parseActionEvent } from '../../config/action-event.js';
import { persistedCredentialKeys } from '../../config/persisted-credentials.js';
import { ConfigError } from '../../errors.js';
import type { Analysis } from '../../report/analysis.js';
import { MAX_ANALYSIS_BYTES, parseAnalysis } from '../../report/analysis.js';
import type { RepositoryLinks } from '../../report/repository-links.js';
import { repositoryLinks } from '../../report/repository-links.js';

export interface ActionContext {
  readonly owner: string;
  readonly repo: string;
  readonly workspace: string;
  readonly apiUrl: string;
  /** Links to the repository and this workflow run, from the runner's variables. */
  readonly links: RepositoryLinks | null;
  readonly event: ActionEvent;
}

/** The runner's context (GITHUB_* variables and the event payload), read once. */
export async function readActionContext(
  env: Readonly<Record<string, string | undefined>>,
): Promise<ActionContext> {
  const [owner = '', repo = ''] = (env['GITHUB_REPOSITORY'] ?? '').split('/');
  if (!/^[\w.-]+$/.test(owner) || !/^[\w.-]+$/.test(repo))
    throw new ConfigError(
      'GITHUB_REPOSITORY',
      'must be owner/name (is this running in GitHub Actions?)',
    );
  const eventPath = env['GITHUB_EVENT_PATH'];
  if (!eventPath)
    throw new ConfigError('GITHUB_EVENT_PATH', 'is not set (is this running in GitHub Actions?)');
  return {
    owner,
    repo,
    workspace: resolve(env['GITHUB_WORKSPACE'] ?? process.cwd()),
    apiUrl: env['GITHUB_API_URL'] || 'https://api.github.com',
    links: repositoryLinks({
      serverUrl: env['GITHUB_SERVER_URL'],
      owner,
      repo,
      runId: env['GITHUB_RUN_ID'],
    }),
    event: parseActionEvent(
      env['GITHUB_EVENT_NAME'] ?? '',
      JSON.parse(await readBounded(eventPath, MAX_EVENT_BYTES, 'GITHUB_EVENT_PATH')),
    ),
  };
}

export async function readBounded(path: string, maxBytes: number, what: string): Promise<string> {
  // lstat: a symlink planted in place of the file (artifact poisoning) is refused, not followed.
  const stat = await lstat(path).catch(() => null);
  if (!stat?.isFile()) throw new ConfigError(what, `${path} is not a regular file`);
  if (stat.size > maxBytes) throw new ConfigError(what, `${path} is larger than ${maxBytes} bytes`);
  return readFile(path, 'utf8');
}

/** Refuses a checkout whose .git/config holds (or includes) the token actions/checkout persisted. */
export async function refusePersistedCredentials(workspace: string): Promise<void> {
  const config = join(workspace, '.git', 'config');
  if (!existsSync(config)) return;
  const listing = await execa('git', ['config', '--file', config, '--null', '--list'], {
    reject: false,
    extendEnv: false,
    env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', GIT_CONFIG_NOSYSTEM: '1' },
  });
  const keys = persistedCredentialKeys(listing.stdout);
  if (keys.length > 0)
    throw new ConfigError(
      'allow-persisted-credentials',
      `the checkout persisted credentials in .git/config (${keys.join(', ')}), where the pull request's code could read them. Set persist-credentials: false on actions/checkout, or set allow-persisted-credentials: true to run anyway.`,
    );
}

/** Reads the analysis `mode: analyze` wrote, as untrusted data. */
export async function readAnalysisFile(path: string): Promise<Analysis> {
  return parseAnalysis(await readBounded(path, MAX_ANALYSIS_BYTES, 'results-dir'), path);
}

import { join } from 'node:path';
import { parseRunOptions } from '../config/run-options.js';
import { hostPathsFrom } from '../config/host-paths.js';
import { findRecipeDir } from '../adapters/recipe-dir.js';
import { readySandbox, sandboxRequest } from '../adapters/sandbox-runtime.js';
import { runSandbox } from '../sandbox/run-sandbox.js';
import type { CliIo, ExitCode } from './cli-io.js';
import { formatRunSummary } from './format-run-summary.js';
import { provision } from './setup-command.js';

/** Provisions on first use, then runs the bundled example project's tests in the sandbox. */
export async function demoCommand(io: CliIo): Promise<ExitCode> {
  await provision(io, (io.env['AIRLOCK_GVISOR_SOURCE'] as 'auto' | 'release' | 'distribution' | undefined) ?? 'auto', []);
  const workspace = join(findRecipeDir(io.env), '..', 'examples', 'python-project');
  const options = parseRunOptions({ command: ['python3', '-m', 'pytest', '-q', '--junitxml=/results/junit.xml'], workspace, timeoutSeconds: 120 });
  const ready = await readySandbox({ paths: hostPathsFrom(io.env), env: io.env, log: io.log, signal: io.signal });
  io.log.info(`demo: running the example project's tests in gVisor ${ready.runtime.runscVersion} (${ready.runtime.platform})`);
  const result = await runSandbox(sandboxRequest(ready, options, {}), ready.deps);
  io.log.info(formatRunSummary(result));
  io.stdout(`${JSON.stringify(result, null, 2)}\n`);
  return result.outcome === 'passed' ? 0 : 1;
}

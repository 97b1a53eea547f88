import { buildDemoRepo } from '../adapters/git/demo-repo.js';
import type { CliIo, ExitCode } from './cli-io.js';
import { runCheck } from './check-command.js';
import { provision } from './setup-command.js';
import { isGvisorSource } from '../adapters/sandbox-host/provisioning/runsc-install.js';

const DEMO_TEST_COMMAND = 'python3 -m pytest -q';

/**
 * Provisions on first use, builds the bundled repository whose AI-authored commit adds an
 * exfiltrating conftest.py and weakens a test, and checks it. The blocked verdict is the point:
 * exit 0 when the demo blocked it as intended, 1 when it did not, 2 when it could not run.
 */
export async function demoCommand(io: CliIo): Promise<ExitCode> {
  const source = io.env['AIRLOCK_GVISOR_SOURCE'] ?? 'auto';
  await provision(io, { source: isGvisorSource(source) ? source : 'auto', extraPackages: [] });
  const repo = await buildDemoRepo(io.env);
  try {
    io.log.info(
      `demo: airlock check --base main --test-command '${DEMO_TEST_COMMAND}' in ${repo.dir}`,
    );
    const { code, analysis } = await runCheck(
      {
        base: 'main',
        head: 'HEAD',
        format: 'text',
        sarif: undefined,
        inputs: { 'test-command': DEMO_TEST_COMMAND },
      },
      { ...io, cwd: repo.dir },
    );
    const conclusion = analysis.model.verdict.conclusion;
    if (code === 1 && conclusion === 'blocked') {
      io.log.info('demo: blocked as intended — the AI-authored commit exfiltrates the environment');
      return 0;
    }
    io.log.error(`demo: expected a blocked verdict, got ${conclusion} (exit ${code})`);
    return code === 2 ? 2 : 1;
  } finally {
    await repo.dispose();
  }
}

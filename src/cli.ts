// CLI entry: parses argv, builds adapters, calls the same stages the action uses.
// The only place (with main.ts) that turns errors into exit codes.
import { stderrLogger } from './adapters/stderr-logger.js';
import type { CliCommand, ExitCode } from './cli/cli-io.js';
import { ConfigError, SetupError, errorMessage } from './errors.js';

// Loaded on demand: `airlock run` need not parse the scanner or the GitHub client at start-up.
const commands: Record<string, () => Promise<CliCommand>> = {
  run: async () => (await import('./cli/run-command.js')).runCommand,
  setup: async () => (await import('./cli/setup-command.js')).setupCommand,
  scan: async () => (await import('./cli/scan-command.js')).scanCommand,
  demo: async () => (await import('./cli/demo-command.js')).demoCommand,
  check: async () => (await import('./cli/check-command.js')).checkCommand,
};

const usage = `Usage: airlock <command> [options]

Commands:
  setup                 provision gVisor (runsc) and the sandbox root filesystem
  run [options] -- CMD  run one command in the gVisor sandbox
  scan [options] PATH…  scan files or a git diff for dangerous behaviour
  check [options]       the action's pipeline on a local repository: provenance, scan, tests, verdict
  demo                  check a bundled repository with an AI-authored malicious commit

Run 'airlock <command> --help' for a command's options.`;

async function main(argv: string[]): Promise<ExitCode> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${usage}\n`);
    return name === undefined ? 2 : 0;
  }
  const load = commands[name];
  if (!load) {
    process.stderr.write(`airlock: unknown command '${name}'\n${usage}\n`);
    return 2;
  }
  const controller = new AbortController();
  const interrupted: { signal: NodeJS.Signals | null } = { signal: null };
  const onSignal = (signal: NodeJS.Signals) => {
    if (interrupted.signal) return;
    interrupted.signal = signal;
    process.stderr.write(`airlock: ${signal} received, stopping the sandbox and cleaning up\n`);
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const quiet = rest.includes('--quiet');
  try {
    const command = await load();
    const code = await command({
      argv: rest,
      env: process.env,
      cwd: process.cwd(),
      stdout: (text) => process.stdout.write(text),
      log: stderrLogger({ quiet }),
      signal: controller.signal,
    });
    if (interrupted.signal) return interrupted.signal === 'SIGINT' ? 130 : 143;
    return code;
  } catch (error) {
    if (error instanceof ConfigError || error instanceof SetupError) {
      process.stderr.write(`airlock: error: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `airlock: internal error: ${error instanceof Error ? (error.stack ?? errorMessage(error)) : errorMessage(error)}\n`,
    );
    process.exitCode = 2;
  },
);

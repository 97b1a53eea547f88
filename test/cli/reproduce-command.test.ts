import { describe, expect, it } from 'vitest';
import { parseCheckArgs } from '../../src/cli/check-command.js';
import { parseActionInputs } from '../../src/config/action-inputs.js';
import { checkOptionsOf, reproduceCommand } from '../../src/report/reproduce-section.js';
import { blockedModel } from '../report/report-fixtures.js';

// POSIX words as the comment quotes them: bare words and '…' with '\'' for a quote inside.
function shellWords(command: string): string[] {
  const words: string[] = [];
  for (const match of command.matchAll(/(?:'[^']*'|\\'|[^\s'\\]+)+/g))
    words.push(match[0].replace(/'([^']*)'|\\(')/g, '$1$2'));
  return words;
}

describe('the reproduce command in the comment', () => {
  it('runs airlock check with exactly the options the analysis ran with', () => {
    const options = checkOptionsOf({
      ...parseActionInputs({}).config,
      testCommand: 'pytest -k \'not slow\' && echo "done $HOME"',
      installCommand: 'pip install -r requirements.txt',
      installFrom: 'base',
      allowHosts: ['pkg.example.com'],
      blockOnViolations: ['network', 'filesystem'],
      aiAuthors: ['my-bot', 'renovate*'],
      workingDirectory: '-service a',
      limits: { memoryMiB: 4096, cpus: 1.5, timeoutSeconds: 900, pids: 256, workspaceMiB: 2048 },
    });
    const model = { ...blockedModel, scope: 'all' as const, failOn: 'medium' as const, options };
    const [npx, airlock, check, ...argv] = shellWords(reproduceCommand(model).command);
    expect([npx, airlock, check]).toEqual(['npx', 'airlock', 'check']);
    const parsed = parseCheckArgs(argv);
    if (parsed === 'help') throw new Error('help');
    expect(parsed.base).toBe(blockedModel.baseSha);
    expect(parsed.head).toBe(blockedModel.headSha);
    const { config } = parseActionInputs(parsed.inputs);
    expect(checkOptionsOf(config)).toEqual(options);
    expect([config.scope, config.failOn]).toEqual(['all', 'medium']);
  });
});

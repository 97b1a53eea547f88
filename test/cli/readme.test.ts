import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runUsage } from '../../src/cli/run-command.js';

const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');

describe('README', () => {
  it('shows exactly the two quick-start commands', () => {
    const quickStart = readme.split('## Quick start')[1]?.split('##')[0] ?? '';
    const block = /```sh\n([\s\S]*?)```/.exec(quickStart)?.[1];
    expect(block?.trim().split('\n')).toEqual(['npm ci && npm run demo', 'npm test']);
  });

  it('documents every airlock run option exactly as --help prints it', () => {
    expect(readme).toContain(runUsage);
  });
});

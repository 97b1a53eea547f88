import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runUsage } from '../../src/cli/run-command.js';

const root = join(import.meta.dirname, '..', '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const cliReference = readFileSync(join(root, 'docs', 'cli.md'), 'utf8');

describe('README', () => {
  it('shows exactly the two quick-start commands', () => {
    const quickStart = readme.split('## Quick start')[1]?.split('##')[0] ?? '';
    const block = /```sh\n([\s\S]*?)```/.exec(quickStart)?.[1];
    expect(block?.trim().split('\n')).toEqual(['npm ci && npm run demo', 'npm test']);
  });

  it('stays a user page of at most 25 KB', () => {
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(25 * 1024);
  });

  it('links every page under docs/', () => {
    const links = new Set([...readme.matchAll(/\]\(docs\/([^)#]+)/g)].map((m) => m[1]));
    for (const page of ['action.md', 'cli.md', 'sandbox.md', 'install-phase.md', 'threat-model.md'])
      expect(links).toContain(page);
  });
});

describe('the CLI reference (docs/cli.md)', () => {
  it('documents every airlock run option exactly as --help prints it', () => {
    expect(cliReference).toContain(runUsage);
  });
});

// Calibration: real, clean test suites report no violations at all (issue: runtime telemetry).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runIn, sandbox, tempDir } from '../support/sandbox-harness.js';

const EXAMPLE = join(import.meta.dirname, '..', '..', 'examples', 'python-project');

function nodeTestProject(): string {
  const dir = tempDir('node-test');
  mkdirSync(join(dir, 'test'));
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'clean', version: '1.0.0', scripts: { test: 'node --test' } }),
  );
  writeFileSync(
    join(dir, 'test', 'math.test.js'),
    [
      "const test = require('node:test');",
      "const assert = require('node:assert');",
      "const { spawnSync } = require('node:child_process');",
      "const fs = require('node:fs');",
      "test('adds', () => assert.strictEqual(1 + 1, 2));",
      "test('spawns a child node', () => assert.strictEqual(spawnSync(process.execPath, ['-e', '1']).status, 0));",
      "test('writes a temp file', () => { fs.writeFileSync('/tmp/out.txt', 'x'); assert.ok(fs.existsSync('/tmp/out.txt')); });",
      // A recursive mkdir of a relative path tries the deepest directory first (ENOENT).
      "test('makes nested output directories', () => { fs.mkdirSync('out/a/b', { recursive: true }); assert.ok(fs.existsSync('out/a/b')); });",
      '',
    ].join('\n'),
  );
  return dir;
}

/** A vitest 1.x project (the sandbox image has Node 18), installed on the host from the npm registry. */
function vitestProject(): string {
  const dir = tempDir('vitest');
  mkdirSync(join(dir, 'src'));
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({
      name: 'clean-vitest',
      version: '1.0.0',
      private: true,
      type: 'module',
      scripts: { test: 'vitest run' },
    }),
  );
  writeFileSync(
    join(dir, 'src', 'sum.test.js'),
    "import { expect, test } from 'vitest';\ntest('sums', () => expect(1 + 2).toBe(3));\ntest('awaits', async () => expect(await Promise.resolve(4)).toBe(4));\n",
  );
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', 'vitest@1.6.0'], {
    cwd: dir,
    stdio: 'ignore',
  });
  return dir;
}

describe('telemetry on clean test suites', () => {
  beforeAll(async () => {
    await sandbox();
  });

  it('reports no violations for the bundled example project under pytest', async () => {
    const result = await runIn({ command: ['python3', '-m', 'pytest', '-q'], workspace: EXAMPLE });
    expect(result.outcome).toBe('passed');
    expect(result.violations).toEqual([]);
  });

  it('reports no violations for node --test, run directly and through npm test', async () => {
    const workspace = nodeTestProject();
    for (const command of [
      ['node', '--test'],
      ['npm', 'test'],
    ]) {
      const result = await runIn({ command, workspace });
      expect(result.outcome, result.stderr.slice(-2000)).toBe('passed');
      expect(result.violations, command.join(' ')).toEqual([]);
    }
  });

  it('reports no violations for a vitest project, run directly and through npm test', async () => {
    const workspace = vitestProject();
    for (const command of [
      ['node', 'node_modules/vitest/vitest.mjs', 'run'],
      ['npm', 'test'],
    ]) {
      const result = await runIn({ command, workspace });
      expect(result.outcome, result.stderr.slice(-2000)).toBe('passed');
      expect(result.violations, command.join(' ')).toEqual([]);
    }
  });

  it('still reports what a test does wrong in the same kind of run', async () => {
    const workspace = nodeTestProject();
    writeFileSync(
      join(workspace, 'test', 'sneaky.test.js'),
      "require('node:test')('reads secrets', () => { try { require('node:fs').readFileSync('/etc/shadow'); } catch {} });\n",
    );
    const result = await runIn({ command: ['node', '--test'], workspace });
    expect(result.violations).toContainEqual(
      expect.objectContaining({
        kind: 'filesystem',
        detail: expect.stringMatching(/^credential file \/etc\/shadow/),
      }),
    );
  });

  it('dates a violation by when it happened, though its message waited in the socket to the end', async () => {
    const workspace = tempDir('busy');
    // Opens files without pause for 1.5 s, tries /etc/shadow, then goes on for 1.5 s more: the
    // receiver leaves a growing queue alone until the run ends.
    writeFileSync(
      join(workspace, 'busy.py'),
      [
        'import os, time',
        "open('f', 'w').close()",
        'def busy(seconds):',
        '    end = time.monotonic() + seconds',
        '    while time.monotonic() < end:',
        "        os.close(os.open('f', os.O_RDONLY))",
        'busy(1.5)',
        'try:',
        "    open('/etc/shadow').read()",
        'except OSError:',
        '    pass',
        'busy(1.5)',
        '',
      ].join('\n'),
    );
    const result = await runIn({ command: ['python3', 'busy.py'], workspace });
    const shadow = result.violations.find((v) =>
      v.detail.startsWith('credential file /etc/shadow'),
    );
    expect(shadow?.firstAtMs).toBeGreaterThanOrEqual(1_500);
    expect(shadow?.firstAtMs).toBeLessThanOrEqual(result.durationMs - 1_000);
  });
});

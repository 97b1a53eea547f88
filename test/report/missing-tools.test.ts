import { describe, expect, it } from 'vitest';
import { renderComment } from '../../src/report/render-report.js';
import { renderText } from '../../src/report/render-text.js';
import { describeMissingTool, findMissingTools } from '../../src/report/missing-tools.js';
import { blockedModel, sandbox } from './report-fixtures.js';

const failed = (exitCode: number, stderr: string, stdout = '') => ({
  outcome: 'failed',
  exitCode,
  stdout,
  stderr,
});

describe('findMissingTools', () => {
  it("reads dash's, bash's and env's not-found lines when the command exited 127", () => {
    const stderr = [
      'sh: 1: vitest: not found',
      '/bin/bash: line 3: pytest: command not found',
      "/usr/bin/env: 'node': No such file or directory",
      'bash: go: command not found',
    ].join('\n');
    expect(findMissingTools(failed(127, stderr)).map((t) => t.name)).toEqual([
      'vitest',
      'pytest',
      'node',
      'go',
    ]);
  });

  it('reads `python -m` naming a missing module when the command exited 1', () => {
    expect(findMissingTools(failed(1, '/usr/bin/python3: No module named pytest'))).toEqual([
      { name: 'pytest', kind: 'python-module' },
    ]);
  });

  it("finds the shell's line on stderr however long stdout ran", () => {
    const stdout = Array.from({ length: 5000 }, (_, i) => `line ${i}`).join('\n');
    expect(findMissingTools(failed(127, 'sh: 1: vitest: not found', stdout))).toEqual([
      { name: 'vitest', kind: 'command' },
    ]);
  });

  it('says nothing for a not-found line under another exit status or outcome', () => {
    // A suite that tests its own error messages prints such lines and fails for other reasons.
    expect(findMissingTools(failed(1, 'sh: 1: vitest: not found'))).toEqual([]);
    expect(findMissingTools(failed(2, '/usr/bin/python3: No module named pytest'))).toEqual([]);
    expect(
      findMissingTools({ ...failed(127, 'sh: 1: vitest: not found'), outcome: 'timeout' }),
    ).toEqual([]);
  });

  it('keeps only plainly shaped names, each once, at most five', () => {
    const stderr = [
      'sh: 1: `curl evil`: not found',
      'sh: 1: ::set-output name=x::y: not found',
      ...Array.from({ length: 8 }, (_, i) => `sh: 1: tool${i % 6}: not found`),
    ].join('\n');
    expect(findMissingTools(failed(127, stderr)).map((t) => t.name)).toEqual([
      'tool0',
      'tool1',
      'tool2',
      'tool3',
      'tool4',
    ]);
  });
});

describe('describeMissingTool', () => {
  it('names the tool and how to provide it in the root the guest ran', () => {
    const runner = describeMissingTool({ name: 'pytest', kind: 'command' }, 'runner');
    expect(runner).toContain("`pytest` is not on the guest's PATH");
    expect(runner).toContain('setup-* action');
    const image = describeMissingTool({ name: 'pytest', kind: 'python-module' }, 'image');
    expect(image).toContain("the guest's Python has no module `pytest`");
    expect(image).toContain('--root runner');
    expect(describeMissingTool({ name: 'go', kind: 'command' }, undefined)).toContain(
      'install phase',
    );
  });
});

describe('the reports', () => {
  it('say what the guest lacked, in the comment and the text report', () => {
    const lacking = sandbox({
      exitCode: 127,
      stdout: '',
      stderr: '> test\n> vitest run\n\nsh: 1: vitest: not found\n',
      sandbox: { runtime: 'gvisor', runscVersion: '0.0', platform: 'systrap', root: 'image' },
    });
    const model = { ...blockedModel, sandbox: lacking };
    expect(renderComment(model)).toContain(
      "⚠️ **Missing in the guest:** `vitest` is not on the guest's PATH.",
    );
    expect(renderText(model)).toContain("  missing: `vitest` is not on the guest's PATH.");
    expect(renderComment({ ...blockedModel, sandbox: sandbox() })).not.toContain('Missing in');
  });
});

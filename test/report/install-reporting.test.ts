import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type AjvDraft04Type from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { COMMENT_MARKER, renderComment } from '../../src/report/render-report.js';
import { renderText } from '../../src/report/render-text.js';
import { sarifForFindings } from '../../src/report/sarif-for-analysis.js';
import {
  egressRecord,
  failedInstallModel,
  installedModel,
  passedInstall,
} from './install-fixtures.js';
import { sandbox } from './report-fixtures.js';

const AjvDraft04 = createRequire(import.meta.url)(
  'ajv-draft-04',
) as (typeof AjvDraft04Type)['default'];
const schema = JSON.parse(
  readFileSync(
    join(import.meta.dirname, '..', 'scan', 'fixtures', 'sarif-schema-2.1.0.json'),
    'utf8',
  ),
);

const outsideCode = (markdown: string) =>
  markdown
    .replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm, '')
    .replace(/<code>.*?<\/code>/g, '')
    .replace(/`[^`\n]*`/g, '');

const section = (markdown: string, heading: string) =>
  markdown.slice(markdown.indexOf(heading)).split(/\n### /)[0] ?? '';

describe('the install phase in the comment', () => {
  it('renders an install that passed as in the golden file', async () => {
    await expect(renderComment(installedModel)).toMatchFileSnapshot(
      '__golden__/comment-install-passed.md',
    );
  });

  it('renders a failed install as in the golden file', async () => {
    await expect(renderComment(failedInstallModel)).toMatchFileSnapshot(
      '__golden__/comment-install-failed.md',
    );
  });

  it("gives each command's outcome and the registry traffic by destination", () => {
    const sandbox = section(renderComment(installedModel), '### Sandbox');
    expect(sandbox).toContain(
      '- install-command: **passed** (exit 0) in 12.3 s · CPU 8.0 s · peak memory 300.0 MiB',
    );
    expect(sandbox).toContain('- test-command: **failed** (exit 1) in 4.2 s');
    expect(sandbox).toContain(
      '14 connections (3.2 MiB) through the registry proxy to 2 destinations; 1 destination refused (2 attempts).',
    );
    expect(sandbox).toContain('| registry.npmjs.org:443 | 12 | 3.1 MiB |');
    expect(sandbox).toContain('| codeload.github.com:443 | 2 | 102.4 KiB |');
    expect(sandbox).toMatch(/\| Refused destination \| Rule \| Reason \| Attempts \|/);
    expect(sandbox).toMatch(/\| host \| .* is not on the allowlist \| 2 \|/);
  });

  it('labels each violation with the command it came from', () => {
    const sandbox = section(renderComment(installedModel), '### Sandbox');
    expect(sandbox).toContain(
      '| Violation | Command | Syscall | Detail | Process | Count | During |',
    );
    expect(sandbox).toMatch(
      /\| network \| install \| proxy \| install proxy refused .*\| install\\-command \| 2 \|/,
    );
    expect(sandbox).toContain('| network | test | connect | 203.0.113.7:443 | python3 | 3 |  |');
  });

  it('says the install did not pass and the tests did not run', () => {
    const body = renderComment(failedInstallModel);
    expect(section(body, '### Tests')).toContain(
      'Not run: install-command did not pass (the command exited non-zero).',
    );
    const sandbox = section(body, '### Sandbox');
    expect(sandbox).toContain(
      '⛔ **install-command did not pass** (the command exited non-zero), **so test-command did not run.**',
    );
    expect(sandbox).toContain('- install-command: **failed** (exit 1) in 9.1 s');
    expect(sandbox).toContain('- test-command: not run');
    expect(body).toContain('<details><summary>install-command output (tail)</summary>');
    expect(body).not.toContain('Test output (tail)');
  });

  it('lists the first ten refused destinations and counts the rest', () => {
    const sandbox = section(renderComment(failedInstallModel), '### Sandbox');
    expect(sandbox).toContain('| mirror9.example:443 | host |');
    expect(sandbox).not.toContain('| mirror10.example:443 | host |');
    expect(sandbox).toContain('_…and 2 more refused destinations, listed in the report JSON._');
    expect(sandbox).toContain("_4 more destinations went unrecorded beyond the proxy's bound._");
  });

  it('neutralises a hostile host as it does other untrusted text', () => {
    const body = renderComment(installedModel);
    expect(body).toContain('<code>@everyone</code> \\[x\\]\\(<code>https://evil.example\\)</code>');
    const rest = outsideCode(body.replace(COMMENT_MARKER, ''));
    expect(rest).not.toMatch(/@\w/);
    expect(rest).not.toMatch(/(?<!&)#\d/);
    expect(rest).not.toMatch(/https?:\/\//);
    expect(rest).not.toMatch(/\]\(/);
    expect(rest).not.toMatch(/<(?!\/?(details|summary|sub|code)>)/);
    expect(rest).not.toContain('<!--');
  });
});

describe('the install phase in the terminal report', () => {
  it('gives the outcome, the traffic and the first refused destinations', () => {
    const text = renderText(installedModel);
    expect(text).toContain(
      'Install: passed (exit 0) in 12.3 s; 14 connections, 3.2 MiB through the registry proxy to registry.npmjs.org:443 ×12, codeload.github.com:443 ×2',
    );
    expect(text).toMatch(/^ {2}refused 1 destination: \[@everyone .*\]:443 \(host\) ×2$/m);
    expect(text).toContain('Sandbox (test-command): failed (exit 1)');
    expect(text).toMatch(
      /^ {2}violation \(install-command\): network proxy install proxy refused/m,
    );
    expect(text).toMatch(/^ {2}violation: network connect 203\.0\.113\.7:443 by python3 ×3$/m);
  });

  it('says the tests did not run when the install failed', () => {
    const text = renderText(failedInstallModel);
    expect(text).toContain(
      'Tests: not run; install-command did not pass (the command exited non-zero)',
    );
    expect(text).toContain('Install: failed (exit 1) in 9.1 s');
    expect(text).toContain('Sandbox (install-command): failed (exit 1)');
    expect(text).toMatch(/refused 12 destinations: mirror0\.example:443 \(host\) ×1, .*, …$/m);
  });

  it('keeps a hostile host on one line without control characters', () => {
    const host = 'a\n::error::forged\u001b[31m\u202Eb';
    const install = passedInstall();
    const egress = { ...install.egress, denied: [egressRecord({ host, rule: 'host' })] };
    const text = renderText({
      ...installedModel,
      sandbox: sandbox({ phase: 'test', install: { ...install, egress } }),
    });
    expect(text).toContain('refused 1 destination: [a ::error::forged[31mb]:443 (host) ×1');
    expect(text).not.toMatch(/^\s*::/m);
    expect(text).not.toContain('\u001b');
    expect(text).not.toContain('\u202E');
  });
});

describe('the install phase in SARIF', () => {
  const violations = installedModel.sandbox?.violations ?? [];

  it('still validates against the official SARIF 2.1.0 schema', () => {
    const log = sarifForFindings([], 'airlock', { violations });
    const validate = new AjvDraft04({ allErrors: true, strict: false }).compile(schema);
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('marks which command each violation came from', () => {
    const log = sarifForFindings([], 'airlock', { violations }) as {
      runs: Array<{
        invocations: Array<{
          toolExecutionNotifications: Array<{
            message: { text: string };
            properties?: { phase: string };
          }>;
        }>;
      }>;
    };
    const [install, test] = log.runs[0]?.invocations[0]?.toolExecutionNotifications ?? [];
    expect(install?.message.text).toMatch(
      /^\[install-command\] install-command: install proxy refused/,
    );
    expect(install?.properties).toEqual({ phase: 'install' });
    expect(test?.message.text).toMatch(/^python3: 203\.0\.113\.7:443/);
    expect(test?.properties).toEqual({ phase: 'test' });
  });
});

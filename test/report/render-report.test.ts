import { describe, expect, it } from 'vitest';
import {
  COMMENT_LIMIT,
  COMMENT_MARKER,
  renderComment,
  renderJobSummary,
} from '../../src/report/render-report.js';
import { checkRunOutput } from '../../src/report/check-run-output.js';
import { verdictTitle } from '../../src/report/describe-verdict.js';
import { blockedModel, finding, provenance, sandbox } from './report-fixtures.js';

const TRUSTED_PREFIX = 'https://github.com/octo-org/hello/';

// Links the renderer builds from the trusted context are dropped; anything left came from the PR.
const outsideCode = (markdown: string) =>
  markdown
    .replace(/\]\(https:\/\/github\.com\/octo-org\/hello\/[^)\s]*\)/g, ']')
    .replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm, '')
    .replace(/<code>.*?<\/code>/g, '')
    .replace(/`[^`\n]*`/g, '');

describe('renderComment', () => {
  it('renders the blocked report as in the golden file', async () => {
    await expect(renderComment(blockedModel)).toMatchFileSnapshot('__golden__/comment-blocked.md');
  });

  it('renders a neutral report without a findings table', async () => {
    const model = {
      ...blockedModel,
      verdict: { conclusion: 'neutral' as const, reasons: [{ kind: 'no-ai-changes' as const }] },
      findings: [],
      tests: null,
      sandbox: null,
      provenance: {
        ...provenance,
        commits: [],
        agents: [],
        aiCommits: 0,
        aiLines: 0,
        pullRequestSignals: [],
      },
    };
    await expect(renderComment(model)).toMatchFileSnapshot('__golden__/comment-neutral.md');
  });

  it('starts with the hidden marker and then the verdict', () => {
    const [marker, heading] = renderComment(blockedModel).split('\n');
    expect(marker).toBe(COMMENT_MARKER);
    expect(heading).toBe('## ⛔ Airlock: blocked');
  });

  it('lets no PR-supplied mention, reference, link, tag or comment through', () => {
    const rest = outsideCode(renderComment(blockedModel).replace(COMMENT_MARKER, ''));
    expect(rest).not.toMatch(/@\w/);
    expect(rest).not.toMatch(/(?<!&)#\d/);
    expect(rest).not.toMatch(/https?:\/\//);
    expect(rest).not.toMatch(/<(?!\/?(details|summary|sub|code)>)/);
    expect(rest).not.toContain('<!--');
    expect(rest).not.toContain('\u202E');
  });

  it('links every location to its line at the head commit, and links nowhere else', () => {
    const body = renderComment(blockedModel);
    const targets = [...body.matchAll(/\]\(([^)]*)\)/g)].map((m) => m[1] ?? '');
    expect(targets.length).toBeGreaterThan(4);
    for (const target of targets) expect(target.startsWith(TRUSTED_PREFIX)).toBe(true);
    expect(body).toContain(
      `[conftest.py:4](${TRUSTED_PREFIX}blob/${'c'.repeat(40)}/conftest.py#L4)`,
    );
    expect(body).toContain(`${TRUSTED_PREFIX}blob/${'c'.repeat(40)}/tests/test_app.py#L12`);
    expect(body).toContain(`](${TRUSTED_PREFIX}actions/runs/4242)`);
  });

  it('keeps plain locations without a GitHub context (the CLI)', () => {
    const body = renderComment({ ...blockedModel, links: null });
    expect(body).not.toMatch(/\]\(/);
    expect(body).toContain('| conftest.py:4 |');
  });

  it("shows each finding's lines in a fence the excerpt cannot close", () => {
    const body = renderComment(blockedModel);
    expect(body).toContain('### Evidence');
    expect(body).toContain('````python\n    assert True  # ``` @admin fixes #1 <!-- x -->\n````');
  });

  it('shows the lines a removal took out as a diff', () => {
    const removal = finding({
      ruleId: 'test-assertion-removed',
      path: 'tests/test_app.py',
      line: 7,
      excerpt: { startLine: 7, text: '- assert total() == 42', removed: true },
    });
    const body = renderComment({ ...blockedModel, findings: [removal] });
    expect(body).toContain(
      '· test\\-assertion\\-removed · removed lines\n\n```diff\n- assert total() == 42\n```',
    );
  });

  it('folds the evidence away when there are many findings', () => {
    const many = Array.from({ length: 8 }, (_, i) =>
      finding({ line: i + 1, excerpt: { startLine: i + 1, text: `call(${i})` } }),
    );
    const body = renderComment({ ...blockedModel, findings: many });
    expect(body).toContain('<details><summary>Evidence: the code of 8 findings</summary>');
    expect(body).not.toContain('### Evidence');
  });

  it('ends with the command that reproduces the run locally and the workflow run link', () => {
    const body = renderComment(blockedModel);
    const tail = body.slice(body.indexOf('### Reproduce locally'));
    expect(tail).toContain(
      `npx airlock check --base ${'d'.repeat(40)} --head ${'c'.repeat(40)} --scope ai-authored --fail-on high --test-command 'python3 -m pytest -q -k '\\''not slow'\\''' --block-on-violations network,privilege --timeout 900`,
    );
    expect(
      tail.trimEnd().endsWith(`(${TRUSTED_PREFIX}actions/runs/4242) that produced this report.`),
    ).toBe(true);
  });

  it('leaves out an option it cannot show safely, and says so', () => {
    const options = { ...blockedModel.options, testCommand: 'pytest \u202E; rm -rf ~' };
    const body = renderComment({
      ...blockedModel,
      options: { ...options } as typeof blockedModel.options,
    });
    expect(body).not.toContain('--test-command');
    expect(body).toContain('Left out: test-command');
  });

  it("records a maintainer's acceptance, inert, in the comment and the check run", () => {
    const accepted = {
      ...blockedModel,
      verdict: {
        conclusion: 'pass' as const,
        reasons: [
          {
            kind: 'accepted' as const,
            by: 'maya',
            reason: 'known call, see @admin <!-- x --> fixes #1',
            via: 'comment' as const,
            headSha: 'c'.repeat(40),
            overrode: 'blocked' as const,
          },
          ...blockedModel.verdict.reasons,
        ],
      },
    };
    const body = renderComment(accepted);
    expect(body).toContain('## ✅ Airlock: pass (accepted by <code>@maya</code>)');
    expect(body).toContain(
      '- **Accepted by <code>@maya</code>** with `/airlock accept` for head `cccccccccccc` (was blocked): known call, see <code>@admin</code>  fixes <code>#1</code>',
    );
    expect(body).not.toContain('can accept this head commit');
    const check = checkRunOutput(accepted);
    expect(check.summary).toContain('**Accepted by <code>@maya</code>**');
    expect(verdictTitle(accepted.verdict)).toBe(
      'pass (accepted by @maya: known call, see @admin <!-- x --> fixes #1)',
    );
  });

  it('stays within 65,536 characters and says it truncated', () => {
    const many = Array.from({ length: 3000 }, (_, i) =>
      finding({ line: i + 1, message: `m${i} ${'x'.repeat(60)}` }),
    );
    const body = renderComment({
      ...blockedModel,
      findings: many,
      sandbox: sandbox({ stdout: 'y'.repeat(200_000) }),
    });
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body).toContain('truncated to fit');
    expect(body).toMatch(/more findings not shown/);
  });

  it('drops evidence first when a huge report does not fit, and says how much', () => {
    const many = Array.from({ length: 150 }, (_, i) =>
      finding({ line: i + 1, excerpt: { startLine: i + 1, text: 'x'.repeat(150).repeat(6) } }),
    );
    const body = renderComment({ ...blockedModel, findings: many });
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body).toMatch(/Evidence for 1[0-9]{2} more findings left out to fit the size limit/);
    expect(body).not.toMatch(/more findings not shown/);
  });

  it('clips huge cells and drops rows until the comment fits', () => {
    const many = Array.from({ length: 400 }, () =>
      finding({ ruleId: 'r'.repeat(80), message: 'z'.repeat(4000), path: 'p'.repeat(4000) }),
    );
    const body = renderComment({ ...blockedModel, findings: many });
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body).toContain('truncated to fit');
  });

  it('does not mention truncation when everything fits', () => {
    expect(renderComment(blockedModel)).not.toContain('truncated');
  });
});

describe('renderJobSummary', () => {
  it('stays within 1 MiB measured in bytes', () => {
    const many = Array.from({ length: 5000 }, (_, i) =>
      finding({ line: i, message: `é${'€'.repeat(150)}` }),
    );
    const body = renderJobSummary({ ...blockedModel, findings: many });
    expect(new TextEncoder().encode(body).length).toBeLessThanOrEqual(1024 * 1024);
    expect(body.startsWith('## ')).toBe(true);
  });
});

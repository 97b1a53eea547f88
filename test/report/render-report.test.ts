import { describe, expect, it } from 'vitest';
import {
  COMMENT_LIMIT,
  COMMENT_MARKER,
  renderComment,
  renderJobSummary,
} from '../../src/report/render-report.js';
import { blockedModel, finding, provenance, sandbox } from './report-fixtures.js';

const outsideCode = (markdown: string) =>
  markdown
    .replace(/`{3,}[\s\S]*?`{3,}/g, '')
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

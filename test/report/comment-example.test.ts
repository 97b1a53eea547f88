import { describe, expect, it } from 'vitest';
import { renderComment } from '../../src/report/render-report.js';
import { exampleModel } from './comment-example.js';

describe("the README's example comment", () => {
  // docs/comment.png is a picture of this file: after a change here, run npm run docs:comment-image.
  it('is rendered from the example pull request as in docs/comment-example.md', async () => {
    await expect(renderComment(exampleModel)).toMatchFileSnapshot('../../docs/comment-example.md');
  });
});

import { describe, expect, it } from 'vitest';
import { wrapUntrustedLog } from '../../src/report/stop-commands.js';
import { findStickyComment } from '../../src/report/sticky-comment.js';

const token = '0f8b6a52-2f7e-4c1b-9a53-6a1d2a6f3b10';

describe('wrapUntrustedLog', () => {
  it('surrounds untrusted lines with stop-commands and the resume token', () => {
    expect(wrapUntrustedLog(['::add-mask::x', '::error::forged'], token)).toEqual([
      `::stop-commands::${token}`,
      '::add-mask::x',
      '::error::forged',
      `::${token}::`,
    ]);
  });

  it('refuses text that contains the token, which would resume commands early', () => {
    expect(() => wrapUntrustedLog([`::${token}::`, '::error::x'], token)).toThrowError(
      /contains the stop-commands token/,
    );
  });

  it('refuses a guessable token', () => {
    expect(() => wrapUntrustedLog(['x'], 'abc')).toThrowError(/random/);
  });
});

describe('findStickyComment', () => {
  const marker = '<!-- airlock:sticky-comment -->';
  const comments = [
    { id: 1, body: `${marker}\nforged by the PR author`, user: { login: 'mallory' } },
    { id: 2, body: 'unrelated', user: { login: 'github-actions[bot]' } },
    { id: 3, body: `${marker}\nours`, user: { login: 'github-actions[bot]' } },
  ];

  it('finds the comment with the marker that our identity wrote', () => {
    expect(findStickyComment(comments, { marker, ownLogins: ['github-actions[bot]'] })?.id).toBe(3);
  });

  it('ignores markers planted by other users', () => {
    expect(
      findStickyComment(comments.slice(0, 2), { marker, ownLogins: ['github-actions[bot]'] }),
    ).toBeNull();
  });
});

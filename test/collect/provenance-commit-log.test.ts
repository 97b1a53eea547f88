import { describe, expect, it } from 'vitest';
import { parseCommitLog } from '../../src/collect/provenance-commit-log.js';

describe('parseCommitLog', () => {
  it('reads fields and keeps the whole message, blank lines and trailers included', () => {
    const record = [
      'a'.repeat(40),
      `${'b'.repeat(40)} ${'c'.repeat(40)}`,
      'Ann',
      'ann@x',
      'Cid',
      'cid@x',
      'Subject',
      '',
      'Co-authored-by: Claude <noreply@anthropic.com>',
      '',
    ].join('\n');
    const [commit] = parseCommitLog(`${record}\0\n${record}\0`);
    expect(commit).toEqual({
      sha: 'a'.repeat(40),
      parents: ['b'.repeat(40), 'c'.repeat(40)],
      author: { name: 'Ann', email: 'ann@x' },
      committer: { name: 'Cid', email: 'cid@x' },
      message: 'Subject\n\nCo-authored-by: Claude <noreply@anthropic.com>\n',
    });
  });

  it('reads a root commit without parents', () => {
    const [commit] = parseCommitLog(
      ['d'.repeat(40), '', 'A', 'a@x', 'A', 'a@x', 'init'].join('\n'),
    );
    expect(commit?.parents).toEqual([]);
  });

  it('returns nothing for an empty range', () => {
    expect(parseCommitLog('')).toEqual([]);
  });
});

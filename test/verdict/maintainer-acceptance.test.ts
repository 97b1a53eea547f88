import { describe, expect, it } from 'vitest';
import type { Verdict } from '../../src/domain.js';
import type { AcceptClaim } from '../../src/verdict/maintainer-acceptance.js';
import {
  acceptVerdict,
  decideAcceptance,
  withoutAcceptance,
} from '../../src/verdict/maintainer-acceptance.js';
import { parseAcceptComment } from '../../src/config/accept-comment.js';

const head = 'ab12cd34'.repeat(5);
const blocked: Verdict = {
  conclusion: 'blocked',
  reasons: [{ kind: 'findings', count: 2, threshold: 'high' }],
};
const claim = (fields: Partial<AcceptClaim> = {}): AcceptClaim => ({
  via: 'comment',
  login: 'maya',
  sha: head.slice(0, 12),
  reason: 'reviewed',
  ...fields,
});
const evidence = (claims: AcceptClaim[], roles: Record<string, string> = { maya: 'maintain' }) => ({
  prAuthor: 'sam',
  claims,
  roles,
});

describe('the accept comment', () => {
  it('names the head commit and a reason on its first line', () => {
    expect(parseAcceptComment('/airlock accept AB12CD34 the call is expected\nmore')).toEqual({
      sha: 'ab12cd34',
      reason: 'the call is expected',
    });
  });

  it('without a commit is still a request, one that names none', () => {
    expect(parseAcceptComment('  /airlock accept fine by me')).toEqual({
      sha: null,
      reason: 'fine by me',
    });
  });

  it('is only a comment that starts with the command', () => {
    expect(parseAcceptComment('please /airlock accept ab12cd34')).toBeNull();
    expect(parseAcceptComment('/airlock acceptable')).toBeNull();
  });
});

describe("a maintainer's acceptance", () => {
  it('turns a blocked verdict into pass, recording who, why and for which head', () => {
    const { verdict, notes } = decideAcceptance(blocked, head, evidence([claim()]));
    expect(verdict.conclusion).toBe('pass');
    expect(verdict.reasons[0]).toEqual({
      kind: 'accepted',
      by: 'maya',
      reason: 'reviewed',
      via: 'comment',
      headSha: head,
      overrode: 'blocked',
    });
    expect(verdict.reasons.slice(1)).toEqual(blocked.reasons);
    expect(notes).toEqual([]);
  });

  it("ignores the PR author even with write access, and a read-only user's request", () => {
    const { verdict, notes } = decideAcceptance(
      blocked,
      head,
      evidence([claim({ login: 'sam', via: 'label' }), claim({ login: 'rita' })], {
        sam: 'write',
        rita: 'read',
      }),
    );
    expect(verdict).toEqual(blocked);
    expect(notes).toEqual([
      "The accept label added by `@sam` was ignored: the pull request's author cannot accept it.",
      '`/airlock accept` by `@rita` was ignored: `@rita` has read access to the repository; write, maintain or admin is needed.',
    ]);
  });

  it('does not carry an accept of another commit, or of one too short to be sure of', () => {
    const { verdict, notes } = decideAcceptance(
      blocked,
      head,
      evidence([claim({ sha: 'ffffffffffff' }), claim({ sha: 'ab12cd' }), claim({ sha: null })]),
    );
    expect(verdict).toEqual(blocked);
    expect(notes).toHaveLength(3);
    expect(notes[0]).toContain('it is for commit `ffffffffffff`, not the head `ab12cd34ab12`');
    expect(notes[2]).toContain('it names no commit');
  });

  it('takes the newest valid request, and says which were ignored before it', () => {
    const { verdict, notes } = decideAcceptance(
      blocked,
      head,
      evidence(
        [claim({ login: 'rita' }), claim({ reason: 'newest valid' }), claim({ reason: 'older' })],
        {
          maya: 'admin',
          rita: 'triage',
        },
      ),
    );
    expect(verdict.reasons[0]).toMatchObject({ kind: 'accepted', reason: 'newest valid' });
    expect(notes).toHaveLength(1);
  });

  it('refuses a requester whose login is not a GitHub login', () => {
    const { verdict, notes } = decideAcceptance(
      blocked,
      head,
      evidence([claim({ login: 'maya</code>@x' })], { 'maya</code>@x': 'admin' }),
    );
    expect(verdict).toEqual(blocked);
    expect(notes).toEqual([
      '`/airlock accept` by someone was ignored: the API named no valid login.',
    ]);
  });

  it('leaves passing verdicts alone', () => {
    const pass: Verdict = { conclusion: 'pass', reasons: [{ kind: 'all-clear' }] };
    expect(decideAcceptance(pass, head, evidence([claim()]))).toEqual({ verdict: pass, notes: [] });
  });

  it('stands, and says so, when the requests cannot be read', async () => {
    const log = { info: () => undefined, warn: () => undefined };
    const reader = {
      read: () => Promise.reject(Object.assign(new Error('forbidden'), { status: 403 })),
    };
    const result = await acceptVerdict(
      blocked,
      { headSha: head, acceptLabel: null },
      { reader, log },
    );
    expect(result.verdict).toEqual(blocked);
    expect(result.notes).toEqual([
      'Could not read the requests to accept this pull request (HTTP 403); the verdict stands.',
    ]);
  });

  it('is not taken from an analysis another job wrote: it is decided again', () => {
    const accepted = decideAcceptance(blocked, head, evidence([claim()])).verdict;
    expect(withoutAcceptance(accepted)).toEqual(blocked);
  });
});

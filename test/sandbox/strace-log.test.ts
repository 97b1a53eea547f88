import { describe, expect, it } from 'vitest';
import { summariseTrace } from '../../src/sandbox/strace-log.js';

const line = (msg: string) => JSON.stringify({ msg, level: 'info', time: '2026-11-27T16:20:57Z' });
const refused =
  'strace.go:611] [   2:   2] python3 X clone(CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|0x11, 0x0, 0x0, 0x7ec11c37c310, 0x0) = 0 (0x0) errno=11 (try again) (1.4ms)';
const succeeded =
  'strace.go:611] [   2:   2] python3 X clone(CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|0x11, 0x0, 0x0, 0x7ec11c37c310, 0x0) = 256 (0x100) (991.51µs)';

describe('summariseTrace', () => {
  it('counts clone calls refused with EAGAIN', () => {
    expect(summariseTrace([line(refused), line(succeeded), line(refused)]).forkRefusals).toBe(2);
  });

  it('ignores entry lines and other errors', () => {
    const entry = 'strace.go:567] [   2:   2] sh E clone(0x1200011, 0x0, 0x0, 0x0, 0x0)';
    const enomem = refused.replace('errno=11 (try again)', 'errno=12 (cannot allocate memory)');
    expect(summariseTrace([line(entry), line(enomem)]).forkRefusals).toBe(0);
  });

  it('treats text that is not the sentry JSON as data, never as a refusal', () => {
    const summary = summariseTrace([
      refused,
      'not json',
      '{"msg": 5}',
      line('boot.go:1] ' + refused),
    ]);
    expect(summary.forkRefusals).toBe(0);
    expect(summary.malformedLines).toBe(3);
  });

  it('skips absurdly long lines', () => {
    expect(summariseTrace([line(refused + 'x'.repeat(20_000))]).forkRefusals).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { TraceBacklog } from '../../src/sandbox/trace-backlog.js';

describe('the trace backlog', () => {
  it('holds what arrives until it is drained, then hands it on in arrival order', () => {
    const done: string[] = [];
    const backlog = new TraceBacklog(1000);
    for (const name of ['a', 'b', 'c']) backlog.add(10, () => done.push(name));
    expect(done).toEqual([]);
    backlog.drain();
    expect(done).toEqual(['a', 'b', 'c']);
    backlog.drain();
    expect(done).toEqual(['a', 'b', 'c']);
  });

  it('hands the backlog on as soon as it holds its limit, and counts afresh after', () => {
    const done: number[] = [];
    const backlog = new TraceBacklog(100);
    backlog.add(60, () => done.push(1));
    expect(done).toEqual([]);
    backlog.add(40, () => done.push(2));
    expect(done).toEqual([1, 2]);
    backlog.add(99, () => done.push(3));
    expect(done).toEqual([1, 2]);
    backlog.drain();
    expect(done).toEqual([1, 2, 3]);
  });
});

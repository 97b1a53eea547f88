/** A small seeded generator (mulberry32): the corpus is the same on every run and machine. */
export interface SeededRandom {
  /** True with probability p. */
  chance(p: number): boolean;
  /** An integer in [min, max]. */
  between(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** n characters from [a-z0-9]. */
  token(n: number): string;
}

export function seededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const between = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[between(0, items.length - 1)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  };
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return {
    chance: (p) => next() < p,
    between,
    pick,
    token: (n) => Array.from({ length: n }, () => pick([...alphabet])).join(''),
  };
}

/**
 * A small seeded PRNG (mulberry32) so benchmark graphs are identical on every machine and run.
 * Not for cryptography: 32 bits of state, period 2^32, plenty for test data.
 */

/** A source of uniform numbers in [0, 1) plus the few helpers the generator needs. */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
}

/** A mulberry32 generator started from `seed` (any integer; only its low 32 bits count). */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  return {
    next,
    int,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError('pick() needs a non-empty list');
      return items[int(items.length)] as T;
    },
    chance: (p) => next() < p,
  };
}

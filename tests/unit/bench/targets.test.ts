import { describe, expect, it } from 'vitest';
import { METRIC_KEYS } from '../../bench/figures';
import { TARGETS, checkTarget, targetsFor, type Target } from '../../bench/targets';

const atMost: Target = { graph: 1000, metric: 'settledMs', comparison: 'at-most', limit: 2000 };
const atLeast: Target = { graph: 5000, metric: 'redrawsPerSecond', comparison: 'at-least', limit: 20 };

describe('checkTarget', () => {
  it('passes a time at or under its limit and misses one over it', () => {
    expect(checkTarget(atMost, { value: 2000 })).toBe('pass');
    expect(checkTarget(atMost, { value: 2000.5 })).toBe('miss');
  });
  it('passes a rate at or over its limit and misses one under it', () => {
    expect(checkTarget(atLeast, { value: 20 })).toBe('pass');
    expect(checkTarget(atLeast, { value: 19.9 })).toBe('miss');
  });
  it('counts a timeout as a miss of a time target', () => {
    expect(checkTarget(atMost, { outcome: 'timed-out' })).toBe('miss');
  });
  it('is "not measured" when there is no figure', () => {
    expect(checkTarget(atMost, undefined)).toBe('not measured');
    expect(checkTarget(atMost, { outcome: 'unavailable' })).toBe('not measured');
    expect(checkTarget(atLeast, { outcome: 'timed-out' })).toBe('not measured');
  });
});

describe('TARGETS', () => {
  it('names only known metrics, with positive limits, once per graph and metric', () => {
    const seen = new Set<string>();
    for (const t of TARGETS) {
      expect(METRIC_KEYS).toContain(t.metric);
      expect(t.limit).toBeGreaterThan(0);
      const key = `${t.graph}/${t.metric}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
    }
  });
  it('holds the article graph to ≤ 500 ms first frame and the 20,000 graph to ≤ 30 ms search', () => {
    expect(targetsFor('article').find((t) => t.metric === 'firstFrameMs')).toMatchObject({ comparison: 'at-most', limit: 500 });
    expect(targetsFor(20_000).find((t) => t.metric === 'searchMs')).toMatchObject({ comparison: 'at-most', limit: 30 });
  });
});

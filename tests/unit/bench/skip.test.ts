import { describe, expect, it } from 'vitest';
import { uniformFigures, type FigureSet } from '../../bench/figures';
import { missedCap, skipReason, smallestFirst, type GraphSize } from '../../bench/skip';

const graph = (nodes: number, synthetic = true): GraphSize => ({ name: synthetic ? `synthetic-${nodes}` : 'article', nodes, synthetic });
const options = { baselineMax: 2000, capSeconds: 120 };
const settled = (outcome?: 'timed-out'): FigureSet => ({ ...uniformFigures('skipped'), settledMs: outcome ? { outcome } : { value: 900 } });

describe('missedCap', () => {
  it('is true when any run timed out before settling', () => {
    expect(missedCap([settled(), settled('timed-out'), settled()])).toBe(true);
    expect(missedCap([settled(), settled()])).toBe(false);
    expect(missedCap([])).toBe(false);
  });
});

describe('skipReason', () => {
  it('skips a page on graphs larger than the one where it missed the cap, not on that one or smaller', () => {
    const misses = { fcose: graph(5000) };
    expect(skipReason('fcose', graph(20_000), options, misses)).toBe('fcose missed the 120 s cap on synthetic-5000');
    expect(skipReason('fcose', graph(5000), options, misses)).toBeUndefined();
    expect(skipReason('fcose', graph(1000), options, misses)).toBeUndefined();
    expect(skipReason('sigma', graph(20_000), options, misses)).toBeUndefined();
  });
  it('never skips the viewer', () => {
    expect(skipReason('viewer', graph(20_000), options, { viewer: graph(100) })).toBeUndefined();
  });
  it('keeps the baseline to --baseline-max synthetic nodes', () => {
    expect(skipReason('baseline', graph(5000), options, {})).toMatch(/--baseline-max/);
    expect(skipReason('baseline', graph(2000), options, {})).toBeUndefined();
    expect(skipReason('baseline', graph(5000, false), options, {})).toBeUndefined();
  });
});

describe('smallestFirst', () => {
  it('orders graphs by node count and keeps the order of equal sizes', () => {
    const graphs = [{ name: 'b', nodes: 1000 }, { name: 'a', nodes: 30 }, { name: 'c', nodes: 30 }, { name: 'd', nodes: 100 }];
    expect(smallestFirst(graphs).map((g) => g.name)).toEqual(['a', 'c', 'd', 'b']);
    expect(graphs[0]!.name).toBe('b');
  });
});

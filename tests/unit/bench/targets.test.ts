import { describe, expect, it } from 'vitest';
import { METRIC_KEYS, PEERS, uniformFigures } from '../../bench/figures';
import {
  BUNDLE_FIRST_LOAD_MAX_BYTES,
  EVERY_GRAPH,
  TARGETS,
  checkBundleTarget,
  checkTarget,
  checkTargets,
  resolveLimit,
  targetsFor,
  type Target,
} from '../../bench/targets';

const atMost: Target = { graph: 'synthetic-1000', metric: 'settledMs', comparison: 'at-most', limit: 2000 };
const atLeast: Target = { graph: 'synthetic-20000', metric: 'redrawsPerSecond', comparison: 'at-least', limit: 30 };
const withinSigma: Target = { graph: EVERY_GRAPH, metric: 'firstFrameMs', comparison: 'at-most', limit: 1.2, relativeTo: 'sigma' };

describe('checkTarget', () => {
  it('passes a time at or under its limit and misses one over it', () => {
    expect(checkTarget(atMost, { value: 2000 })).toBe('pass');
    expect(checkTarget(atMost, { value: 2000.5 })).toBe('miss');
  });
  it('passes a rate at or over its limit and misses one under it', () => {
    expect(checkTarget(atLeast, { value: 30 })).toBe('pass');
    expect(checkTarget(atLeast, { value: 29.9 })).toBe('miss');
  });
  it('counts a timeout as a miss of a time target', () => {
    expect(checkTarget(atMost, { outcome: 'timed-out' })).toBe('miss');
  });
  it('is "not measured" when there is no figure', () => {
    expect(checkTarget(atMost, undefined)).toBe('not measured');
    expect(checkTarget(atMost, { outcome: 'unavailable' })).toBe('not measured');
    expect(checkTarget(atLeast, { outcome: 'timed-out' })).toBe('not measured');
  });
  it('resolves a relative limit against the peer of the same run', () => {
    expect(resolveLimit(withinSigma, { value: 500 })).toBe(600);
    expect(checkTarget(withinSigma, { value: 600 }, { value: 500 })).toBe('pass');
    expect(checkTarget(withinSigma, { value: 601 }, { value: 500 })).toBe('miss');
  });
  it('needs the peer figure for a relative target, and beats a peer that timed out', () => {
    expect(resolveLimit(withinSigma, undefined)).toBeUndefined();
    expect(checkTarget(withinSigma, { value: 600 })).toBe('not measured');
    expect(checkTarget(withinSigma, { value: 600 }, { outcome: 'skipped' })).toBe('not measured');
    expect(checkTarget(withinSigma, { value: 60_000 }, { outcome: 'timed-out' })).toBe('pass');
  });
});

describe('checkBundleTarget', () => {
  it('holds the first load to 200 kB gzip', () => {
    expect(BUNDLE_FIRST_LOAD_MAX_BYTES).toBe(200_000);
    expect(checkBundleTarget({ value: 200_000 })).toBe('pass');
    expect(checkBundleTarget({ value: 200_001 })).toBe('miss');
    expect(checkBundleTarget(undefined)).toBe('not measured');
  });
});

describe('TARGETS', () => {
  it('names only known metrics and peers, with positive limits, once per graph and metric', () => {
    const seen = new Set<string>();
    for (const t of TARGETS) {
      expect(METRIC_KEYS).toContain(t.metric);
      if (t.relativeTo !== undefined) expect(PEERS).toContain(t.relativeTo);
      expect(t.limit).toBeGreaterThan(0);
      const key = `${t.graph}/${t.metric}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
    }
  });
  it('holds graphs without positions up to 300 nodes to settling no later than fcose', () => {
    for (const graph of ['curator-article', 'synthetic-100', 'curator-300']) {
      expect(targetsFor(graph).find((t) => t.metric === 'settledMs')).toMatchObject({ comparison: 'at-most', limit: 1, relativeTo: 'fcose' });
    }
  });
  it('holds every graph to a first frame within 1.2× of sigma, and the article to 500 ms as well', () => {
    expect(targetsFor('synthetic-5000').find((t) => t.metric === 'firstFrameMs')).toMatchObject({ limit: 1.2, relativeTo: 'sigma' });
    expect(targetsFor('article').filter((t) => t.metric === 'firstFrameMs').map((t) => t.limit).sort()).toEqual([1.2, 500]);
  });
  it('holds 20,000 nodes to click ≤ 150 ms at ready and when quiet, ≥ 30 redraws/s and ≤ 120 MB', () => {
    const large = targetsFor('synthetic-20000');
    expect(large.find((t) => t.metric === 'clickMs')).toMatchObject({ comparison: 'at-most', limit: 150 });
    expect(large.find((t) => t.metric === 'clickQuietMs')).toMatchObject({ comparison: 'at-most', limit: 150 });
    expect(large.find((t) => t.metric === 'redrawsPerSecond')).toMatchObject({ comparison: 'at-least', limit: 30 });
    expect(large.find((t) => t.metric === 'heapMB')).toMatchObject({ comparison: 'at-most', limit: 120 });
  });
  it('holds the longest task to 50 ms on the article and 100 ms at 1,000 nodes', () => {
    expect(targetsFor('article').find((t) => t.metric === 'longestTaskMs')?.limit).toBe(50);
    expect(targetsFor('synthetic-1000').find((t) => t.metric === 'longestTaskMs')?.limit).toBe(100);
  });
});

describe('checkTargets', () => {
  it('checks every-graph targets on each graph and relative ones against the peer of that graph', () => {
    const figures = (firstFrameMs: number) => ({ ...uniformFigures('skipped'), firstFrameMs: { value: firstFrameMs } });
    const results = [
      { name: 'synthetic-100', nodes: 100, edges: 250, medians: { viewer: figures(300), sigma: figures(200) }, runs: {} },
      { name: 'synthetic-1000', nodes: 1000, edges: 2500, medians: { viewer: figures(900), sigma: figures(800) }, runs: {} },
    ];
    const firstFrame = checkTargets(results).filter((t) => t.metric === 'firstFrameMs' && t.relativeTo === 'sigma');
    expect(firstFrame.map((t) => [t.graph, t.verdict])).toEqual([
      ['synthetic-100', 'miss'],
      ['synthetic-1000', 'pass'],
    ]);
    expect(firstFrame[0]?.peerFigure).toEqual({ value: 200 });
    expect(checkTargets(results).some((t) => t.graph === 'article')).toBe(false);
  });
});

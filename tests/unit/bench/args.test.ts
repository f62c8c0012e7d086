import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZES, graphName, parseArgs } from '../../bench/args';
import { PAGES } from '../../bench/figures';

describe('parseArgs', () => {
  it('defaults to the article graph, the curator graphs and every size, all pages, 3 runs (1 on large graphs), 120 s, baseline up to 2,000', () => {
    const o = parseArgs([]);
    expect(o.graphs.map(graphName)).toEqual(['article', 'curator-article', 'curator-300', ...DEFAULT_SIZES.map((n) => `synthetic-${n}`)]);
    expect(o.pages).toEqual(['viewer', 'baseline', 'fcose', 'sigma']);
    expect(o.runs).toBe(3);
    expect(o.largeRuns).toBe(1);
    expect(o.timeoutMs).toBe(120_000);
    expect(o.baselineMax).toBe(2000);
    expect(o.outDir).toBe('bench-results');
  });

  it('reads --sizes, --runs, --timeout (seconds) and --baseline-max, with a space or =', () => {
    const o = parseArgs(['--sizes', '100,1000', '--runs=5', '--timeout', '30', '--baseline-max=500']);
    expect(o.graphs).toEqual([{ kind: 'synthetic', nodes: 100 }, { kind: 'synthetic', nodes: 1000 }]);
    expect(o.runs).toBe(5);
    expect(o.largeRuns).toBe(5);
    expect(o.timeoutMs).toBe(30_000);
    expect(o.baselineMax).toBe(500);
  });

  it('reads --large-runs apart from --runs', () => {
    const o = parseArgs(['--runs', '3', '--large-runs', '2']);
    expect(o.runs).toBe(3);
    expect(o.largeRuns).toBe(2);
  });

  it('accepts "article" and "curator" in --sizes and drops duplicates', () => {
    expect(parseArgs(['--sizes', 'article,100,100']).graphs.map(graphName)).toEqual(['article', 'synthetic-100']);
    expect(parseArgs(['--sizes', 'curator,100,curator']).graphs).toEqual([
      { kind: 'curator-article' },
      { kind: 'synthetic', nodes: 300, curator: true },
      { kind: 'synthetic', nodes: 100 },
    ]);
  });

  it('filters by page, peers included', () => {
    expect(parseArgs(['--filter', 'baseline']).pages).toEqual(['baseline']);
    expect(parseArgs(['--filter', 'viewer']).pages).toEqual(['viewer']);
    expect(parseArgs(['--filter', 'sigma,viewer,fcose']).pages).toEqual(['viewer', 'fcose', 'sigma']);
    for (const page of PAGES) expect(parseArgs(['--filter', page]).pages).toEqual([page]);
  });

  it('filters the curator graphs by "curator" or by name', () => {
    expect(parseArgs(['--filter', 'curator']).graphs.map(graphName)).toEqual(['curator-article', 'curator-300']);
    expect(parseArgs(['--filter', 'curator-300,fcose']).graphs.map(graphName)).toEqual(['curator-300']);
  });

  it('filters by graph name or bare size', () => {
    expect(parseArgs(['--filter', 'synthetic-5000']).graphs.map(graphName)).toEqual(['synthetic-5000']);
    expect(parseArgs(['--filter', '1000,article']).graphs.map(graphName)).toEqual(['article', 'synthetic-1000']);
    expect(parseArgs(['--filter', 'viewer,1000']).pages).toEqual(['viewer']);
  });

  it('refuses unknown flags, bad numbers and filters that match nothing', () => {
    expect(() => parseArgs(['--fast'])).toThrow(/unknown option/);
    expect(() => parseArgs(['--runs', '0'])).toThrow(/positive integer/);
    expect(() => parseArgs(['--runs', 'three'])).toThrow(/positive integer/);
    expect(() => parseArgs(['--runs'])).toThrow(/positive integer/);
    expect(() => parseArgs(['--sizes', '100,-5'])).toThrow(/positive integer/);
    expect(() => parseArgs(['--filter', 'synthetic-7'])).toThrow(/matches none/);
  });

  it('recognises --help and --profile', () => {
    expect(parseArgs(['--help']).help).toBe(true);
    expect(parseArgs([]).profile).toBe(false);
    expect(parseArgs(['--profile']).profile).toBe(true);
  });
});

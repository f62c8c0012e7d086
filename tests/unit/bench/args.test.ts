import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZES, graphName, parseArgs } from '../../bench/args';

describe('parseArgs', () => {
  it('defaults to the article graph and every size, both pages, 3 runs, 120 s, baseline up to 2,000', () => {
    const o = parseArgs([]);
    expect(o.graphs.map(graphName)).toEqual(['article', ...DEFAULT_SIZES.map((n) => `synthetic-${n}`)]);
    expect(o.pages).toEqual(['baseline', 'viewer']);
    expect(o.runs).toBe(3);
    expect(o.timeoutMs).toBe(120_000);
    expect(o.baselineMax).toBe(2000);
    expect(o.outDir).toBe('bench-results');
  });

  it('reads --sizes, --runs, --timeout (seconds) and --baseline-max, with a space or =', () => {
    const o = parseArgs(['--sizes', '100,1000', '--runs=5', '--timeout', '30', '--baseline-max=500']);
    expect(o.graphs).toEqual([{ kind: 'synthetic', nodes: 100 }, { kind: 'synthetic', nodes: 1000 }]);
    expect(o.runs).toBe(5);
    expect(o.timeoutMs).toBe(30_000);
    expect(o.baselineMax).toBe(500);
  });

  it('accepts "article" in --sizes and drops duplicates', () => {
    expect(parseArgs(['--sizes', 'article,100,100']).graphs.map(graphName)).toEqual(['article', 'synthetic-100']);
  });

  it('filters by page', () => {
    expect(parseArgs(['--filter', 'baseline']).pages).toEqual(['baseline']);
    expect(parseArgs(['--filter', 'viewer']).pages).toEqual(['viewer']);
  });

  it('filters by graph name or bare size', () => {
    expect(parseArgs(['--filter', 'synthetic-500']).graphs.map(graphName)).toEqual(['synthetic-500']);
    expect(parseArgs(['--filter', '1000,article']).graphs.map(graphName)).toEqual(['article', 'synthetic-1000']);
    expect(parseArgs(['--filter', 'viewer,2000']).pages).toEqual(['viewer']);
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

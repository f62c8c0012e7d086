import { describe, expect, it } from 'vitest';
import { uniformFigures, type FigureSet } from '../../bench/figures';
import type { BenchReport } from '../../bench/report';
import {
  bestPeer,
  formatBytes,
  formatFigure,
  formatRatio,
  formatReport,
  formatResultsTable,
  formatTargetsTable,
  ratioToBestPeer,
  type FigureRow,
} from '../../bench/table';

const figures = (firstFrameMs: number, redraws: number): FigureSet => ({
  ...uniformFigures('skipped'),
  firstFrameMs: { value: firstFrameMs },
  settledMs: { outcome: 'timed-out' },
  redrawsPerSecond: { value: redraws },
});

const report: BenchReport = {
  startedAt: '2026-11-29T06:00:00.000Z',
  durationSeconds: 12,
  options: { runs: 3, largeRuns: 1, timeoutMs: 120_000, baselineMax: 2000, seed: 1, pages: ['viewer', 'baseline', 'fcose', 'sigma'] },
  machine: { cpu: 'Test CPU', cores: 2, memoryGB: 8, os: 'linux', chromium: 'Chromium 1.2', node: 'v20' },
  bundles: {
    viewer: { all: { gzipBytes: { value: 250_000 }, files: [] }, firstLoad: { gzipBytes: { value: 210_000 }, files: [], graph: 'synthetic-100' } },
    baseline: { all: { gzipBytes: { value: 160_000 }, files: [] } },
    fcose: { all: { gzipBytes: { value: 170_000 }, files: [] }, firstLoad: { gzipBytes: { value: 170_000 }, files: [], graph: 'synthetic-100' } },
    sigma: { all: { gzipBytes: { value: 42_000 }, files: [] }, firstLoad: { gzipBytes: { value: 42_000 }, files: [], graph: 'synthetic-100' } },
  },
  graphs: [
    {
      name: 'synthetic-100',
      nodes: 100,
      edges: 250,
      medians: { viewer: figures(600, 50), baseline: figures(400, 55), fcose: figures(500, 40), sigma: figures(300, 20) },
      runs: {},
    },
  ],
  targets: [{ graph: 'synthetic-100', metric: 'firstFrameMs', comparison: 'at-most', limit: 1.2, relativeTo: 'sigma', figure: { value: 600 }, peerFigure: { value: 300 }, verdict: 'miss' }],
  bundleTarget: { limitBytes: 200_000, figure: { value: 210_000 }, verdict: 'miss' },
  notes: ['article graph absent'],
};

const cells = (line: string): string[] => line.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim());

describe('formatFigure, formatBytes and formatRatio', () => {
  it('write times, rates, sizes and outcomes', () => {
    expect(formatFigure('settledMs', { value: 1234.4 })).toBe('1,234 ms');
    expect(formatFigure('clickMs', { value: 3.25 })).toBe('3.3 ms');
    expect(formatFigure('redrawsPerSecond', { value: 58.26 })).toBe('58.3/s');
    expect(formatFigure('heapMB', { value: 12.44 })).toBe('12.4 MB');
    expect(formatFigure('settledMs', { outcome: 'timed-out' })).toBe('timed out');
    expect(formatFigure('settledMs', undefined)).toBe('–');
    expect(formatBytes({ value: 163_040 })).toBe('163.0 kB');
    expect(formatBytes({ outcome: 'unavailable' })).toBe('unavailable');
    expect(formatRatio(0.254)).toBe('×0.25');
    expect(formatRatio(12.34)).toBe('×12.3');
    expect(formatRatio(undefined)).toBe('–');
  });
});

describe('bestPeer', () => {
  it('takes the lower time and the higher rate of fcose and sigma, never the baseline or the viewer', () => {
    const values = { viewer: { value: 1 }, baseline: { value: 2 }, fcose: { value: 40 }, sigma: { value: 30 } };
    expect(bestPeer(values, 'lower')).toEqual({ peer: 'sigma', value: 30 });
    expect(bestPeer(values, 'higher')).toEqual({ peer: 'fcose', value: 40 });
  });
  it('lets only measured figures compete and gives a tie to fcose', () => {
    expect(bestPeer({ fcose: { outcome: 'timed-out' }, sigma: { value: 900 } }, 'lower')).toEqual({ peer: 'sigma', value: 900 });
    expect(bestPeer({ fcose: { outcome: 'skipped' }, sigma: { outcome: 'timed-out' } }, 'lower')).toBeUndefined();
    expect(bestPeer({ fcose: { value: 5 }, sigma: { value: 5 } }, 'lower')?.peer).toBe('fcose');
    expect(bestPeer({}, 'lower')).toBeUndefined();
  });
});

describe('ratioToBestPeer', () => {
  const row = (values: FigureRow['values'], better: 'lower' | 'higher' = 'lower'): FigureRow => ({ graph: 'g', label: 'l', better, format: () => '', values });
  it('divides the viewer by the best peer and names it', () => {
    expect(ratioToBestPeer(row({ viewer: { value: 600 }, fcose: { value: 500 }, sigma: { value: 300 } }))).toEqual({ ratio: 2, peer: 'sigma' });
    expect(ratioToBestPeer(row({ viewer: { value: 20 }, fcose: { value: 40 }, sigma: { value: 10 } }, 'higher'))).toEqual({ ratio: 0.5, peer: 'fcose' });
  });
  it('has no ratio without a viewer figure or a peer figure', () => {
    expect(ratioToBestPeer(row({ viewer: { outcome: 'timed-out' }, fcose: { value: 500 } }))).toBeUndefined();
    expect(ratioToBestPeer(row({ viewer: { value: 5 }, baseline: { value: 5 } }))).toBeUndefined();
  });
});

describe('formatResultsTable', () => {
  const lines = formatResultsTable(report).split('\n');

  it('has a column per page, then viewer ÷ best peer and viewer ÷ cola, on every line', () => {
    expect(cells(lines[0]!)).toEqual(['graph', 'figure', 'viewer', 'cola baseline', 'fcose', 'sigma', 'viewer ÷ best peer', 'viewer ÷ cola']);
    expect(new Set(lines.map((l) => cells(l).length))).toEqual(new Set([8]));
  });

  it('starts with the bundle rows, first load and everything, against the best peer', () => {
    expect(cells(lines[2]!)).toEqual(['bundle (gzip)', 'first load', '210.0 kB', '–', '170.0 kB', '42.0 kB', '×5.00 sigma', '–']);
    expect(cells(lines[3]!)[0]).toBe('');
    expect(cells(lines[3]!)[1]).toBe('all it can load');
  });

  it('writes a row per figure with the ratio to the better peer of that row', () => {
    const first = lines.find((l) => l.includes('| first frame |'))!;
    expect(cells(first)).toEqual(['synthetic-100 (100 n / 250 e)', 'first frame', '600 ms', '400 ms', '500 ms', '300 ms', '×2.00 sigma', '×1.50']);
    const redraws = lines.find((l) => l.includes('pan/zoom redraws'))!;
    expect(cells(redraws).slice(2)).toEqual(['50.0/s', '55.0/s', '40.0/s', '20.0/s', '×1.25 fcose', '×0.91']);
    const settled = lines.find((l) => l.includes('| settled |'))!;
    expect(cells(settled).slice(2)).toEqual(['timed out', 'timed out', 'timed out', 'timed out', '–', '–']);
  });

  it('leaves out the ratio columns of pages that did not run', () => {
    const viewerOnly = { ...report, options: { ...report.options, pages: ['viewer'] as const } };
    expect(cells(formatResultsTable(viewerOnly).split('\n')[0]!)).toEqual(['graph', 'figure', 'viewer']);
  });
});

describe('formatTargetsTable', () => {
  it('shows the bundle limit and a relative limit resolved against the peer', () => {
    const lines = formatTargetsTable(report).split('\n');
    expect(cells(lines[2]!)).toEqual(['bundle', 'first load (gzip)', '≤ 200.0 kB', '210.0 kB', '**miss**']);
    expect(cells(lines[3]!)).toEqual(['synthetic-100', 'first frame', '≤ 1.2 × sigma (360 ms)', '600 ms', '**miss**']);
  });
});

describe('formatReport', () => {
  it('starts with the machine and carries the notes', () => {
    const text = formatReport(report);
    expect(text.indexOf('Test CPU')).toBeLessThan(text.indexOf('| graph'));
    expect(text).toContain('median of 3 runs');
    expect(text).toContain('- article graph absent');
  });
  it('says when large graphs ran fewer times', () => {
    const large = { ...report, graphs: [{ ...report.graphs[0]!, name: 'synthetic-20000', nodes: 20_000 }] };
    expect(formatReport(large)).toContain('median of 3 runs (1 above 2,000 nodes)');
  });
});

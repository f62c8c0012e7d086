import { describe, expect, it } from 'vitest';
import { uniformFigures, type FigureSet } from '../../bench/figures';
import type { BenchReport } from '../../bench/report';
import { formatFigure, formatRatio, formatReport, formatResultsTable, formatTargetsTable } from '../../bench/table';

const figures = (firstFrameMs: number): FigureSet => ({
  ...uniformFigures('skipped'),
  firstFrameMs: { value: firstFrameMs },
  settledMs: { outcome: 'timed-out' },
});

const report: BenchReport = {
  startedAt: '2026-11-29T06:00:00.000Z',
  durationSeconds: 12,
  options: { runs: 3, timeoutMs: 120_000, baselineMax: 2000, seed: 1, pages: ['baseline', 'viewer'] },
  machine: { cpu: 'Test CPU', cores: 2, memoryGB: 8, os: 'linux', chromium: 'Chromium 1.2', node: 'v20' },
  bundles: { viewer: { gzipBytes: { value: 2048 }, files: [] }, baseline: { gzipBytes: { value: 4096 }, files: [] } },
  graphs: [
    { name: 'synthetic-100', nodes: 100, edges: 250, medians: { baseline: figures(400), viewer: figures(100) }, runs: {} },
  ],
  targets: [{ graph: 1000, metric: 'clickMs', comparison: 'at-most', limit: 50, figure: { value: 70 }, verdict: 'miss' }],
  notes: ['article graph absent'],
};

describe('formatFigure', () => {
  it('writes times, rates, sizes and outcomes', () => {
    expect(formatFigure('settledMs', { value: 1234.4 })).toBe('1,234 ms');
    expect(formatFigure('clickMs', { value: 3.25 })).toBe('3.3 ms');
    expect(formatFigure('redrawsPerSecond', { value: 58.26 })).toBe('58.3/s');
    expect(formatFigure('heapMB', { value: 12.44 })).toBe('12.4 MB');
    expect(formatFigure('settledMs', { outcome: 'timed-out' })).toBe('timed out');
    expect(formatFigure('settledMs', undefined)).toBe('–');
  });
});

describe('formatRatio', () => {
  it('writes ×ratio or a dash', () => {
    expect(formatRatio(0.254)).toBe('×0.25');
    expect(formatRatio(12.34)).toBe('×12.3');
    expect(formatRatio(undefined)).toBe('–');
  });
});

describe('formatResultsTable', () => {
  it('has a header, a separator, a row per page and a ratio row, all with the same column count', () => {
    const lines = formatResultsTable(report).split('\n');
    expect(lines).toHaveLength(5);
    const columns = lines.map((l) => l.split(/(?<!\\)\|/).length);
    expect(new Set(columns).size).toBe(1);
    expect(lines[2]).toContain('synthetic-100 (100 n / 250 e)');
    expect(lines[2]).toContain('400 ms');
    expect(lines[3]).toContain('100 ms');
    expect(lines[4]).toContain('×0.25');
    expect(lines[4]).toContain('| –'); // settled timed out: no ratio
  });
});

describe('formatResultsTable without a baseline', () => {
  it('leaves out the ratio row when no figure has a ratio', () => {
    const skipped = { ...report, graphs: [{ ...report.graphs[0]!, medians: { baseline: uniformFigures('skipped'), viewer: figures(100) } }] };
    const text = formatResultsTable(skipped);
    expect(text.split('\n')).toHaveLength(4);
    expect(text).not.toContain('viewer ÷ baseline');
  });
});

describe('formatTargetsTable', () => {
  it('shows the limit, the viewer figure and a visible miss', () => {
    const text = formatTargetsTable(report);
    expect(text).toContain('≤ 50 ms');
    expect(text).toContain('70 ms');
    expect(text).toContain('**miss**');
    expect(text).toContain('synthetic-1000');
  });
});

describe('formatReport', () => {
  it('starts with the machine and carries the bundle ratio and the notes', () => {
    const text = formatReport(report);
    expect(text.indexOf('Test CPU')).toBeLessThan(text.indexOf('| graph'));
    expect(text).toContain('2.0 kB gzip');
    expect(text).toContain('×0.50');
    expect(text).toContain('- article graph absent');
  });
});

/** Readable, markdown-style tables of a benchmark report, ready to paste into a README. */
import { METRIC_KEYS, METRICS, PAGES, type Figure, type MetricKey } from './figures';
import type { BenchReport, BundleSize, MachineInfo } from './report';
import { ratio } from './stats';

const number = (value: number, digits: number): string =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** One figure as table text: "1,234 ms", "58.3/s", "12.4 MB", "timed out", "skipped". */
export function formatFigure(metric: MetricKey, figure: Figure | undefined): string {
  if (figure === undefined) return '–';
  if ('outcome' in figure) return figure.outcome.replace('-', ' ');
  const unit = METRICS[metric].unit;
  if (unit === 'ms') return `${number(figure.value, figure.value < 10 ? 1 : 0)} ms`;
  if (unit === '/s') return `${number(figure.value, 1)}/s`;
  return `${number(figure.value, 1)} ${unit}`;
}

/** A viewer ÷ baseline ratio as "×0.42"; "–" when there is none. */
export function formatRatio(value: number | undefined): string {
  if (value === undefined) return '–';
  return `×${number(value, value < 10 ? 2 : 1)}`;
}

/** Escapes the cell separator so a reason text cannot break the table. */
const cell = (text: string): string => text.replace(/\|/g, '\\|');

function row(cells: readonly string[]): string {
  return `| ${cells.map(cell).join(' | ')} |`;
}

/** The machine the figures were taken on, as a short bullet list. */
export function formatMachine(machine: MachineInfo): string {
  return [
    `- CPU: ${machine.cpu}, ${machine.cores} cores; memory ${number(machine.memoryGB, 1)} GB; ${machine.os}`,
    `- ${machine.chromium} (headless, software rendering); Node ${machine.node}`,
  ].join('\n');
}

function formatBundle(bundle: BundleSize | undefined): string {
  if (bundle === undefined) return '–';
  if ('outcome' in bundle.gzipBytes) return bundle.gzipBytes.outcome.replace('-', ' ');
  return `${number(bundle.gzipBytes.value / 1024, 1)} kB gzip`;
}

/** Figures per graph: a baseline row, a viewer row and a ratio row (viewer ÷ baseline). */
export function formatResultsTable(report: BenchReport): string {
  const lines = [
    row(['graph', 'page', ...METRIC_KEYS.map((k) => METRICS[k].label)]),
    row(['---', '---', ...METRIC_KEYS.map(() => '---:')]),
  ];
  for (const graph of report.graphs) {
    const title = `${graph.name} (${number(graph.nodes, 0)} n / ${number(graph.edges, 0)} e)`;
    let first = true;
    for (const page of PAGES) {
      const figures = graph.medians[page];
      if (figures === undefined) continue;
      lines.push(row([first ? title : '', page, ...METRIC_KEYS.map((k) => formatFigure(k, figures[k]))]));
      first = false;
    }
    const viewer = graph.medians.viewer;
    const baseline = graph.medians.baseline;
    if (viewer !== undefined && baseline !== undefined) {
      const ratios = METRIC_KEYS.map((k) => ratio(viewer[k], baseline[k]));
      // No row of dashes where the baseline did not run (a graph above --baseline-max).
      if (ratios.some((r) => r !== undefined)) lines.push(row(['', 'viewer ÷ baseline', ...ratios.map(formatRatio)]));
    }
  }
  return lines.join('\n');
}

/** Pass / miss per target, viewer figures only. */
export function formatTargetsTable(report: BenchReport): string {
  const lines = [row(['graph', 'figure', 'target', 'viewer', 'result']), row(['---', '---', '---', '---:', '---'])];
  for (const t of report.targets) {
    const graph = t.graph === 'article' ? 'article' : `synthetic-${t.graph}`;
    const sign = t.comparison === 'at-most' ? '≤' : '≥';
    const target = `${sign} ${formatFigure(t.metric, { value: t.limit })}`;
    const verdict = t.verdict === 'pass' ? 'pass' : t.verdict === 'miss' ? '**miss**' : 'not measured';
    lines.push(row([graph, METRICS[t.metric].label, target, formatFigure(t.metric, t.figure), verdict]));
  }
  return lines.join('\n');
}

/** The whole console report: machine, bundle sizes, figures, targets, notes. */
export function formatReport(report: BenchReport): string {
  const bundleViewer = report.bundles.viewer;
  const bundleBaseline = report.bundles.baseline;
  const bundleRatio = formatRatio(ratio(bundleViewer?.gzipBytes, bundleBaseline?.gzipBytes));
  const parts = [
    `### Benchmark, ${report.startedAt.slice(0, 10)} — median of ${report.options.runs} run(s), cap ${report.options.timeoutMs / 1000} s per measurement`,
    '',
    formatMachine(report.machine),
    `- Bundle: viewer element ${formatBundle(bundleViewer)}; baseline (Cytoscape + cola) ${formatBundle(bundleBaseline)}; ratio ${bundleRatio}`,
    '',
    formatResultsTable(report),
    '',
    '#### Targets (viewer)',
    '',
    formatTargetsTable(report),
  ];
  if (report.notes.length > 0) parts.push('', ...report.notes.map((n) => `- ${n}`));
  return parts.join('\n');
}

/**
 * Readable, markdown-style tables of a benchmark report, ready to paste into a README: one row per
 * graph and figure, a column per page, and the viewer's ratio to the best peer of that row (the
 * better of fcose and sigma in the same run) and to the cola baseline.
 */
import { LARGE_GRAPH_NODES } from './args';
import { METRIC_KEYS, METRICS, PAGE_TITLES, PAGES, PEERS, type Figure, type MetricKey, type PageName, type PeerName } from './figures';
import type { BenchReport, MachineInfo } from './report';
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

/** A byte count as "163.0 kB" (1 kB = 1,000 bytes), or the reason there is none. */
export function formatBytes(figure: Figure | undefined): string {
  if (figure === undefined) return '–';
  if ('outcome' in figure) return figure.outcome.replace('-', ' ');
  return `${number(figure.value / 1000, 1)} kB`;
}

/** A ratio as "×0.42"; "–" when there is none. */
export function formatRatio(value: number | undefined): string {
  if (value === undefined) return '–';
  return `×${number(value, value < 10 ? 2 : 1)}`;
}

/** One line of the results table: one figure of one graph, per page. */
export interface FigureRow {
  /** The graph's title, or the bundle's. */
  readonly graph: string;
  readonly label: string;
  readonly better: 'lower' | 'higher';
  readonly format: (figure: Figure | undefined) => string;
  readonly values: { readonly [page in PageName]?: Figure };
}

/**
 * The better of the peers' figures in one row: the lowest time or size, the highest rate. Only
 * measured figures compete (a peer that timed out or was skipped is no one's best); a tie goes to
 * the peer listed first in PEERS.
 */
export function bestPeer(values: { readonly [page in PageName]?: Figure }, better: 'lower' | 'higher'): { peer: PeerName; value: number } | undefined {
  let best: { peer: PeerName; value: number } | undefined;
  for (const peer of PEERS) {
    const figure = values[peer];
    if (figure === undefined || !('value' in figure) || !Number.isFinite(figure.value)) continue;
    if (best === undefined || (better === 'lower' ? figure.value < best.value : figure.value > best.value)) best = { peer, value: figure.value };
  }
  return best;
}

/** viewer ÷ the best peer of the row, and which peer that was. */
export function ratioToBestPeer(row: FigureRow): { ratio: number; peer: PeerName } | undefined {
  const best = bestPeer(row.values, row.better);
  if (best === undefined) return undefined;
  const value = ratio(row.values.viewer, { value: best.value });
  return value === undefined ? undefined : { ratio: value, peer: best.peer };
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

/** Every row of the results table: the bundle first, then each graph's figures. */
export function figureRows(report: BenchReport): FigureRow[] {
  const rows: FigureRow[] = [];
  const bundlePages = PAGES.filter((p) => report.bundles[p] !== undefined);
  if (bundlePages.length > 0) {
    const values = (pick: (p: PageName) => Figure | undefined): { [page in PageName]?: Figure } =>
      Object.fromEntries(bundlePages.map((p) => [p, pick(p)]).filter(([, f]) => f !== undefined));
    rows.push({
      graph: 'bundle (gzip)',
      label: 'first load',
      better: 'lower',
      format: formatBytes,
      values: values((p) => report.bundles[p]?.firstLoad?.gzipBytes),
    });
    rows.push({ graph: 'bundle (gzip)', label: 'all it can load', better: 'lower', format: formatBytes, values: values((p) => report.bundles[p]?.all.gzipBytes) });
  }
  for (const graph of report.graphs) {
    const title = `${graph.name} (${number(graph.nodes, 0)} n / ${number(graph.edges, 0)} e)`;
    for (const metric of METRIC_KEYS) {
      const values: { [page in PageName]?: Figure } = {};
      for (const page of PAGES) {
        const figure = graph.medians[page]?.[metric];
        if (figure !== undefined) values[page] = figure;
      }
      rows.push({ graph: title, label: METRICS[metric].label, better: METRICS[metric].better, format: (f) => formatFigure(metric, f), values });
    }
  }
  return rows;
}

/** One row per graph and figure: a column per page, then viewer ÷ best peer and viewer ÷ cola. */
export function formatResultsTable(report: BenchReport): string {
  const pages = PAGES.filter((p) => report.options.pages.includes(p));
  const withPeers = pages.includes('viewer') && PEERS.some((p) => pages.includes(p));
  const withBaseline = pages.includes('viewer') && pages.includes('baseline');
  const header = ['graph', 'figure', ...pages.map((p) => PAGE_TITLES[p])];
  if (withPeers) header.push('viewer ÷ best peer');
  if (withBaseline) header.push('viewer ÷ cola');
  const lines = [row(header), row(header.map((_, i) => (i < 2 ? '---' : '---:')))];
  let previous: string | undefined;
  for (const r of figureRows(report)) {
    const cells = [r.graph === previous ? '' : r.graph, r.label, ...pages.map((p) => r.format(r.values[p]))];
    if (withPeers) {
      const best = ratioToBestPeer(r);
      cells.push(best === undefined ? '–' : `${formatRatio(best.ratio)} ${best.peer}`);
    }
    if (withBaseline) cells.push(formatRatio(ratio(r.values.viewer, r.values.baseline)));
    lines.push(row(cells));
    previous = r.graph;
  }
  return lines.join('\n');
}

/** Pass / miss per target, viewer figures only. */
export function formatTargetsTable(report: BenchReport): string {
  const lines = [row(['graph', 'figure', 'target', 'viewer', 'result']), row(['---', '---', '---', '---:', '---'])];
  const verdictText = (v: string): string => (v === 'pass' ? 'pass' : v === 'miss' ? '**miss**' : 'not measured');
  if (report.bundleTarget !== undefined) {
    const t = report.bundleTarget;
    lines.push(row(['bundle', 'first load (gzip)', `≤ ${formatBytes({ value: t.limitBytes })}`, formatBytes(t.figure), verdictText(t.verdict)]));
  }
  for (const t of report.targets) {
    const sign = t.comparison === 'at-most' ? '≤' : '≥';
    let target = `${sign} ${formatFigure(t.metric, { value: t.limit })}`;
    if (t.relativeTo !== undefined) {
      const peer = t.peerFigure;
      const resolved = peer !== undefined && 'value' in peer ? formatFigure(t.metric, { value: t.limit * peer.value }) : formatFigure(t.metric, peer);
      target = `${sign} ${t.limit === 1 ? '' : `${number(t.limit, 1)} × `}${t.relativeTo} (${resolved})`;
    }
    lines.push(row([t.graph, METRICS[t.metric].label, target, formatFigure(t.metric, t.figure), verdictText(t.verdict)]));
  }
  return lines.join('\n');
}

function runsText(report: BenchReport): string {
  const { runs, largeRuns } = report.options;
  const median = `median of ${runs} run${runs === 1 ? '' : 's'}`;
  if (largeRuns === undefined || largeRuns === runs || !report.graphs.some((g) => g.nodes > LARGE_GRAPH_NODES)) return median;
  return `${median} (${largeRuns} above ${number(LARGE_GRAPH_NODES, 0)} nodes)`;
}

/** The whole console report: machine, figures, targets, notes. */
export function formatReport(report: BenchReport): string {
  const parts = [
    `### Benchmark, ${report.startedAt.slice(0, 10)} — ${runsText(report)}, cap ${report.options.timeoutMs / 1000} s per measurement`,
    '',
    formatMachine(report.machine),
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

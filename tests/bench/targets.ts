/**
 * The performance targets of <kg-viewer> (issue 14), in one place. They apply to the viewer page;
 * the other pages are measured for comparison. A target names a graph (see graphName in args.ts)
 * or every graph, and a limit that is either absolute or a factor of a best peer's figure in the
 * same run ("first frame within 1.2× of sigma's").
 */
import type { Figure, MetricKey, PeerName } from './figures';
import type { GraphResult, TargetResult } from './report';

/** A target's graph: a graph name, or every graph of the run. */
export const EVERY_GRAPH = '*';

export interface Target {
  readonly graph: string;
  readonly metric: MetricKey;
  /** `at-most` for times and sizes, `at-least` for rates. */
  readonly comparison: 'at-most' | 'at-least';
  /** The limit in the metric's unit, or a factor of `relativeTo`'s figure. */
  readonly limit: number;
  readonly relativeTo?: PeerName;
}

const atMost = (graph: string, metric: MetricKey, limit: number): Target => ({ graph, metric, comparison: 'at-most', limit });
const atLeast = (graph: string, metric: MetricKey, limit: number): Target => ({ graph, metric, comparison: 'at-least', limit });
const withinFactorOf = (graph: string, metric: MetricKey, factor: number, peer: PeerName): Target => ({
  graph,
  metric,
  comparison: 'at-most',
  limit: factor,
  relativeTo: peer,
});

/** Graphs without positions up to 300 nodes. */
export const SMALL_UNPOSITIONED_GRAPHS = ['curator-article', 'synthetic-100', 'curator-300'] as const;

export const TARGETS: readonly Target[] = [
  // A curator's graph (no positions, ≤ 300 nodes): settled no later than fcose in the same run.
  ...SMALL_UNPOSITIONED_GRAPHS.map((graph) => withinFactorOf(graph, 'settledMs', 1, 'fcose')),
  // First frame within 1.2× of sigma's at every size, and ≤ 500 ms for the bundled article.
  withinFactorOf(EVERY_GRAPH, 'firstFrameMs', 1.2, 'sigma'),
  atMost('article', 'firstFrameMs', 500),
  // Longest main-thread task (script evaluation reported apart) while the graph opens.
  atMost('article', 'longestTaskMs', 50),
  atMost('synthetic-1000', 'longestTaskMs', 100),
  // 20,000 nodes: the page answers input within 100 ms throughout, so no task of the load is longer.
  atMost('synthetic-20000', 'longestTaskMs', 100),
  // 20,000 nodes: click → highlight at any moment after kg-ready; pan and zoom; memory.
  atMost('synthetic-20000', 'clickMs', 150),
  atMost('synthetic-20000', 'clickQuietMs', 150),
  atLeast('synthetic-20000', 'redrawsPerSecond', 30),
  atMost('synthetic-20000', 'heapMB', 120),
];

/** What a reader's page loads first (the element before any panel is opened), gzip. */
export const BUNDLE_FIRST_LOAD_MAX_BYTES = 200_000;

export type Verdict = 'pass' | 'miss' | 'not measured';

/** The limit in the metric's unit: the factor times the peer's figure for a relative target. */
export function resolveLimit(target: Target, peerFigure: Figure | undefined): number | undefined {
  if (target.relativeTo === undefined) return target.limit;
  if (peerFigure === undefined || !('value' in peerFigure)) return undefined;
  return target.limit * peerFigure.value;
}

/**
 * Whether a measured figure meets a target; `peerFigure` is the figure of `target.relativeTo`.
 * A timeout misses an at-most target; a relative target is "not measured" without the peer's figure.
 */
export function checkTarget(target: Target, figure: Figure | undefined, peerFigure?: Figure): Verdict {
  if (figure === undefined) return 'not measured';
  if ('outcome' in figure) {
    return figure.outcome === 'timed-out' && target.comparison === 'at-most' ? 'miss' : 'not measured';
  }
  // A peer that never got there is beaten by any figure.
  if (target.relativeTo !== undefined && peerFigure !== undefined && 'outcome' in peerFigure && peerFigure.outcome === 'timed-out') {
    return target.comparison === 'at-most' ? 'pass' : 'not measured';
  }
  const limit = resolveLimit(target, peerFigure);
  if (limit === undefined) return 'not measured';
  const ok = target.comparison === 'at-most' ? figure.value <= limit : figure.value >= limit;
  return ok ? 'pass' : 'miss';
}

/** Whether the viewer's first-load bundle (gzip bytes) is within BUNDLE_FIRST_LOAD_MAX_BYTES. */
export function checkBundleTarget(figure: Figure | undefined): Verdict {
  if (figure === undefined || !('value' in figure)) return 'not measured';
  return figure.value <= BUNDLE_FIRST_LOAD_MAX_BYTES ? 'pass' : 'miss';
}

/** The targets that concern one graph, `every graph` ones included. */
export function targetsFor(graph: string): Target[] {
  return TARGETS.filter((t) => t.graph === graph || t.graph === EVERY_GRAPH);
}

/** Every target checked on the graphs that ran (an every-graph target once per graph). */
export function checkTargets(results: readonly GraphResult[]): TargetResult[] {
  const checked: TargetResult[] = [];
  for (const target of TARGETS) {
    for (const graph of results) {
      if (target.graph !== EVERY_GRAPH && target.graph !== graph.name) continue;
      const figure = graph.medians.viewer?.[target.metric];
      const peerFigure = target.relativeTo === undefined ? undefined : graph.medians[target.relativeTo]?.[target.metric];
      checked.push({
        ...target,
        graph: graph.name,
        figure,
        ...(peerFigure === undefined ? {} : { peerFigure }),
        verdict: checkTarget(target, figure, peerFigure),
      });
    }
  }
  return checked;
}

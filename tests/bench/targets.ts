/**
 * The performance targets of <kg-viewer>, in one place. They apply to the viewer page; the
 * baseline is measured for comparison only. Graph `article` is the bundled article graph; a number
 * is the node count of a synthetic graph.
 */
import type { Figure, MetricKey } from './figures';

export type TargetGraph = 'article' | number;

export interface Target {
  readonly graph: TargetGraph;
  readonly metric: MetricKey;
  /** `at-most` for times, `at-least` for rates. */
  readonly comparison: 'at-most' | 'at-least';
  readonly limit: number;
}

const atMost = (graph: TargetGraph, metric: MetricKey, limit: number): Target => ({ graph, metric, comparison: 'at-most', limit });
const atLeast = (graph: TargetGraph, metric: MetricKey, limit: number): Target => ({ graph, metric, comparison: 'at-least', limit });

export const TARGETS: readonly Target[] = [
  atMost('article', 'firstFrameMs', 500),
  atMost('article', 'settledMs', 1000),
  atMost('article', 'longestTaskMs', 50),
  atMost(1000, 'firstFrameMs', 1000),
  atMost(1000, 'settledMs', 2000),
  atMost(1000, 'longestTaskMs', 50),
  atMost(1000, 'clickMs', 50),
  atMost(2000, 'firstFrameMs', 1500),
  atMost(2000, 'settledMs', 4000),
  atMost(5000, 'firstFrameMs', 2000),
  atMost(5000, 'settledMs', 8000),
  atLeast(5000, 'redrawsPerSecond', 20),
  atMost(20_000, 'firstFrameMs', 4000),
  atLeast(20_000, 'redrawsPerSecond', 20),
  atMost(20_000, 'clickMs', 150),
  atMost(20_000, 'searchMs', 30),
];

export type Verdict = 'pass' | 'miss' | 'not measured';

/** Whether a measured figure meets a target. A timeout misses an at-most target. */
export function checkTarget(target: Target, figure: Figure | undefined): Verdict {
  if (figure === undefined) return 'not measured';
  if ('outcome' in figure) {
    return figure.outcome === 'timed-out' && target.comparison === 'at-most' ? 'miss' : 'not measured';
  }
  const ok = target.comparison === 'at-most' ? figure.value <= target.limit : figure.value >= target.limit;
  return ok ? 'pass' : 'miss';
}

/** The targets that concern one graph. */
export function targetsFor(graph: TargetGraph): Target[] {
  return TARGETS.filter((t) => t.graph === graph);
}

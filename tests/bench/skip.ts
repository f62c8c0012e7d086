/**
 * Which pages run on which graph. The viewer always runs; the baseline runs up to --baseline-max
 * synthetic nodes; and a page other than the viewer that missed the cap on one graph is skipped on
 * every larger graph of the run (it will not settle a bigger graph faster). Pure.
 */
import type { FigureSet, PageName } from './figures';

/** A graph as the rule sees it. */
export interface GraphSize {
  readonly name: string;
  readonly nodes: number;
  readonly synthetic: boolean;
}

/** Where each page missed the cap so far in this run. */
export type CapMisses = { readonly [page in PageName]?: GraphSize };

/** True when any run of a page on a graph timed out before settling. */
export function missedCap(runs: readonly FigureSet[]): boolean {
  return runs.some((r) => 'outcome' in r.settledMs && r.settledMs.outcome === 'timed-out');
}

/** Why `page` is not run on `graph`, or undefined when it runs. */
export function skipReason(page: PageName, graph: GraphSize, options: { readonly baselineMax: number; readonly capSeconds: number }, misses: CapMisses): string | undefined {
  if (page === 'viewer') return undefined;
  if (page === 'baseline' && graph.synthetic && graph.nodes > options.baselineMax) {
    return `baseline runs up to ${options.baselineMax} nodes (--baseline-max)`;
  }
  const missed = misses[page];
  if (missed !== undefined && graph.nodes > missed.nodes) {
    return `${page} missed the ${options.capSeconds} s cap on ${missed.name}`;
  }
  return undefined;
}

/** Graphs in the order the rule needs: fewest nodes first; equal sizes keep their order. */
export function smallestFirst<T extends { readonly nodes: number }>(graphs: readonly T[]): T[] {
  return graphs.map((g, i) => ({ g, i })).sort((a, b) => a.g.nodes - b.g.nodes || a.i - b.i).map(({ g }) => g);
}

/**
 * Chooses and starts the layout for a graph: preset when every node is pinned, the Worker force
 * layout then cytoscape-cola for small graphs, the Worker force layout alone for large ones. The
 * size alone decides; without animation the same engines show only their result.
 */
import type cytoscape from 'cytoscape';
import { startColaLayout } from './cola-layout';
import { startForceLayout } from './force-layout';
import { settleOnce, type LayoutOptions, type LayoutRun } from './layout-run';
import { startOnTwin } from './quiet-layout';
import { startQuickLayout } from './quick-layout-run';
import { SMALL_GRAPH_MAX_NODES } from '../../view/thresholds';

/**
 * Largest graph laid out at once, before its first frame (quick-layout.ts): a fixed number of
 * force ticks and overlap removal on the label boxes, ~5 ms at 30 nodes and tens of ms at 300.
 */
export const QUICK_MAX_NODES = SMALL_GRAPH_MAX_NODES;

/**
 * Largest graph cola relaxes around a dragged node (drag-relax.ts), and that the 'cola' engine
 * (force then cola, chosen only through `engine`) is meant for. cola's ticks run on the main thread and grow with n² (stress)
 * plus overlap projection. Measured (layout-measure.ts, engine forced, median of 3, machine
 * loaded by other jobs): force+cola settled 100 nodes in 0.97 s with 2 long tasks, 200 in 1.5 s
 * with 5, 300 in 2.1 s with 13; the force worker alone settled each in 0.65–0.9 s with 2.
 */
export const COLA_MAX_NODES = 150;

export type LayoutEngine = 'preset' | 'quick' | 'cola' | 'force';

/** Which engine startLayout() uses for a graph of this size, animated or not. */
export function chooseLayoutEngine(nodeCount: number, pinnedCount: number): LayoutEngine {
  if (pinnedCount >= nodeCount) return 'preset';
  if (nodeCount <= QUICK_MAX_NODES) return 'quick';
  return 'force';
}

/**
 * Lays the graph out: preset when every node is pinned, the quick layout for small graphs (done
 * when this returns), a Worker force layout streaming positions for large ones. Nodes start
 * from their current positions (see seedPositions). Without `animate` the drawn nodes move once,
 * to the result: the force layout writes only its last positions, and force-then-cola runs on a
 * headless twin (quiet-layout.ts). The engine used is stored in `cy.scratch('_kgLayout')` for
 * tests and for enableDragRelax().
 */
export function startLayout(cy: cytoscape.Core, options: LayoutOptions): LayoutRun {
  const nodes = cy.nodes();
  let pinnedCount = 0;
  if (options.pinned.size > 0) for (let i = 0; i < nodes.length; i++) if (options.pinned.has(nodes[i]!.id())) pinnedCount++;
  const chosen = chooseLayoutEngine(nodes.length, pinnedCount);
  const engine = chosen !== 'preset' && options.engine ? options.engine : chosen;
  let run: LayoutRun;
  if (engine === 'preset') {
    const settled = settleOnce(options.onSettled);
    if (options.fit ?? true) cy.fit(undefined, options.padding ?? 30);
    settled.settle('settled');
    run = { done: settled.done, stop: () => undefined };
  } else if (engine === 'quick') {
    run = startQuickLayout(cy, options);
  } else if (engine === 'cola') {
    run = options.animate ? startForceThenCola(cy, options) : startOnTwin(cy, options, startForceThenCola);
  } else {
    run = startForceLayout(cy, options);
  }
  const state: LayoutState = { engine, running: true, pinned: options.pinned };
  // Written into the scratch object rather than through cy.scratch(name, value): that setter
  // restyles every element (updateStyle), 150–450 ms at 20,000 nodes (measured).
  (cy.scratch() as Record<string, unknown>)[LAYOUT_SCRATCH] = state;
  void run.done.then(() => {
    state.running = false;
  });
  return run;
}

/**
 * Small graphs: the force worker finds the overall shape in a few hundred ms off the main thread
 * (cola alone needs seconds from the seeds: measured), then cola polishes it (no overlaps, labels
 * counted) for well under a second and keeps relaxing the graph around dragged nodes. If the worker
 * fails, cola still runs.
 */
function startForceThenCola(cy: cytoscape.Core, options: LayoutOptions): LayoutRun {
  const run = settleOnce(options.onSettled);
  let stopped = false;
  let current = startForceLayout(cy, { ...options, onSettled: undefined });
  void current.done.then(() => {
    if (stopped || cy.destroyed()) return run.settle('stopped');
    current = startColaLayout(cy, { ...options, onSettled: () => run.settle('settled') });
    void current.done.then(() => run.settle('stopped')); // no-op when it settled
  });
  return {
    done: run.done,
    stop() {
      stopped = true;
      current.stop();
      run.settle('stopped');
    },
  };
}

/** Scratch namespace of this module (Cytoscape's convention: leading underscore for private data). */
export const LAYOUT_SCRATCH = '_kgLayout';

export interface LayoutState {
  readonly engine: LayoutEngine;
  running: boolean;
  /** Nodes the layout kept fixed; drag relaxation keeps them fixed too. */
  readonly pinned: ReadonlySet<string>;
}

/** The engine of the last layout started on `cy`, and whether it is still running. */
export function layoutState(cy: cytoscape.Core): LayoutState | undefined {
  return cy.scratch(LAYOUT_SCRATCH) as LayoutState | undefined;
}

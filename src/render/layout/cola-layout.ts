/**
 * cytoscape-cola for small graphs: constraint-based, non-overlapping, animated, and it keeps a
 * dragged node where the user puts it while the rest relaxes. Its cost per tick grows with n², so
 * it is only used up to COLA_MAX_NODES (see start-layout.ts), after a fast force pre-layout.
 *
 * cytoscape-cola (with webcola, ~20 kB gzip) is a chunk of its own, loaded on first use: since
 * the quick layout (quick-layout.ts) lays small graphs out, cola only relaxes the graph around a
 * dragged node, which nothing needs before the first frame.
 */
import cytoscape from 'cytoscape';
import { settleOnce, type LayoutOptions, type LayoutRun } from './layout-run';

let colaLoaded: Promise<void> | undefined;

/**
 * Loads cytoscape-cola and registers the 'cola' layout on this cytoscape module unless it already
 * is (several viewers share a page); once per page.
 */
export function loadCola(): Promise<void> {
  return (colaLoaded ??= import('cytoscape-cola').then(({ default: registerCola }) => {
    if (!cytoscape('layout', 'cola')) registerCola(cytoscape);
  }));
}

/** Whether loadCola() has finished: the 'cola' layout can start at once. */
export function colaReady(): boolean {
  return Boolean(cytoscape('layout', 'cola'));
}

/** Options of cytoscape-cola (it ships no types): cytoscape's base options plus cola's own. */
export type ColaOptions = cytoscape.BaseLayoutOptions & Record<string, unknown>;

/** cytoscape-cola options scaled to the graph's size. */
export function colaOptions(
  nodeCount: number,
  options: { fit: boolean; padding: number; maxSimulationTime?: number },
): ColaOptions {
  return {
    name: 'cola',
    // Always animated: cytoscape-cola's non-animated mode runs every tick in one blocking loop.
    animate: true,
    // One tick per frame: with overlap removal a tick costs several ms even at 40 nodes (measured),
    // so more per frame makes long tasks.
    refresh: 1,
    // Hard stop. cola starts from the force pre-layout (start-layout.ts), so it only polishes: with
    // overlap projection its stress keeps oscillating and it rarely meets the threshold by itself.
    maxSimulationTime: options.maxSimulationTime ?? (nodeCount <= 100 ? 400 : 700),
    // Stop once the relative change in stress per tick is this small (default 0.01 takes seconds).
    convergenceThreshold: 0.02,
    // Users may drag while it runs; cola holds the dragged node and relaxes the rest around it.
    ungrabifyWhileSimulating: false,
    // Keep the graph in view while it moves.
    fit: options.fit,
    padding: options.padding,
    // Labels take space too: count them so they do not overlap.
    nodeDimensionsIncludeLabels: true,
    // Start from the seed positions (seedPositions), not a random cloud.
    randomize: false,
    // Do not re-centre or pack components: the seeds already place them apart, and moving them would
    // carry components away from their pinned nodes.
    centerGraph: false,
    handleDisconnected: false,
    // No node boxes overlap: the reason to use cola on small graphs.
    avoidOverlap: true,
    // Room around each node, in px.
    nodeSpacing: nodeCount <= 100 ? 12 : 8,
    // Ideal edge length, shorter on bigger graphs so they stay compact.
    edgeLength: nodeCount <= 100 ? 90 : 70,
    // No synchronous start-up iterations (unconstrained, user constraints, all constraints): they
    // run in one blocking call (3 constrained iterations took 80 ms at 40 nodes), and the force
    // pre-layout already did the unconstrained work. The animated ticks do the rest.
    unconstrIter: 0,
    userConstIter: 0,
    allConstIter: 0,
  };
}

/** Runs cytoscape-cola over `cy` (once it is loaded), pinned nodes locked for its duration. */
export function startColaLayout(cy: cytoscape.Core, options: LayoutOptions): LayoutRun {
  const run = settleOnce(options.onSettled);
  let current: LayoutRun | undefined;
  loadCola().then(
    () => {
      if (run.finished() || cy.destroyed()) return;
      current = runCola(cy, { ...options, onSettled: () => run.settle('settled') });
      void current.done.then(() => run.settle('stopped')); // no-op when it settled
    },
    () => run.settle('stopped'),
  );
  return {
    done: run.done,
    stop() {
      current?.stop();
      run.settle('stopped');
    },
  };
}

function runCola(cy: cytoscape.Core, options: LayoutOptions): LayoutRun {
  const run = settleOnce(options.onSettled);
  // cola keeps locked nodes fixed; lock the pinned ones that are not locked already, and only for
  // the duration of the layout, so the user can still drag them afterwards.
  const lockedHere = cy.nodes().filter((node) => options.pinned.has(node.id()) && !node.locked());
  lockedHere.lock();
  const layout = cy.layout(
    colaOptions(cy.nodes().length, { fit: options.fit ?? true, padding: options.padding ?? 30 }),
  );
  let stoppedByUs = false;
  layout.one('layoutstop', () => {
    lockedHere.unlock();
    run.settle(stoppedByUs ? 'stopped' : 'settled');
  });
  layout.run();
  return {
    done: run.done,
    stop() {
      if (run.finished()) return;
      stoppedByUs = true;
      layout.stop(); // cola ends on its next frame without moving anything; resolve now regardless
      run.settle('stopped');
    },
  };
}

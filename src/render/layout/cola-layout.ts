/**
 * cytoscape-cola for small graphs: constraint-based, non-overlapping, animated, and it keeps a
 * dragged node where the user puts it while the rest relaxes. Its cost per tick grows with n², so
 * it is only used up to COLA_MAX_NODES (see start-layout.ts).
 */
import cytoscape from 'cytoscape';
import registerCola from 'cytoscape-cola';
import { settleOnce, type LayoutOptions, type LayoutRun } from './layout-run';

/** Registers the 'cola' layout on this cytoscape module unless it already is (several viewers share a page). */
export function ensureColaRegistered(): void {
  if (!cytoscape('layout', 'cola')) registerCola(cytoscape);
}

/** Rough cost of one cola tick per node pair, in ms, measured in software-rendered Chromium. */
const MS_PER_PAIR_TICK = 5e-5;
/** Main-thread time per frame cola may use for ticks, leaving room for drawing. */
const FRAME_TICK_BUDGET_MS = 10;
/** Time the synchronous start-up iterations may take. */
const START_BUDGET_MS = 20;

/** Options of cytoscape-cola (it ships no types): cytoscape's base options plus cola's own. */
export type ColaOptions = cytoscape.BaseLayoutOptions & Record<string, unknown>;

/** cytoscape-cola options scaled to the graph's size. */
export function colaOptions(
  nodeCount: number,
  options: { fit: boolean; padding: number; maxSimulationTime?: number },
): ColaOptions {
  const tickMs = Math.max(MS_PER_PAIR_TICK * nodeCount * nodeCount, 0.01);
  const startIterations = Math.floor(START_BUDGET_MS / tickMs / 3);
  return {
    name: 'cola',
    // Always animated: cytoscape-cola's non-animated mode runs every tick in one blocking loop.
    animate: true,
    // Ticks per animation frame: many while a tick is cheap, so small graphs settle fast.
    refresh: Math.max(1, Math.floor(FRAME_TICK_BUDGET_MS / tickMs)),
    // Hard stop: a small graph is settled within a second even if cola keeps polishing.
    maxSimulationTime: options.maxSimulationTime ?? (nodeCount <= 100 ? 800 : 1600),
    // Stop once the relative change in stress per tick is this small; 0.01 (the default) takes seconds.
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
    // Synchronous start-up iterations (unconstrained, user constraints, all constraints), within
    // START_BUDGET_MS so the start is never a long task; the animation does the rest.
    unconstrIter: startIterations,
    userConstIter: 0,
    allConstIter: Math.min(startIterations, 3),
  };
}

/** Runs cytoscape-cola over `cy`, pinned nodes locked for its duration. */
export function startColaLayout(cy: cytoscape.Core, options: LayoutOptions): LayoutRun {
  ensureColaRegistered();
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

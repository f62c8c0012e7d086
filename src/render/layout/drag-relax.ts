/**
 * Drag relaxation for small graphs: while the user drags a node after the layout has settled, a
 * short cytoscape-cola run keeps the rest relaxed around it (the dragged node follows the
 * pointer; its neighbours follow gently). While the first layout is still running, cola (or the
 * force worker) already handles drags, so nothing is started then.
 */
import type cytoscape from 'cytoscape';
import { colaOptions, colaReady, loadCola, type ColaOptions } from './cola-layout';
import { COLA_MAX_NODES, layoutState } from './start-layout';

/** How long the graph keeps relaxing after the node is released, in ms. */
const RELAX_AFTER_RELEASE_MS = 900;

/** The part of cytoscape-cola's layout object used here (it exposes webcola's adaptor). */
interface ColaLayoutInternals {
  adaptor?: { dragstart(node: unknown): void };
}

/** While a node is dragged, keep the rest relaxed (small graphs); returns a disposer. */
export function enableDragRelax(
  cy: cytoscape.Core,
  options: { pinned?: ReadonlySet<string>; maxNodes?: number } = {},
): () => void {
  const maxNodes = options.maxNodes ?? COLA_MAX_NODES;
  let relax: cytoscape.Layouts | undefined;
  let lockedHere: cytoscape.NodeCollection | undefined;
  let stopTimer: ReturnType<typeof setTimeout> | undefined;

  const stopRelax = (): void => {
    if (stopTimer !== undefined) clearTimeout(stopTimer);
    stopTimer = undefined;
    relax?.stop();
    relax = undefined;
    lockedHere?.unlock();
    lockedHere = undefined;
  };

  let disposed = false;
  // A tap also grabs and frees a node: relaxing starts only once it really moves.
  const onDrag = (event: cytoscape.EventObject): void => {
    if (relax) return;
    const node = event.target as cytoscape.NodeSingular;
    const state = layoutState(cy);
    if (state?.running) return; // the running layout already relaxes around drags
    if (cy.nodes().length > maxNodes || cy.nodes().length < 2) return;
    if (!colaReady()) {
      // First drag on the page: cola's chunk loads; relaxing starts if the node is still held.
      void loadCola().then(
        () => {
          if (!disposed && !relax && !cy.destroyed() && node.grabbed()) startRelax(node, state);
        },
        () => undefined,
      );
      return;
    }
    startRelax(node, state);
  };

  const startRelax = (node: cytoscape.NodeSingular, state: ReturnType<typeof layoutState>): void => {
    stopRelax();
    const pinned = options.pinned ?? state?.pinned ?? new Set<string>();
    lockedHere = cy.nodes().filter((n) => pinned.has(n.id()) && !n.locked() && n.id() !== node.id());
    lockedHere.lock();
    const relaxOptions: ColaOptions = {
      ...colaOptions(cy.nodes().length, { fit: false, padding: 0 }),
      // Keep running while the node is held; stopped after release (see onFree).
      infinite: true,
      // Start right where things are: no start-up iterations.
      unconstrIter: 0,
      userConstIter: 0,
      allConstIter: 0,
      // Ignore label sizes here: measuring them on every grab is wasted work.
      nodeDimensionsIncludeLabels: false,
    };
    const layout = cy.layout(relaxOptions);
    layout.run();
    relax = layout;
    // cola listens for 'grab' only from run() on, so it missed this drag's grab: hold the node ourselves.
    (layout as unknown as ColaLayoutInternals).adaptor?.dragstart(node.scratch('cola'));
  };

  const onFree = (): void => {
    if (!relax) return;
    if (stopTimer !== undefined) clearTimeout(stopTimer);
    stopTimer = setTimeout(stopRelax, RELAX_AFTER_RELEASE_MS);
  };

  cy.on('drag', 'node', onDrag);
  cy.on('free', 'node', onFree);
  return () => {
    disposed = true;
    cy.off('drag', 'node', onDrag);
    cy.off('free', 'node', onFree);
    stopRelax();
  };
}

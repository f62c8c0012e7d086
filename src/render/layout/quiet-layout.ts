/**
 * A layout that shows only its result, for readers who asked for reduced motion. The same engine
 * runs on a headless twin of the graph (positions, locks, edges and every node's layout box
 * copied), and the drawn graph gets the final positions in one step. cytoscape-cola cannot just
 * run non-animated instead: that mode runs every tick in one blocking loop that ignores its time
 * cap, while on the twin it still ticks once per frame, only nothing is drawn.
 */
import cytoscape from 'cytoscape';
import { settleOnce, type LayoutOptions, type LayoutRun } from './layout-run';

/** Nodes of the twin are plain boxes; cola reads its label-inclusive size from bounds-expansion. */
const TWIN_STYLE: cytoscape.StylesheetJson = [
  { selector: 'node', style: { shape: 'rectangle', width: 'data(w)', height: 'data(h)', 'border-width': 0 } },
];

/** Cytoscape grows every bounding box by 1 px on each side beyond the body. */
const BOUNDS_SLACK = 1;

/**
 * A headless copy of `cy`'s graph on which layouts measure nodes as they would on `cy`: without
 * labels (the force layout's collision radii) and with them (cola's boxes), copied from `cy`.
 */
function headlessTwin(cy: cytoscape.Core): cytoscape.Core {
  const nodes = cy.nodes();
  const boxes = nodes.map((node) => ({
    body: node.layoutDimensions({ nodeDimensionsIncludeLabels: false }),
    withLabels: node.layoutDimensions({ nodeDimensionsIncludeLabels: true }),
  }));
  const elements: cytoscape.ElementDefinition[] = nodes.map((node, i) => ({
    group: 'nodes',
    data: { id: node.id(), w: boxes[i]!.body.w, h: boxes[i]!.body.h },
    position: { ...node.position() },
    locked: node.locked(),
  }));
  cy.edges().forEach((edge) => {
    elements.push({ group: 'edges', data: { id: edge.id(), source: edge.source().id(), target: edge.target().id() } });
  });
  const twin = cytoscape({ headless: true, styleEnabled: true, style: TWIN_STYLE, elements });
  twin.batch(() => {
    nodes.forEach((node, i) => {
      const { body, withLabels } = boxes[i]!;
      const x = Math.max(0, (withLabels.w - body.w) / 2 - BOUNDS_SLACK);
      const y = Math.max(0, (withLabels.h - body.h) / 2 - BOUNDS_SLACK);
      twin.getElementById(node.id()).style('bounds-expansion', `${y}px ${x}px`);
    });
  });
  return twin;
}

/**
 * Runs `start` on a headless twin of `cy` and, once it settles, moves `cy`'s nodes to the result
 * at once (and fits the view when `options.fit`, the default). Nodes the reader dragged meanwhile
 * stay where they were put.
 */
export function startOnTwin(
  cy: cytoscape.Core,
  options: LayoutOptions,
  start: (twin: cytoscape.Core, options: LayoutOptions) => LayoutRun,
): LayoutRun {
  const run = settleOnce(options.onSettled);
  const twin = headlessTwin(cy);
  const dragged = new Set<string>();
  const onDrag = (event: cytoscape.EventObject): void => {
    dragged.add(event.target.id());
  };
  const onDestroy = (): void => finish(false);
  cy.on('drag', 'node', onDrag);
  cy.on('destroy', onDestroy);
  let settled = false;
  const inner = start(twin, { ...options, fit: false, onSettled: () => (settled = true) });

  function finish(apply: boolean): void {
    if (run.finished()) return;
    if (!cy.destroyed()) {
      cy.off('drag', 'node', onDrag);
      cy.off('destroy', onDestroy);
    }
    if (apply && !cy.destroyed()) {
      cy.batch(() => {
        twin.nodes().forEach((node) => {
          if (!dragged.has(node.id())) cy.getElementById(node.id()).position({ ...node.position() });
        });
      });
      if (options.fit ?? true) cy.fit(undefined, options.padding ?? 30);
    }
    inner.stop();
    twin.destroy();
    run.settle(apply ? 'settled' : 'stopped');
  }

  void inner.done.then(() => finish(settled));
  return { done: run.done, stop: () => finish(false) };
}

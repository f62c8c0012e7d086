/**
 * What the Cytoscape peer pages share: the whole graph added at once, English labels, colour by
 * type, and the naive highlight (a class on the closed neighbourhood, everything else faded).
 * Only the layout differs between them. First frame = Cytoscape's first 'render' event; settled =
 * the layout's 'layoutstop'.
 */
import type cytoscape from 'cytoscape';
import type { GraphDocument } from '../../../src/format/types';
import { cytoscapeView } from './cytoscape-view';
import { english, type GraphView, type PageSignals } from './harness';

/** Draws `doc` in #graph, hands the view to the probe (`setView`), then runs `layout`. */
export function startCytoscapePage(
  cytoscapeFactory: typeof cytoscape,
  doc: GraphDocument,
  layout: cytoscape.LayoutOptions,
  signals: PageSignals,
  setView: (view: GraphView) => void,
): void {
  const colors = Object.fromEntries(Object.entries(doc.nodeTypes).map(([type, t]) => [type, t.color ?? '#888888']));
  const cy = cytoscapeFactory({
    container: document.getElementById('graph'),
    elements: [
      ...doc.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, label: english(n.label), color: colors[n.type] ?? '#888888' } })),
      ...doc.edges.map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target } })),
    ],
    style: [
      { selector: 'node', style: { label: 'data(label)', 'background-color': 'data(color)' } },
      { selector: '.faded', style: { opacity: 0.15 } },
      { selector: 'node.highlighted', style: { 'border-width': 3, 'border-color': '#000' } },
      { selector: 'edge.highlighted', style: { 'line-color': '#000' } },
    ],
  });
  // Before the layout: a synchronous layout reports 'layoutstop' from inside run().
  setView(cytoscapeView(cy));
  cy.one('render', () => signals.drawn());
  cy.on('tap', 'node', (event) => {
    const node = event.target as cytoscape.NodeSingular;
    cy.batch(() => {
      cy.elements().removeClass('highlighted').addClass('faded');
      node.closedNeighborhood().removeClass('faded').addClass('highlighted');
    });
    signals.selected();
  });
  const running = cy.layout(layout);
  running.one('layoutstop', () => signals.settled());
  running.run();
}

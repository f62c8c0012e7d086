/** The harness's GraphView over a Cytoscape instance (the baseline, fcose and viewer pages). */
import type cytoscape from 'cytoscape';
import type { GraphView } from './harness';

export function cytoscapeView(cy: cytoscape.Core): GraphView {
  return {
    container() {
      const container = cy.container();
      if (container === null) throw new Error('Cytoscape has no container');
      return container;
    },
    saveViewport() {
      const zoom = cy.zoom();
      const pan = { ...cy.pan() };
      return () => cy.viewport({ zoom, pan });
    },
    nodeBoxes() {
      return cy.nodes().map((n) => n.renderedBoundingBox({ includeLabels: true }));
    },
    rankedNodes(limit) {
      return cy
        .nodes()
        .sort((a, b) => b.degree(false) - a.degree(false))
        .slice(0, limit)
        .map((n) => ({ id: n.id(), ...(n as cytoscape.NodeSingular).renderedPosition() }));
    },
    positionOf(id) {
      const node = cy.getElementById(id);
      return node.nonempty() && node.isNode() && node.visible() ? node.renderedPosition() : undefined;
    },
    onRedraw(listener) {
      cy.on('render', listener);
      return () => {
        cy.off('render', listener);
      };
    },
    counts() {
      return { nodes: cy.nodes().length, edges: cy.edges().length };
    },
  };
}

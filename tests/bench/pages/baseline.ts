/**
 * The baseline: what a developer gets from plain Cytoscape + cytoscape-cola with cola's DEFAULT
 * options — the whole graph added at once, English labels, colour by type, and the naive
 * highlight (a class on the closed neighbourhood, everything else faded). First frame = Cytoscape's
 * first 'render' event; settled = the layout's 'layoutstop'.
 */
import type cytoscape from 'cytoscape';
import type { GraphDocument, LocalizedText } from '../../../src/format/types';
import { fetchGraph, installProbe } from './harness';

let cy: cytoscape.Core | undefined;
const signals = installProbe({ page: 'baseline', cy: () => cy });

function english(text: LocalizedText | undefined): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text.en ?? Object.values(text)[0] ?? '';
}

async function main(): Promise<void> {
  // Loaded lazily, like the element, so the runner can tell the library bundle from this harness.
  const [{ default: cytoscapeFactory }, { default: registerCola }, doc] = await Promise.all([
    import('cytoscape'),
    import('cytoscape-cola'),
    fetchGraph() as Promise<GraphDocument>,
  ]);
  cytoscapeFactory.use(registerCola);
  const colors = Object.fromEntries(Object.entries(doc.nodeTypes).map(([type, t]) => [type, t.color ?? '#888888']));
  const container = document.getElementById('graph');
  cy = cytoscapeFactory({
    container,
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
  cy.one('render', () => signals.drawn());
  cy.on('tap', 'node', (event) => {
    const node = event.target as cytoscape.NodeSingular;
    cy?.batch(() => {
      cy?.elements().removeClass('highlighted').addClass('faded');
      node.closedNeighborhood().removeClass('faded').addClass('highlighted');
    });
    signals.selected();
  });
  const layout = cy.layout({ name: 'cola' } as cytoscape.LayoutOptions);
  layout.one('layoutstop', () => signals.settled());
  layout.run();
}

main().catch((error: unknown) => signals.failed(error instanceof Error ? error.message : String(error)));

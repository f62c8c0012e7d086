/**
 * The baseline: what a developer gets from plain Cytoscape + cytoscape-cola with cola's DEFAULT
 * options (see cytoscape-page.ts for the drawing and the naive highlight). Cola stops when a tick
 * moves the nodes by less than its convergence threshold or after 4 s (its maxSimulationTime).
 */
import type cytoscape from 'cytoscape';
import type { GraphDocument } from '../../../src/format/types';
import { startCytoscapePage } from './cytoscape-page';
import { fetchGraph, installProbe, rankByDegree, type GraphView } from './harness';

let view: GraphView | undefined;
let candidates: string[] | undefined;
const signals = installProbe({ page: 'baseline', view: () => view, clickCandidates: () => candidates });

async function main(): Promise<void> {
  // Loaded lazily, like the element, so the runner can tell the library bundle from this harness.
  const [{ default: cytoscapeFactory }, { default: registerCola }, doc] = await Promise.all([
    import('cytoscape'),
    import('cytoscape-cola'),
    fetchGraph() as Promise<GraphDocument>,
  ]);
  cytoscapeFactory.use(registerCola);
  candidates = rankByDegree(doc);
  startCytoscapePage(cytoscapeFactory, doc, { name: 'cola' } as cytoscape.LayoutOptions, signals, (v) => {
    view = v;
  });
}

main().catch((error: unknown) => signals.failed(error instanceof Error ? error.message : String(error)));

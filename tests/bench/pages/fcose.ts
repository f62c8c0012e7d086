/**
 * Peer: Cytoscape + cytoscape-fcose with `animate: false` and otherwise default options — the
 * layout runs to the end in one go before the first frame. Drawing and the naive highlight are the
 * baseline's (cytoscape-page.ts); settled = fcose's 'layoutstop'.
 */
import type cytoscape from 'cytoscape';
import type { GraphDocument } from '../../../src/format/types';
import { startCytoscapePage } from './cytoscape-page';
import { fetchGraph, installProbe, rankByDegree, type GraphView } from './harness';

let view: GraphView | undefined;
let candidates: string[] | undefined;
const signals = installProbe({ page: 'fcose', view: () => view, clickCandidates: () => candidates });

async function main(): Promise<void> {
  const [{ default: cytoscapeFactory }, { default: registerFcose }, doc] = await Promise.all([
    import('cytoscape'),
    import('cytoscape-fcose'),
    fetchGraph() as Promise<GraphDocument>,
  ]);
  cytoscapeFactory.use(registerFcose);
  candidates = rankByDegree(doc);
  startCytoscapePage(cytoscapeFactory, doc, { name: 'fcose', animate: false } as cytoscape.LayoutOptions, signals, (v) => {
    view = v;
  });
}

main().catch((error: unknown) => signals.failed(error instanceof Error ? error.message : String(error)));

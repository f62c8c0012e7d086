/**
 * The product: <kg-viewer> from src/define.ts, fed with `el.graph = doc`. First frame = `kg-draw`,
 * settled = `kg-ready`, selection = `kg-select` with an id. The element is loaded through
 * import.meta.glob so this page still builds, and reports "unavailable", while src/define.ts does
 * not exist yet.
 */
import type cytoscape from 'cytoscape';
import type { GraphDocument, GraphNode } from '../../../src/format/types';
import { cytoscapeView } from './cytoscape-view';
import { fetchGraph, installProbe, rankByDegree, type GraphView } from './harness';

/** What the benchmark relies on (see the element's contract in the project docs). */
type KgViewerElement = HTMLElement & { graph: unknown; readonly cy?: cytoscape.Core };

const DEFINE_PATH = '../../../src/define.ts';
const defineModules = import.meta.glob('../../../src/define.ts');

let viewer: KgViewerElement | undefined;
let doc: GraphDocument | undefined;
let candidates: string[] | undefined;

/** The view over the element's Cytoscape instance, rebuilt if the element replaces it. */
let view: { cy: cytoscape.Core; view: GraphView } | undefined;
const currentView = (): GraphView | undefined => {
  const cy = viewer?.cy;
  if (cy === undefined) return undefined;
  if (view?.cy !== cy) view = { cy, view: cytoscapeView(cy) };
  return view.view;
};

const signals = installProbe({
  page: 'viewer',
  view: currentView,
  searchHost: () => viewer,
  searchQuery: () => (doc === undefined ? undefined : searchQueryFor(doc)),
  clickCandidates: () => candidates,
});

const TITLE_WORDS = new Set(['president', 'minister', 'deputy', 'republic', 'federation', 'union', 'central', 'ministry', 'bank']);

/** A word a reader would type: from the English label of a node two fifths into the list. */
function searchQueryFor(graph: GraphDocument): string | undefined {
  const nodes = graph.nodes;
  for (let k = 0; k < nodes.length; k += 1) {
    const node = nodes[(Math.floor(nodes.length * 0.4) + k) % nodes.length] as GraphNode;
    const label = typeof node.label === 'string' ? node.label : (node.label.en ?? Object.values(node.label)[0] ?? '');
    const word = label.split(/[\s,()–-]+/).find((w) => w.length >= 4 && !TITLE_WORDS.has(w.toLowerCase()));
    if (word !== undefined) return word.toLowerCase();
  }
  return undefined;
}

async function main(): Promise<void> {
  const load = defineModules[DEFINE_PATH];
  if (load === undefined) {
    signals.unavailable('src/define.ts does not exist yet');
    return;
  }
  const [, graph] = await Promise.all([load(), fetchGraph() as Promise<GraphDocument>]);
  doc = graph;
  candidates = rankByDegree(graph);
  if (customElements.get('kg-viewer') === undefined) {
    signals.unavailable('src/define.ts did not register <kg-viewer>');
    return;
  }
  const el = document.createElement('kg-viewer') as KgViewerElement;
  // The benchmark zooms with a plain wheel (an embed without sync-url hands it to the page).
  el.setAttribute('wheel', 'zoom');
  el.addEventListener('kg-draw', () => signals.drawn(), { once: true });
  el.addEventListener('kg-ready', () => signals.settled(), { once: true });
  el.addEventListener('kg-error', (event) => {
    const first = event.detail.problems[0];
    signals.failed(`kg-error: ${event.detail.message}${first ? ` (${first.code}: ${first.message})` : ''}`);
  });
  el.addEventListener('kg-select', (event) => {
    if (event.detail.id !== null) signals.selected();
  });
  el.addEventListener('kg-search-results', () => signals.searchResults());
  document.body.append(el);
  viewer = el;
  el.graph = graph;
}

main().catch((error: unknown) => signals.failed(error instanceof Error ? error.message : String(error)));

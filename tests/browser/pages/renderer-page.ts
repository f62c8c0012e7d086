/**
 * The renderer on its own (tests/browser/pages/renderer.html): a small graph drawn through
 * createRenderer() into three stacked layers, as the element does. Exposes `window.rendererPage`
 * so browser tests can drive the renderer and read its pictures.
 *
 * `?fillers=N` adds N unlinked nodes far below the three (pinned, out of view), so that a graph
 * of more than 300 nodes draws its edges apart from Cytoscape (render/edge-layer.ts).
 */
import { validateGraph } from '../../../src/format';
import { KnowledgeGraph } from '../../../src/model/knowledge-graph';
import { createRenderer, type GraphRenderer } from '../../../src/render/renderer';
import { syncElements, type SyncResult } from '../../../src/render/element-sync';
import { highlightFor } from '../../../src/view/highlight';
import { THEMES } from '../../../src/view/theme';
import { buildGraphView } from '../../../src/view/view-model';

declare global {
  interface Window {
    rendererPage?: {
      renderer: GraphRenderer;
      /** Adds a relation to the graph and brings the drawn graph in line, as an edit does. */
      addEdge(id: string, source: string, target: string): SyncResult;
      /** Draws with another theme's tokens; returns its edge colour. */
      setTheme(name: keyof typeof THEMES): string;
      /** Lights the neighbourhood of a node (as selecting it does), or nothing. */
      select(id: string | null): void;
      /** Node id → fill colour as drawn. */
      colors: Record<string, string>;
      background: string;
      /** Colour of edges on the main canvas. */
      edge: string;
      fade: number;
      /** RGBA of a PNG's pixels at the given image coordinates. */
      sample(png: Blob, points: readonly { x: number; y: number }[]): Promise<number[][]>;
    };
  }
}

const doc = {
  format: 'kg-graph',
  version: 1,
  meta: { title: { en: 'Renderer page' }, languages: ['en'] },
  nodeTypes: { country: { label: { en: 'Country' }, color: '#d1495b' }, technology: { label: { en: 'Technology' }, color: '#00798c' } },
  edgeTypes: { agreement: { label: { en: 'agreement' }, directed: false } },
  nodes: [
    { id: 'a', type: 'country', label: { en: 'Alpha' }, position: { x: -150, y: 0 } },
    { id: 'b', type: 'technology', label: { en: 'Beta' }, position: { x: 0, y: 0 } },
    { id: 'c', type: 'technology', label: { en: 'Gamma' }, position: { x: 150, y: 0 } },
  ],
  edges: [{ id: 'ab', type: 'agreement', source: 'a', target: 'b', status: 'signed' }],
};
const fillers = Number(new URLSearchParams(location.search).get('fillers') ?? 0);
for (let i = 0; i < fillers; i++) {
  doc.nodes.push({ id: `f${i}`, type: 'technology', label: { en: `Filler ${i}` }, position: { x: (i % 20) * 60, y: 4000 + Math.floor(i / 20) * 60 } });
}
const loaded = validateGraph(doc);
if (!loaded.ok) throw new Error(`renderer page graph is invalid: ${loaded.problems.map((p) => p.message).join('; ')}`);
let kg = KnowledgeGraph.from(loaded.graph);
const tokens = THEMES.light;
const view = buildGraphView(kg, 'en', tokens);
const layer = (id: string) => document.getElementById(id) as HTMLElement;
const renderer = createRenderer({ graph: layer('graph'), veil: layer('veil'), spotlight: layer('spotlight') }, view, tokens, {
  tapNode: () => undefined,
  tapEdge: () => undefined,
  tapBackground: () => undefined,
});

async function sample(png: Blob, points: readonly { x: number; y: number }[]): Promise<number[][]> {
  const bitmap = await createImageBitmap(png);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  return points.map((p) => [...ctx.getImageData(Math.round(p.x), Math.round(p.y), 1, 1).data]);
}

await renderer.firstFrame();
await renderer.runLayout().done;
// Fillers lie far from the three: frame the three.
if (fillers > 0) renderer.centerOn(['a', 'b', 'c'], { animate: false });
window.rendererPage = {
  renderer,
  addEdge(id, source, target) {
    doc.edges.push({ id, type: 'agreement', source, target, status: 'signed' });
    const edited = validateGraph(doc);
    if (!edited.ok) throw new Error(edited.problems.map((p) => p.message).join('; '));
    kg = KnowledgeGraph.from(edited.graph);
    return syncElements(renderer, buildGraphView(kg, 'en', tokens));
  },
  setTheme(name) {
    renderer.setTokens(THEMES[name]);
    return THEMES[name].edge;
  },
  select: (id) => renderer.setHighlight(id ? highlightFor(kg, { kind: 'node', id }, []) : null),
  colors: Object.fromEntries(view.nodes.map((n) => [n.id, n.color])),
  background: tokens.background,
  edge: tokens.edge,
  fade: tokens.fade,
  sample,
};
document.title = 'renderer ready';

/**
 * Peer: sigma v3 (WebGL) over a graphology graph, laid out by ForceAtlas2 in its web worker (the
 * FA2Layout supervisor) with the settings FA2 infers for the graph's size. Nodes start at seeded
 * random positions (the file's positions are ignored, as on the baseline page), sized by degree,
 * coloured by type, English labels (sigma draws the labels its label grid has room for).
 * First frame = sigma's first render, done inside its constructor; settled = the convergence rule
 * of ../convergence.ts, then the worker is killed. A click highlights the node's neighbours the
 * way sigma's examples do: node and edge reducers and a refresh.
 */
import type Graph from 'graphology';
import type Sigma from 'sigma';
import type { GraphDocument } from '../../../src/format/types';
import { ConvergenceWatch, SIGMA_CONVERGENCE } from '../convergence';
import { mulberry32 } from '../prng';
import { english, fetchGraph, installProbe, rankByDegree, type GraphView } from './harness';

let view: GraphView | undefined;
let candidates: string[] | undefined;
const signals = installProbe({ page: 'sigma', view: () => view, clickCandidates: () => candidates });

interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
}

function sigmaView(renderer: Sigma<NodeAttributes>, graph: Graph<NodeAttributes>): GraphView {
  const container = renderer.getContainer();
  return {
    container: () => container,
    saveViewport() {
      const camera = renderer.getCamera();
      const state = camera.getState();
      return () => camera.setState(state);
    },
    nodeBoxes() {
      const labels = renderer.getNodeDisplayedLabels();
      return graph.mapNodes((node, attributes) => {
        const p = renderer.graphToViewport(attributes);
        const r = renderer.getNodeDisplayData(node)?.size ?? attributes.size;
        // A drawn label sits to the right of its node, about 7 px per character at 14 px.
        const labelWidth = labels.has(node) ? 4 + attributes.label.length * 7 : 0;
        return { x1: p.x - r, y1: p.y - Math.max(r, 8), x2: p.x + r + labelWidth, y2: p.y + Math.max(r, 8) };
      });
    },
    rankedNodes(limit) {
      return graph
        .nodes()
        .sort((a, b) => graph.degree(b) - graph.degree(a))
        .slice(0, limit)
        .map((id) => ({ id, ...renderer.graphToViewport(graph.getNodeAttributes(id)) }));
    },
    positionOf(id) {
      return graph.hasNode(id) ? renderer.graphToViewport(graph.getNodeAttributes(id)) : undefined;
    },
    onRedraw(listener) {
      renderer.on('afterRender', listener);
      return () => {
        renderer.off('afterRender', listener);
      };
    },
    counts: () => ({ nodes: graph.order, edges: graph.size }),
  };
}

async function main(): Promise<void> {
  // Loaded lazily, like the element, so the runner can tell the library bundle from this harness.
  const [{ default: GraphClass }, { default: SigmaClass }, { default: FA2Layout }, { default: forceAtlas2 }, doc] = await Promise.all([
    import('graphology'),
    import('sigma'),
    import('graphology-layout-forceatlas2/worker'),
    import('graphology-layout-forceatlas2'),
    fetchGraph() as Promise<GraphDocument>,
  ]);
  candidates = rankByDegree(doc);
  const colors = Object.fromEntries(Object.entries(doc.nodeTypes).map(([type, t]) => [type, t.color ?? '#888888']));
  // multi: a file may hold two relations between the same pair of nodes.
  const graph = new GraphClass<NodeAttributes>({ multi: true });
  const random = mulberry32(1);
  for (const n of doc.nodes) {
    graph.addNode(n.id, { x: random.next() * 1000, y: random.next() * 1000, size: 3, color: colors[n.type] ?? '#888888', label: english(n.label) });
  }
  for (const e of doc.edges) graph.addEdgeWithKey(e.id, e.source, e.target);
  graph.forEachNode((node, attributes) => {
    attributes.size = 3 + 1.5 * Math.sqrt(graph.degree(node));
  });

  const container = document.getElementById('graph');
  if (container === null) throw new Error('no #graph element');
  let highlighted: { node: string; neighbours: Set<string> } | undefined;
  const renderer = new SigmaClass<NodeAttributes>(graph, container, {
    nodeReducer(node, data) {
      if (highlighted === undefined || node === highlighted.node || highlighted.neighbours.has(node)) return data;
      return { ...data, color: '#e5e5e5', label: '' };
    },
    edgeReducer(edge, data) {
      if (highlighted === undefined || graph.hasExtremity(edge, highlighted.node)) return data;
      return { ...data, hidden: true };
    },
  });
  view = sigmaView(renderer, graph);
  // The constructor rendered the first frame synchronously.
  signals.drawn();
  renderer.on('clickNode', ({ node }) => {
    highlighted = { node, neighbours: new Set(graph.neighbors(node)) };
    renderer.refresh({ skipIndexation: true });
    signals.selected();
  });
  renderer.on('clickStage', () => {
    highlighted = undefined;
    renderer.refresh({ skipIndexation: true });
  });

  const layout = new FA2Layout(graph, { settings: forceAtlas2.inferSettings(graph) });
  const watch = new ConvergenceWatch(SIGMA_CONVERGENCE, performance.now());
  const positions = new Float64Array(graph.order * 2);
  const onIteration = (): void => {
    let i = 0;
    graph.forEachNode((_node, attributes) => {
      positions[i] = attributes.x;
      positions[i + 1] = attributes.y;
      i += 2;
    });
    const verdict = watch.step(positions, performance.now());
    if (verdict === undefined) return;
    graph.off('eachNodeAttributesUpdated', onIteration);
    // Stop now, free the worker once the supervisor has finished handling this iteration.
    layout.stop();
    setTimeout(() => layout.kill(), 0);
    const why = verdict === 'converged' ? undefined : `ForceAtlas2 stopped by its ${SIGMA_CONVERGENCE.budgetMs / 1000} s budget, not converged`;
    // Settled once the last positions are on screen.
    renderer.once('afterRender', () => signals.settled(why));
    renderer.scheduleRender();
  };
  // The supervisor writes every iteration's positions with one updateEachNodeAttributes call.
  graph.on('eachNodeAttributesUpdated', onIteration);
  layout.start();
}

main().catch((error: unknown) => signals.failed(error instanceof Error ? error.message : String(error)));

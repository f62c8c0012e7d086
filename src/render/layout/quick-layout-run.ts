/**
 * Runs quick-layout.ts over a Cytoscape graph: reads positions, edges and each node's box with its
 * label, lays out, writes every position in one batch and fits. Synchronous: the run is settled
 * when this returns, so when it runs before the first frame (the renderer lays out right after
 * mounting) the graph is first drawn at its result.
 */
import type cytoscape from 'cytoscape';
import { quickLayout, quickLayoutSettings } from './quick-layout';
import { fitToPoints, type Point } from '../fit';
import { settleOnce, type LayoutOptions, type LayoutRun } from './layout-run';

export function startQuickLayout(cy: cytoscape.Core, options: LayoutOptions): LayoutRun {
  const run = settleOnce(options.onSettled);
  const nodes = cy.nodes();
  const n = nodes.length;
  const indexOf = new Map<string, number>();
  const positions = new Float32Array(2 * n);
  const fixed = new Uint8Array(n);
  const boxes = new Float32Array(4 * n);
  for (let i = 0; i < n; i++) {
    const node = nodes[i]!;
    indexOf.set(node.id(), i);
    const p = node.position();
    positions[2 * i] = p.x;
    positions[2 * i + 1] = p.y;
    if (options.pinned.has(node.id()) || node.locked()) fixed[i] = 1;
    // The node with its label as drawn (the label hangs below the node).
    const bb = node.boundingBox({ includeLabels: true, includeOverlays: false } as cytoscape.BoundingBoxOptions);
    boxes[4 * i] = Math.min(0, bb.x1 - p.x);
    boxes[4 * i + 1] = Math.min(0, bb.y1 - p.y);
    boxes[4 * i + 2] = Math.max(0, bb.x2 - p.x);
    boxes[4 * i + 3] = Math.max(0, bb.y2 - p.y);
  }
  const edges = cy.edges();
  const links = new Uint32Array(2 * edges.length);
  let m = 0;
  for (let e = 0; e < edges.length; e++) {
    const data = edges[e]!.data() as { source: string; target: string };
    const s = indexOf.get(data.source);
    const t = indexOf.get(data.target);
    if (s === undefined || t === undefined || s === t) continue;
    links[2 * m] = s;
    links[2 * m + 1] = t;
    m++;
  }
  const result = quickLayout({ positions, fixed, links: links.subarray(0, 2 * m), boxes }, quickLayoutSettings(n));
  cy.batch(() => {
    for (let i = 0; i < n; i++) if (!fixed[i]) nodes[i]!.position({ x: result[2 * i]!, y: result[2 * i + 1]! });
  });
  cy.emit('kglayoutpositions');
  // Fitted to the boxes already measured: cy.fit() would measure every node, label and edge again
  // (23–41 ms at 33 nodes before the first frame, measured).
  if (options.fit ?? true) fitToPoints(cy, boxCorners(result, boxes), { padding: options.padding ?? 30, margin: 0 });
  run.settle('settled');
  return { done: run.done, stop: () => run.settle('stopped') };
}

/** The top-left and bottom-right corners of every node's box at `positions`. */
function* boxCorners(positions: Float32Array, boxes: Float32Array): Iterable<Point> {
  for (let i = 0; 2 * i < positions.length; i++) {
    yield { x: positions[2 * i]! + boxes[4 * i]!, y: positions[2 * i + 1]! + boxes[4 * i + 1]! };
    yield { x: positions[2 * i]! + boxes[4 * i + 2]!, y: positions[2 * i + 1]! + boxes[4 * i + 3]! };
  }
}

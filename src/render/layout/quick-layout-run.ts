/**
 * Runs quick-layout.ts over a Cytoscape graph: reads positions, edges and each node's box with its
 * label, lays out, writes every position in one batch and fits. Synchronous: the run is settled
 * when this returns, so when it runs before the first frame (the renderer lays out right after
 * mounting) the graph is first drawn at its result.
 */
import type cytoscape from 'cytoscape';
import { quickLayout, quickLayoutSettings } from './quick-layout';
import { fitToPoints, type Point } from '../fit';
import { layoutEdges, settleOnce, type LayoutOptions, type LayoutRun } from './layout-run';
import { graphArrays, readLink, readNode } from './graph-arrays';

export function startQuickLayout(cy: cytoscape.Core, options: LayoutOptions): LayoutRun {
  const run = settleOnce(options.onSettled);
  const nodes = cy.nodes();
  const n = nodes.length;
  const edges = layoutEdges(cy, options);
  const arrays = graphArrays(n, edges.length);
  const boxes = new Float32Array(4 * n);
  for (let i = 0; i < n; i++) {
    const node = nodes[i]!;
    readNode(arrays, node, i, options.pinned);
    // The node with its label as drawn (the label hangs below the node).
    const p = node.position();
    const bb = node.boundingBox({ includeLabels: true, includeOverlays: false } as cytoscape.BoundingBoxOptions);
    boxes[4 * i] = Math.min(0, bb.x1 - p.x);
    boxes[4 * i + 1] = Math.min(0, bb.y1 - p.y);
    boxes[4 * i + 2] = Math.max(0, bb.x2 - p.x);
    boxes[4 * i + 3] = Math.max(0, bb.y2 - p.y);
  }
  for (let e = 0; e < edges.length; e++) readLink(arrays, edges[e]!);
  const { positions, fixed, links, linkCount } = arrays;
  const result = quickLayout({ positions, fixed, links: links.subarray(0, 2 * linkCount), boxes }, quickLayoutSettings(n));
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

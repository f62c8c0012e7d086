/**
 * The graph as typed arrays, the form every layout engine here works on: node i's position at
 * positions[2i], [2i + 1], fixed[i] = 1 for a node that must not move, and links as index pairs.
 * Read one node or edge at a time, so a caller can pause between them (force-layout.ts slices
 * 20,000 nodes) or not (quick-layout-run.ts, before the first frame).
 */
import type cytoscape from 'cytoscape';

export interface GraphArrays {
  readonly indexOf: Map<string, number>;
  readonly positions: Float32Array;
  readonly fixed: Uint8Array;
  /** Index pairs; only the first `linkCount` pairs are written. */
  readonly links: Uint32Array;
  linkCount: number;
}

export function graphArrays(nodeCount: number, edgeCount: number): GraphArrays {
  return {
    indexOf: new Map(),
    positions: new Float32Array(2 * nodeCount),
    fixed: new Uint8Array(nodeCount),
    links: new Uint32Array(2 * edgeCount),
    linkCount: 0,
  };
}

/** Writes node `i`: its index by id, its position, and whether it is pinned or locked. */
export function readNode(arrays: GraphArrays, node: cytoscape.NodeSingular, i: number, pinned: ReadonlySet<string>): void {
  arrays.indexOf.set(node.id(), i);
  const p = node.position();
  arrays.positions[2 * i] = p.x;
  arrays.positions[2 * i + 1] = p.y;
  if (pinned.has(node.id()) || node.locked()) arrays.fixed[i] = 1;
}

/** Appends an edge's ends as a link (after every node is read); loops and unknown ends are left out. */
export function readLink(arrays: GraphArrays, edge: { readonly source: string; readonly target: string }): void {
  const s = arrays.indexOf.get(edge.source);
  const t = arrays.indexOf.get(edge.target);
  if (s === undefined || t === undefined || s === t) return;
  arrays.links[2 * arrays.linkCount] = s;
  arrays.links[2 * arrays.linkCount + 1] = t;
  arrays.linkCount++;
}

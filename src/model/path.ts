import type { GraphEdge } from '../format/types';
import type { Visibility } from './filters';
import type { KnowledgeGraph } from './knowledge-graph';

/** A walk through the graph: `edges[i]` joins `nodes[i]` and `nodes[i + 1]`. */
export interface GraphPath {
  readonly nodes: readonly string[];
  readonly edges: readonly string[];
}

export interface ShortestPathOptions {
  /** At most this many paths (default 5). */
  readonly maxPaths?: number;
  /** Only visible nodes and edges are walked. */
  readonly visible?: Visibility;
}

export const DEFAULT_MAX_PATHS = 5;

/**
 * All shortest paths (ignoring direction), at most maxPaths (default 5); [] when unreachable.
 *
 * Parallel edges make distinct paths; self-loops are never part of one. The order is
 * deterministic: paths compare by their edges' document order, first step first. From a node to
 * itself the one path is that node alone.
 *
 * How: a breadth-first search from both ends, a whole layer at a time on the side with the smaller
 * frontier, until the two balls meet; the meeting layer holds one node of every shortest path.
 * Marking the nodes that step down from it to `from` lets a depth-first walk from `from` never
 * dead-end, so listing k paths of length d costs O(k·d·degree) on top of the two searches (which
 * visit about two balls of half the distance rather than one ball of the whole distance).
 */
export function shortestPaths(
  kg: KnowledgeGraph,
  from: string,
  to: string,
  options: ShortestPathOptions = {},
): GraphPath[] {
  const maxPaths = options.maxPaths ?? DEFAULT_MAX_PATHS;
  const visible = options.visible;
  const nodeShown = (id: string) => (visible ? visible.node(id) : kg.node(id) !== undefined);
  const edgeShown = (edge: GraphEdge) => (visible ? visible.edge(edge.id) : true);

  if (!(maxPaths >= 1) || !kg.node(from) || !kg.node(to) || !nodeShown(from) || !nodeShown(to)) return [];
  if (from === to) return [{ nodes: [from], edges: [] }];

  const count = kg.nodes.length;
  const index = (id: string) => kg.nodeIndex(id);
  // Distances from each end by node position; -1 = not reached.
  const fromDistance = new Int32Array(count).fill(-1);
  const toDistance = new Int32Array(count).fill(-1);
  fromDistance[index(from)] = 0;
  toDistance[index(to)] = 0;
  let fromFrontier = [from];
  let toFrontier = [to];
  let fromDepth = 0;
  let toDepth = 0;
  let meeting: string[] = [];

  while (meeting.length === 0 && fromFrontier.length > 0 && toFrontier.length > 0) {
    const forward = fromFrontier.length <= toFrontier.length;
    const own = forward ? fromDistance : toDistance;
    const other = forward ? toDistance : fromDistance;
    const depth = (forward ? fromDepth : toDepth) + 1;
    const next: string[] = [];
    for (const id of forward ? fromFrontier : toFrontier) {
      for (const edge of kg.incidentEdges(id)) {
        const neighbour = kg.otherEnd(edge, id);
        const at = index(neighbour);
        if (own[at] !== -1 || !edgeShown(edge) || !nodeShown(neighbour)) continue;
        own[at] = depth;
        next.push(neighbour);
        // The first overlap happens at the other side's deepest layer, so every meeting node is
        // fromDepth + toDepth away from the far end in total.
        if (other[at] !== -1) meeting.push(neighbour);
      }
    }
    if (forward) {
      fromFrontier = next;
      fromDepth = depth;
    } else {
      toFrontier = next;
      toDepth = depth;
    }
  }
  if (meeting.length === 0) return [];
  // A guard only: by the argument above every meeting node is already at depth fromDepth.
  meeting = meeting.filter((id) => fromDistance[index(id)] === fromDepth);
  const length = fromDepth + toDepth;

  // Beyond the meeting layer, every node one step nearer `to` is on a shortest path (its distance
  // to `to` is exact); before it, a node one step from `from` may lead elsewhere. So mark the nodes
  // that step down from the meeting layer to `from`: the walk below visits only those.
  const onFromSide = new Uint8Array(count);
  let layer = meeting;
  for (const id of layer) onFromSide[index(id)] = 1;
  for (let below = fromDepth - 1; below >= 0; below--) {
    const next: string[] = [];
    for (const id of layer) {
      for (const edge of kg.incidentEdges(id)) {
        const neighbour = kg.otherEnd(edge, id);
        const at = index(neighbour);
        if (fromDistance[at] !== below || onFromSide[at] === 1 || !edgeShown(edge)) continue;
        onFromSide[at] = 1;
        next.push(neighbour);
      }
    }
    layer = next;
  }

  // Whether the node at position `at` can be step `step` of a shortest path.
  const onPathAt = (at: number, step: number) =>
    step <= fromDepth ? fromDistance[at] === step && onFromSide[at] === 1 : toDistance[at] === length - step;

  // Forward walk in document order over marked nodes, iterative so long paths cannot overflow the stack.
  const paths: GraphPath[] = [];
  const nodes = [from];
  const edges: string[] = [];
  const cursor = [0];
  while (cursor.length > 0 && paths.length < maxPaths) {
    const step = cursor.length - 1;
    const here = nodes[step] as string;
    if (step === length) {
      paths.push({ nodes: [...nodes], edges: [...edges] });
      backtrack();
      continue;
    }
    const incident = kg.incidentEdges(here);
    let stepped = false;
    for (let i = cursor[step] as number; i < incident.length; i++) {
      const edge = incident[i] as GraphEdge;
      const neighbour = kg.otherEnd(edge, here);
      if (onPathAt(index(neighbour), step + 1) && edgeShown(edge)) {
        cursor[step] = i + 1;
        nodes.push(neighbour);
        edges.push(edge.id);
        cursor.push(0);
        stepped = true;
        break;
      }
    }
    if (!stepped) backtrack();
  }
  return paths;

  function backtrack(): void {
    cursor.pop();
    nodes.pop();
    edges.pop();
  }
}

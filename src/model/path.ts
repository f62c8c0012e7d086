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
 * How: a breadth-first search from `from` that stops as soon as `to` is reached, a backward pass
 * from `to` marking the nodes that lie on some shortest path, then a depth-first walk over marked
 * nodes only, which never dead-ends, so listing k paths of length d costs O(k·d·degree).
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

  if (!(maxPaths >= 1) || !nodeShown(from) || !nodeShown(to)) return [];
  if (from === to) return [{ nodes: [from], edges: [] }];

  const distance = breadthFirstUntil(kg, from, to, nodeShown, edgeShown);
  const length = distance.get(to);
  if (length === undefined) return [];

  // Backward pass: a node is on a shortest path when it steps down the distances to `from`.
  const onPath = new Set<string>([to]);
  let layer = [to];
  for (let d = length; d > 0; d--) {
    const next: string[] = [];
    for (const id of layer) {
      for (const edge of kg.incidentEdges(id)) {
        const other = kg.otherEnd(edge, id);
        if (distance.get(other) === d - 1 && !onPath.has(other) && edgeShown(edge) && nodeShown(other)) {
          onPath.add(other);
          next.push(other);
        }
      }
    }
    layer = next;
  }

  // Forward walk in document order over marked nodes, iterative so long paths cannot overflow the stack.
  const paths: GraphPath[] = [];
  const nodes = [from];
  const edges: string[] = [];
  const cursor = [0];
  while (cursor.length > 0 && paths.length < maxPaths) {
    const depth = cursor.length - 1;
    const here = nodes[depth] as string;
    if (here === to) {
      paths.push({ nodes: [...nodes], edges: [...edges] });
      backtrack();
      continue;
    }
    const incident = kg.incidentEdges(here);
    let i = cursor[depth] as number;
    let stepped = false;
    for (; i < incident.length; i++) {
      const edge = incident[i] as GraphEdge;
      const other = kg.otherEnd(edge, here);
      if (distance.get(other) === depth + 1 && onPath.has(other) && edgeShown(edge)) {
        cursor[depth] = i + 1;
        nodes.push(other);
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

/** Distances (in edges, ignoring direction) from `from`, explored layer by layer until `to` is found. */
function breadthFirstUntil(
  kg: KnowledgeGraph,
  from: string,
  to: string,
  nodeShown: (id: string) => boolean,
  edgeShown: (edge: GraphEdge) => boolean,
): Map<string, number> {
  const distance = new Map<string, number>([[from, 0]]);
  const queue = [from];
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head] as string;
    const next = (distance.get(id) as number) + 1;
    for (const edge of kg.incidentEdges(id)) {
      const other = kg.otherEnd(edge, id);
      if (distance.has(other) || !edgeShown(edge) || !nodeShown(other)) continue;
      distance.set(other, next);
      // Every node nearer than `to` already has its distance: nothing more is needed.
      if (other === to) return distance;
      queue.push(other);
    }
  }
  return distance;
}

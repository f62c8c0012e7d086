import type { Visibility } from './filters';
import type { KnowledgeGraph } from './knowledge-graph';

/** A set of node ids and edge ids. */
export interface ElementSet {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
}

/**
 * A node with its neighbours and incident edges; an edge with its two ends and its topics.
 *
 * With `visible`, only visible elements are included, and a hidden or unknown `id` gives an
 * empty set (nothing to highlight around something that is not shown). O(degree).
 */
export function neighbourhood(kg: KnowledgeGraph, id: string, visible?: Visibility): ElementSet {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const nodeShown = (nodeId: string) => (visible ? visible.node(nodeId) : kg.node(nodeId) !== undefined);
  const edgeShown = (edgeId: string) => (visible ? visible.edge(edgeId) : kg.edge(edgeId) !== undefined);

  if (kg.node(id) !== undefined) {
    if (!nodeShown(id)) return { nodes, edges };
    nodes.add(id);
    for (const incident of kg.incidentEdges(id)) {
      if (!edgeShown(incident.id)) continue;
      const other = kg.otherEnd(incident, id);
      if (!nodeShown(other)) continue;
      edges.add(incident.id);
      nodes.add(other);
    }
    return { nodes, edges };
  }

  const edge = kg.edge(id);
  if (edge === undefined || !edgeShown(id)) return { nodes, edges };
  edges.add(id);
  for (const end of [edge.source, edge.target, ...(edge.topics ?? [])]) {
    if (kg.node(end) !== undefined && nodeShown(end)) nodes.add(end);
  }
  return { nodes, edges };
}

/** How far a spotlight reaches: the neighbours (1), or their neighbours too (2). */
export type Depth = 1 | 2;

/**
 * The neighbourhood of `id` widened `depth` steps: at 2, every node one step further out from
 * the first neighbourhood's nodes, with the edges that reach them. O(sum of their degrees).
 */
export function widerNeighbourhood(kg: KnowledgeGraph, id: string, depth: Depth, visible?: Visibility): ElementSet {
  const first = neighbourhood(kg, id, visible);
  if (depth === 1) return first;
  const nodes = new Set(first.nodes);
  const edges = new Set(first.edges);
  for (const near of first.nodes) {
    const around = neighbourhood(kg, near, visible);
    around.nodes.forEach((n) => nodes.add(n));
    around.edges.forEach((e) => edges.add(e));
  }
  return { nodes, edges };
}

import type { GraphEdge, GraphNode } from '../format/types';
import type { Visibility } from './filters';
import type { KnowledgeGraph } from './knowledge-graph';

/** Which way a relation points, seen from the node whose relations are listed. */
export type RelationDirection = 'out' | 'in' | 'undirected';

/** Order of directions inside one edge type. */
export const RELATION_DIRECTIONS: readonly RelationDirection[] = ['out', 'in', 'undirected'];

/** One relation of a node: the edge and the node at its other end (the node itself for a self-loop). */
export interface RelationItem {
  readonly edge: GraphEdge;
  readonly other: GraphNode;
}

/** Relations of one edge type in one direction. */
export interface RelationGroup {
  readonly edgeType: string;
  readonly direction: RelationDirection;
  readonly items: readonly RelationItem[];
}

/** Direction of `edge` seen from `nodeId`: an undirected type gives 'undirected'; a directed self-loop is 'out'. */
export function relationDirection(kg: KnowledgeGraph, edge: GraphEdge, nodeId: string): RelationDirection {
  if (!kg.isDirected(edge)) return 'undirected';
  return edge.source === nodeId ? 'out' : 'in';
}

/**
 * The node's relations grouped for the details panel: by edge type (declaration order, then
 * undeclared types by first appearance), then by direction (out, in, undirected); items in
 * document order. A self-loop is listed once. With `visible`, hidden edges and edges to hidden
 * nodes are left out. O(degree · log degree).
 */
export function relationGroups(kg: KnowledgeGraph, nodeId: string, visible?: Visibility): RelationGroup[] {
  if (kg.node(nodeId) === undefined) return [];
  const groups = new Map<string, { edgeType: string; direction: RelationDirection; items: RelationItem[] }>();
  for (const edge of kg.incidentEdges(nodeId)) {
    if (visible && !visible.edge(edge.id)) continue;
    const otherId = kg.otherEnd(edge, nodeId);
    const other = kg.node(otherId);
    if (other === undefined || (visible && !visible.node(otherId))) continue;
    const direction = relationDirection(kg, edge, nodeId);
    const key = `${direction}\u0000${edge.type}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = { edgeType: edge.type, direction, items: [] };
      groups.set(key, group);
    }
    group.items.push({ edge, other });
  }

  const typeOrder = new Map<string, number>();
  for (const type of Object.keys(kg.document.edgeTypes ?? {})) typeOrder.set(type, typeOrder.size);
  // Undeclared types follow declared ones, in order of first appearance (Map keeps insertion order).
  for (const group of groups.values()) if (!typeOrder.has(group.edgeType)) typeOrder.set(group.edgeType, typeOrder.size);
  return [...groups.values()].sort(
    (a, b) =>
      (typeOrder.get(a.edgeType) as number) - (typeOrder.get(b.edgeType) as number) ||
      RELATION_DIRECTIONS.indexOf(a.direction) - RELATION_DIRECTIONS.indexOf(b.direction),
  );
}

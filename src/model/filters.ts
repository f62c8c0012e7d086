import { BUILTIN_STATUSES } from '../format/types';
import type { KnowledgeGraph } from './knowledge-graph';

/** Status key used for edges that carry no `status`. */
export const NO_STATUS = 'none';

/** What the reader has chosen to hide. Everything not listed is shown. */
export interface FilterState {
  readonly hiddenNodeTypes: ReadonlySet<string>;
  readonly hiddenEdgeTypes: ReadonlySet<string>;
  /** Edges without status use the key "none" ({@link NO_STATUS}). */
  readonly hiddenStatuses: ReadonlySet<string>;
}

/** Answers whether an element is shown; false for ids the graph does not have. */
export interface Visibility {
  node(id: string): boolean;
  edge(id: string): boolean;
}

/** A filter state that hides nothing (a fresh object each call: state is per viewer). */
export function emptyFilters(): FilterState {
  return { hiddenNodeTypes: new Set(), hiddenEdgeTypes: new Set(), hiddenStatuses: new Set() };
}

/** The status key of an edge: its `status`, or {@link NO_STATUS}. */
export function statusKey(edge: { readonly status?: string }): string {
  return edge.status ?? NO_STATUS;
}

/**
 * Visibility under `filters`: a node is hidden when its type is; an edge is hidden when its type
 * or status is hidden or either end is hidden. O(1) per question, nothing precomputed.
 */
export function visibility(kg: KnowledgeGraph, filters: FilterState): Visibility {
  const node = (id: string): boolean => {
    const found = kg.node(id);
    return found !== undefined && !filters.hiddenNodeTypes.has(found.type);
  };
  const edge = (id: string): boolean => {
    const found = kg.edge(id);
    return (
      found !== undefined &&
      !filters.hiddenEdgeTypes.has(found.type) &&
      !filters.hiddenStatuses.has(statusKey(found)) &&
      node(found.source) &&
      node(found.target)
    );
  };
  return { node, edge };
}

/** Visibility with nothing hidden: true for every node and edge of the graph. */
export function allVisible(kg: KnowledgeGraph): Visibility {
  return { node: (id) => kg.node(id) !== undefined, edge: (id) => kg.edge(id) !== undefined };
}

/** Keys ordered: declared ones in declaration order first, then the others in order of appearance. */
function countInOrder(declared: readonly string[], keys: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  const ordered = new Map<string, number>();
  for (const key of declared) {
    const count = counts.get(key);
    if (count !== undefined) ordered.set(key, count);
  }
  for (const [key, count] of counts) if (!ordered.has(key)) ordered.set(key, count);
  return ordered;
}

function* map<T, U>(items: Iterable<T>, f: (item: T) => U): Iterable<U> {
  for (const item of items) yield f(item);
}

/**
 * How many nodes of each node type, edges of each edge type and edges of each status the graph has
 * (only keys that occur). Types come in declaration order; statuses from firmest (`signed`) to
 * loosest (`stated`), then declared ones, then others, with "none" last.
 */
export function typeCounts(kg: KnowledgeGraph): {
  nodeTypes: Map<string, number>;
  edgeTypes: Map<string, number>;
  statuses: Map<string, number>;
} {
  const doc = kg.document;
  const declaredStatuses = [...BUILTIN_STATUSES, ...Object.keys(doc.meta?.statuses ?? {})];
  const statuses = countInOrder(declaredStatuses, map(kg.edges, statusKey));
  const none = statuses.get(NO_STATUS);
  if (none !== undefined && !declaredStatuses.includes(NO_STATUS)) {
    statuses.delete(NO_STATUS);
    statuses.set(NO_STATUS, none);
  }
  return {
    nodeTypes: countInOrder(Object.keys(doc.nodeTypes ?? {}), map(kg.nodes, (n) => n.type)),
    edgeTypes: countInOrder(Object.keys(doc.edgeTypes ?? {}), map(kg.edges, (e) => e.type)),
    statuses,
  };
}

/** Rules about the graph as a whole. */
import { formatCount } from '../limits';
import { quote } from '../message-text';
import { childPointer } from '../json/pointer';
import { own, type RuleContext } from './context';
import { checkUniqueIds, type DeclaredId } from './ids';
import { objectsIn, type DeclaredIds } from './references';

export const GRAPH_CODES = {
  isolatedNode: 'isolated-node',
  tooManyNodes: 'too-many-nodes',
  tooManyEdges: 'too-many-edges',
  tooManyParallelEdges: 'too-many-parallel-edges',
} as const;

/** Nodes no edge touches are allowed, and warned about (self-loops count as touching). */
export function checkIsolatedNodes(ctx: RuleContext, doc: Record<string, unknown>, ids: DeclaredIds): void {
  const nodeList = own(doc, 'nodes');
  const touched = new Uint8Array(Array.isArray(nodeList) ? nodeList.length : 0);
  for (const end of ids.edgeEnds) if (end >= 0) touched[end] = 1;
  for (const [node, index] of objectsIn(doc, 'nodes')) {
    const id = own(node, 'id');
    // Only the first node with an id can be reached; a duplicate is an error of its own.
    if (typeof id === 'string' && touched[index] === 0 && ids.nodes.get(id) === index) {
      ctx.warning(GRAPH_CODES.isolatedNode, `/nodes/${index}`, `the node ${quote(id)} has no edges`, 'connect it, or keep it if it stands alone on purpose');
    }
  }
}

/**
 * Ids are unique per kind; nodes and edges share one namespace. Type and status ids are object
 * keys (unique by construction) but are still checked for look-alikes.
 */
export function checkIdUniqueness(ctx: RuleContext, doc: Record<string, unknown>): void {
  const declared = (field: string, what: string): DeclaredId[] => {
    const ids: DeclaredId[] = [];
    for (const [element, index] of objectsIn(doc, field)) {
      const id = own(element, 'id');
      if (typeof id === 'string' && id !== '') ids.push({ id, pointer: { list: `/${field}`, index }, what });
    }
    return ids;
  };
  const keys = (container: unknown, pointer: string, what: string): DeclaredId[] =>
    container !== null && typeof container === 'object' && !Array.isArray(container)
      ? Object.keys(container).map((id) => ({ id, pointer: childPointer(pointer, id), what, atKey: true }))
      : [];
  checkUniqueIds(ctx, [...declared('nodes', 'node'), ...declared('edges', 'edge')]);
  checkUniqueIds(ctx, declared('sources', 'source'));
  checkUniqueIds(ctx, declared('tours', 'tour'));
  checkUniqueIds(ctx, keys(own(doc, 'nodeTypes'), '/nodeTypes', 'node type'));
  checkUniqueIds(ctx, keys(own(doc, 'edgeTypes'), '/edgeTypes', 'edge type'));
  const meta = own(doc, 'meta');
  checkUniqueIds(ctx, keys(meta !== null && typeof meta === 'object' ? own(meta as Record<string, unknown>, 'statuses') : undefined, '/meta/statuses', 'status'));
}

/**
 * At most `maxParallelEdges` edges join any two nodes (in either direction; self-loops count per
 * node). One error per pair over the limit, at the first edge past it, naming the pair and the
 * count. O(edges), before any per-edge rule; returns false when a pair is over the limit.
 */
export function checkParallelEdges(ctx: RuleContext, doc: Record<string, unknown>): boolean {
  const limit = ctx.limits.maxParallelEdges;
  const counts = new Map<string, number>();
  /** Pairs over the limit: their ends and the index of the first edge past it. */
  const over = new Map<string, { readonly a: string; readonly b: string; readonly index: number }>();
  for (const [edge, index] of objectsIn(doc, 'edges')) {
    const source = own(edge, 'source');
    const target = own(edge, 'target');
    if (typeof source !== 'string' || typeof target !== 'string') continue;
    const [a, b] = source <= target ? [source, target] : [target, source];
    const key = `${a.length}:${a}${b}`; // length-prefixed, so no two pairs share a key
    const count = (counts.get(key) ?? 0) + 1;
    counts.set(key, count);
    if (count === limit + 1) over.set(key, { a, b, index });
  }
  for (const [key, { a, b, index }] of over) {
    const count = counts.get(key) as number;
    const pair = a === b ? `the node ${quote(a)} to itself` : `the nodes ${quote(a)} and ${quote(b)}`;
    ctx.error(
      GRAPH_CODES.tooManyParallelEdges,
      `/edges/${index}`,
      `${formatCount(count)} edges join ${pair}; the limit is ${formatCount(limit)} per pair of nodes (maxParallelEdges)`,
      'merge relations that say the same thing (one edge can carry several evidence quotes), or ask the embedding page to raise maxParallelEdges',
    );
  }
  return over.size === 0;
}

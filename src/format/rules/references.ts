/**
 * References must resolve: types to declared types, edge ends and topics to nodes, tour steps
 * to nodes and edges, evidence to sources (and `by` to nodes), statuses to built-in or declared
 * statuses. These rules read the document defensively: shape errors are reported elsewhere.
 */
import { BUILTIN_STATUSES } from '../types';
import { escapeForMessage } from '../json/parse';
import { childPointer } from '../json/pointer';
import { isObject, own, type RuleContext } from './context';
import { didYouMean } from './suggest';

export const REFERENCE_CODES = {
  unknownNodeType: 'unknown-node-type',
  unknownEdgeType: 'unknown-edge-type',
  danglingEdgeEnd: 'dangling-edge-end',
  danglingTopic: 'dangling-topic',
  danglingTourNode: 'dangling-tour-node',
  danglingTourEdge: 'dangling-tour-edge',
  danglingEvidenceSource: 'dangling-evidence-source',
  danglingAttribution: 'dangling-attribution',
  unknownStatus: 'unknown-status',
} as const;

/** Ids declared in the document, by kind. */
export interface DeclaredIds {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
  readonly sources: ReadonlySet<string>;
  readonly nodeTypes: ReadonlySet<string>;
  readonly edgeTypes: ReadonlySet<string>;
  readonly statuses: ReadonlySet<string>;
}

/** Elements of an array field, with their pointers; nothing when the field is not an array. */
export function* members(container: unknown, field: string, pointer: string): Generator<[Record<string, unknown>, string]> {
  if (!isObject(container)) return;
  const list = own(container, field);
  if (!Array.isArray(list)) return;
  const listPointer = childPointer(pointer, field);
  for (let i = 0; i < list.length; i++) {
    const element: unknown = list[i];
    if (isObject(element)) yield [element, childPointer(listPointer, i)];
  }
}

export function collectDeclaredIds(doc: Record<string, unknown>): DeclaredIds {
  const ids = (field: string): Set<string> => {
    const set = new Set<string>();
    for (const [element] of members(doc, field, '')) {
      const id = own(element, 'id');
      if (typeof id === 'string') set.add(id);
    }
    return set;
  };
  const keys = (value: unknown): Set<string> => new Set(isObject(value) ? Object.keys(value) : []);
  const meta = own(doc, 'meta');
  return {
    nodes: ids('nodes'),
    edges: ids('edges'),
    sources: ids('sources'),
    nodeTypes: keys(own(doc, 'nodeTypes')),
    edgeTypes: keys(own(doc, 'edgeTypes')),
    statuses: new Set<string>([...BUILTIN_STATUSES, ...keys(isObject(meta) ? own(meta, 'statuses') : undefined)]),
  };
}

/** Reports `code` when `value` is a string that `declared` lacks, with a did-you-mean hint. */
function resolve(ctx: RuleContext, value: unknown, pointer: string, declared: ReadonlySet<string>, code: string, message: (id: string) => string, hint?: (id: string) => string | undefined): void {
  if (typeof value !== 'string' || declared.has(value)) return;
  const extra = hint?.(value);
  const suggestion = extra ?? (ctx.takeSuggestion() ? didYouMean(value, declared) : undefined);
  ctx.error(code, pointer, message(escapeForMessage(value)), suggestion);
}

/** Every node's `type` is a key of `nodeTypes`. */
export function checkNodeTypes(ctx: RuleContext, doc: Record<string, unknown>, ids: DeclaredIds): void {
  for (const [node, at] of members(doc, 'nodes', '')) {
    resolve(ctx, own(node, 'type'), childPointer(at, 'type'), ids.nodeTypes, REFERENCE_CODES.unknownNodeType, (id) => `no node type "${id}" is declared in nodeTypes`, (id) =>
      ids.edgeTypes.has(id) ? `"${id}" is an edge type; declare it in nodeTypes too, or pick a node type` : undefined,
    );
  }
}

/** Every edge's `type` is a key of `edgeTypes`. */
export function checkEdgeTypes(ctx: RuleContext, doc: Record<string, unknown>, ids: DeclaredIds): void {
  for (const [edge, at] of members(doc, 'edges', '')) {
    resolve(ctx, own(edge, 'type'), childPointer(at, 'type'), ids.edgeTypes, REFERENCE_CODES.unknownEdgeType, (id) => `no edge type "${id}" is declared in edgeTypes`, (id) =>
      ids.nodeTypes.has(id) ? `"${id}" is a node type; declare it in edgeTypes too, or pick an edge type` : undefined,
    );
  }
}

/** Every edge's `source` and `target` name a node. */
export function checkEdgeEnds(ctx: RuleContext, doc: Record<string, unknown>, ids: DeclaredIds): void {
  for (const [edge, at] of members(doc, 'edges', '')) {
    for (const end of ['source', 'target']) {
      resolve(ctx, own(edge, end), childPointer(at, end), ids.nodes, REFERENCE_CODES.danglingEdgeEnd, (id) => `no node has id "${id}"`, (id) =>
        ids.edges.has(id) ? `"${id}" is an edge; an edge joins two nodes` : undefined,
      );
    }
  }
}

/** Every edge topic names a node. */
export function checkTopics(ctx: RuleContext, doc: Record<string, unknown>, ids: DeclaredIds): void {
  for (const [edge, at] of members(doc, 'edges', '')) {
    const topics = own(edge, 'topics');
    if (!Array.isArray(topics)) continue;
    topics.forEach((topic: unknown, index) => {
      resolve(ctx, topic, childPointer(childPointer(at, 'topics'), index), ids.nodes, REFERENCE_CODES.danglingTopic, (id) => `no node has id "${id}"`, (id) =>
        ids.edges.has(id) ? `"${id}" is an edge; topics are the nodes a relation is about` : undefined,
      );
    });
  }
}

/** Tour steps show existing nodes and edges. */
export function checkTourSteps(ctx: RuleContext, doc: Record<string, unknown>, ids: DeclaredIds): void {
  for (const [tour, tourAt] of members(doc, 'tours', '')) {
    for (const [step, at] of members(tour, 'steps', tourAt)) {
      const check = (field: string, declared: ReadonlySet<string>, other: ReadonlySet<string>, code: string, kind: string, otherKind: string): void => {
        const list = own(step, field);
        if (!Array.isArray(list)) return;
        list.forEach((id: unknown, index) => {
          resolve(ctx, id, childPointer(childPointer(at, field), index), declared, code, (shown) => `no ${kind} has id "${shown}"`, (shown) =>
            other.has(shown) ? `"${shown}" is ${otherKind}; list it under "${field === 'nodes' ? 'edges' : 'nodes'}"` : undefined,
          );
        });
      };
      check('nodes', ids.nodes, ids.edges, REFERENCE_CODES.danglingTourNode, 'node', 'an edge');
      check('edges', ids.edges, ids.nodes, REFERENCE_CODES.danglingTourEdge, 'edge', 'a node');
    }
  }
}

/** Each node and edge evidence list, with its pointer. */
export function* allEvidence(doc: Record<string, unknown>): Generator<[Record<string, unknown>, string]> {
  for (const field of ['nodes', 'edges']) {
    for (const [element, at] of members(doc, field, '')) yield* members(element, 'evidence', at);
  }
}

/** `evidence[].source` names a source; `evidence[].by` names a node. */
export function checkEvidenceReferences(ctx: RuleContext, doc: Record<string, unknown>, ids: DeclaredIds): void {
  for (const [evidence, at] of allEvidence(doc)) {
    resolve(ctx, own(evidence, 'source'), childPointer(at, 'source'), ids.sources, REFERENCE_CODES.danglingEvidenceSource, (id) => `no source has id "${id}"`, () =>
      ids.sources.size === 0 ? 'declare the document the quote comes from in "sources"' : undefined,
    );
    resolve(ctx, own(evidence, 'by'), childPointer(at, 'by'), ids.nodes, REFERENCE_CODES.danglingAttribution, (id) => `no node has id "${id}" to attribute the claim to`, () => undefined);
  }
}

/** An edge's `status` is built in or declared in `meta.statuses`. */
export function checkStatuses(ctx: RuleContext, doc: Record<string, unknown>, ids: DeclaredIds): void {
  for (const [edge, at] of members(doc, 'edges', '')) {
    resolve(ctx, own(edge, 'status'), childPointer(at, 'status'), ids.statuses, REFERENCE_CODES.unknownStatus, (id) => `"${id}" is not a known status`, (id) => {
      const near = didYouMean(id, ids.statuses);
      const declare = 'statuses are signed, agreed, offered, proposed, planned, announced, stated, or ones declared in meta.statuses';
      return near ? `${near} (${declare})` : declare;
    });
  }
}

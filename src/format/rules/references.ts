/**
 * References must resolve: types to declared types, edge ends and topics to nodes, tour steps
 * to nodes and edges, evidence to sources (and `by` to nodes), statuses to built-in or declared
 * statuses. These rules read the document defensively: shape errors are reported elsewhere.
 */
import { BUILTIN_STATUSES } from '../types';
import { quote } from '../message-text';
import { childPointer } from '../json/pointer';
import { isObject, own, type RuleContext } from './context';
import { Candidates, didYouMean } from './suggest';

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

/**
 * Ids declared in the document, by kind, plus the edge ends already resolved (each end looked
 * up once, for the edge-end and isolated-node rules).
 */
export interface DeclaredIds {
  /** Node id → index of the first node with it. */
  readonly nodes: ReadonlyMap<string, number>;
  readonly edges: ReadonlySet<string>;
  readonly sources: ReadonlySet<string>;
  readonly nodeTypes: ReadonlySet<string>;
  readonly edgeTypes: ReadonlySet<string>;
  readonly statuses: ReadonlySet<string>;
  /** For edge i: `[2i]` the source's and `[2i+1]` the target's node index, or -1 when it does not resolve. */
  readonly edgeEnds: Int32Array;
  /** Each kind of id as did-you-mean candidates, prepared at the first lookup. */
  readonly candidates: { readonly [K in 'nodes' | 'edges' | 'sources' | 'nodeTypes' | 'edgeTypes' | 'statuses']: Candidates };
}

/**
 * The object elements of an array field with their indices, for `for (const [element, index] of …)`;
 * nothing when the field is not an array. The iterator reuses one entry (validation visits
 * every node and edge several times, and a tuple per element per rule adds up), so read the
 * entry's parts at once and never keep the entry itself.
 */
export function objectsIn(container: unknown, field: string): Iterable<readonly [Record<string, unknown>, number]> {
  const list = isObject(container) ? own(container, field) : undefined;
  if (!Array.isArray(list)) return [];
  return {
    [Symbol.iterator]() {
      let i = 0;
      const entry: [Record<string, unknown>, number] = [{}, 0];
      const step: IteratorResult<readonly [Record<string, unknown>, number]> = { done: false, value: entry };
      return {
        next(): IteratorResult<readonly [Record<string, unknown>, number]> {
          while (i < list.length) {
            const element: unknown = list[i];
            if (isObject(element)) {
              entry[0] = element;
              entry[1] = i++;
              return step;
            }
            i++;
          }
          return { done: true, value: undefined };
        },
      };
    },
  };
}

/** The object elements of an array field, with their pointers (for rules that report rarely, pointers are cheap enough per element). */
export function members(container: unknown, field: string, pointer: string): [Record<string, unknown>, string][] {
  const base = childPointer(pointer, field);
  const found: [Record<string, unknown>, string][] = [];
  for (const [element, index] of objectsIn(container, field)) found.push([element, `${base}/${index}`]);
  return found;
}

export function collectDeclaredIds(doc: Record<string, unknown>): DeclaredIds {
  const ids = (field: string): Set<string> => {
    const set = new Set<string>();
    for (const [element] of objectsIn(doc, field)) {
      const id = own(element, 'id');
      if (typeof id === 'string') set.add(id);
    }
    return set;
  };
  const nodes = new Map<string, number>();
  for (const [node, index] of objectsIn(doc, 'nodes')) {
    const id = own(node, 'id');
    if (typeof id === 'string' && !nodes.has(id)) nodes.set(id, index);
  }
  const edgeList = own(doc, 'edges');
  const edgeEnds = new Int32Array(Array.isArray(edgeList) ? edgeList.length * 2 : 0).fill(-1);
  for (const [edge, index] of objectsIn(doc, 'edges')) {
    const source = own(edge, 'source');
    const target = own(edge, 'target');
    if (typeof source === 'string') edgeEnds[index * 2] = nodes.get(source) ?? -1;
    if (typeof target === 'string') edgeEnds[index * 2 + 1] = nodes.get(target) ?? -1;
  }
  const keys = (value: unknown): Set<string> => new Set(isObject(value) ? Object.keys(value) : []);
  const meta = own(doc, 'meta');
  const edges = ids('edges');
  const sources = ids('sources');
  const nodeTypes = keys(own(doc, 'nodeTypes'));
  const edgeTypes = keys(own(doc, 'edgeTypes'));
  const statuses = new Set<string>([...BUILTIN_STATUSES, ...keys(isObject(meta) ? own(meta, 'statuses') : undefined)]);
  const candidates = {
    nodes: new Candidates(keysOf(nodes)),
    edges: new Candidates(edges),
    sources: new Candidates(sources),
    nodeTypes: new Candidates(nodeTypes),
    edgeTypes: new Candidates(edgeTypes),
    statuses: new Candidates(statuses),
  };
  return { nodes, edges, sources, nodeTypes, edgeTypes, statuses, edgeEnds, candidates };
}

/** The keys of a map as a collection that can be iterated more than once. */
function keysOf(map: ReadonlyMap<string, unknown>): Iterable<string> {
  return { [Symbol.iterator]: () => map.keys() };
}

/** A reference that did not resolve. */
interface Unresolved {
  readonly code: string;
  readonly pointer: string;
  readonly id: string;
  readonly declared: Candidates;
  /** Sentence for the shown (quoted, escaped, perhaps cut) id. */
  readonly message: (id: string) => string;
  /** A specific hint (e.g. "that is an edge"), preferred over did-you-mean. */
  readonly hint?: string;
}

/** True when `value` is not a string (shape rules report that) or names a declared id. */
function resolves(value: unknown, declared: { has(id: string): boolean }): value is string {
  return typeof value !== 'string' || declared.has(value);
}

function report(ctx: RuleContext, unresolved: Unresolved): void {
  const suggestion = unresolved.hint ?? (ctx.takeSuggestion() ? didYouMean(unresolved.id, unresolved.declared) : undefined);
  ctx.error(unresolved.code, unresolved.pointer, unresolved.message(quote(unresolved.id)), suggestion);
}

/** Every node's `type` is a key of `nodeTypes`. */
export function checkNodeTypes(ctx: RuleContext, doc: Record<string, unknown>, ids: DeclaredIds): void {
  checkTypeReferences(ctx, doc, ids, 'node');
}

/** Every edge's `type` is a key of `edgeTypes`. */
export function checkEdgeTypes(ctx: RuleContext, doc: Record<string, unknown>, ids: DeclaredIds): void {
  checkTypeReferences(ctx, doc, ids, 'edge');
}

/** The `type` of every node (or edge) names a declared node (or edge) type. */
function checkTypeReferences(ctx: RuleContext, doc: Record<string, unknown>, ids: DeclaredIds, kind: 'node' | 'edge'): void {
  const [declared, other] = kind === 'node' ? [ids.nodeTypes, ids.edgeTypes] : [ids.edgeTypes, ids.nodeTypes];
  const article = (k: 'node' | 'edge'): string => (k === 'edge' ? 'an edge' : 'a node');
  const otherKind = kind === 'node' ? 'edge' : 'node';
  for (const [element, index] of objectsIn(doc, `${kind}s`)) {
    const type = own(element, 'type');
    if (resolves(type, declared)) continue;
    report(ctx, {
      code: kind === 'node' ? REFERENCE_CODES.unknownNodeType : REFERENCE_CODES.unknownEdgeType,
      pointer: `/${kind}s/${index}/type`,
      id: type as string,
      declared: kind === 'node' ? ids.candidates.nodeTypes : ids.candidates.edgeTypes,
      message: (id) => `no ${kind} type ${id} is declared in ${kind}Types`,
      hint: other.has(type as string)
        ? `${quote(type as string)} is ${article(otherKind)} type; declare it in ${kind}Types too, or pick ${article(kind)} type`
        : undefined,
    });
  }
}

/** Every edge's `source` and `target` name a node. */
export function checkEdgeEnds(ctx: RuleContext, doc: Record<string, unknown>, ids: DeclaredIds): void {
  for (const [edge, index] of objectsIn(doc, 'edges')) {
    for (let end = 0; end < 2; end++) {
      if ((ids.edgeEnds[index * 2 + end] as number) >= 0) continue;
      const field = end === 0 ? 'source' : 'target';
      const value = own(edge, field);
      if (typeof value !== 'string') continue; // a shape problem, reported there
      report(ctx, {
        code: REFERENCE_CODES.danglingEdgeEnd,
        pointer: `/edges/${index}/${field}`,
        id: value,
        declared: ids.candidates.nodes,
        message: (id) => `no node has id ${id}`,
        hint: ids.edges.has(value) ? `${quote(value)} is an edge; an edge joins two nodes` : undefined,
      });
    }
  }
}

/** Every edge topic names a node. */
export function checkTopics(ctx: RuleContext, doc: Record<string, unknown>, ids: DeclaredIds): void {
  for (const [edge, index] of objectsIn(doc, 'edges')) {
    const topics = own(edge, 'topics');
    if (!Array.isArray(topics)) continue;
    for (let i = 0; i < topics.length; i++) {
      const topic: unknown = topics[i];
      if (resolves(topic, ids.nodes)) continue;
      report(ctx, {
        code: REFERENCE_CODES.danglingTopic,
        pointer: `/edges/${index}/topics/${i}`,
        id: topic as string,
        declared: ids.candidates.nodes,
        message: (id) => `no node has id ${id}`,
        hint: ids.edges.has(topic as string) ? `${quote(topic as string)} is an edge; topics are the nodes a relation is about` : undefined,
      });
    }
  }
}

/** Tour steps show existing nodes and edges. */
export function checkTourSteps(ctx: RuleContext, doc: Record<string, unknown>, ids: DeclaredIds): void {
  for (const [tour, tourAt] of members(doc, 'tours', '')) {
    for (const [step, at] of members(tour, 'steps', tourAt)) {
      for (const field of ['nodes', 'edges'] as const) {
        const list = own(step, field);
        if (!Array.isArray(list)) continue;
        const declared = field === 'nodes' ? ids.nodes : ids.edges;
        const other = field === 'nodes' ? ids.edges : ids.nodes;
        const candidates = field === 'nodes' ? ids.candidates.nodes : ids.candidates.edges;
        list.forEach((value: unknown, i) => {
          if (resolves(value, declared)) return;
          report(ctx, {
            code: field === 'nodes' ? REFERENCE_CODES.danglingTourNode : REFERENCE_CODES.danglingTourEdge,
            pointer: `${at}/${field}/${i}`,
            id: value as string,
            declared: candidates,
            message: (id) => `no ${field === 'nodes' ? 'node' : 'edge'} has id ${id}`,
            hint: other.has(value as string) ? `${quote(value as string)} is ${field === 'nodes' ? 'an edge' : 'a node'}; list it under "${field === 'nodes' ? 'edges' : 'nodes'}"` : undefined,
          });
        });
      }
    }
  }
}

/** Calls `visit` for each evidence object of each node and edge, with a way to build its pointer. */
export function forEachEvidence(doc: Record<string, unknown>, visit: (evidence: Record<string, unknown>, pointer: () => string) => void): void {
  for (const field of ['nodes', 'edges']) {
    for (const [element, index] of objectsIn(doc, field)) {
      if (own(element, 'evidence') === undefined) continue;
      for (const [evidence, i] of objectsIn(element, 'evidence')) visit(evidence, () => `/${field}/${index}/evidence/${i}`);
    }
  }
}

/** `evidence[].source` names a source; `evidence[].by` names a node. */
export function checkEvidenceReferences(ctx: RuleContext, doc: Record<string, unknown>, ids: DeclaredIds): void {
  forEachEvidence(doc, (evidence, at) => {
    const source = own(evidence, 'source');
    if (!resolves(source, ids.sources)) {
      report(ctx, {
        code: REFERENCE_CODES.danglingEvidenceSource,
        pointer: `${at()}/source`,
        id: source as string,
        declared: ids.candidates.sources,
        message: (id) => `no source has id ${id}`,
        hint: ids.sources.size === 0 ? 'declare the document the quote comes from in "sources"' : undefined,
      });
    }
    const by = own(evidence, 'by');
    if (!resolves(by, ids.nodes)) {
      report(ctx, { code: REFERENCE_CODES.danglingAttribution, pointer: `${at()}/by`, id: by as string, declared: ids.candidates.nodes, message: (id) => `no node has id ${id} to attribute the claim to` });
    }
  });
}

/** An edge's `status` is built in or declared in `meta.statuses`. */
export function checkStatuses(ctx: RuleContext, doc: Record<string, unknown>, ids: DeclaredIds): void {
  for (const [edge, index] of objectsIn(doc, 'edges')) {
    const status = own(edge, 'status');
    if (resolves(status, ids.statuses)) continue;
    // Suggestions share the budget of every other did-you-mean (see RuleContext.takeSuggestion).
    const near = ctx.takeSuggestion() ? didYouMean(status as string, ids.candidates.statuses) : undefined;
    const known = 'statuses are signed, agreed, offered, proposed, planned, announced, stated, or ones declared in meta.statuses';
    ctx.error(REFERENCE_CODES.unknownStatus, `/edges/${index}/status`, `${quote(status as string)} is not a known status`, near ? `${near} (${known})` : known);
  }
}

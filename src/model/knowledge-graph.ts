import type {
  EdgeType,
  GraphDocument,
  GraphEdge,
  GraphNode,
  LanguageTag,
  NodeType,
  Source,
} from '../format/types';

const NO_EDGES: readonly GraphEdge[] = Object.freeze([]);
const NO_IDS: readonly string[] = Object.freeze([]);

/** Declared types as a Map, so a type named `constructor` or `__proto__` is looked up safely. */
function ownEntries<T>(record: { readonly [key: string]: T } | undefined): Map<string, T> {
  const map = new Map<string, T>();
  if (record === undefined || record === null || typeof record !== 'object') return map;
  for (const key of Object.keys(record)) map.set(key, record[key] as T);
  return map;
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/**
 * A graph document indexed for reading: built once per document, never mutated.
 *
 * Every query costs O(1) or O(degree of the node asked about). Edges whose ends are not nodes,
 * and elements whose id is already taken, are left out (the loader reports them as errors; the
 * model stays usable even when handed an unvalidated document). Self-loops and parallel edges
 * are ordinary edges. Lists keep document order.
 */
export class KnowledgeGraph {
  /** The document as given; never modified. */
  readonly document: GraphDocument;
  /** Languages the document provides, the default first. */
  readonly languages: readonly LanguageTag[];
  /** Nodes in document order (duplicates of an earlier id left out). */
  readonly nodes: readonly GraphNode[];
  /** Edges in document order whose two ends are nodes (others left out). */
  readonly edges: readonly GraphEdge[];
  /** Sources in document order. */
  readonly sources: readonly Source[];
  /** Edges that were left out: an end that is not a node, or an id already taken. */
  readonly skippedEdges: readonly GraphEdge[];

  readonly #nodeById = new Map<string, GraphNode>();
  readonly #nodeIndex = new Map<string, number>();
  readonly #edgeById = new Map<string, GraphEdge>();
  readonly #edgeIndex = new Map<string, number>();
  readonly #sourceById = new Map<string, Source>();
  readonly #incident = new Map<string, GraphEdge[]>();
  readonly #outgoing = new Map<string, GraphEdge[]>();
  readonly #incoming = new Map<string, GraphEdge[]>();
  readonly #aboutTopic = new Map<string, GraphEdge[]>();
  readonly #neighbourCache = new Map<string, readonly string[]>();
  readonly #nodeTypes: Map<string, NodeType>;
  readonly #edgeTypes: Map<string, EdgeType>;

  private constructor(doc: GraphDocument) {
    this.document = doc;
    this.languages = Array.isArray(doc.meta?.languages) ? doc.meta.languages : [];
    this.#nodeTypes = ownEntries(doc.nodeTypes);
    this.#edgeTypes = ownEntries(doc.edgeTypes);

    const nodes: GraphNode[] = [];
    for (const node of doc.nodes ?? []) {
      if (this.#nodeById.has(node.id)) continue;
      this.#nodeById.set(node.id, node);
      this.#nodeIndex.set(node.id, nodes.length);
      nodes.push(node);
    }
    this.nodes = nodes;

    const edges: GraphEdge[] = [];
    const skipped: GraphEdge[] = [];
    for (const edge of doc.edges ?? []) {
      const { id, source, target } = edge;
      // Node and edge ids share one namespace, so an edge may not reuse a node's id either.
      if (
        !this.#nodeById.has(source) ||
        !this.#nodeById.has(target) ||
        this.#edgeById.has(id) ||
        this.#nodeById.has(id)
      ) {
        skipped.push(edge);
        continue;
      }
      this.#edgeById.set(id, edge);
      this.#edgeIndex.set(id, edges.length);
      edges.push(edge);
      pushTo(this.#outgoing, source, edge);
      pushTo(this.#incoming, target, edge);
      pushTo(this.#incident, source, edge);
      if (target !== source) pushTo(this.#incident, target, edge);
      const topics = edge.topics;
      if (topics !== undefined) {
        for (let i = 0; i < topics.length; i++) {
          const topic = topics[i] as string;
          // A topic listed twice on one edge still makes the edge about it once.
          if (this.#nodeById.has(topic) && topics.indexOf(topic) === i) pushTo(this.#aboutTopic, topic, edge);
        }
      }
    }
    this.edges = edges;
    this.skippedEdges = skipped;

    const sources: Source[] = [];
    for (const source of doc.sources ?? []) {
      if (this.#sourceById.has(source.id)) continue;
      this.#sourceById.set(source.id, source);
      sources.push(source);
    }
    this.sources = sources;
  }

  /** Indexes `doc`. O(nodes + edges). */
  static from(doc: GraphDocument): KnowledgeGraph {
    return new KnowledgeGraph(doc);
  }

  /** The node with this id. */
  node(id: string): GraphNode | undefined {
    return this.#nodeById.get(id);
  }

  /** The edge with this id (only edges whose ends are nodes). */
  edge(id: string): GraphEdge | undefined {
    return this.#edgeById.get(id);
  }

  /** The source with this id. */
  source(id: string): Source | undefined {
    return this.#sourceById.get(id);
  }

  /** Whether `id` names a node or an edge. */
  has(id: string): boolean {
    return this.#nodeById.has(id) || this.#edgeById.has(id);
  }

  /** Position of a node in {@link nodes}, or -1; handy for stable, document-order sorting. */
  nodeIndex(id: string): number {
    return this.#nodeIndex.get(id) ?? -1;
  }

  /** Position of an edge in {@link edges}, or -1. */
  edgeIndex(id: string): number {
    return this.#edgeIndex.get(id) ?? -1;
  }

  /** Declared node type, if any. */
  nodeType(type: string): NodeType | undefined {
    return this.#nodeTypes.get(type);
  }

  /** Declared edge type, if any. */
  edgeType(type: string): EdgeType | undefined {
    return this.#edgeTypes.get(type);
  }

  /** Edges that start or end at the node, in document order; a self-loop appears once. */
  incidentEdges(nodeId: string): readonly GraphEdge[] {
    return this.#incident.get(nodeId) ?? NO_EDGES;
  }

  /** Edges whose `source` is the node (self-loops included), in document order. */
  outgoingEdges(nodeId: string): readonly GraphEdge[] {
    return this.#outgoing.get(nodeId) ?? NO_EDGES;
  }

  /** Edges whose `target` is the node (self-loops included), in document order. */
  incomingEdges(nodeId: string): readonly GraphEdge[] {
    return this.#incoming.get(nodeId) ?? NO_EDGES;
  }

  /** Ids of the nodes joined to this one by an edge, each once, excluding the node itself; first-edge order. */
  neighbours(nodeId: string): readonly string[] {
    const cached = this.#neighbourCache.get(nodeId);
    if (cached !== undefined) return cached;
    const incident = this.#incident.get(nodeId);
    if (incident === undefined) return NO_IDS;
    const seen = new Set<string>();
    for (const edge of incident) {
      const other = edge.source === nodeId ? edge.target : edge.source;
      if (other !== nodeId) seen.add(other);
    }
    const result: readonly string[] = Object.freeze([...seen]);
    this.#neighbourCache.set(nodeId, result);
    return result;
  }

  /**
   * Number of edges at the node: parallel edges each count, a self-loop counts once (it is one
   * relation, and node size should follow the number of relations).
   */
  degree(nodeId: string): number {
    return this.#incident.get(nodeId)?.length ?? 0;
  }

  /** Edges whose `topics` include the node, in document order. */
  edgesAboutTopic(nodeId: string): readonly GraphEdge[] {
    return this.#aboutTopic.get(nodeId) ?? NO_EDGES;
  }

  /** Whether the edge's type has a direction: `edgeTypes[type].directed`, default true. */
  isDirected(edge: GraphEdge): boolean {
    return this.#edgeTypes.get(edge.type)?.directed !== false;
  }

  /** The end of `edge` that is not `nodeId` (the node itself for a self-loop). */
  otherEnd(edge: GraphEdge, nodeId: string): string {
    return edge.source === nodeId ? edge.target : edge.source;
  }
}

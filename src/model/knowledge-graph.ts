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

  // Ids map to positions in `nodes` / `edges`; adjacency lives in arrays indexed by node position.
  readonly #nodeIndex = new Map<string, number>();
  readonly #edgeIndex = new Map<string, number>();
  readonly #sourceById = new Map<string, Source>();
  readonly #incident: GraphEdge[][];
  readonly #aboutTopic = new Map<string, GraphEdge[]>();
  readonly #neighbourCache = new Map<string, readonly string[]>();
  readonly #nodeTypes: Map<string, NodeType>;
  readonly #edgeTypes: Map<string, EdgeType>;

  private constructor(doc: GraphDocument) {
    this.document = doc;
    this.languages = Array.isArray(doc.meta?.languages) ? doc.meta.languages : [];
    this.#nodeTypes = ownEntries(doc.nodeTypes);
    this.#edgeTypes = ownEntries(doc.edgeTypes);

    const nodeIndex = this.#nodeIndex;
    const nodes: GraphNode[] = [];
    for (const node of doc.nodes ?? []) {
      if (nodeIndex.has(node.id)) continue;
      nodeIndex.set(node.id, nodes.length);
      nodes.push(node);
    }
    this.nodes = nodes;

    const incident: GraphEdge[][] = new Array(nodes.length);
    for (let i = 0; i < nodes.length; i++) incident[i] = [];
    this.#incident = incident;
    const edgeIndex = this.#edgeIndex;
    const edges: GraphEdge[] = [];
    const skipped: GraphEdge[] = [];
    for (const edge of doc.edges ?? []) {
      const { id, source, target } = edge;
      const s = nodeIndex.get(source);
      const t = nodeIndex.get(target);
      // Node and edge ids share one namespace, so an edge may not reuse a node's id either.
      if (s === undefined || t === undefined || edgeIndex.has(id) || nodeIndex.has(id)) {
        skipped.push(edge);
        continue;
      }
      edgeIndex.set(id, edges.length);
      edges.push(edge);
      (incident[s] as GraphEdge[]).push(edge);
      if (t !== s) (incident[t] as GraphEdge[]).push(edge);
      const topics = edge.topics;
      if (topics !== undefined) {
        for (let i = 0; i < topics.length; i++) {
          const topic = topics[i] as string;
          // A topic listed twice on one edge still makes the edge about it once.
          if (nodeIndex.has(topic) && topics.indexOf(topic) === i) pushTo(this.#aboutTopic, topic, edge);
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
    const index = this.#nodeIndex.get(id);
    return index === undefined ? undefined : this.nodes[index];
  }

  /** The edge with this id (only edges whose ends are nodes). */
  edge(id: string): GraphEdge | undefined {
    const index = this.#edgeIndex.get(id);
    return index === undefined ? undefined : this.edges[index];
  }

  /** The source with this id. */
  source(id: string): Source | undefined {
    return this.#sourceById.get(id);
  }

  /** Whether `id` names a node or an edge. */
  has(id: string): boolean {
    return this.#nodeIndex.has(id) || this.#edgeIndex.has(id);
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
    const index = this.#nodeIndex.get(nodeId);
    return index === undefined ? NO_EDGES : (this.#incident[index] as GraphEdge[]);
  }

  /** Edges whose `source` is the node (self-loops included), in document order. */
  outgoingEdges(nodeId: string): GraphEdge[] {
    return this.incidentEdges(nodeId).filter((edge) => edge.source === nodeId);
  }

  /** Edges whose `target` is the node (self-loops included), in document order. */
  incomingEdges(nodeId: string): GraphEdge[] {
    return this.incidentEdges(nodeId).filter((edge) => edge.target === nodeId);
  }

  /** Ids of the nodes joined to this one by an edge, each once, excluding the node itself; first-edge order. */
  neighbours(nodeId: string): readonly string[] {
    const cached = this.#neighbourCache.get(nodeId);
    if (cached !== undefined) return cached;
    if (!this.#nodeIndex.has(nodeId)) return NO_IDS;
    const incident = this.incidentEdges(nodeId);
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
    return this.incidentEdges(nodeId).length;
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

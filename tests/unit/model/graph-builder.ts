/** Small builders for test graphs: plain objects typed as the document types, defaults filled in. */
import type { Evidence, GraphDocument, GraphEdge, GraphNode, LocalizedText, Source } from '../../../src/format/types';
import { mulberry32 } from '../../bench/prng';

type Extra = Record<string, unknown>;

/** A node of type `type` whose label defaults to its id in English. */
export function node(id: string, type = 'thing', extra: Partial<GraphNode> & Extra = {}): GraphNode {
  return { id, type, label: { en: id }, ...extra };
}

/** An edge of type `type` from `source` to `target`. */
export function edge(
  id: string,
  source: string,
  target: string,
  type = 'rel',
  extra: Partial<GraphEdge> & Extra = {},
): GraphEdge {
  return { id, type, source, target, ...extra };
}

/** Evidence quoting `quote` from source `source`. */
export function quote(source: string, text: string): Evidence {
  return { source, quote: text };
}

export interface GraphParts {
  nodes?: GraphNode[];
  edges?: GraphEdge[];
  sources?: Source[];
  languages?: string[];
  nodeTypes?: GraphDocument['nodeTypes'];
  edgeTypes?: GraphDocument['edgeTypes'];
  title?: LocalizedText;
}

/**
 * A graph document from its parts. Node and edge types used but not declared are declared
 * (edge types directed unless given), so tests only spell out what they are about.
 */
export function graph(parts: GraphParts = {}): GraphDocument {
  const nodes = parts.nodes ?? [];
  const edges = parts.edges ?? [];
  const nodeTypes: Record<string, GraphDocument['nodeTypes'][string]> = { ...(parts.nodeTypes ?? {}) };
  for (const n of nodes) if (!Object.hasOwn(nodeTypes, n.type)) nodeTypes[n.type] = { label: n.type };
  const edgeTypes: Record<string, GraphDocument['edgeTypes'][string]> = { ...(parts.edgeTypes ?? {}) };
  for (const e of edges) if (!Object.hasOwn(edgeTypes, e.type)) edgeTypes[e.type] = { label: e.type };
  return {
    format: 'kg-graph',
    version: 1,
    meta: { title: parts.title ?? 'test graph', languages: parts.languages ?? ['en', 'ar'] },
    sources: parts.sources ?? [],
    nodeTypes,
    edgeTypes,
    nodes,
    edges,
  };
}

/** A deterministic pseudo-random generator (mulberry32, shared with the benchmark), so synthetic graphs are reproducible. */
export function seededRandom(seed: number): () => number {
  return mulberry32(seed).next;
}

const SYLLABLES = ['ra', 'ni', 'mos', 'teh', 'ko', 'ban', 'shi', 'lu', 'dar', 'vel', 'qa', 'zim'];
const ARABIC_WORDS = ['روسيا', 'إيران', 'الهند', 'مصرف', 'البلوكشين', 'الذكاء', 'اتفاقية', 'وزارة'];

/**
 * A synthetic graph of `nodeCount` nodes and `edgeCount` edges with bilingual labels and an alias
 * per node, 4 node types, 3 edge types (one undirected), statuses, topics, self-loops and
 * parallel edges sprinkled in.
 */
export function syntheticGraph(nodeCount: number, edgeCount: number, seed = 1): GraphDocument {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const nodes: GraphNode[] = [];
  for (let i = 0; i < nodeCount; i++) {
    const word = `${pick(SYLLABLES)}${pick(SYLLABLES)}${pick(SYLLABLES)}`;
    nodes.push({
      id: `n${i}`,
      type: `type${i % 4}`,
      label: { en: `${word[0]?.toUpperCase()}${word.slice(1)} ${i}`, ar: `${pick(ARABIC_WORDS)} ${i}` },
      aliases: [{ en: `${pick(SYLLABLES)}${pick(SYLLABLES)} alias ${i}` }],
    });
  }
  const statuses = ['signed', 'proposed', 'stated', undefined];
  const edges: GraphEdge[] = [];
  for (let i = 0; i < edgeCount; i++) {
    const s = Math.floor(random() * nodeCount);
    const t = i % 997 === 0 ? s : Math.floor(random() * nodeCount);
    const status = pick(statuses);
    edges.push({
      id: `e${i}`,
      type: `rel${i % 3}`,
      source: `n${s}`,
      target: `n${t}`,
      ...(status === undefined ? {} : { status }),
      ...(i % 50 === 0 ? { topics: [`n${Math.floor(random() * nodeCount)}`] } : {}),
    });
  }
  return graph({ nodes, edges, edgeTypes: { rel2: { label: 'rel2', directed: false } } });
}

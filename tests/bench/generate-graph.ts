/**
 * Seeded synthetic knowledge graphs for the benchmark: the same seed and size give the same
 * document, byte for byte. The shape imitates the article graph at scale — countries, leaders,
 * organizations and technologies in communities (one country hub each, most edges inside the
 * community), about 2.5 edges per node, typed edges with statuses, bilingual labels.
 */
import type { GraphDocument, GraphEdge, GraphNode } from '../../src/format/types';
import { countryName, leaderName, organizationName, technologyName, type BilingualName } from './names';
import { mulberry32, type Random } from './prng';

export const BENCH_NODE_TYPES = ['country', 'leader', 'organization', 'technology'] as const;
export type BenchNodeType = (typeof BENCH_NODE_TYPES)[number];

export const BENCH_EDGE_TYPES = ['agreement', 'proposal', 'membership'] as const;
export type BenchEdgeType = (typeof BENCH_EDGE_TYPES)[number];

/** Statuses each edge type draws from: a signed agreement and a proposed currency must differ. */
export const BENCH_STATUSES: { readonly [type in BenchEdgeType]: readonly string[] } = {
  agreement: ['signed', 'agreed', 'planned', 'announced'],
  proposal: ['proposed', 'offered', 'announced', 'stated'],
  membership: ['signed', 'agreed', 'stated'],
};

export const DEFAULT_SEED = 20241128;

export interface GenerateOptions {
  /** Number of nodes, at least 1. */
  readonly nodes: number;
  readonly seed?: number;
  /** Edges per node on average; default 2.5. */
  readonly edgesPerNode?: number;
  /** Fraction of the extra (non-spanning) edges kept inside a community; default 0.85. */
  readonly withinCommunity?: number;
}

const NAME_OF: { readonly [type in BenchNodeType]: (random: Random) => BilingualName } = {
  country: countryName,
  leader: leaderName,
  organization: organizationName,
  technology: technologyName,
};

/** Type weights for the non-hub members of a community. */
const MEMBER_TYPES: readonly BenchNodeType[] = [
  'country',
  ...Array<BenchNodeType>(7).fill('leader'),
  ...Array<BenchNodeType>(6).fill('organization'),
  ...Array<BenchNodeType>(6).fill('technology'),
];

/**
 * Generates a valid graph document with exactly `options.nodes` nodes and
 * round(nodes × edgesPerNode) edges (fewer only when a tiny graph has no room for more distinct
 * pairs). The graph is connected; there are no self-loops and no parallel edges.
 */
export function generateGraph(options: GenerateOptions): GraphDocument {
  const count = Math.floor(options.nodes);
  if (!(count >= 1)) throw new RangeError(`nodes must be at least 1, got ${options.nodes}`);
  const random = mulberry32(options.seed ?? DEFAULT_SEED);
  const within = options.withinCommunity ?? 0.85;

  // Communities of 15–65 members; the first member of each is its hub, always a country.
  const communityOf: number[] = [];
  const communities: { start: number; size: number }[] = [];
  for (let start = 0; start < count; ) {
    const size = Math.min(15 + random.int(51), count - start);
    communities.push({ start, size });
    for (let i = 0; i < size; i += 1) communityOf.push(communities.length - 1);
    start += size;
  }

  const types: BenchNodeType[] = [];
  const nodes: GraphNode[] = [];
  for (let i = 0; i < count; i += 1) {
    const community = communities[communityOf[i] as number] as { start: number };
    // Nodes 1–3 are forced so even a tiny graph has all four types.
    const type: BenchNodeType =
      i === community.start ? 'country' : i < BENCH_NODE_TYPES.length ? BENCH_NODE_TYPES[i] as BenchNodeType : random.pick(MEMBER_TYPES);
    types.push(type);
    nodes.push(makeNode(random, i, type));
  }

  const wanted = Math.round(count * (options.edgesPerNode ?? 2.5));
  const maxDistinct = (count * (count - 1)) / 2;
  const target = Math.min(wanted, maxDistinct);
  const pairs = new Set<number>();
  const ends: [number, number][] = [];
  const addPair = (a: number, b: number): boolean => {
    if (a === b) return false;
    const key = a < b ? a * count + b : b * count + a;
    if (pairs.has(key)) return false;
    pairs.add(key);
    ends.push([a, b]);
    return true;
  };
  const memberOf = (community: number): number => {
    const c = communities[community] as { start: number; size: number };
    // A third of the picks go to the hub, so degrees are skewed like real news graphs.
    return random.chance(0.3) ? c.start : c.start + random.int(c.size);
  };

  // A spanning tree first, so no node is isolated and the graph is connected.
  for (let i = 1; i < count && ends.length < target; i += 1) {
    const c = communities[communityOf[i] as number] as { start: number; size: number };
    if (i === c.start) addPair(i, memberOf(random.int(communityOf[i] as number)));
    else addPair(i, random.chance(0.3) ? c.start : c.start + random.int(i - c.start));
  }
  // Then the rest, mostly inside communities.
  let attempts = 0;
  while (ends.length < target && attempts < target * 50) {
    attempts += 1;
    const a = random.int(count);
    const community = random.chance(within) ? (communityOf[a] as number) : random.int(communities.length);
    addPair(a, memberOf(community));
  }
  // A tiny graph can run out of random luck before it runs out of pairs: fill deterministically.
  for (let a = 0; a < count && ends.length < target; a += 1) {
    for (let b = a + 1; b < count && ends.length < target; b += 1) addPair(a, b);
  }

  const edges = ends.map(([a, b], index) => makeEdge(random, index, a, b, types, nodes));
  return {
    format: 'kg-graph',
    version: 1,
    meta: {
      title: { en: `Synthetic cooperation graph, ${count} nodes`, ar: `شبكة تعاون اصطناعية، ${count} عقدة` },
      description: { en: 'Generated for the kg-viewer benchmark.', ar: 'أُنشئت لقياس أداء العارض.' },
      languages: ['ar', 'en'],
      license: 'CC0-1.0',
    },
    nodeTypes: {
      country: { label: { en: 'Country', ar: 'دولة' }, color: '#1f77b4', shape: 'round-rectangle' },
      leader: { label: { en: 'Leader', ar: 'قائد' }, color: '#ff7f0e', shape: 'ellipse' },
      organization: { label: { en: 'Organization', ar: 'منظمة' }, color: '#2ca02c', shape: 'hexagon' },
      technology: { label: { en: 'Technology', ar: 'تقنية' }, color: '#9467bd', shape: 'diamond' },
    },
    edgeTypes: {
      agreement: { label: { en: 'agreement with', ar: 'اتفاق مع' }, directed: false, line: 'solid' },
      proposal: { label: { en: 'proposes', ar: 'يقترح' }, inverseLabel: { en: 'proposed by', ar: 'مقترح من' }, directed: true, line: 'dashed' },
      membership: { label: { en: 'member of', ar: 'عضو في' }, inverseLabel: { en: 'has member', ar: 'يضم' }, directed: true, line: 'dotted' },
    },
    nodes,
    edges,
  };
}

/** The document without its nodes' `position` fields: a graph as a curator first writes it. */
export function withoutPositions(doc: GraphDocument): GraphDocument {
  return { ...doc, nodes: doc.nodes.map(({ position: _position, ...node }) => node) };
}

function makeNode(random: Random, index: number, type: BenchNodeType): GraphNode {
  const name = NAME_OF[type](random);
  const node: GraphNode = { id: `${type}-${index}`, type, label: { ar: name.ar, en: name.en } };
  if ((type === 'organization' || type === 'country') && random.chance(0.2)) {
    // An acronym alias, as news text often uses one ("KDDA").
    const acronym = name.en.split(/[\s-]+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('');
    if (acronym.length >= 2) return { ...node, aliases: [{ en: acronym }] };
  }
  return node;
}

/** Edge type from its ends: joining an organization is membership, anything about a technology is a proposal. */
function makeEdge(random: Random, index: number, a: number, b: number, types: readonly BenchNodeType[], nodes: readonly GraphNode[]): GraphEdge {
  const ta = types[a] as BenchNodeType;
  const tb = types[b] as BenchNodeType;
  let type: BenchEdgeType;
  let source = a;
  let target = b;
  if ((ta === 'organization') !== (tb === 'organization')) {
    type = 'membership';
    if (ta === 'organization') [source, target] = [b, a];
  } else if (ta === 'technology' || tb === 'technology') {
    type = 'proposal';
    if (ta === 'technology' && tb !== 'technology') [source, target] = [b, a];
  } else {
    type = 'agreement';
  }
  const edge: GraphEdge = {
    id: `e${index}`,
    type,
    source: (nodes[source] as GraphNode).id,
    target: (nodes[target] as GraphNode).id,
    status: random.pick(BENCH_STATUSES[type]),
  };
  if (type === 'agreement' && random.chance(0.3)) {
    return { ...edge, when: { date: `${2019 + random.int(6)}-${String(1 + random.int(12)).padStart(2, '0')}` } };
  }
  return edge;
}

/**
 * A seeded random graph for layout measurements: `n` nodes in communities, about 2.5 edges per
 * node (mostly inside a community, some across), five node types. Same seed → same graph.
 */
import { mulberry32 } from '../../bench/prng';

export interface TestGraph {
  readonly nodes: { id: string; type: string; label: string }[];
  readonly edges: { id: string; source: string; target: string }[];
}

/** mulberry32 (shared with the benchmark's generator): a tiny seeded PRNG for test data. */
export function randomSource(seed: number): () => number {
  return mulberry32(seed).next;
}

export function communityGraph(n: number, seed: number, edgesPerNode = 2.5): TestGraph {
  const random = randomSource(seed);
  const communities = Math.max(1, Math.round(Math.sqrt(n) / 2));
  const nodes = Array.from({ length: n }, (_, i) => ({
    id: `n${i}`,
    type: `type${i % 5}`,
    label: `Node ${i}`,
  }));
  const communityOf = (i: number) => i % communities;
  const members: number[][] = Array.from({ length: communities }, () => []);
  for (let i = 0; i < n; i++) members[communityOf(i)]!.push(i);
  const edges: TestGraph['edges'] = [];
  const seen = new Set<string>();
  const target = Math.round(n * edgesPerNode);
  let attempts = 0;
  while (edges.length < target && attempts < target * 4 && n > 1) {
    attempts++;
    const s = Math.floor(random() * n);
    let t: number;
    if (random() < 0.85) {
      const group = members[communityOf(s)]!;
      t = group[Math.floor(random() * group.length)]!;
    } else {
      t = Math.floor(random() * n);
    }
    if (s === t) continue;
    const key = s < t ? `${s}-${t}` : `${t}-${s}`;
    if (seen.has(key)) continue;
    seen.add(key);
    edges.push({ id: `e${edges.length}`, source: `n${s}`, target: `n${t}` });
  }
  return { nodes, edges };
}

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { seedPositions, type SeedEdge, type SeedNode } from '../../../src/render/layout/seed-positions';

function chain(ids: readonly string[]): SeedEdge[] {
  return ids.slice(1).map((id, i) => ({ source: ids[i]!, target: id }));
}

function minDistance(points: readonly { x: number; y: number }[]): number {
  let best = Infinity;
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      best = Math.min(best, Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y));
    }
  }
  return best;
}

const graphArbitrary = fc
  .integer({ min: 1, max: 60 })
  .chain((n) =>
    fc.record({
      nodes: fc.constant(Array.from({ length: n }, (_, i) => ({ id: `n${i}`, type: `t${i % 3}` }))),
      edges: fc.array(
        fc.record({ source: fc.integer({ min: 0, max: n - 1 }), target: fc.integer({ min: 0, max: n - 1 }) }),
        { maxLength: n * 3 },
      ),
    }),
  )
  .map(({ nodes, edges }) => ({
    nodes: nodes as SeedNode[],
    edges: edges.map((e) => ({ source: `n${e.source}`, target: `n${e.target}` })),
  }));

describe('seedPositions', () => {
  it('returns an empty map for an empty graph', () => {
    expect(seedPositions([], []).size).toBe(0);
  });

  it('gives every node a finite position, and no two nodes the same one', () => {
    fc.assert(
      fc.property(graphArbitrary, ({ nodes, edges }) => {
        const seeds = seedPositions(nodes, edges);
        expect(seeds.size).toBe(nodes.length);
        const points = nodes.map((node) => seeds.get(node.id)!);
        for (const p of points) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
        if (points.length > 1) expect(minDistance(points)).toBeGreaterThan(5);
      }),
      { numRuns: 60 },
    );
  });

  it('is deterministic: the same input gives the same positions', () => {
    fc.assert(
      fc.property(graphArbitrary, ({ nodes, edges }) => {
        expect([...seedPositions(nodes, edges)]).toEqual([...seedPositions(nodes, edges)]);
      }),
      { numRuns: 30 },
    );
  });

  it('keeps pinned positions exactly', () => {
    const nodes: SeedNode[] = [
      { id: 'a', type: 'x', position: { x: 500, y: -250 } },
      { id: 'b', type: 'x' },
      { id: 'c', type: 'y', position: { x: -12.5, y: 7 } },
      { id: 'd', type: 'y' },
    ];
    const seeds = seedPositions(nodes, chain(['a', 'b', 'c']));
    expect(seeds.get('a')).toEqual({ x: 500, y: -250 });
    expect(seeds.get('c')).toEqual({ x: -12.5, y: 7 });
    expect(seeds.get('b')).not.toEqual(seeds.get('a'));
  });

  it('ignores edges to unknown nodes and self-loops', () => {
    const nodes: SeedNode[] = [
      { id: 'a', type: 't' },
      { id: 'b', type: 't' },
    ];
    const seeds = seedPositions(nodes, [
      { source: 'a', target: 'ghost' },
      { source: 'b', target: 'b' },
    ]);
    expect([...seeds.keys()].sort()).toEqual(['a', 'b']);
  });

  it('puts the best-connected node of a star in the middle of its disc', () => {
    const leaves = Array.from({ length: 20 }, (_, i) => `leaf${i}`);
    const nodes: SeedNode[] = [...leaves.map((id) => ({ id, type: 'leaf' })), { id: 'hub', type: 'hub' }];
    const seeds = seedPositions(
      nodes,
      leaves.map((id) => ({ source: 'hub', target: id })),
    );
    const hub = seeds.get('hub')!;
    const centre = { x: 0, y: 0 };
    for (const p of seeds.values()) {
      centre.x += p.x / seeds.size;
      centre.y += p.y / seeds.size;
    }
    const hubOffset = Math.hypot(hub.x - centre.x, hub.y - centre.y);
    const leafOffsets = leaves.map((id) => Math.hypot(seeds.get(id)!.x - centre.x, seeds.get(id)!.y - centre.y));
    expect(hubOffset).toBeLessThan(Math.min(...leafOffsets));
  });

  it('keeps the nodes of one component together and apart from other components', () => {
    const a = Array.from({ length: 30 }, (_, i) => `a${i}`);
    const b = Array.from({ length: 30 }, (_, i) => `b${i}`);
    // Interleave the input order so grouping cannot come from the order alone.
    const nodes: SeedNode[] = a.flatMap((id, i) => [
      { id, type: 't' },
      { id: b[i]!, type: 't' },
    ]);
    const seeds = seedPositions(nodes, [...chain(a), ...chain(b)]);
    const box = (ids: string[]) => {
      const xs = ids.map((id) => seeds.get(id)!.x);
      const ys = ids.map((id) => seeds.get(id)!.y);
      return { x1: Math.min(...xs), x2: Math.max(...xs), y1: Math.min(...ys), y2: Math.max(...ys) };
    };
    const boxA = box(a);
    const boxB = box(b);
    const overlap = boxA.x1 < boxB.x2 && boxB.x1 < boxA.x2 && boxA.y1 < boxB.y2 && boxB.y1 < boxA.y2;
    expect(overlap).toBe(false);
  });

  it('places neighbours closer together than random pairs on average', () => {
    // A ring lattice: every node linked to the next two.
    const n = 400;
    const nodes: SeedNode[] = Array.from({ length: n }, (_, i) => ({ id: `v${i}`, type: 't' }));
    const edges: SeedEdge[] = [];
    for (let i = 0; i < n; i++) {
      edges.push({ source: `v${i}`, target: `v${(i + 1) % n}` }, { source: `v${i}`, target: `v${(i + 2) % n}` });
    }
    const seeds = seedPositions(nodes, edges);
    const dist = (s: string, t: string) =>
      Math.hypot(seeds.get(s)!.x - seeds.get(t)!.x, seeds.get(s)!.y - seeds.get(t)!.y);
    const edgeMean = edges.reduce((sum, e) => sum + dist(e.source, e.target), 0) / edges.length;
    let pairSum = 0;
    for (let i = 0; i < n; i++) pairSum += dist(`v${i}`, `v${(i * 7919 + 13) % n}`);
    expect(edgeMean).toBeLessThan(pairSum / n);
  });

  it('handles 20,000 nodes and 50,000 edges', () => {
    const n = 20_000;
    const nodes: SeedNode[] = Array.from({ length: n }, (_, i) => ({ id: `v${i}`, type: `t${i % 7}` }));
    const edges: SeedEdge[] = Array.from({ length: 50_000 }, (_, i) => ({
      source: `v${(i * 48271) % n}`,
      target: `v${(i * 69621 + 1) % n}`,
    }));
    const seeds = seedPositions(nodes, edges);
    expect(seeds.size).toBe(n);
  });
});

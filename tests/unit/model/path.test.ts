import { describe, expect, it } from 'vitest';
import { emptyFilters, visibility } from '../../../src/model/filters';
import { KnowledgeGraph } from '../../../src/model/knowledge-graph';
import type { GraphEdge } from '../../../src/format/types';
import { shortestPaths, type GraphPath } from '../../../src/model/path';
import { edge, graph, node, seededRandom } from './graph-builder';

/** Checks that a path is a real walk in the graph: each edge joins the nodes around it. */
function expectWalk(kg: KnowledgeGraph, path: GraphPath, from: string, to: string): void {
  expect(path.nodes[0]).toBe(from);
  expect(path.nodes[path.nodes.length - 1]).toBe(to);
  expect(path.edges.length).toBe(path.nodes.length - 1);
  path.edges.forEach((id, i) => {
    const e = kg.edge(id)!;
    expect([e.source, e.target].sort()).toEqual([path.nodes[i], path.nodes[i + 1]].sort());
  });
}

// a — b — d and a — c — d (a diamond), plus a parallel edge a—b and a longer way a — x — y — d.
function diamond() {
  return KnowledgeGraph.from(
    graph({
      nodes: ['a', 'b', 'c', 'd', 'x', 'y', 'island'].map((id) => node(id, id === 'c' ? 'hub' : 'thing')),
      edges: [
        edge('ab', 'a', 'b'),
        edge('ac', 'a', 'c'),
        edge('bd', 'b', 'd'),
        edge('dc', 'd', 'c'),
        edge('ab2', 'b', 'a', 'other'),
        edge('ax', 'a', 'x'),
        edge('xy', 'x', 'y'),
        edge('yd', 'y', 'd'),
        edge('loop', 'b', 'b'),
      ],
    }),
  );
}

describe('shortestPaths', () => {
  it('shortestPaths(kg, from, to) returns every shortest path, ignoring direction, in edge document order', () => {
    const kg = diamond();
    const paths = shortestPaths(kg, 'a', 'd');
    expect(paths.map((p) => p.edges)).toEqual([
      ['ab', 'bd'],
      ['ac', 'dc'],
      ['ab2', 'bd'],
    ]);
    for (const p of paths) expectWalk(kg, p, 'a', 'd');
  });

  it('shortestPaths(kg, from, to) counts parallel edges as distinct paths and never uses self-loops', () => {
    const paths = shortestPaths(diamond(), 'a', 'b');
    expect(paths).toEqual([
      { nodes: ['a', 'b'], edges: ['ab'] },
      { nodes: ['a', 'b'], edges: ['ab2'] },
    ]);
  });

  it('shortestPaths(kg, from, to, {maxPaths}) returns at most maxPaths paths', () => {
    const kg = diamond();
    expect(shortestPaths(kg, 'a', 'd', { maxPaths: 2 }).map((p) => p.edges)).toEqual([
      ['ab', 'bd'],
      ['ac', 'dc'],
    ]);
    expect(shortestPaths(kg, 'a', 'd', { maxPaths: 1 })).toHaveLength(1);
    expect(shortestPaths(kg, 'a', 'd', { maxPaths: 0 })).toEqual([]);
  });

  it('shortestPaths(kg, from, to) defaults to at most 5 paths', () => {
    // A layered graph with 3 × 3 = 9 shortest paths from s to t.
    const nodes = [node('s'), node('t'), ...['m1', 'm2', 'm3'].map((id) => node(id))];
    const edges = ['m1', 'm2', 'm3'].flatMap((m) => [0, 1, 2].map((k) => edge(`s-${m}-${k}`, 's', m)));
    edges.push(...['m1', 'm2', 'm3'].map((m) => edge(`${m}-t`, m, 't')));
    const kg = KnowledgeGraph.from(graph({ nodes, edges }));
    expect(shortestPaths(kg, 's', 't', { maxPaths: 100 })).toHaveLength(9);
    expect(shortestPaths(kg, 's', 't')).toHaveLength(5);
  });

  it('shortestPaths(kg, from, to) is [] on a disconnected graph', () => {
    const kg = diamond();
    expect(shortestPaths(kg, 'a', 'island')).toEqual([]);
    expect(shortestPaths(kg, 'island', 'a')).toEqual([]);
  });

  it('shortestPaths(kg, from, to) is [] for unknown ends', () => {
    const kg = diamond();
    expect(shortestPaths(kg, 'a', 'nowhere')).toEqual([]);
    expect(shortestPaths(kg, 'ab', 'd')).toEqual([]);
  });

  it('shortestPaths(kg, id, id) is the node alone', () => {
    expect(shortestPaths(diamond(), 'b', 'b')).toEqual([{ nodes: ['b'], edges: [] }]);
  });

  it('shortestPaths(kg, from, to, {visible}) avoids hidden node types', () => {
    const kg = diamond();
    const visible = visibility(kg, { ...emptyFilters(), hiddenNodeTypes: new Set(['hub']) });
    expect(shortestPaths(kg, 'a', 'd', { visible }).map((p) => p.edges)).toEqual([
      ['ab', 'bd'],
      ['ab2', 'bd'],
    ]);
    expect(shortestPaths(kg, 'a', 'c', { visible })).toEqual([]);
  });

  it('shortestPaths(kg, from, to, {visible}) takes a longer way when hidden edge types block the short ones', () => {
    const kg = diamond();
    const visible = visibility(kg, { ...emptyFilters(), hiddenNodeTypes: new Set(['hub']), hiddenEdgeTypes: new Set(['other']) });
    const blockBd = { node: visible.node, edge: (id: string) => id !== 'bd' && visible.edge(id) };
    const paths = shortestPaths(kg, 'a', 'd', { visible: blockBd });
    expect(paths).toEqual([{ nodes: ['a', 'x', 'y', 'd'], edges: ['ax', 'xy', 'yd'] }]);
  });

  it('shortestPaths(kg, from, to, options) equals a brute-force enumeration on random graphs, order included', () => {
    const random = seededRandom(7);
    for (let round = 0; round < 40; round++) {
      const n = 5 + Math.floor(random() * 30);
      const m = Math.floor(random() * n * 2.5);
      const nodes = Array.from({ length: n }, (_, i) => node(`v${i}`));
      const edges = Array.from({ length: m }, (_, i) =>
        edge(`e${i}`, `v${Math.floor(random() * n)}`, `v${Math.floor(random() * n)}`),
      );
      const kg = KnowledgeGraph.from(graph({ nodes, edges }));
      const hidden = new Set(edges.filter(() => random() < 0.2).map((e) => e.id));
      const visible = { node: (id: string) => kg.node(id) !== undefined, edge: (id: string) => kg.edge(id) !== undefined && !hidden.has(id) };
      const usable = edges.filter((e) => !hidden.has(e.id) && e.source !== e.target);
      const from = `v${Math.floor(random() * n)}`;
      const maxPaths = 1 + Math.floor(random() * 12);
      for (let t = 0; t < n; t++) {
        const to = `v${t}`;
        if (to === from) continue;
        const expected = bruteForceShortestPaths(usable, from, to).slice(0, maxPaths);
        expect(shortestPaths(kg, from, to, { maxPaths, visible })).toEqual(expected);
        expect(shortestPaths(kg, to, from, { maxPaths, visible }).length).toBe(expected.length);
      }
    }
  });

  it('shortestPaths(kg, from, to) walks a 20,000-node chain without overflowing the stack', () => {
    const n = 20_000;
    const nodes = Array.from({ length: n }, (_, i) => node(`c${i}`));
    const edges = Array.from({ length: n - 1 }, (_, i) => edge(`l${i}`, `c${i}`, `c${i + 1}`));
    const kg = KnowledgeGraph.from(graph({ nodes, edges }));
    const [path, ...rest] = shortestPaths(kg, 'c0', `c${n - 1}`);
    expect(rest).toEqual([]);
    expect(path?.edges.length).toBe(n - 1);
  });
});

/**
 * Reference: plain BFS distances from both ends, then every shortest path by recursion, trying
 * edges in document order at each step (so the list is in the order shortestPaths promises).
 */
function bruteForceShortestPaths(edges: readonly GraphEdge[], from: string, to: string): GraphPath[] {
  const distancesFrom = (start: string) => {
    const dist = new Map([[start, 0]]);
    const queue = [start];
    while (queue.length > 0) {
      const v = queue.shift()!;
      for (const e of edges) {
        const w = e.source === v ? e.target : e.target === v ? e.source : undefined;
        if (w === undefined || dist.has(w)) continue;
        dist.set(w, dist.get(v)! + 1);
        queue.push(w);
      }
    }
    return dist;
  };
  const fromDist = distancesFrom(from);
  const toDist = distancesFrom(to);
  const length = fromDist.get(to);
  if (length === undefined) return [];
  const result: GraphPath[] = [];
  const walk = (v: string, nodes: string[], ids: string[]) => {
    if (v === to) {
      result.push({ nodes, edges: ids });
      return;
    }
    for (const e of edges) {
      const w = e.source === v ? e.target : e.target === v ? e.source : undefined;
      if (w === undefined || fromDist.get(w) !== nodes.length || toDist.get(w) !== length - nodes.length) continue;
      walk(w, [...nodes, w], [...ids, e.id]);
    }
  };
  walk(from, [from], []);
  return result;
}

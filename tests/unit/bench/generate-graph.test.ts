import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { BENCH_EDGE_TYPES, BENCH_NODE_TYPES, BENCH_STATUSES, generateGraph, withoutPositions } from '../../bench/generate-graph';
import type { GraphDocument } from '../../../src/format/types';
import { mulberry32 } from '../../bench/prng';
import { loadGraphText } from '../../../src/format';

const ARABIC = /[\u0600-\u06ff]/;
const LATIN = /[A-Za-z]/;

describe('mulberry32', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const c = mulberry32(8);
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(seqA);
  });

  it('stays in [0, 1) and int(n) in [0, n)', () => {
    const r = mulberry32(1);
    for (let i = 0; i < 10_000; i += 1) {
      const x = r.next();
      expect(x >= 0 && x < 1).toBe(true);
      const k = r.int(7);
      expect(Number.isInteger(k) && k >= 0 && k < 7).toBe(true);
    }
  });
});

describe('generateGraph', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    const one = JSON.stringify(generateGraph({ nodes: 500, seed: 3 }));
    expect(JSON.stringify(generateGraph({ nodes: 500, seed: 3 }))).toBe(one);
    expect(JSON.stringify(generateGraph({ nodes: 500, seed: 4 }))).not.toBe(one);
  });

  it.each([1, 2, 5, 100, 1000, 5000])('produces exactly the requested %i nodes', (n) => {
    expect(generateGraph({ nodes: n }).nodes).toHaveLength(n);
  });

  it.each([100, 1000, 20_000])('has about 2.5 edges per node at %i nodes', (n) => {
    const doc = generateGraph({ nodes: n });
    expect(doc.edges.length / n).toBeGreaterThan(2.4);
    expect(doc.edges.length / n).toBeLessThan(2.6);
  });

  it('has all four node types and all three edge types, each with a status of its type', () => {
    const doc = generateGraph({ nodes: 100 });
    expect(new Set(doc.nodes.map((n) => n.type))).toEqual(new Set(BENCH_NODE_TYPES));
    expect(new Set(doc.edges.map((e) => e.type))).toEqual(new Set(BENCH_EDGE_TYPES));
    for (const type of BENCH_NODE_TYPES) expect(doc.nodeTypes[type]).toBeDefined();
    for (const edge of doc.edges) {
      expect(doc.edgeTypes[edge.type]).toBeDefined();
      expect(BENCH_STATUSES[edge.type as keyof typeof BENCH_STATUSES]).toContain(edge.status);
    }
  });

  it('has all four node types even at 4 nodes', () => {
    expect(new Set(generateGraph({ nodes: 4 }).nodes.map((n) => n.type))).toEqual(new Set(BENCH_NODE_TYPES));
  });

  it('labels every node in Arabic and English, at a realistic length', () => {
    const doc = generateGraph({ nodes: 1000 });
    expect(doc.meta.languages).toEqual(expect.arrayContaining(['ar', 'en']));
    for (const node of doc.nodes) {
      const label = node.label as { ar: string; en: string };
      expect(label.ar).toMatch(ARABIC);
      expect(label.en).toMatch(LATIN);
      expect(label.en).not.toMatch(ARABIC);
      for (const text of [label.ar, label.en]) {
        expect(text.length).toBeGreaterThanOrEqual(3);
        expect(text.length).toBeLessThanOrEqual(60);
      }
    }
    const distinct = new Set(doc.nodes.map((n) => (n.label as { en: string }).en));
    expect(distinct.size).toBeGreaterThan(900);
  });

  it('resolves every edge end to a node, with unique ids and no self-loops or parallel edges', () => {
    const doc = generateGraph({ nodes: 2000, seed: 11 });
    const nodeIds = new Set(doc.nodes.map((n) => n.id));
    expect(nodeIds.size).toBe(doc.nodes.length);
    const allIds = new Set([...nodeIds, ...doc.edges.map((e) => e.id)]);
    expect(allIds.size).toBe(doc.nodes.length + doc.edges.length);
    const pairs = new Set<string>();
    for (const edge of doc.edges) {
      expect(nodeIds.has(edge.source)).toBe(true);
      expect(nodeIds.has(edge.target)).toBe(true);
      expect(edge.source).not.toBe(edge.target);
      const key = [edge.source, edge.target].sort().join('|');
      expect(pairs.has(key)).toBe(false);
      pairs.add(key);
    }
  });

  it('is connected (no isolated nodes) and has community structure', () => {
    const doc = generateGraph({ nodes: 1000 });
    const adjacency = new Map<string, string[]>(doc.nodes.map((n) => [n.id, []]));
    for (const e of doc.edges) {
      adjacency.get(e.source)?.push(e.target);
      adjacency.get(e.target)?.push(e.source);
    }
    const seen = new Set<string>([doc.nodes[0]!.id]);
    const queue = [doc.nodes[0]!.id];
    while (queue.length > 0) {
      for (const next of adjacency.get(queue.pop()!) ?? []) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    expect(seen.size).toBe(doc.nodes.length);
    // Communities are runs of consecutive indices of at most 65 nodes; most edges stay close.
    const index = new Map(doc.nodes.map((n, i) => [n.id, i]));
    const local = doc.edges.filter((e) => Math.abs(index.get(e.source)! - index.get(e.target)!) < 65).length;
    expect(local / doc.edges.length).toBeGreaterThan(0.7);
  });

  it('uses only fields of the graph format and well-formed dates', () => {
    const doc = generateGraph({ nodes: 300 });
    expect(doc.format).toBe('kg-graph');
    expect(doc.version).toBe(1);
    for (const edge of doc.edges) {
      if (edge.when?.date !== undefined) expect(edge.when.date).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
    }
    for (const node of doc.nodes) {
      for (const alias of node.aliases ?? []) expect(Object.keys(alias as object).every((k) => doc.meta.languages.includes(k))).toBe(true);
    }
  });
});

describe('generateGraph against the project loader', () => {
  it.each([4, 100, 5000])('gives a %i-node document that loads without errors or warnings', (n) => {
    const result = loadGraphText(JSON.stringify(generateGraph({ nodes: n })));
    expect(result.problems.map((p) => `${p.severity} ${p.code} ${p.pointer}`)).toEqual([]);
    expect(result.ok).toBe(true);
  });
});

describe('withoutPositions', () => {
  it('turns the bundled graph into a curator\'s graph: no positions, nothing else changed, still valid', () => {
    const doc = JSON.parse(readFileSync(new URL('../../../data/russia-iran-ai-blockchain.json', import.meta.url), 'utf8')) as GraphDocument;
    expect(doc.nodes.some((n) => n.position !== undefined)).toBe(true);
    const stripped = withoutPositions(doc);
    expect(stripped.nodes.filter((n) => 'position' in n)).toEqual([]);
    expect(stripped.nodes.map(({ id, label }) => ({ id, label }))).toEqual(doc.nodes.map(({ id, label }) => ({ id, label })));
    expect(stripped.edges).toBe(doc.edges);
    expect(loadGraphText(JSON.stringify(stripped)).ok).toBe(true);
  });
});

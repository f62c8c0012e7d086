import { describe, expect, it } from 'vitest';
import { generateGraph } from '../../bench/generate-graph';
import { seedPositions } from '../../../src/render/layout/seed-positions';
import { quickLayout, quickLayoutSettings, separateBoxes, type QuickLayoutInput } from '../../../src/render/layout/quick-layout';

/** A seeded community graph at its seed positions, every node a 60×40 box with its label below. */
function input(nodes: number, pinnedEvery = 0): QuickLayoutInput {
  const doc = generateGraph({ nodes, edgesPerNode: 2.5, seed: 5 });
  const seeds = seedPositions(
    doc.nodes.map((n) => ({ id: n.id, type: n.type })),
    doc.edges.map((e) => ({ source: e.source, target: e.target })),
  );
  const index = new Map(doc.nodes.map((n, i) => [n.id, i]));
  const positions = new Float32Array(2 * nodes);
  doc.nodes.forEach((n, i) => {
    positions[2 * i] = seeds.get(n.id)!.x;
    positions[2 * i + 1] = seeds.get(n.id)!.y;
  });
  const links = new Uint32Array(doc.edges.flatMap((e) => [index.get(e.source)!, index.get(e.target)!]));
  const boxes = new Float32Array(4 * nodes);
  for (let i = 0; i < nodes; i++) boxes.set([-30, -12, 30, 28], 4 * i);
  const fixed = new Uint8Array(nodes);
  if (pinnedEvery > 0) for (let i = 0; i < nodes; i += pinnedEvery) fixed[i] = 1;
  return { positions, fixed, links, boxes };
}

/** Pairs of boxes that overlap by more than `slack` on both axes. */
function overlappingPairs(positions: Float32Array, boxes: Float32Array, slack = 0): number {
  const n = positions.length / 2;
  let count = 0;
  for (let a = 0; a < n; a++)
    for (let b = a + 1; b < n; b++) {
      const ox = Math.min(positions[2 * a]! + boxes[4 * a + 2]!, positions[2 * b]! + boxes[4 * b + 2]!) - Math.max(positions[2 * a]! + boxes[4 * a]!, positions[2 * b]! + boxes[4 * b]!);
      const oy = Math.min(positions[2 * a + 1]! + boxes[4 * a + 3]!, positions[2 * b + 1]! + boxes[4 * b + 3]!) - Math.max(positions[2 * a + 1]! + boxes[4 * a + 1]!, positions[2 * b + 1]! + boxes[4 * b + 1]!);
      if (ox > slack && oy > slack) count++;
    }
  return count;
}

describe('quickLayout', () => {
  for (const n of [30, 100, 300]) {
    it(`leaves no two boxes of nodes with their labels overlapping (${n} nodes)`, () => {
      const graph = input(n);
      // The seeds are a spiral 50 apart: 60-wide boxes overlap there.
      expect(overlappingPairs(graph.positions, graph.boxes)).toBeGreaterThan(0);
      const out = quickLayout(graph, quickLayoutSettings(n));
      expect(out).toHaveLength(2 * n);
      expect(Array.from(out).every(Number.isFinite)).toBe(true);
      expect(overlappingPairs(out, graph.boxes)).toBe(0);
    });
  }

  it('keeps linked nodes nearer each other than unlinked ones', () => {
    const graph = input(100);
    const out = quickLayout(graph, quickLayoutSettings(100));
    const dist = (a: number, b: number) => Math.hypot(out[2 * a]! - out[2 * b]!, out[2 * a + 1]! - out[2 * b + 1]!);
    let linked = 0;
    for (let e = 0; e < graph.links.length; e += 2) linked += dist(graph.links[e]!, graph.links[e + 1]!);
    linked /= graph.links.length / 2;
    let all = 0;
    let pairs = 0;
    for (let a = 0; a < 100; a++) for (let b = a + 1; b < 100; b++, pairs++) all += dist(a, b);
    expect(linked).toBeLessThan((all / pairs) * 0.5);
  });

  it('never moves fixed nodes, and moves the others', () => {
    const graph = input(60, 4);
    const out = quickLayout(graph, quickLayoutSettings(60));
    let movedFree = 0;
    for (let i = 0; i < 60; i++) {
      const moved = out[2 * i] !== graph.positions[2 * i] || out[2 * i + 1] !== graph.positions[2 * i + 1];
      if (graph.fixed[i]) expect(moved).toBe(false);
      else if (moved) movedFree++;
    }
    expect(movedFree).toBeGreaterThan(30);
  });

  it('is deterministic and leaves its input alone', () => {
    const graph = input(80);
    const before = graph.positions.slice();
    const a = quickLayout(graph, quickLayoutSettings(80));
    const b = quickLayout(graph, quickLayoutSettings(80));
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(Array.from(graph.positions)).toEqual(Array.from(before));
  });
});

describe('separateBoxes', () => {
  it('pushes two overlapping boxes apart along the axis they overlap least, by at least the gap', () => {
    const positions = new Float32Array([0, 0, 10, 2]);
    const boxes = new Float32Array([-20, -5, 20, 5, -20, -5, 20, 5]);
    expect(separateBoxes(positions, boxes, new Uint8Array(2), 4, 10)).toBe(0);
    // They overlapped 30 px along x and 8 px along y: y it is.
    expect(positions[0]).toBe(0);
    expect(positions[2]).toBe(10);
    expect(Math.abs(positions[3]! - positions[1]!)).toBeGreaterThanOrEqual(10 + 4);
  });

  it('moves only the free node of a pair with a fixed one', () => {
    const positions = new Float32Array([0, 0, 2, 0]);
    const boxes = new Float32Array([-5, -5, 5, 5, -5, -5, 5, 5]);
    separateBoxes(positions, boxes, new Uint8Array([1, 0]), 2, 10);
    expect([positions[0], positions[1]]).toEqual([0, 0]);
    expect(positions[2]).toBeGreaterThanOrEqual(12);
  });
});

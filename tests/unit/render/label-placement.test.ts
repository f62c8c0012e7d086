import { describe, expect, it } from 'vitest';
import { NOT_PLACED, overlaps, placeLabels, placementOrder, type Box, type LabelRequest } from '../../../src/render/label-placement';
import { mulberry32 } from '../../bench/prng';

const box = (x1: number, y1: number, x2: number, y2: number): Box => ({ x1, y1, x2, y2 });
const below = (x: number, y: number, w = 40, h = 12): Box => box(x - w / 2, y + 6, x + w / 2, y + 6 + h);
const above = (x: number, y: number, w = 40, h = 12): Box => box(x - w / 2, y - 6 - h, x + w / 2, y - 6);

/** The boxes a placement draws. */
function drawn(requests: readonly LabelRequest[], chosen: Int32Array): Box[] {
  return requests.flatMap((r, i) => (chosen[i] === NOT_PLACED ? [] : [r.options[chosen[i]!]!]));
}

/** Random nodes (5 px boxes) with a below / above label each, importance at random. */
function scatter(seed: number, n: number, size: number): { obstacles: Box[]; requests: LabelRequest[] } {
  const rnd = mulberry32(seed);
  const obstacles: Box[] = [];
  const requests: LabelRequest[] = [];
  for (let i = 0; i < n; i++) {
    const x = rnd.next() * size;
    const y = rnd.next() * size;
    const w = 20 + rnd.int(80);
    obstacles.push(box(x - 5, y - 5, x + 5, y + 5));
    requests.push({ options: [below(x, y, w), above(x, y, w)], importance: rnd.int(20), owner: i });
  }
  return { obstacles, requests };
}

describe('placeLabels', () => {
  it('draws every label that fits, in its first option', () => {
    const obstacles = [box(-5, -5, 5, 5), box(95, -5, 105, 5)];
    const requests = [
      { options: [below(0, 0)], importance: 1, owner: 0 },
      { options: [below(100, 0)], importance: 1, owner: 1 },
    ];
    expect([...placeLabels(obstacles, requests)]).toEqual([0, 0]);
  });

  it('gives a crowded spot to the more important label, and the other its next free option', () => {
    const obstacles = [box(-5, -5, 5, 5), box(15, -5, 25, 5)];
    const requests = [
      { options: [below(0, 0)], importance: 1, owner: 0 },
      { options: [below(20, 0), above(20, 0)], importance: 5, owner: 1 },
    ];
    // Only the important one's first option: the other's only option overlaps it.
    expect([...placeLabels(obstacles, requests)]).toEqual([NOT_PLACED, 0]);
    const swapped = [
      { options: [below(0, 0), above(0, 0)], importance: 1, owner: 0 },
      { options: [below(20, 0)], importance: 5, owner: 1 },
    ];
    expect([...placeLabels(obstacles, swapped)]).toEqual([1, 0]);
  });

  it('never covers a node other than its own', () => {
    // A node sits right under the first label's first option.
    const obstacles = [box(-5, -5, 5, 5), box(-3, 10, 3, 16)];
    const requests = [{ options: [below(0, 0), above(0, 0)], importance: 1, owner: 0 }];
    expect([...placeLabels(obstacles, requests)]).toEqual([1]);
    // Without its owner the label also counts its own node.
    const touching = [{ options: [box(-4, -4, 4, 4)], importance: 1 }];
    expect([...placeLabels([box(-5, -5, 5, 5)], touching)]).toEqual([NOT_PLACED]);
    expect([...placeLabels([box(-5, -5, 5, 5)], [{ ...touching[0]!, owner: 0 }])]).toEqual([0]);
  });

  it('always draws a forced label, first, even where nothing is free', () => {
    const obstacles = [box(-5, -5, 5, 5), box(-30, 8, 30, 30)];
    const requests = [
      { options: [below(0, 0)], importance: 100 },
      { options: [below(0, 0), above(0, 0)], importance: 0, forced: true, owner: 0 },
    ];
    // The forced one is placed first and finds its second option free; the important one then
    // collides with the obstacle and is left out.
    expect([...placeLabels(obstacles, requests)]).toEqual([NOT_PLACED, 1]);
    const nowhere = [{ options: [below(0, 0)], importance: 0, forced: true, owner: 0 }];
    expect([...placeLabels(obstacles, nowhere)]).toEqual([0]);
    // With nothing free, the option covering the fewest boxes.
    const crowded = [box(-5, -5, 5, 5), box(-30, 8, 30, 30), box(-30, -30, -10, -8), box(10, -30, 30, -8)];
    const twoHits = [{ options: [above(0, 0), below(0, 0)], importance: 0, forced: true, owner: 0 }];
    expect([...placeLabels(crowded, twoHits)]).toEqual([1]);
  });

  it('keeps options inside the screen, except forced ones', () => {
    const within = box(0, 0, 100, 100);
    const requests = [
      { options: [below(95, 50), below(60, 50)], importance: 1 },
      { options: [below(50, 95)], importance: 1 },
      { options: [below(5, 20)], importance: 1, forced: true },
    ];
    expect([...placeLabels([], requests, { within })]).toEqual([1, NOT_PLACED, 0]);
  });

  it('places nothing overlapping, and the same labels as a brute-force greedy, on random scenes', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const { obstacles, requests } = scatter(seed, 600, 1200);
      const within = box(0, 0, 1200, 1200);
      const chosen = placeLabels(obstacles, requests, { within, cellSize: 50 });
      // Brute force: the same greedy with a plain list.
      const placed: Box[] = [];
      const expected = new Int32Array(requests.length).fill(NOT_PLACED);
      for (const r of placementOrder(requests)) {
        const req = requests[r]!;
        const o = req.options.findIndex(
          (b) =>
            b.x1 >= 0 && b.y1 >= 0 && b.x2 <= 1200 && b.y2 <= 1200 &&
            !placed.some((p) => overlaps(p, b)) &&
            !obstacles.some((ob, i) => i !== req.owner && overlaps(ob, b)),
        );
        if (o >= 0) {
          expected[r] = o;
          placed.push(req.options[o]!);
        }
      }
      expect([...chosen]).toEqual([...expected]);
      const boxes = drawn(requests, chosen);
      expect(boxes.length).toBeGreaterThan(100);
      let overlapping = 0;
      for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) if (overlaps(boxes[i]!, boxes[j]!)) overlapping++;
      expect(overlapping).toBe(0);
    }
  });

  it('handles boxes far outside the grid and cells larger than asked for a huge area', () => {
    const requests = [
      { options: [box(-1e7, -1e7, -1e7 + 50, -1e7 + 10)], importance: 2 },
      { options: [box(-1e7 + 10, -1e7, -1e7 + 60, -1e7 + 10)], importance: 1 },
      { options: [box(1e7, 1e7, 1e7 + 50, 1e7 + 10)], importance: 1 },
    ];
    expect([...placeLabels([], requests, { cellSize: 1 })]).toEqual([0, NOT_PLACED, 0]);
  });

  it('costs about linear work: box tests grow with the count, not its square', () => {
    const tests = (n: number): number => {
      // The same density at every size: the area grows with n.
      const side = Math.sqrt(n) * 60;
      const { obstacles, requests } = scatter(9, n, side);
      const stats = { comparisons: 0 };
      const chosen = placeLabels(obstacles, requests, { within: box(0, 0, side, side), stats });
      expect(chosen.filter((c) => c !== NOT_PLACED).length).toBeGreaterThan(n / 10);
      return stats.comparisons;
    };
    const small = tests(1000);
    const large = tests(20_000);
    // Brute force would make ~n²/2 tests (2·10^8 at 20,000); the grid about a constant per label.
    expect(large / 20_000).toBeLessThan(40);
    expect(large / small).toBeLessThan(20 * 1.5);
  });
});

describe('placementOrder', () => {
  it('is forced first, then importance descending, ties in the given order', () => {
    const r = (importance: number, forced = false): LabelRequest => ({ options: [], importance, forced });
    expect(placementOrder([r(1), r(5), r(0, true), r(5), r(9)])).toEqual([2, 4, 1, 3, 0]);
  });
});

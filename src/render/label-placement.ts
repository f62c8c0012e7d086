/**
 * Which labels to draw, and where, so that none covers another label or a node: a greedy
 * placement in the manner of sigma's label grid. Labels are taken most important first; each
 * takes the first of its candidate boxes (below its node, above, beside…) that is free, or is
 * left out. Forced labels (the selected or hovered node) go first and are always drawn.
 *
 * Collision checks go through a uniform grid of buckets, so a placement costs about
 * O(obstacles + candidate boxes) rather than O(n²). Pure: boxes in, choices out; the renderer
 * measures the boxes and applies the result (./label-layout.ts).
 */

/** An axis-aligned box, in screen px. */
export interface Box {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface LabelRequest {
  /** Boxes the label may take, in order of preference. */
  readonly options: readonly Box[];
  /** Higher is placed first. */
  readonly importance: number;
  /** Always drawn: takes its first free option, else its first one. Placed before the rest. */
  readonly forced?: boolean;
  /** Index (into the obstacles) of the label's own node, which the label may touch. */
  readonly owner?: number;
}

export interface PlacementOptions {
  /** Options must lie inside this box (the screen); a forced label may leave it. */
  readonly within?: Box;
  /** Side of a grid bucket in px (default 64). */
  readonly cellSize?: number;
  /** When given, counts the box-against-box tests made (for tests of the cost). */
  readonly stats?: { comparisons: number };
}

/** No option taken: the label is not drawn. */
export const NOT_PLACED = -1;

/** Most buckets the grid allocates; a wider area gets larger buckets. */
const MAX_CELLS = 1 << 16;

/**
 * For each request (in the order given), the index of the option it takes, or NOT_PLACED.
 * Order of placement: forced labels first, then by importance (highest first), ties in the
 * order given.
 */
export function placeLabels(obstacles: readonly Box[], requests: readonly LabelRequest[], options: PlacementOptions = {}): Int32Array {
  const chosen = new Int32Array(requests.length).fill(NOT_PLACED);
  if (requests.length === 0) return chosen;
  const within = options.within;
  const grid = new BoxGrid(extentOf(obstacles, requests, within), options.cellSize ?? 64, obstacles.length + requests.length);
  for (let i = 0; i < obstacles.length; i++) grid.insert(obstacles[i]!, i);
  const order = placementOrder(requests);
  let comparisons = 0;
  for (const r of order) {
    const request = requests[r]!;
    const owner = request.owner ?? -1;
    let pick = NOT_PLACED;
    for (let o = 0; o < request.options.length; o++) {
      const box = request.options[o]!;
      if (within && !inside(box, within)) continue;
      const free = !grid.collides(box, owner);
      comparisons += grid.comparisons;
      if (free) {
        pick = o;
        break;
      }
    }
    if (pick === NOT_PLACED && request.forced && request.options.length > 0) pick = leastCovering(grid, request, owner);
    if (pick === NOT_PLACED) continue;
    chosen[r] = pick;
    // Labels are not anyone's own node: the owner index space is the obstacles'.
    grid.insert(request.options[pick]!, -1);
  }
  if (options.stats) options.stats.comparisons += comparisons;
  return chosen;
}

/** The option of a forced label that covers the fewest boxes (the first of equals). */
function leastCovering(grid: BoxGrid, request: LabelRequest, owner: number): number {
  let best = 0;
  let fewest = Infinity;
  request.options.forEach((box, o) => {
    const covered = grid.covered(box, owner);
    if (covered < fewest) {
      fewest = covered;
      best = o;
    }
  });
  return best;
}

/** Request indices in placement order: forced first, then importance descending, stable. */
export function placementOrder(requests: readonly LabelRequest[]): number[] {
  const order = requests.map((_, i) => i);
  order.sort((a, b) => {
    const ra = requests[a]!;
    const rb = requests[b]!;
    if (!!ra.forced !== !!rb.forced) return ra.forced ? -1 : 1;
    return rb.importance - ra.importance || a - b;
  });
  return order;
}

/** Whether two boxes share more than an edge. */
export function overlaps(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

function inside(box: Box, area: Box): boolean {
  return box.x1 >= area.x1 && box.y1 >= area.y1 && box.x2 <= area.x2 && box.y2 <= area.y2;
}

/** The box the grid must cover: every obstacle and option (or the `within` area when given). */
function extentOf(obstacles: readonly Box[], requests: readonly LabelRequest[], within: Box | undefined): Box {
  let x1 = within ? within.x1 : Infinity;
  let y1 = within ? within.y1 : Infinity;
  let x2 = within ? within.x2 : -Infinity;
  let y2 = within ? within.y2 : -Infinity;
  const grow = (b: Box): void => {
    if (b.x1 < x1) x1 = b.x1;
    if (b.y1 < y1) y1 = b.y1;
    if (b.x2 > x2) x2 = b.x2;
    if (b.y2 > y2) y2 = b.y2;
  };
  if (!within) for (const b of obstacles) grow(b);
  // Forced labels may lie outside `within`; the grid clamps what falls outside to its border cells.
  for (const r of requests) for (const b of r.options) if (!within || r.forced) grow(b);
  if (!Number.isFinite(x1) || !Number.isFinite(y1)) return { x1: 0, y1: 0, x2: 1, y2: 1 };
  return { x1, y1, x2, y2 };
}

/**
 * Boxes bucketed by a uniform grid. A box is listed in every cell it touches; a box outside the
 * grid is clamped to its border cells, so nothing is ever missed, only checked more often.
 */
class BoxGrid {
  readonly #x0: number;
  readonly #y0: number;
  readonly #cell: number;
  readonly #cols: number;
  readonly #rows: number;
  readonly #cells: (number[] | undefined)[];
  /** x1, y1, x2, y2 of every inserted box. */
  #coords: Float64Array;
  #owners: Int32Array;
  #count = 0;
  /** Box tests made by the last collides(). */
  comparisons = 0;

  constructor(extent: Box, cellSize: number, capacity: number) {
    const w = Math.max(extent.x2 - extent.x1, 1);
    const h = Math.max(extent.y2 - extent.y1, 1);
    let cell = Math.max(cellSize, 1);
    while (Math.ceil(w / cell) * Math.ceil(h / cell) > MAX_CELLS) cell *= 2;
    this.#cell = cell;
    this.#x0 = extent.x1;
    this.#y0 = extent.y1;
    this.#cols = Math.max(1, Math.ceil(w / cell));
    this.#rows = Math.max(1, Math.ceil(h / cell));
    this.#cells = new Array<number[] | undefined>(this.#cols * this.#rows);
    this.#coords = new Float64Array(Math.max(capacity, 1) * 4);
    this.#owners = new Int32Array(Math.max(capacity, 1));
  }

  insert(box: Box, owner: number): void {
    const i = this.#count++;
    if (i >= this.#owners.length) this.#growTo(i * 2 + 1);
    const c = this.#coords;
    c[i * 4] = box.x1;
    c[i * 4 + 1] = box.y1;
    c[i * 4 + 2] = box.x2;
    c[i * 4 + 3] = box.y2;
    this.#owners[i] = owner;
    const cx2 = this.#col(box.x2);
    const cy2 = this.#row(box.y2);
    for (let y = this.#row(box.y1); y <= cy2; y++) {
      for (let x = this.#col(box.x1); x <= cx2; x++) {
        const k = y * this.#cols + x;
        const list = this.#cells[k];
        if (list) list.push(i);
        else this.#cells[k] = [i];
      }
    }
  }

  /**
   * Whether `box` overlaps any inserted box other than those of obstacle `ignore`. Sets
   * `comparisons` to the box tests it made.
   */
  collides(box: Box, ignore: number): boolean {
    const c = this.#coords;
    const owners = this.#owners;
    const cx1 = this.#col(box.x1);
    const cx2 = this.#col(box.x2);
    const cy2 = this.#row(box.y2);
    let tests = 0;
    let hit = false;
    for (let y = this.#row(box.y1); y <= cy2 && !hit; y++) {
      for (let x = cx1; x <= cx2 && !hit; x++) {
        const list = this.#cells[y * this.#cols + x];
        if (!list) continue;
        for (let k = 0; k < list.length; k++) {
          const i = list[k]!;
          if (ignore >= 0 && owners[i] === ignore) continue;
          tests++;
          if (box.x1 < c[i * 4 + 2]! && c[i * 4]! < box.x2 && box.y1 < c[i * 4 + 3]! && c[i * 4 + 1]! < box.y2) {
            hit = true;
            break;
          }
        }
      }
    }
    this.comparisons = tests;
    return hit;
  }

  /** How many inserted boxes (other than obstacle `ignore`'s) `box` overlaps. */
  covered(box: Box, ignore: number): number {
    const c = this.#coords;
    const seen = new Set<number>();
    const cx1 = this.#col(box.x1);
    const cx2 = this.#col(box.x2);
    const cy2 = this.#row(box.y2);
    for (let y = this.#row(box.y1); y <= cy2; y++) {
      for (let x = cx1; x <= cx2; x++) {
        for (const i of this.#cells[y * this.#cols + x] ?? []) {
          if ((ignore >= 0 && this.#owners[i] === ignore) || seen.has(i)) continue;
          if (box.x1 < c[i * 4 + 2]! && c[i * 4]! < box.x2 && box.y1 < c[i * 4 + 3]! && c[i * 4 + 1]! < box.y2) seen.add(i);
        }
      }
    }
    return seen.size;
  }

  // A coordinate outside the grid is clamped to its border; NaN lands in cell 0.
  #col(v: number): number {
    return Math.min(this.#cols - 1, Math.max(0, Math.floor((v - this.#x0) / this.#cell) || 0));
  }

  #row(v: number): number {
    return Math.min(this.#rows - 1, Math.max(0, Math.floor((v - this.#y0) / this.#cell) || 0));
  }

  #growTo(capacity: number): void {
    const coords = new Float64Array(capacity * 4);
    coords.set(this.#coords);
    this.#coords = coords;
    const owners = new Int32Array(capacity);
    owners.set(this.#owners);
    this.#owners = owners;
  }
}

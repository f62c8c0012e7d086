/**
 * Starting positions computed before any layout runs, so the first frame can be drawn at once and
 * the layout starts from a sensible picture instead of a random cloud.
 *
 * Each connected component becomes a disc: its nodes, in breadth-first order from its best
 * connected node, sit one step apart along an Archimedean spiral whose turns are one step apart,
 * so a hub lands in the middle with its neighbours around it, nodes that follow each other in the
 * breadth-first order (often neighbours) sit side by side, and the disc is evenly filled. Discs are packed on shelves, largest first. Curator-pinned positions are
 * kept exactly; a component that has pinned nodes spirals around their centre instead.
 * Deterministic (same input → same output) and O(n + m) apart from sorting the components.
 */

export interface SeedNode {
  readonly id: string;
  readonly type: string;
  readonly position?: { readonly x: number; readonly y: number };
}

export interface SeedEdge {
  readonly source: string;
  readonly target: string;
}

export interface Point {
  x: number;
  y: number;
}

/** Distance between successive seeds along the spiral, and between its turns. */
export const SEED_SPACING = 50;
/** Gap between packed component discs, in the same units as positions. */
const DISC_GAP = SEED_SPACING;
/** Offset of the first point along the spiral, so the centre is left free and no point coincides. */
const SPIRAL_START = 0.5;

/**
 * Point `i` of an Archimedean spiral r = spacing·θ/2π walked in steps of equal arc length (arc
 * length ≈ spacing·θ²/4π, so θ = √(4π·i)): each point has an area of spacing² to itself.
 */
function spiralPoint(i: number): Point {
  const t = i + SPIRAL_START;
  const angle = Math.sqrt(4 * Math.PI * t);
  const r = SEED_SPACING * Math.sqrt(t / Math.PI);
  return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
}

/** Radius of the disc a spiral of `count` points fills. */
function spiralRadius(count: number): number {
  return SEED_SPACING * Math.sqrt((Math.max(count, 1) + SPIRAL_START) / Math.PI);
}

function isFinitePosition(p: SeedNode['position']): p is { x: number; y: number } {
  return p !== undefined && Number.isFinite(p.x) && Number.isFinite(p.y);
}

/** Adjacency in compressed sparse row form: neighbours of i are adj[start[i] .. start[i+1]). */
interface Adjacency {
  readonly start: Int32Array;
  readonly adj: Int32Array;
}

function buildAdjacency(n: number, sources: Int32Array, targets: Int32Array): Adjacency {
  const start = new Int32Array(n + 1);
  for (let e = 0; e < sources.length; e++) {
    start[sources[e]! + 1]!++;
    start[targets[e]! + 1]!++;
  }
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, n);
  const adj = new Int32Array(start[n]!);
  for (let e = 0; e < sources.length; e++) {
    const s = sources[e]!;
    const t = targets[e]!;
    adj[fill[s]!++] = t;
    adj[fill[t]!++] = s;
  }
  return { start, adj };
}

/**
 * Components in breadth-first order: `order` lists node indices component after component, each
 * component starting at its highest-degree node (first in input order on ties, for determinism).
 * Type breaks ties among a node's neighbours, so nodes of one type tend to sit together.
 */
function componentsInBfsOrder(
  n: number,
  { start, adj }: Adjacency,
  typeRank: Int32Array,
): { order: Int32Array; bounds: number[] } {
  const component = new Int32Array(n).fill(-1);
  // First pass: label components and find each one's best-connected root.
  const roots: number[] = [];
  const stack = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    if (component[i] !== -1) continue;
    const c = roots.length;
    let root = i;
    let top = 0;
    stack[top++] = i;
    component[i] = c;
    while (top > 0) {
      const v = stack[--top]!;
      const degree = start[v + 1]! - start[v]!;
      const rootDegree = start[root + 1]! - start[root]!;
      if (degree > rootDegree || (degree === rootDegree && v < root)) root = v;
      for (let k = start[v]!; k < start[v + 1]!; k++) {
        const w = adj[k]!;
        if (component[w] === -1) {
          component[w] = c;
          stack[top++] = w;
        }
      }
    }
    roots.push(root);
  }
  // Second pass: breadth-first from each root; neighbours taken in type order, then input order.
  const order = new Int32Array(n);
  const seen = new Uint8Array(n);
  const bounds: number[] = [0];
  const batch: number[] = [];
  let tail = 0;
  for (const root of roots) {
    let head = tail;
    order[tail++] = root;
    seen[root] = 1;
    while (head < tail) {
      const v = order[head++]!;
      batch.length = 0;
      for (let k = start[v]!; k < start[v + 1]!; k++) {
        const w = adj[k]!;
        if (!seen[w]) {
          seen[w] = 1;
          batch.push(w);
        }
      }
      if (batch.length > 1) batch.sort((a, b) => typeRank[a]! - typeRank[b]! || a - b);
      for (const w of batch) order[tail++] = w;
    }
    bounds.push(tail);
  }
  return { order, bounds };
}

/**
 * Deterministic starting positions for every node (pinned `position`s kept as they are), so the
 * first frame can be drawn before any layout runs. Edges whose ends are unknown are ignored.
 */
export function seedPositions(
  nodes: readonly SeedNode[],
  edges: readonly SeedEdge[],
): Map<string, { x: number; y: number }> {
  const n = nodes.length;
  const result = new Map<string, { x: number; y: number }>();
  if (n === 0) return result;

  const index = new Map<string, number>();
  const typeIndex = new Map<string, number>();
  const typeRank = new Int32Array(n);
  nodes.forEach((node, i) => {
    if (!index.has(node.id)) index.set(node.id, i);
    let t = typeIndex.get(node.type);
    if (t === undefined) typeIndex.set(node.type, (t = typeIndex.size));
    typeRank[i] = t;
  });

  const sources = new Int32Array(edges.length);
  const targets = new Int32Array(edges.length);
  let m = 0;
  for (const edge of edges) {
    const s = index.get(edge.source);
    const t = index.get(edge.target);
    if (s === undefined || t === undefined || s === t) continue;
    sources[m] = s;
    targets[m] = t;
    m++;
  }
  const adjacency = buildAdjacency(n, sources.subarray(0, m), targets.subarray(0, m));
  const { order, bounds } = componentsInBfsOrder(n, adjacency, typeRank);

  interface Disc {
    readonly from: number;
    readonly to: number;
    /** Centre of the pinned nodes when the component has any; such a disc is not packed. */
    readonly anchor?: Point;
  }
  const free: Disc[] = [];
  const anchored: Disc[] = [];
  for (let c = 0; c + 1 < bounds.length; c++) {
    const from = bounds[c]!;
    const to = bounds[c + 1]!;
    let sx = 0;
    let sy = 0;
    let pinnedCount = 0;
    for (let k = from; k < to; k++) {
      const p = nodes[order[k]!]!.position;
      if (isFinitePosition(p)) {
        sx += p.x;
        sy += p.y;
        pinnedCount++;
      }
    }
    if (pinnedCount > 0) anchored.push({ from, to, anchor: { x: sx / pinnedCount, y: sy / pinnedCount } });
    else free.push({ from, to });
  }

  const place = (disc: Disc, cx: number, cy: number): void => {
    let slot = 0;
    for (let k = disc.from; k < disc.to; k++) {
      const node = nodes[order[k]!]!;
      if (result.has(node.id)) continue; // a duplicate id keeps its first position
      if (isFinitePosition(node.position)) {
        result.set(node.id, { x: node.position.x, y: node.position.y });
        continue;
      }
      const p = spiralPoint(slot++);
      result.set(node.id, { x: cx + p.x, y: cy + p.y });
    }
  };

  for (const disc of anchored) place(disc, disc.anchor!.x, disc.anchor!.y);

  // Shelf packing: largest discs first, rows about as wide as the whole drawing is tall.
  free.sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
  let totalArea = 0;
  for (const disc of free) totalArea += (2 * spiralRadius(disc.to - disc.from) + DISC_GAP) ** 2;
  const rowWidth = Math.sqrt(totalArea);
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  const placedFree: { disc: Disc; x: number; y: number }[] = [];
  for (const disc of free) {
    const size = 2 * spiralRadius(disc.to - disc.from) + DISC_GAP;
    if (x > 0 && x + size > rowWidth) {
      x = 0;
      y += rowHeight;
      rowHeight = 0;
    }
    placedFree.push({ disc, x: x + size / 2, y: y + size / 2 });
    x += size;
    rowHeight = Math.max(rowHeight, size);
  }
  // Centre the packed discs on the origin, or beside the anchored ones when there are any.
  let offsetX = -rowWidth / 2;
  let offsetY = -(y + rowHeight) / 2;
  if (anchored.length > 0) {
    let maxX = -Infinity;
    let minY = Infinity;
    for (const p of result.values()) {
      maxX = Math.max(maxX, p.x);
      minY = Math.min(minY, p.y);
    }
    offsetX = maxX + DISC_GAP * 2;
    offsetY = minY;
  }
  for (const { disc, x: dx, y: dy } of placedFree) place(disc, dx + offsetX, dy + offsetY);
  return result;
}

/**
 * The layout of a small graph computed in one go, DOM-free: a fixed number of force ticks from the
 * seed positions (seed-positions.ts), then the picture spread so that most boxes of nodes with
 * their labels come apart, then the remaining overlapping boxes pushed apart until none overlap. Deterministic (same input → same output), and fast enough to run before the
 * first frame is drawn: the graph is drawn once, at its result, and is settled when it appears.
 *
 * Why not cola here: cytoscape-cola polishing a force pre-layout took 0.4–0.7 s of animated ticks
 * on top of the worker's ~0.25 s (and starting the worker), so a 30-node graph settled 0.9–1.2 s
 * after navigation against fcose's 0.3–0.4 s (bench, issue 14). Overlap removal on the label boxes
 * gives what cola was there for (no overlaps, labels counted) in a few ms.
 *
 * The forces are d3-force's (many-body, links with d3's strength and bias, centring, velocity
 * decay) written over typed arrays with exact O(n²) repulsion: up to 300 nodes that is cheaper
 * than d3's Barnes–Hut quadtree, object nodes and cold code before the first frame (measured in
 * Chromium: 150 d3 ticks took 22–36 ms at 33 nodes).
 */
export interface QuickLayoutInput {
  /** Start positions [x0, y0, x1, y1, …] (the seeds); fixed nodes keep theirs. */
  readonly positions: Float32Array;
  /** 1 for a node that must not move (pinned). */
  readonly fixed: Uint8Array;
  /** Edge ends as node indices: [s0, t0, s1, t1, …]. */
  readonly links: Uint32Array;
  /**
   * Each node's box with its label, relative to its position: [left0, top0, right0, bottom0, …]
   * (left and top ≤ 0 ≤ right and bottom). The label hangs below the node, so boxes are not centred.
   */
  readonly boxes: Float32Array;
}

export interface QuickLayoutSettings {
  /** Simulation ticks, all run (no time budget: the result must not depend on the machine). */
  readonly ticks: number;
  readonly linkDistance: number;
  readonly chargeStrength: number;
  readonly centringStrength: number;
  readonly velocityDecay: number;
  /** Free space kept between two boxes, in px. */
  readonly gap: number;
  /** Upper bound on the separation sweeps; each moves every overlapping pair apart. */
  readonly maxSweeps: number;
}

/** Settings for a graph of `nodeCount` nodes: near the force worker's small-graph tuning. */
export function quickLayoutSettings(nodeCount: number): QuickLayoutSettings {
  return {
    // Seeds are already a sensible picture; 120–150 ticks untangle it (d3's default is 300). No
    // collision force: spreadToFit() and separateBoxes() remove overlaps for less (measured: 300
    // nodes, 150 ticks took 85 ms without it and 130 ms with it, and still needed separating).
    ticks: nodeCount <= 100 ? 150 : 120,
    linkDistance: nodeCount <= 100 ? 70 : 55,
    chargeStrength: nodeCount <= 100 ? -150 : -100,
    centringStrength: 0.05,
    velocityDecay: 0.35,
    gap: nodeCount <= 100 ? 10 : 6,
    maxSweeps: 400,
  };
}

/** Repulsion is ignored beyond this distance (as the force worker's chargeDistanceMax). */
const CHARGE_DISTANCE_MAX = 1200;

/** Lays the graph out and returns the new positions [x0, y0, …]; the input is not changed. */
export function quickLayout(input: QuickLayoutInput, settings: QuickLayoutSettings): Float32Array {
  const { positions, fixed, links } = input;
  const n = positions.length / 2;
  const x = Float64Array.from({ length: n }, (_, i) => positions[2 * i]!);
  const y = Float64Array.from({ length: n }, (_, i) => positions[2 * i + 1]!);
  if (settings.ticks > 0 && n > 1) simulate(x, y, fixed, links, settings);
  const out = new Float32Array(n * 2);
  for (let i = 0; i < n; i++) {
    out[2 * i] = fixed[i] ? positions[2 * i]! : x[i]!;
    out[2 * i + 1] = fixed[i] ? positions[2 * i + 1]! : y[i]!;
  }
  spreadToFit(out, input.boxes, fixed, settings.gap);
  // Pushing pairs apart can go round in circles in a crowded spot: then the picture is spread a
  // little more and separation resumes, until nothing overlaps.
  let left = separateBoxes(out, input.boxes, fixed, settings.gap, SWEEPS_PER_ROUND);
  for (let round = 1; left > 0 && round * SWEEPS_PER_ROUND < settings.maxSweeps; round++) {
    scaleAboutCentre(out, fixed, ROUND_SPREAD);
    left = separateBoxes(out, input.boxes, fixed, settings.gap, SWEEPS_PER_ROUND);
  }
  return out;
}

/**
 * d3-force's simulation, tick for tick: alpha cools from 1 to 0.001 over `ticks`; each tick adds
 * many-body repulsion (strength·alpha/d² along the offset), link springs (d3's strength
 * 1/min(degree) and degree-weighted bias, on positions plus velocities), centring towards 0, then
 * velocities decay and positions move. Fixed nodes never move.
 */
function simulate(x: Float64Array, y: Float64Array, fixed: Uint8Array, links: Uint32Array, settings: QuickLayoutSettings): void {
  const n = x.length;
  const vx = new Float64Array(n);
  const vy = new Float64Array(n);
  const m = links.length >> 1;
  const degree = new Float64Array(n);
  for (let e = 0; e < m; e++) {
    degree[links[2 * e]!]!++;
    degree[links[2 * e + 1]!]!++;
  }
  const strength = new Float64Array(m);
  const bias = new Float64Array(m);
  for (let e = 0; e < m; e++) {
    const s = degree[links[2 * e]!]!;
    const t = degree[links[2 * e + 1]!]!;
    strength[e] = 1 / Math.min(s, t);
    bias[e] = s / (s + t);
  }
  const alphaMin = 0.001;
  const decay = 1 - Math.pow(alphaMin, 1 / settings.ticks);
  const keep = 1 - settings.velocityDecay;
  const maxD2 = CHARGE_DISTANCE_MAX * CHARGE_DISTANCE_MAX;
  let alpha = 1;
  for (let tick = 0; tick < settings.ticks; tick++) {
    alpha += (0 - alpha) * decay;
    const charge = settings.chargeStrength * alpha;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let dx = x[j]! - x[i]!;
        let dy = y[j]! - y[i]!;
        let d2 = dx * dx + dy * dy;
        if (d2 >= maxD2) continue;
        if (d2 < 1 && d2 > 0) d2 = Math.sqrt(d2); // d3's distanceMin: no huge kicks at close range
        if (d2 === 0) {
          // Coincident nodes: a fixed tiny offset by index (d3 jiggles randomly), so they part.
          dx = ((i * 7 + j * 13) % 11) * 1e-3 + 1e-3;
          dy = ((i * 11 + j * 5) % 13) * 1e-3 + 1e-3;
          d2 = dx * dx + dy * dy;
        }
        // d3: each node feels the other's charge, w = strength·alpha/d², along the offset.
        const w = charge / d2;
        vx[i] = vx[i]! + dx * w;
        vy[i] = vy[i]! + dy * w;
        vx[j] = vx[j]! - dx * w;
        vy[j] = vy[j]! - dy * w;
      }
    }
    for (let e = 0; e < m; e++) {
      const s = links[2 * e]!;
      const t = links[2 * e + 1]!;
      let dx = x[t]! + vx[t]! - x[s]! - vx[s]!;
      let dy = y[t]! + vy[t]! - y[s]! - vy[s]!;
      let l = Math.sqrt(dx * dx + dy * dy);
      if (l === 0) {
        dx = 1e-3;
        dy = 1e-3;
        l = Math.SQRT2 * 1e-3;
      }
      const k = ((l - settings.linkDistance) / l) * alpha * strength[e]!;
      dx *= k;
      dy *= k;
      const b = bias[e]!;
      vx[t] = vx[t]! - dx * b;
      vy[t] = vy[t]! - dy * b;
      vx[s] = vx[s]! + dx * (1 - b);
      vy[s] = vy[s]! + dy * (1 - b);
    }
    const centring = settings.centringStrength * alpha;
    for (let i = 0; i < n; i++) {
      if (fixed[i]) {
        vx[i] = 0;
        vy[i] = 0;
        continue;
      }
      vx[i] = (vx[i]! - x[i]! * centring) * keep;
      vy[i] = (vy[i]! - y[i]! * centring) * keep;
      x[i] = x[i]! + vx[i]!;
      y[i] = y[i]! + vy[i]!;
    }
  }
}

/** Separation sweeps between two spreads of the picture. */
const SWEEPS_PER_ROUND = 25;
/** How much the picture is spread when separation has not finished within a round. */
const ROUND_SPREAD = 1.06;

/** Largest factor spreadToFit() applies: beyond it a few crowded spots would blow the picture up. */
const MAX_SPREAD = 2.5;

/**
 * Scales the free nodes' positions about their centre so that most overlapping pairs of boxes
 * come apart (the median of the factors the pairs need): one move that keeps the
 * picture's shape, where pushing pairs apart one by one converges slowly in crowded parts.
 */
export function spreadToFit(positions: Float32Array, boxes: Float32Array, fixed: Uint8Array, gap: number): number {
  const n = positions.length / 2;
  const needs: number[] = [];
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      const dx = Math.abs(positions[2 * b]! + (boxes[4 * b]! + boxes[4 * b + 2]!) / 2 - positions[2 * a]! - (boxes[4 * a]! + boxes[4 * a + 2]!) / 2);
      const dy = Math.abs(positions[2 * b + 1]! + (boxes[4 * b + 1]! + boxes[4 * b + 3]!) / 2 - positions[2 * a + 1]! - (boxes[4 * a + 1]! + boxes[4 * a + 3]!) / 2);
      const w = (boxes[4 * a + 2]! - boxes[4 * a]! + boxes[4 * b + 2]! - boxes[4 * b]!) / 2 + gap;
      const h = (boxes[4 * a + 3]! - boxes[4 * a + 1]! + boxes[4 * b + 3]! - boxes[4 * b + 1]!) / 2 + gap;
      if (dx >= w || dy >= h) continue;
      needs.push(Math.min(dx > 0 ? w / dx : Infinity, dy > 0 ? h / dy : Infinity));
    }
  }
  if (needs.length === 0) return 1;
  needs.sort((x, y) => x - y);
  const factor = Math.min(MAX_SPREAD, needs[Math.floor(needs.length * 0.5)]!);
  if (!(factor > 1)) return 1;
  scaleAboutCentre(positions, fixed, factor);
  return factor;
}

/** Scales the free nodes' positions by `factor` about their centre; fixed nodes stay. */
function scaleAboutCentre(positions: Float32Array, fixed: Uint8Array, factor: number): void {
  const n = positions.length / 2;
  let cx = 0;
  let cy = 0;
  let free = 0;
  for (let i = 0; i < n; i++) {
    if (fixed[i]) continue;
    cx += positions[2 * i]!;
    cy += positions[2 * i + 1]!;
    free++;
  }
  if (free === 0) return;
  cx /= free;
  cy /= free;
  for (let i = 0; i < n; i++) {
    if (fixed[i]) continue;
    positions[2 * i] = cx + (positions[2 * i]! - cx) * factor;
    positions[2 * i + 1] = cy + (positions[2 * i + 1]! - cy) * factor;
  }
}

/**
 * Moves nodes until no two boxes (with `gap` between them) overlap, or `maxSweeps` sweeps ran.
 * Each sweep finds the overlapping pairs with a sort along x and moves each pair apart along the
 * axis where they overlap least, the move shared by the nodes that may move. Returns the number of
 * pairs still overlapping (0 when it succeeded).
 */
export function separateBoxes(positions: Float32Array, boxes: Float32Array, fixed: Uint8Array, gap: number, maxSweeps: number): number {
  const n = positions.length / 2;
  const order = Array.from({ length: n }, (_, i) => i);
  const left = (i: number) => positions[2 * i]! + boxes[4 * i]!;
  const right = (i: number) => positions[2 * i]! + boxes[4 * i + 2]!;
  const top = (i: number) => positions[2 * i + 1]! + boxes[4 * i + 1]!;
  const bottom = (i: number) => positions[2 * i + 1]! + boxes[4 * i + 3]!;
  let overlapping = 0;
  for (let sweep = 0; sweep < maxSweeps; sweep++) {
    overlapping = 0;
    order.sort((a, b) => left(a) - left(b));
    for (let oi = 0; oi < n; oi++) {
      const a = order[oi]!;
      for (let oj = oi + 1; oj < n; oj++) {
        const b = order[oj]!;
        if (left(b) >= right(a) + gap) break; // sorted by left: no later box reaches a
        const ox = Math.min(right(a), right(b)) - Math.max(left(a), left(b)) + gap;
        const oy = Math.min(bottom(a), bottom(b)) - Math.max(top(a), top(b)) + gap;
        if (ox <= 0 || oy <= 0) continue;
        const movesA = fixed[a] ? 0 : 1;
        const movesB = fixed[b] ? 0 : 1;
        if (movesA + movesB === 0) continue;
        overlapping++;
        const shareA = movesA / (movesA + movesB);
        const shareB = movesB / (movesA + movesB);
        // A little more than the overlap, so rounding never leaves a pair touching.
        if (ox < oy) {
          const ax = positions[2 * a]! + (boxes[4 * a]! + boxes[4 * a + 2]!) / 2;
          const bx = positions[2 * b]! + (boxes[4 * b]! + boxes[4 * b + 2]!) / 2;
          const dir = bx > ax || (bx === ax && a < b) ? 1 : -1;
          positions[2 * a] = positions[2 * a]! - dir * (ox + 0.5) * shareA;
          positions[2 * b] = positions[2 * b]! + dir * (ox + 0.5) * shareB;
        } else {
          const ay = positions[2 * a + 1]! + (boxes[4 * a + 1]! + boxes[4 * a + 3]!) / 2;
          const by = positions[2 * b + 1]! + (boxes[4 * b + 1]! + boxes[4 * b + 3]!) / 2;
          const dir = by > ay || (by === ay && a < b) ? 1 : -1;
          positions[2 * a + 1] = positions[2 * a + 1]! - dir * (oy + 0.5) * shareA;
          positions[2 * b + 1] = positions[2 * b + 1]! + dir * (oy + 0.5) * shareB;
        }
      }
    }
    if (overlapping === 0) return 0;
  }
  return overlapping;
}

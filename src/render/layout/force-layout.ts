/**
 * Main-thread side of the force layout: ships the graph to ./force-worker.ts and applies the
 * positions it streams back, at most once per animation frame and in one cy.batch(), so layout
 * work never blocks input. Dragging a node while it runs fixes it in the simulation.
 */
import type cytoscape from 'cytoscape';
import type { ForceSettings, FromForceWorker, ToForceWorker } from './force-protocol';
import { settleOnce, type LayoutOptions, type LayoutRun } from './layout-run';

/** Graphs up to this size also get collision avoidance in the worker (it costs O(n) per tick). */
const COLLIDE_MAX_NODES = 1000;

const FRAME_MS = 16;
/** Small graphs are kept in view on every update; larger ones are fitted once settled (fitting costs a bounds pass). */
const FIT_EACH_FRAME_MAX_NODES = 500;
/** Above this many nodes positions are written straight into Cytoscape's position objects. */
const DIRECT_WRITE_MIN_NODES = 2000;

/**
 * Writes positions [x0, y0, x1, y1, …] to the nodes, skipping fixed and grabbed nodes.
 *
 * node.position() per node creates collections and emits events: ~40 ms per update at 5,000 nodes
 * and ~400 ms at 20,000 (measured, tests/browser/pages/layout-apply-bench.ts). For large graphs the
 * position objects are updated in place and bounds invalidated once for all elements, which is
 * what position() does per node, in bulk (~8× faster at 5,000 nodes, more with the note below). This relies on Cytoscape internals
 * (position() returning its live object, dirtyBoundingBoxCache()); without them it falls back.
 * 'position' events are not emitted then: listen for the core event 'kglayoutpositions' instead.
 */
export function writePositions(
  cy: cytoscape.Core,
  nodes: cytoscape.NodeCollection,
  positions: Float32Array,
  fixed: Uint8Array,
): void {
  const bulk = nodes as unknown as { dirtyBoundingBoxCache?: () => void };
  if (nodes.length >= DIRECT_WRITE_MIN_NODES && typeof bulk.dirtyBoundingBoxCache === 'function') {
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      if (fixed[i] || node.grabbed() || node.locked()) continue;
      const live = node.position(); // the node's own position object
      live.x = positions[2 * i]!;
      live.y = positions[2 * i + 1]!;
    }
    // One redraw. Only nodes are invalidated: an edge's cached bounds are keyed by its ends'
    // positions, and the renderer recomputes the edges of invalidated nodes (3× cheaper than all).
    cy.batch(() => bulk.dirtyBoundingBoxCache!());
    cy.emit('kglayoutpositions');
    return;
  }
  cy.batch(() => {
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      if (fixed[i] || node.grabbed()) continue;
      node.position({ x: positions[2 * i]!, y: positions[2 * i + 1]! });
    }
  });
  cy.emit('kglayoutpositions');
}

/** Simulation tuning by graph size; budgets leave room under the settle targets for start-up. */
export function forceSettings(nodeCount: number): ForceSettings {
  const small = nodeCount <= 300;
  return {
    linkDistance: small ? 80 : 45, // small graphs: near cola's edgeLength, so its polish moves little
    chargeStrength: small ? -150 : -60,
    theta: nodeCount > 500 ? 1.2 : 0.9, // coarser Barnes–Hut on big graphs: ~40% cheaper ticks at 1,000–5,000 nodes
    chargeDistanceMax: 1200,
    centringStrength: 0.04,
    velocityDecay: 0.35,
    budgetMs: small ? 300 : nodeCount <= 1500 ? 900 : nodeCount <= 3000 ? 2200 : nodeCount <= 6000 ? 5000 : 12_000,
    minTicks: 60,
    maxTicks: 300,
    sliceMs: 24,
  };
}

/** Runs the d3-force layout in a Worker over every node of `cy`. */
export function startForceLayout(cy: cytoscape.Core, options: LayoutOptions): LayoutRun {
  const { pinned, animate } = options;
  const fit = options.fit ?? true;
  const padding = options.padding ?? 30;
  const nodes = cy.nodes();
  const n = nodes.length;
  const run = settleOnce(options.onSettled);

  const indexOf = new Map<string, number>();
  const positions = new Float32Array(n * 2);
  const fixed = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const node = nodes[i]!;
    indexOf.set(node.id(), i);
    const p = node.position();
    positions[2 * i] = p.x;
    positions[2 * i + 1] = p.y;
    if (pinned.has(node.id()) || node.locked()) fixed[i] = 1;
  }
  const edges = cy.edges();
  const links = new Uint32Array(edges.length * 2);
  let m = 0;
  for (let e = 0; e < edges.length; e++) {
    const data = edges[e]!.data() as { source: string; target: string };
    const s = indexOf.get(data.source);
    const t = indexOf.get(data.target);
    if (s === undefined || t === undefined || s === t) continue;
    links[2 * m] = s;
    links[2 * m + 1] = t;
    m++;
  }
  let radii: Float32Array | undefined;
  if (n <= COLLIDE_MAX_NODES) {
    radii = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      const { w, h } = nodes[i]!.layoutDimensions({ nodeDimensionsIncludeLabels: false });
      radii[i] = Math.hypot(w, h) / 2 + 4;
    }
  }

  const worker = new Worker(new URL('./force-worker.ts', import.meta.url), { type: 'module' });
  let latest: Float32Array | undefined;
  let frame = 0;

  // Main-thread work per update grows with n (and drawing the frame after it even more), so
  // updates are spaced out: the next one waits at least as long as the last one (apply + draw)
  // took, leaving the thread idle at least half the time to answer input.
  let nextApplyAt = 0;
  const apply = (): void => {
    frame = 0;
    const next = latest;
    if (!next || run.finished()) return;
    const now = performance.now();
    if (now < nextApplyAt) {
      frame = requestAnimationFrame(apply);
      return;
    }
    latest = undefined;
    writePositions(cy, nodes, next, fixed);
    if (fit && n <= FIT_EACH_FRAME_MAX_NODES) cy.fit(undefined, padding);
    // The frame after this one is drawn with the new positions; time it to space the next update.
    requestAnimationFrame(() => {
      const cost = performance.now() - now;
      nextApplyAt = performance.now() + Math.max(0, cost - FRAME_MS);
    });
  };

  const finish = (reason: 'settled' | 'stopped'): void => {
    if (run.finished()) return;
    worker.terminate();
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
    cy.off('grab drag', 'node', onDrag);
    cy.off('free', 'node', onFree);
    if (reason === 'settled') {
      if (latest) writePositions(cy, nodes, latest, fixed);
      if (fit) cy.fit(undefined, padding);
    }
    run.settle(reason);
  };

  worker.onmessage = (event: MessageEvent<FromForceWorker>) => {
    const message = event.data;
    latest = message.positions;
    if (message.settled) {
      finish('settled');
      return;
    }
    if (animate && !frame) frame = requestAnimationFrame(apply);
  };
  worker.onerror = (event) => {
    // A worker that cannot start (e.g. a strict CSP) must not leave `done` pending forever.
    console.error('kg-viewer: force layout worker failed', event.message);
    finish('stopped');
  };

  // A node dragged while the simulation runs is held where the pointer puts it.
  function onDrag(event: cytoscape.EventObject): void {
    const i = indexOf.get(event.target.id());
    if (i === undefined || fixed[i]) return;
    const p = event.target.position();
    post({ kind: 'fix', index: i, x: p.x, y: p.y });
  }
  function onFree(event: cytoscape.EventObject): void {
    const i = indexOf.get(event.target.id());
    if (i === undefined || fixed[i]) return;
    post({ kind: 'release', index: i });
  }
  function post(message: ToForceWorker, transfer: Transferable[] = []): void {
    worker.postMessage(message, transfer);
  }
  cy.on('grab drag', 'node', onDrag);
  cy.on('free', 'node', onFree);

  const settings = forceSettings(n);
  const start: ToForceWorker = {
    kind: 'start',
    positions,
    fixed,
    links: links.subarray(0, m * 2).slice(),
    settings,
    ...(radii ? { radii } : {}),
  };
  post(start, [positions.buffer, start.links.buffer]);

  return { done: run.done, stop: () => finish('stopped') };
}

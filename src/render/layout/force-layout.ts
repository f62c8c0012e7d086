/**
 * Main-thread side of the force layout: ships the graph to ./force-worker.ts and applies the
 * positions it streams back, at most once per animation frame and in one cy.batch(), so layout
 * work never blocks input. Dragging a node while it runs fixes it in the simulation.
 */
import type cytoscape from 'cytoscape';
import type { ForceSettings, FromForceWorker, ToForceWorker } from './force-protocol';
// Types only: the simulation (d3-force) runs in the Worker, and on the main thread only when no
// Worker can start, so it is loaded then (a chunk of its own, not in the reader's first load).
import type { driveForceRunner, ForceSink } from './force-simulation';
import { layoutEdges, settleOnce, type EdgeEnds, type LayoutOptions, type LayoutRun } from './layout-run';
import { graphArrays, readLink, readNode } from './graph-arrays';
import { SMALL_GRAPH_MAX_NODES } from '../../view/thresholds';
import { fitToPoints, pointsOfPairs } from '../fit';
import { trustedScriptUrl } from '../../io/trusted-script-url';
// Vite bundles the worker as its own file and hands over its URL, which then passes through the
// Trusted Types policy (a `new Worker(new URL(…))` literal cannot).
import forceWorkerUrl from './force-worker.ts?worker&url';

/** Small graphs also get collision avoidance in the worker (it costs O(n) per tick). */
const COLLIDE_MAX_NODES = SMALL_GRAPH_MAX_NODES;

const FRAME_MS = 16;
/** Small graphs are kept in view on every update; larger ones are fitted once settled (fitting costs a bounds pass). */
const FIT_EACH_FRAME_MAX_NODES = 500;
/** Above this many nodes positions are written straight into Cytoscape's position objects. */
const DIRECT_WRITE_MIN_NODES = 2000;

/** Writes streamed positions to the nodes, skipping fixed nodes and nodes the user holds. */
export interface PositionWriter {
  write(positions: Float32Array): void;
  /** Marks node i as held by the pointer (not written) or released. */
  hold(index: number, held: boolean): void;
}

/**
 * A PositionWriter for `nodes`; `fixed[i]` = 1 marks nodes that are never written.
 *
 * node.position() per node creates collections and emits events: ~40 ms per update at 5,000 nodes
 * and ~400 ms at 20,000 (measured, tests/browser/pages/layout-apply-bench.ts). For large graphs the
 * nodes' own position objects (what position() returns) are updated in place and bounds are
 * invalidated once for all nodes, which is what position() does per node, in bulk: ~10× faster.
 * An edge's cached bounds are keyed by its ends' positions and the renderer recomputes the edges
 * of invalidated nodes, so edges need no invalidation. This relies on Cytoscape internals
 * (the live position object, dirtyBoundingBoxCache()); without them it falls back to position().
 * Either way one core event 'kglayoutpositions' follows each write; the bulk path emits no
 * per-node 'position' events.
 */
export function positionWriter(cy: cytoscape.Core, nodes: cytoscape.NodeCollection, fixed: Uint8Array): PositionWriter {
  const n = nodes.length;
  const held = new Uint8Array(n);
  const bulk = nodes as unknown as { dirtyBoundingBoxCache?: () => void };
  const direct = n >= DIRECT_WRITE_MIN_NODES && typeof bulk.dirtyBoundingBoxCache === 'function';
  const live: cytoscape.Position[] = direct ? nodes.map((node) => node.position()) : [];
  return {
    hold(index, on) {
      held[index] = on ? 1 : 0;
    },
    write(positions) {
      if (direct) {
        for (let i = 0; i < n; i++) {
          if (fixed[i] || held[i]) continue;
          const p = live[i]!;
          p.x = positions[2 * i]!;
          p.y = positions[2 * i + 1]!;
        }
        cy.batch(() => bulk.dirtyBoundingBoxCache!()); // one redraw
      } else {
        cy.batch(() => {
          for (let i = 0; i < n; i++) {
            if (fixed[i] || held[i]) continue;
            nodes[i]!.position({ x: positions[2 * i]!, y: positions[2 * i + 1]! });
          }
        });
      }
      cy.emit('kglayoutpositions');
    },
  };
}

/** Simulation tuning by graph size; budgets leave room under the settle targets for start-up. */
export function forceSettings(nodeCount: number): ForceSettings {
  const small = nodeCount <= SMALL_GRAPH_MAX_NODES;
  return {
    linkDistance: small ? 80 : 45, // small graphs: near cola's edgeLength, so its polish moves little
    chargeStrength: small ? -150 : -60,
    theta: nodeCount > 500 ? 1.2 : 0.9, // coarser Barnes–Hut on big graphs: ~40% cheaper ticks at 1,000–5,000 nodes
    chargeDistanceMax: 1200,
    centringStrength: 0.04,
    velocityDecay: 0.35,
    budgetMs: small ? 250 : nodeCount <= 1500 ? 650 : nodeCount <= 3000 ? 2200 : nodeCount <= 6000 ? 5000 : 12_000,
    minTicks: 60,
    maxTicks: 300,
    sliceMs: 24,
  };
}

/** Main-thread preparation yields to the event loop after this much work, in ms. */
const PREPARE_SLICE_MS = 12;

/** Yields to the event loop when the current slice has used its time. */
function slicer(): () => Promise<void> | undefined {
  let sliceStart = performance.now();
  return () => {
    if (performance.now() - sliceStart < PREPARE_SLICE_MS) return undefined;
    return new Promise<void>((resolve) =>
      setTimeout(() => {
        sliceStart = performance.now();
        resolve();
      }, 0),
    );
  };
}

interface PreparedGraph {
  readonly indexOf: Map<string, number>;
  readonly positions: Float32Array;
  readonly fixed: Uint8Array;
  readonly links: Uint32Array;
  readonly radii?: Float32Array;
}

/** Reads nodes, edges and sizes out of Cytoscape in time slices (20,000 nodes take > 50 ms). */
async function prepareGraph(
  edges: readonly EdgeEnds[],
  nodes: cytoscape.NodeCollection,
  pinned: ReadonlySet<string>,
  cancelled: () => boolean,
): Promise<PreparedGraph | undefined> {
  const pause = slicer();
  const n = nodes.length;
  const arrays = graphArrays(n, edges.length);
  for (let i = 0; i < n; i++) {
    readNode(arrays, nodes[i]!, i, pinned);
    if ((i & 255) === 255) await pause();
  }
  if (cancelled()) return undefined;
  for (let e = 0; e < edges.length; e++) {
    readLink(arrays, edges[e]!);
    if ((e & 255) === 255) await pause();
  }
  if (cancelled()) return undefined;
  let radii: Float32Array | undefined;
  if (n <= COLLIDE_MAX_NODES) {
    radii = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      const { w, h } = nodes[i]!.layoutDimensions({ nodeDimensionsIncludeLabels: false });
      radii[i] = Math.hypot(w, h) / 2 + 4;
      if ((i & 127) === 127) await pause();
    }
  }
  // Live nodes may have been dragged meanwhile: the positions read first are still the start.
  const { indexOf, positions, fixed, links, linkCount } = arrays;
  return { indexOf, positions, fixed, links: links.slice(0, linkCount * 2), ...(radii ? { radii } : {}) };
}

/** Slice length when the simulation has to run on the main thread: well under a long task. */
const MAIN_THREAD_SLICE_MS = 8;

/** Where the simulation runs: a Worker, or (fallback) the main thread in short slices. */
interface SimulationChannel {
  send(message: Extract<ToForceWorker, { kind: 'fix' | 'release' }>): void;
  close(): void;
}

/**
 * Starts the simulation in a module Worker. If no Worker can be made or it fails (a page's CSP
 * without `worker-src 'self'` or the `kg-viewer` Trusted Types policy, the library served from
 * another origin, a missing worker file), the same simulation runs on the main thread in 8 ms
 * slices instead: slower to settle, never blocking.
 */
function openSimulation(start: Extract<ToForceWorker, { kind: 'start' }>, sink: ForceSink): SimulationChannel {
  let inline: ReturnType<typeof driveForceRunner> | undefined;
  let worker: Worker | undefined;
  let closed = false;
  const fallBack = (reason: unknown): void => {
    if (closed || inline) return;
    console.warn('kg-viewer: layout worker unavailable, laying out on the main thread', reason);
    worker?.terminate();
    worker = undefined;
    void import('./force-simulation').then(({ driveForceRunner: drive }) => {
      if (!closed && !inline) inline = drive(start, MAIN_THREAD_SLICE_MS, sink);
    });
  };
  try {
    worker = new Worker(trustedScriptUrl(forceWorkerUrl), { type: 'module' });
    worker.onmessage = (event: MessageEvent<FromForceWorker>) => sink(event.data);
    worker.onerror = (event) => fallBack(event.message || 'worker error');
    // Not transferred: the fallback may need the arrays again.
    worker.postMessage(start);
  } catch (error) {
    fallBack(error);
  }
  return {
    send(message) {
      if (worker) worker.postMessage(message);
      else if (message.kind === 'fix') inline?.fix(message.index, message.x, message.y);
      else inline?.release(message.index);
    },
    close() {
      closed = true;
      worker?.terminate();
      inline?.stop();
    },
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
  let channel: SimulationChannel | undefined;
  let latest: Float32Array | undefined;
  let frame = 0;
  let indexOf = new Map<string, number>();
  let fixed: Uint8Array = new Uint8Array(n);
  let writer: PositionWriter | undefined;

  const fitNow = (positions: Float32Array | undefined): void => {
    if (!fit) return;
    if (n <= FIT_EACH_FRAME_MAX_NODES || !positions) cy.fit(undefined, padding);
    // Without cy.fit(), which measures every element and label (> 100 ms at 5,000 nodes); the
    // margin stands in for node sizes.
    else fitToPoints(cy, pointsOfPairs(positions), { padding, margin: 30 });
  };

  // Main-thread work per update grows with n, and drawing the frame after it even more (Cytoscape
  // redraws every element: ~1 s at 5,000 nodes under load), so updates are spaced out: the next
  // waits `spacing` times as long as the last update and its frame took, leaving the thread idle
  // most of the time to answer input (and the CPU to the worker).
  const spacing = n <= 2000 ? 1 : 3;
  let nextApplyAt = 0;
  const apply = (): void => {
    frame = 0;
    const next = latest;
    if (!next || !writer || run.finished() || cy.destroyed()) return;
    const now = performance.now();
    if (now < nextApplyAt) {
      frame = requestAnimationFrame(apply);
      return;
    }
    latest = undefined;
    writer.write(next);
    if (n <= FIT_EACH_FRAME_MAX_NODES) fitNow(next);
    requestAnimationFrame(() => {
      const cost = performance.now() - now;
      nextApplyAt = performance.now() + Math.max(0, spacing * cost - FRAME_MS);
    });
  };

  const finish = (reason: 'settled' | 'stopped'): void => {
    if (run.finished()) return;
    channel?.close();
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
    cy.off('grab drag', 'node', onDrag);
    cy.off('free', 'node', onFree);
    cy.off('destroy', onDestroy);
    if (reason === 'settled' && latest && writer && !cy.destroyed()) {
      writer.write(latest);
      fitNow(latest);
    }
    run.settle(reason);
  };

  function onDestroy(): void {
    finish('stopped');
  }
  cy.on('destroy', onDestroy);

  // A node dragged while the simulation runs is held where the pointer puts it.
  function onDrag(event: cytoscape.EventObject): void {
    const i = indexOf.get(event.target.id());
    if (i === undefined || fixed[i]) return;
    const p = event.target.position();
    writer?.hold(i, true);
    channel?.send({ kind: 'fix', index: i, x: p.x, y: p.y });
  }
  function onFree(event: cytoscape.EventObject): void {
    const i = indexOf.get(event.target.id());
    if (i === undefined || fixed[i]) return;
    writer?.hold(i, false);
    channel?.send({ kind: 'release', index: i });
  }

  void prepareGraph(layoutEdges(cy, options), nodes, pinned, run.finished).then((graph) => {
    if (!graph || run.finished()) return;
    ({ indexOf, fixed } = graph);
    writer = positionWriter(cy, nodes, fixed);
    const start: ToForceWorker = {
      kind: 'start',
      positions: graph.positions,
      fixed: graph.fixed,
      links: graph.links,
      settings: forceSettings(n),
      ...(graph.radii ? { radii: graph.radii } : {}),
    };
    channel = openSimulation(start, (message) => {
      if (run.finished()) return;
      latest = message.positions;
      if (message.settled) finish('settled');
      else if (animate && !frame) frame = requestAnimationFrame(apply);
    });
    cy.on('grab drag', 'node', onDrag);
    cy.on('free', 'node', onFree);
  });

  return { done: run.done, stop: () => finish('stopped') };
}

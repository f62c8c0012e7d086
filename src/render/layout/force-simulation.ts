/**
 * The force simulation behind the large-graph layout, DOM-free: d3-force (Barnes–Hut many-body,
 * links, gentle centring, collision for small graphs) ticked in time slices. The cooling schedule
 * is planned from the measured cost of a tick so the layout settles within its time budget,
 * whatever the graph size and however busy the CPU is. Runs in ./force-worker.ts, or on the main
 * thread in short slices when a Worker cannot be started (see force-layout.ts).
 */
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type Simulation,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import type { ForceSettings, FromForceWorker, ToForceWorker } from './force-protocol';

interface SimNode extends SimulationNodeDatum {
  /** The node's own fixed position (pinned by the curator), restored after a drag ends. */
  pinX?: number;
  pinY?: number;
}

type StartMessage = Extract<ToForceWorker, { kind: 'start' }>;

/** One layout run of the simulation. */
export interface ForceRunner {
  /** Ticks for up to `sliceMs` (or until cooled) and returns the positions to post. */
  slice(sliceMs: number): FromForceWorker;
  /** Holds node i at (x, y) (dragged), or lets it go back to its pinned place or free. */
  fix(index: number, x: number, y: number): void;
  release(index: number): void;
}

/** Sets up the simulation for a 'start' message; no tick runs until slice(). */
export function createForceRunner(message: StartMessage): ForceRunner {
  const { positions, fixed, links, radii, settings } = message;
  const n = positions.length / 2;
  const nodes = new Array<SimNode>(n);
  for (let i = 0; i < n; i++) {
    const x = positions[2 * i]!;
    const y = positions[2 * i + 1]!;
    const node: SimNode = { index: i, x, y };
    if (fixed[i]) {
      node.fx = node.pinX = x;
      node.fy = node.pinY = y;
    }
    nodes[i] = node;
  }
  const linkData: SimulationLinkDatum<SimNode>[] = new Array(links.length / 2);
  for (let e = 0; e < linkData.length; e++) linkData[e] = { source: links[2 * e]!, target: links[2 * e + 1]! };

  const sim = forceSimulation<SimNode>(nodes)
    .stop() // ticked by slice(), not by d3's own timer
    .velocityDecay(settings.velocityDecay)
    .force(
      'charge',
      forceManyBody<SimNode>().strength(settings.chargeStrength).theta(settings.theta).distanceMax(settings.chargeDistanceMax),
    )
    .force('link', forceLink<SimNode, SimulationLinkDatum<SimNode>>(linkData).distance(settings.linkDistance))
    .force('x', forceX<SimNode>(0).strength(settings.centringStrength))
    .force('y', forceY<SimNode>(0).strength(settings.centringStrength));
  if (radii) sim.force('collide', forceCollide<SimNode>((_, i) => radii[i] ?? 0).iterations(1));
  // The first slice cools at the slowest planned rate; planCooling() adjusts it after each slice.
  sim.alphaDecay(1 - Math.pow(sim.alphaMin(), 1 / settings.maxTicks));

  let ticks = 0;
  let computeMs = 0;
  let cooled = false;
  const startedAt = performance.now();

  return {
    slice(sliceMs) {
      const t0 = performance.now();
      while (!cooled) {
        sim.tick();
        ticks++;
        cooled = sim.alpha() < sim.alphaMin();
        if (performance.now() - t0 >= sliceMs) break;
      }
      computeMs += performance.now() - t0;
      if (!cooled) planCooling(sim, settings, ticks, computeMs, performance.now() - startedAt);
      const out = new Float32Array(n * 2);
      for (let i = 0; i < n; i++) {
        out[2 * i] = nodes[i]!.x ?? 0;
        out[2 * i + 1] = nodes[i]!.y ?? 0;
      }
      return { kind: 'positions', positions: out, ticks, settled: cooled };
    },
    fix(index, x, y) {
      const node = nodes[index];
      if (!node) return;
      node.fx = node.x = x;
      node.fy = node.y = y;
    },
    release(index) {
      const node = nodes[index];
      if (!node) return;
      node.fx = node.pinX ?? null;
      node.fy = node.pinY ?? null;
    },
  };
}

/** Sets alpha decay so alpha reaches alphaMin when the time budget runs out. */
function planCooling(
  sim: Simulation<SimNode, SimulationLinkDatum<SimNode>>,
  settings: ForceSettings,
  ticks: number,
  computeMs: number,
  elapsedMs: number,
): void {
  const msPerTick = computeMs / Math.max(ticks, 1);
  const budgetLeft = settings.budgetMs - elapsedMs;
  const ticksLeft = Math.min(
    Math.max(budgetLeft / Math.max(msPerTick, 0.01), settings.minTicks - ticks, 1),
    Math.max(settings.maxTicks - ticks, 1),
  );
  const ratio = sim.alphaMin() / Math.max(sim.alpha(), sim.alphaMin() * 1.0001);
  sim.alphaDecay(1 - Math.pow(ratio, 1 / ticksLeft));
}

/** Receives what a runner posts: a Worker's onmessage, or a callback on the main thread. */
export type ForceSink = (message: FromForceWorker) => void;

/**
 * Drives a runner from 'start' to settled: one slice, post, yield to the event loop, repeat.
 * Returns a function that stops it. In a worker slices may be long; on the main thread keep
 * them short so no task gets long.
 */
export function driveForceRunner(
  message: StartMessage,
  sliceMs: number,
  sink: ForceSink,
): { stop(): void; fix(index: number, x: number, y: number): void; release(index: number): void } {
  const runner = createForceRunner(message);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const step = (): void => {
    timer = undefined;
    if (stopped) return;
    const out = runner.slice(sliceMs);
    sink(out);
    if (!out.settled && !stopped) timer = setTimeout(step, 0); // lets fix/release in between
  };
  timer = setTimeout(step, 0);
  return {
    stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
    },
    fix: (index, x, y) => runner.fix(index, x, y),
    release: (index) => runner.release(index),
  };
}

/// <reference lib="webworker" />
/**
 * The force layout for large graphs, off the main thread: d3-force (Barnes–Hut many-body, links,
 * gentle centring) ticked in time slices, each slice posting the positions back (transferred).
 * The cooling schedule is planned from the measured cost of a tick so the layout settles within
 * the time budget it was given, whatever the graph size and however busy the CPU is.
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

const scope = self as unknown as DedicatedWorkerGlobalScope;

// One worker runs one layout and is then terminated, so this state belongs to one run.

let simulation: Simulation<SimNode, SimulationLinkDatum<SimNode>> | undefined;
let nodes: SimNode[] = [];
let settings: ForceSettings | undefined;
let ticks = 0;
let computeMs = 0;
let startedAt = 0;

function post(settled: boolean): void {
  const positions = new Float32Array(nodes.length * 2);
  for (let i = 0; i < nodes.length; i++) {
    positions[2 * i] = nodes[i]!.x ?? 0;
    positions[2 * i + 1] = nodes[i]!.y ?? 0;
  }
  const message: FromForceWorker = { kind: 'positions', positions, ticks, settled };
  scope.postMessage(message, [positions.buffer]);
}

/** Sets alpha decay so alpha reaches alphaMin when the time budget runs out. */
function planCooling(sim: Simulation<SimNode, SimulationLinkDatum<SimNode>>, tuning: ForceSettings): void {
  const msPerTick = computeMs / Math.max(ticks, 1);
  const budgetLeft = tuning.budgetMs - (performance.now() - startedAt);
  const ticksLeft = Math.min(
    Math.max(budgetLeft / Math.max(msPerTick, 0.01), tuning.minTicks - ticks, 1),
    Math.max(tuning.maxTicks - ticks, 1),
  );
  const ratio = sim.alphaMin() / Math.max(sim.alpha(), sim.alphaMin() * 1.0001);
  sim.alphaDecay(1 - Math.pow(ratio, 1 / ticksLeft));
}

function slice(): void {
  const sim = simulation;
  const tuning = settings;
  if (!sim || !tuning) return;
  const t0 = performance.now();
  let cooled = false;
  do {
    sim.tick();
    ticks++;
    cooled = sim.alpha() < sim.alphaMin();
  } while (!cooled && performance.now() - t0 < tuning.sliceMs);
  computeMs += performance.now() - t0;
  post(cooled);
  if (cooled) {
    simulation = undefined;
    return;
  }
  planCooling(sim, tuning);
  setTimeout(slice, 0); // lets 'fix'/'release' messages in between slices
}

function start(message: Extract<ToForceWorker, { kind: 'start' }>): void {
  const { positions, fixed, links, radii } = message;
  settings = message.settings;
  const n = positions.length / 2;
  nodes = new Array<SimNode>(n);
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

  const tuning = settings;
  const sim = forceSimulation<SimNode>(nodes)
    .stop() // ticked by slice(), not by d3's own timer (there is no requestAnimationFrame here)
    .velocityDecay(tuning.velocityDecay)
    .force(
      'charge',
      forceManyBody<SimNode>()
        .strength(tuning.chargeStrength)
        .theta(tuning.theta)
        .distanceMax(tuning.chargeDistanceMax),
    )
    .force('link', forceLink<SimNode, SimulationLinkDatum<SimNode>>(linkData).distance(tuning.linkDistance))
    .force('x', forceX<SimNode>(0).strength(tuning.centringStrength))
    .force('y', forceY<SimNode>(0).strength(tuning.centringStrength));
  if (radii) sim.force('collide', forceCollide<SimNode>((_, i) => radii[i] ?? 0).iterations(1));
  simulation = sim;
  ticks = 0;
  computeMs = 0;
  startedAt = performance.now();
  // The first slice cools at the slowest planned rate; planCooling() adjusts it after each slice.
  sim.alphaDecay(1 - Math.pow(sim.alphaMin(), 1 / tuning.maxTicks));
  slice();
}

scope.onmessage = (event: MessageEvent<ToForceWorker>) => {
  const message = event.data;
  switch (message.kind) {
    case 'start':
      start(message);
      break;
    case 'fix': {
      const node = nodes[message.index];
      if (node) {
        node.fx = node.x = message.x;
        node.fy = node.y = message.y;
      }
      break;
    }
    case 'release': {
      const node = nodes[message.index];
      if (node) {
        node.fx = node.pinX ?? null;
        node.fy = node.pinY ?? null;
      }
      break;
    }
  }
};

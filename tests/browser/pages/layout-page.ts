/**
 * Layout measurement page (tests/browser/pages/layout.html?n=1000&seed=1&animate=1).
 * Builds a seeded community graph, draws it at its seed positions, runs startLayout() and
 * publishes timings on `window.layoutResult`: first frame, settle time, long tasks, input delay.
 * Also exposes `window.layoutPage` so browser tests can drive the same code.
 */
import cytoscape from 'cytoscape';
import { enableDragRelax, layoutState, seedPositions, startLayout, type LayoutRun } from '../../../src/render/layout';
import { loadCola } from '../../../src/render/layout/cola-layout';
import { communityGraph } from './layout-graph';

export interface LayoutResult {
  readonly n: number;
  readonly edges: number;
  readonly engine: string | undefined;
  /** From the start (seeds computed, Cytoscape created) to the first frame drawn. */
  readonly firstFrameMs: number;
  /** From the start to `done` of the layout. */
  readonly settleMs: number;
  /** Longest task while Cytoscape was created and first drawn (not the layout's doing). */
  readonly setupLongestTaskMs: number;
  /** Longest task from startLayout() on, and how many tasks over 50 ms there were. */
  readonly longestTaskMs: number;
  readonly longTasks: number;
  /** Largest delay between a pointerdown and its handler while the layout ran. */
  readonly worstInputDelayMs: number;
}

declare global {
  interface Window {
    layoutResult?: LayoutResult;
    layoutPage?: {
      cy: cytoscape.Core;
      run: LayoutRun;
      layoutState: typeof layoutState;
      startLayout: typeof startLayout;
      enableDragRelax: typeof enableDragRelax;
      positions(): Record<string, { x: number; y: number }>;
      /** Pinned node id → its pinned position (from ?pinned=share). */
      pinnedAt: Record<string, { x: number; y: number }>;
      /** Positions before the layout (seedPositions). */
      seeds: Record<string, { x: number; y: number }>;
    };
  }
}

const params = new URLSearchParams(location.search);
await loadCola(); // for probes that run cola directly
const n = Number(params.get('n') ?? 100);
const seed = Number(params.get('seed') ?? 1);
const animate = params.get('animate') !== '0';
const pinnedShare = Number(params.get('pinned') ?? 0);
const drag = params.get('drag') === '1';
const engine = params.get('engine');
// Renderer variants, to see what drawing costs: labels=0 draws no labels, webgl=1 uses Cytoscape's WebGL mode.
const labels = params.get('labels') !== '0';
const webgl = params.get('webgl') === '1';

const longTasks: PerformanceEntry[] = [];
new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });

let worstInputDelayMs = 0;
document.addEventListener('pointerdown', (event) => {
  worstInputDelayMs = Math.max(worstInputDelayMs, performance.now() - event.timeStamp);
});

const graph = communityGraph(n, seed);
// Pin every k-th node at a fixed spot when asked (tests of pinned positions).
const pinned = new Set<string>();
const pinnedAt = new Map<string, { x: number; y: number }>();
if (pinnedShare > 0) {
  const every = Math.max(1, Math.round(1 / pinnedShare));
  graph.nodes.forEach((node, i) => {
    if (i % every === 0) {
      pinned.add(node.id);
      pinnedAt.set(node.id, { x: (i % 7) * 150 - 450, y: Math.floor(i / 7) * 40 - 200 });
    }
  });
}

// Let the page paint once before starting the clock, like a viewer that is handed its graph.
await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const startedAt = performance.now();
const seeds = seedPositions(
  graph.nodes.map((node) => (pinnedAt.has(node.id) ? { ...node, position: pinnedAt.get(node.id)! } : node)),
  graph.edges,
);
const cy = cytoscape({
  container: document.getElementById('cy'),
  elements: [
    ...graph.nodes.map((node) => ({ group: 'nodes' as const, data: node, position: { ...seeds.get(node.id)! } })),
    ...graph.edges.map((edge) => ({ group: 'edges' as const, data: edge })),
  ],
  layout: { name: 'preset', fit: true, padding: 30 },
  webgl,
  style: [
    {
      selector: 'node',
      style: {
        width: 22,
        height: 22,
        ...(labels ? { label: 'data(label)' } : {}),
        'font-size': 10,
        'min-zoomed-font-size': 8,
        'background-color': '#4a7bd0',
      },
    },
    { selector: 'edge', style: { width: 1, 'line-color': '#9aa' } },
  ],
});
// Cytoscape's canvas renderer emits 'render' after drawing; its WebGL mode may not, so two
// animation frames (Cytoscape draws in the first) also count.
const firstFrame = Promise.race([
  new Promise<number>((resolve) => cy.one('render', () => resolve(performance.now()))),
  new Promise<number>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())))),
]);
const firstFrameAt = await firstFrame;
// A new task for the layout, so the long-task split below does not count the first frame's task
// (which ends in the 'render' handler that resolved firstFrame) as the layout's.
await new Promise((resolve) => setTimeout(resolve, 0));

const layoutStartedAt = performance.now();
// layout=none: draw the seeds only (probes then run their own layouts on `layoutPage.cy`).
const run: LayoutRun =
  params.get('layout') === 'none' ? { done: Promise.resolve(), stop: () => undefined } : startLayout(cy, {
        pinned,
        animate,
        ...(engine === 'quick' || engine === 'cola' || engine === 'force' ? { engine } : {}),
      });
const positions = () => Object.fromEntries(cy.nodes().map((node) => [node.id(), { ...node.position() }]));
window.layoutPage = { cy, run, layoutState, startLayout, enableDragRelax, positions, pinnedAt: Object.fromEntries(pinnedAt),
  seeds: Object.fromEntries(seeds),
};
if (drag) enableDragRelax(cy);
await run.done;
const settledAt = performance.now();
// Long tasks are reported after they end; give the last ones (and the last frame) time to arrive.
await new Promise((resolve) => setTimeout(resolve, 300));

const layoutTasks = longTasks.filter((t) => t.startTime >= layoutStartedAt - 1);
window.layoutResult = {
  n,
  edges: graph.edges.length,
  engine: layoutState(cy)?.engine,
  firstFrameMs: Math.round(firstFrameAt - startedAt),
  settleMs: Math.round(settledAt - startedAt),
  setupLongestTaskMs: Math.round(
    Math.max(0, ...longTasks.filter((t) => t.startTime >= startedAt - 1 && t.startTime < layoutStartedAt - 1).map((t) => t.duration)),
  ),
  longestTaskMs: Math.round(Math.max(0, ...layoutTasks.map((t) => t.duration))),
  longTasks: layoutTasks.length,
  worstInputDelayMs: Math.round(worstInputDelayMs),
};
document.title = 'layout done';

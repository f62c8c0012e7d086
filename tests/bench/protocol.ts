/**
 * The contract between a bench page and the runner: each page puts one `BenchProbe` on
 * `window.__bench`, the runner drives it with `page.evaluate`. Types only.
 */

export type ProbeState = 'loading' | 'drawn' | 'settled' | 'error' | 'unavailable';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface FrameProbeResult {
  /** Frames Cytoscape actually drew ('render' events), not vsync ticks. */
  readonly redraws: number;
  readonly durationMs: number;
  /** Intervals between consecutive requestAnimationFrame callbacks. */
  readonly frameIntervalsMs: readonly number[];
}

export interface BenchProbe {
  readonly page: 'baseline' | 'viewer';
  state: ProbeState;
  /** Why the page is in `error` or `unavailable`. */
  reason?: string;
  /** ms since navigation start. */
  firstFrameMs?: number;
  settledMs?: number;
  nodes?: number;
  edges?: number;
  /** Longest 'longtask' entry that started before `untilMs`; 0 when there was none. */
  longestTaskMs(untilMs: number): number;
  saveViewport(): void;
  restoreViewport(): void;
  /** Viewport coordinates of the graph area's centre. */
  centre(): Point;
  /** A point of the graph area with no node under it and no overlay above it, for drag-panning. */
  backgroundPoint(): Point | null;
  startFrameProbe(): void;
  stopFrameProbe(): FrameProbeResult;
  /** Picks a well-connected node that is really clickable and arms the latency probe. */
  prepareClick(): (Point & { id: string }) | null;
  /** mouseup → selection handled → next frame painted; set once measured. */
  clickLatencyMs?: number;
  /** Picks a query that has results and arms the search latency probe; null where there is no search. */
  prepareSearch(): { query: string } | null;
  /** input event → results shown → next frame painted; set once measured. */
  searchLatencyMs?: number;
}

declare global {
  interface Window {
    __bench?: BenchProbe;
    /** Filled by the inline script at the top of each page, before any module runs. */
    __longTasks?: { start: number; duration: number }[];
  }
}

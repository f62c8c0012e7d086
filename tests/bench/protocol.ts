/**
 * The contract between a bench page and the runner: each page puts one `BenchProbe` on
 * `window.__bench`, the runner drives it with `page.evaluate`. Types only.
 */
import type { PageName } from './figures';

export type ProbeState = 'loading' | 'drawn' | 'settled' | 'error' | 'unavailable';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface FrameProbeResult {
  /** Frames the graph library actually drew (Cytoscape 'render', sigma 'afterRender'), not vsync ticks. */
  readonly redraws: number;
  readonly durationMs: number;
  /** Intervals between consecutive requestAnimationFrame callbacks. */
  readonly frameIntervalsMs: readonly number[];
}

/** A script's evaluation on the main thread (Long Animation Frame script attribution: 5 ms or more, in frames of 50 ms or more). */
export interface ScriptEvaluation {
  readonly start: number;
  readonly duration: number;
}

export interface BenchProbe {
  readonly page: PageName;
  state: ProbeState;
  /** Why the page is in `error` or `unavailable`. */
  reason?: string;
  /** ms since navigation start. */
  firstFrameMs?: number;
  settledMs?: number;
  /** How settling was decided, when the page says (e.g. a layout's time budget ran out). */
  settledNote?: string;
  nodes?: number;
  edges?: number;
  /** Timestamp of the first mousedown / pointerdown on the page, if any. */
  firstInputMs?: number;
  /**
   * Longest 'longtask' entry that started before `untilMs`, less the time it spent evaluating
   * scripts when `withoutScriptEvaluation` is set; 0 when there was none.
   */
  longestTaskMs(untilMs: number, withoutScriptEvaluation?: boolean): number;
  /** Longest evaluation of one script (classic or module) that started before `untilMs`; 0 when none was long enough to be seen. */
  scriptEvaluationMs(untilMs: number): number;
  saveViewport(): void;
  restoreViewport(): void;
  /** Viewport coordinates of the graph area's centre. */
  centre(): Point;
  /** A point of the graph area with no node under it and no overlay above it, for drag-panning. */
  backgroundPoint(): Point | null;
  startFrameProbe(): void;
  stopFrameProbe(): FrameProbeResult;
  /** Starts watching for activity (long tasks, redraws, janky frames); see quietForMs. */
  watchQuiet(): void;
  /** ms since the last activity seen by watchQuiet (0 before it was called). */
  quietForMs(): number;
  stopWatchingQuiet(): void;
  /** Picks a well-connected node that is really clickable and arms the latency probe. */
  prepareClick(): (Point & { id: string }) | null;
  /** True when a click at (x, y) reaches the graph, not a panel above it. */
  reachesGraph(x: number, y: number): boolean;
  /** mousedown → selection handled → next frame painted; set once measured. */
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
    /** Script evaluations seen in Long Animation Frame entries, filled by the same inline script. */
    __scriptEvaluations?: ScriptEvaluation[];
  }
}

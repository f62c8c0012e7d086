/**
 * The in-page half of the benchmark, shared by every page: records first frame and settle times,
 * counts real redraws, finds safe points to click and drag, watches for the page going quiet, and
 * times click and search latency up to the next painted frame. The page reports its milestones
 * through `PageSignals`; what differs between graph libraries sits behind a `GraphView`.
 */
import type { PageName } from '../figures';
import type { BenchProbe, FrameProbeResult, Point } from '../protocol';

export interface PageSignals {
  drawn(): void;
  /** `note`: how settling was decided when it is worth a line in the report (a budget ran out). */
  settled(note?: string): void;
  failed(reason: string): void;
  unavailable(reason: string): void;
  /** A selection was handled (the highlight is applied or scheduled). */
  selected(): void;
  /** Search results were announced by the element. */
  searchResults(): void;
}

/** A box in container pixels. */
export interface Box {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** What the harness needs from a drawn graph, whatever library draws it. */
export interface GraphView {
  /** The element the graph is drawn in. */
  container(): HTMLElement;
  /** Saves the camera; the returned function puts it back. */
  saveViewport(): () => void;
  /** Boxes of the drawn nodes (labels included where drawn), in container pixels. */
  nodeBoxes(): Box[];
  /** Up to `limit` nodes, best-connected first, with their centres in container pixels. */
  rankedNodes(limit: number): { id: string; x: number; y: number }[];
  /** A node's centre in container pixels, or undefined when there is no such node. */
  positionOf(id: string): Point | undefined;
  /** Calls `listener` after every frame the library draws; returns the unsubscribe. */
  onRedraw(listener: () => void): () => void;
  counts(): { nodes: number; edges: number };
}

export interface ProbeOptions {
  readonly page: PageName;
  /** The drawn graph once it exists. */
  readonly view: () => GraphView | undefined;
  /** Element whose shadow trees hold the search UI (viewer only). */
  readonly searchHost?: () => Element | undefined;
  /** A query with results (viewer only). */
  readonly searchQuery?: () => string | undefined;
  /**
   * Nodes to click at ready, best-connected first, ranked from the file before the library got it
   * (see rankByDegree): at ready there must be no ranking work in the page.
   */
  readonly clickCandidates?: () => readonly string[] | undefined;
}

/** How many best-connected nodes are candidates for the click at ready. */
const READY_CANDIDATES = 30;

/** The ids of the `limit` best-connected nodes of a graph file, best first. */
export function rankByDegree(doc: { readonly nodes: readonly { readonly id: string }[]; readonly edges: readonly { readonly source: string; readonly target: string }[] }, limit = READY_CANDIDATES): string[] {
  const degree = new Map<string, number>();
  for (const e of doc.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  return doc.nodes.map((n) => n.id).sort((a, b) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0)).slice(0, limit);
}

declare global {
  interface Window {
    /** Set by the runner (page.exposeFunction): told at once when the page settles, with the node to click. */
    __benchSettled?: (target: (Point & { id: string }) | null) => void;
  }
}

/** A frame interval longer than this counts as activity: the main thread was busy. */
const JANK_MS = 50;

/** Resolves after the frame following the current one has been painted. */
export function afterNextPaint(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))));
}

/** elementFromPoint through open shadow roots. */
function deepElementFromPoint(x: number, y: number): Element | null {
  let element = document.elementFromPoint(x, y);
  while (element?.shadowRoot) {
    const inner = element.shadowRoot.elementFromPoint(x, y);
    if (inner === null || inner === element) break;
    element = inner;
  }
  return element;
}

/** Every open shadow root under `root`, including nested ones. */
function shadowRoots(root: Element): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (node: Element | ShadowRoot): void => {
    for (const child of Array.from(node.querySelectorAll('*'))) {
      if (child.shadowRoot) {
        found.push(child.shadowRoot);
        visit(child.shadowRoot);
      }
    }
  };
  if (root.shadowRoot) {
    found.push(root.shadowRoot);
    visit(root.shadowRoot);
  }
  visit(root);
  return found;
}

function countOptions(host: Element): number {
  let count = host.querySelectorAll('[role="option"]').length;
  for (const root of shadowRoots(host)) count += root.querySelectorAll('[role="option"]').length;
  return count;
}

/** ms of a long task spent evaluating scripts (Long Animation Frame script entries inside it). */
function scriptEvaluationIn(task: { start: number; duration: number }): number {
  let total = 0;
  for (const s of window.__scriptEvaluations ?? []) {
    if (s.start >= task.start - 1 && s.start + s.duration <= task.start + task.duration + 1) total += s.duration;
  }
  return total;
}

/** Installs `window.__bench` and returns the signals the page calls. */
export function installProbe(options: ProbeOptions): PageSignals {
  const requireView = (): GraphView => {
    const view = options.view();
    if (view === undefined) throw new Error('no graph view yet');
    return view;
  };
  const containerRect = (): DOMRect => requireView().container().getBoundingClientRect();
  /** True when a click at (x, y) reaches the graph's container, not a panel above it. */
  const reachesGraph = (x: number, y: number): boolean => {
    const hit = deepElementFromPoint(x, y);
    return hit !== null && requireView().container().contains(hit);
  };

  let restoreViewport: (() => void) | undefined;
  let frameProbe: { stop(): FrameProbeResult } | undefined;
  let quietWatch: { lastActivity(): number; stop(): void } | undefined;
  let onSelected: (() => void) | undefined;
  let onSearchResults: (() => void) | undefined;

  /** Times the next click: from its press to the selection handled and the next frame painted. */
  const armClick = (): void => {
    delete probe.clickLatencyMs;
    // From the press: a page too busy to take the click when it comes is charged for the wait
    // (the runner sends the release only once the press has been handled).
    let downAt: number | undefined;
    window.addEventListener('mousedown', (event) => { downAt = event.timeStamp; }, { capture: true, once: true });
    onSelected = () => {
      if (downAt === undefined) return;
      const start = downAt;
      onSelected = undefined;
      void afterNextPaint().then((end) => {
        probe.clickLatencyMs = end - start;
      });
    };
  };

  /**
   * The click at ready: a candidate well inside the graph area, found without ranking or hit-testing
   * (no forced layout) so that settling costs the page nothing extra. The runner checks later that
   * the click reached the graph.
   */
  let rect: DOMRect | undefined;
  const readyTarget = (): (Point & { id: string }) | null => {
    const view = options.view();
    if (view === undefined || rect === undefined) return null;
    const r = rect;
    const candidates = options.clickCandidates?.() ?? view.rankedNodes(READY_CANDIDATES).map((n) => n.id);
    for (const id of candidates) {
      const p = view.positionOf(id);
      if (p === undefined) continue;
      const x = r.left + p.x;
      const y = r.top + p.y;
      if (x < r.left + 0.1 * r.width || x > r.right - 0.1 * r.width || y < r.top + 0.1 * r.height || y > r.bottom - 0.1 * r.height) continue;
      armClick();
      return { id, x, y };
    }
    return null;
  };

  const probe: BenchProbe = {
    page: options.page,
    state: 'loading',
    longestTaskMs(untilMs, withoutScriptEvaluation = false) {
      let longest = 0;
      for (const task of window.__longTasks ?? []) {
        if (task.start >= untilMs) continue;
        longest = Math.max(longest, task.duration - (withoutScriptEvaluation ? scriptEvaluationIn(task) : 0));
      }
      return longest;
    },
    scriptEvaluationMs(untilMs) {
      let longest = 0;
      for (const s of window.__scriptEvaluations ?? []) if (s.start < untilMs) longest = Math.max(longest, s.duration);
      return longest;
    },
    saveViewport() {
      restoreViewport = requireView().saveViewport();
    },
    restoreViewport() {
      restoreViewport?.();
    },
    centre() {
      const r = containerRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    backgroundPoint() {
      const r = containerRect();
      // Boxes once; then a coarse grid, nearest to the centre first.
      const boxes = requireView().nodeBoxes();
      const free = (x: number, y: number): boolean =>
        reachesGraph(x, y) &&
        !boxes.some((b) => x >= r.left + b.x1 - 8 && x <= r.left + b.x2 + 8 && y >= r.top + b.y1 - 8 && y <= r.top + b.y2 + 8);
      const candidates: Point[] = [];
      for (let fx = 0.05; fx < 1; fx += 0.05) for (let fy = 0.05; fy < 1; fy += 0.05) candidates.push({ x: r.left + fx * r.width, y: r.top + fy * r.height });
      const cx = r.left + r.width / 2;
      const cy = r.top + r.height / 2;
      candidates.sort((a, b) => Math.hypot(a.x - cx, a.y - cy) - Math.hypot(b.x - cx, b.y - cy));
      return candidates.find((p) => free(p.x, p.y)) ?? null;
    },
    startFrameProbe() {
      let redraws = 0;
      const unsubscribe = requireView().onRedraw(() => {
        redraws += 1;
      });
      const intervals: number[] = [];
      const start = performance.now();
      let last = start;
      let running = true;
      const tick = (now: number): void => {
        if (!running) return;
        intervals.push(now - last);
        last = now;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame((now) => {
        last = now;
        requestAnimationFrame(tick);
      });
      frameProbe = {
        stop() {
          running = false;
          unsubscribe();
          return { redraws, durationMs: performance.now() - start, frameIntervalsMs: intervals };
        },
      };
    },
    stopFrameProbe() {
      if (!frameProbe) throw new Error('startFrameProbe() was not called');
      const result = frameProbe.stop();
      frameProbe = undefined;
      return result;
    },
    watchQuiet() {
      quietWatch?.stop();
      // Activity = a redraw, a frame interval over JANK_MS, or a long task that ended after the
      // watch began (long-task entries arrive late, so they are read on every frame).
      let last = performance.now();
      const unsubscribe = requireView().onRedraw(() => {
        last = performance.now();
      });
      let running = true;
      let previous: number | undefined;
      const tick = (now: number): void => {
        if (!running) return;
        if (previous !== undefined && now - previous > JANK_MS) last = Math.max(last, now);
        previous = now;
        for (const task of window.__longTasks ?? []) last = Math.max(last, Math.min(now, task.start + task.duration));
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      quietWatch = {
        lastActivity: () => last,
        stop() {
          running = false;
          unsubscribe();
        },
      };
    },
    quietForMs() {
      return quietWatch === undefined ? 0 : performance.now() - quietWatch.lastActivity();
    },
    stopWatchingQuiet() {
      quietWatch?.stop();
      quietWatch = undefined;
    },
    prepareClick() {
      const r = containerRect();
      // Best-connected nodes first: the ones a reader clicks, and the heaviest highlight.
      for (const node of requireView().rankedNodes(200)) {
        const x = r.left + node.x;
        const y = r.top + node.y;
        if (x < r.left + 2 || x > r.right - 2 || y < r.top + 2 || y > r.bottom - 2 || !reachesGraph(x, y)) continue;
        armClick();
        return { id: node.id, x, y };
      }
      return null;
    },
    reachesGraph,
    prepareSearch() {
      const host = options.searchHost?.();
      const query = options.searchQuery?.();
      if (host === undefined || query === undefined) return null;
      delete probe.searchLatencyMs;
      const before = countOptions(host);
      let inputAt: number | undefined;
      const observers: MutationObserver[] = [];
      let done = false;
      const finish = (): void => {
        if (done || inputAt === undefined) return;
        done = true;
        const start = inputAt;
        onSearchResults = undefined;
        for (const o of observers) o.disconnect();
        window.removeEventListener('input', onInput, { capture: true });
        void afterNextPaint().then((end) => {
          probe.searchLatencyMs = end - start;
        });
      };
      // Results either announce themselves (kg-search-results) or show up as listbox options.
      const check = (): void => {
        if (!done && inputAt !== undefined && countOptions(host) !== before) finish();
      };
      const onInput = (event: Event): void => {
        inputAt ??= event.timeStamp;
      };
      window.addEventListener('input', onInput, { capture: true });
      onSearchResults = finish;
      for (const root of [host, ...shadowRoots(host)]) {
        const observer = new MutationObserver(check);
        observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['role', 'hidden'] });
        observers.push(observer);
      }
      const poll = (): void => {
        check();
        if (!done) requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
      return { query };
    },
  };
  window.__bench = probe;
  // The first input ends the load: later long tasks are the input's, not the load's.
  window.addEventListener('pointerdown', (event) => { probe.firstInputMs ??= event.timeStamp; }, { capture: true });

  return {
    drawn() {
      if (probe.firstFrameMs !== undefined) return;
      probe.firstFrameMs = performance.now();
      // The container's place, read once now rather than at settling.
      rect = options.view()?.container().getBoundingClientRect();
      if (probe.state === 'loading') probe.state = 'drawn';
    },
    settled(note) {
      if (probe.settledMs !== undefined) return;
      probe.settledMs = performance.now();
      if (note !== undefined) probe.settledNote = note;
      probe.firstFrameMs ??= probe.settledMs;
      rect ??= options.view()?.container().getBoundingClientRect();
      window.__benchSettled?.(readyTarget());
      const counts = options.view()?.counts();
      probe.nodes = counts?.nodes;
      probe.edges = counts?.edges;
      if (probe.state !== 'error') probe.state = 'settled';
    },
    failed(reason) {
      probe.state = 'error';
      probe.reason = reason;
    },
    unavailable(reason) {
      probe.state = 'unavailable';
      probe.reason = reason;
    },
    selected() {
      onSelected?.();
    },
    searchResults() {
      onSearchResults?.();
    },
  };
}

/** The graph file named by `?graph=` in the page URL, parsed. */
export async function fetchGraph(): Promise<unknown> {
  const url = new URL(location.href).searchParams.get('graph');
  if (url === null) throw new Error('the page URL has no ?graph=');
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url}: ${response.status}`);
  return response.json();
}

/** The English text of a localized label, or its first language. */
export function english(text: string | { readonly [lang: string]: string | undefined } | undefined): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text.en ?? Object.values(text).find((v) => v !== undefined) ?? '';
}

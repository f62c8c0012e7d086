/**
 * The in-page half of the benchmark, shared by both pages: records first frame and settle times,
 * counts real redraws, finds safe points to click and drag, and times click and search latency
 * up to the next painted frame. The page reports its milestones through `PageSignals`.
 */
import type cytoscape from 'cytoscape';
import type { BenchProbe, FrameProbeResult, Point } from '../protocol';

export interface PageSignals {
  drawn(): void;
  settled(): void;
  failed(reason: string): void;
  unavailable(reason: string): void;
  /** A selection was handled (the highlight is applied or scheduled). */
  selected(): void;
  /** Search results were announced by the element. */
  searchResults(): void;
}

export interface ProbeOptions {
  readonly page: BenchProbe['page'];
  /** The Cytoscape instance once it exists. */
  readonly cy: () => cytoscape.Core | undefined;
  /** Element whose shadow trees hold the search UI (viewer only). */
  readonly searchHost?: () => Element | undefined;
  /** A query with results (viewer only). */
  readonly searchQuery?: () => string | undefined;
}

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

/** Installs `window.__bench` and returns the signals the page calls. */
export function installProbe(options: ProbeOptions): PageSignals {
  const requireCy = (): cytoscape.Core => {
    const cy = options.cy();
    if (cy === undefined) throw new Error('no Cytoscape instance yet');
    return cy;
  };
  const containerRect = (): DOMRect => {
    const container = requireCy().container();
    if (container === null) throw new Error('Cytoscape has no container');
    return container.getBoundingClientRect();
  };
  /** True when a click at (x, y) reaches Cytoscape's canvas, not a panel above it. */
  const reachesGraph = (x: number, y: number): boolean => {
    const container = requireCy().container();
    const hit = deepElementFromPoint(x, y);
    return container !== null && hit !== null && container.contains(hit);
  };

  let savedViewport: { zoom: number; pan: cytoscape.Position } | undefined;
  let frameProbe: { stop(): FrameProbeResult } | undefined;
  let onSelected: (() => void) | undefined;
  let onSearchResults: (() => void) | undefined;

  const probe: BenchProbe = {
    page: options.page,
    state: 'loading',
    longestTaskMs(untilMs) {
      let longest = 0;
      for (const task of window.__longTasks ?? []) if (task.start < untilMs) longest = Math.max(longest, task.duration);
      return longest;
    },
    saveViewport() {
      const cy = requireCy();
      savedViewport = { zoom: cy.zoom(), pan: { ...cy.pan() } };
    },
    restoreViewport() {
      if (savedViewport) requireCy().viewport({ zoom: savedViewport.zoom, pan: savedViewport.pan });
    },
    centre() {
      const r = containerRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    backgroundPoint() {
      const cy = requireCy();
      const r = containerRect();
      // Rendered boxes once; then a coarse grid, nearest to the centre first.
      const boxes = cy.nodes().map((n) => n.renderedBoundingBox({ includeLabels: true }));
      const free = (x: number, y: number): boolean =>
        reachesGraph(x, y) &&
        !boxes.some((b) => x >= r.left + b.x1 - 8 && x <= r.left + b.x2 + 8 && y >= r.top + b.y1 - 8 && y <= r.top + b.y2 + 8);
      const candidates: Point[] = [];
      for (let fx = 0.05; fx < 1; fx += 0.05) for (let fy = 0.05; fy < 1; fy += 0.05) candidates.push({ x: r.left + fx * r.width, y: r.top + fy * r.height });
      const cx = r.left + r.width / 2;
      const cyy = r.top + r.height / 2;
      candidates.sort((a, b) => Math.hypot(a.x - cx, a.y - cyy) - Math.hypot(b.x - cx, b.y - cyy));
      return candidates.find((p) => free(p.x, p.y)) ?? null;
    },
    startFrameProbe() {
      const cy = requireCy();
      let redraws = 0;
      const countRedraw = (): void => {
        redraws += 1;
      };
      cy.on('render', countRedraw);
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
          cy.off('render', countRedraw);
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
    prepareClick() {
      const cy = requireCy();
      const r = containerRect();
      // Best-connected nodes first: the ones a reader clicks, and the heaviest highlight.
      const ranked = cy.nodes().sort((a, b) => b.degree(false) - a.degree(false)).slice(0, 200);
      for (const node of ranked) {
        const p = node.renderedPosition();
        const x = r.left + p.x;
        const y = r.top + p.y;
        if (x < r.left + 2 || x > r.right - 2 || y < r.top + 2 || y > r.bottom - 2 || !reachesGraph(x, y)) continue;
        delete probe.clickLatencyMs;
        let downAt: number | undefined;
        window.addEventListener('mouseup', (event) => { downAt = event.timeStamp; }, { capture: true, once: true });
        onSelected = () => {
          if (downAt === undefined) return;
          const start = downAt;
          onSelected = undefined;
          void afterNextPaint().then((end) => {
            probe.clickLatencyMs = end - start;
          });
        };
        return { id: node.id(), x, y };
      }
      return null;
    },
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

  return {
    drawn() {
      if (probe.firstFrameMs !== undefined) return;
      probe.firstFrameMs = performance.now();
      if (probe.state === 'loading') probe.state = 'drawn';
    },
    settled() {
      if (probe.settledMs !== undefined) return;
      probe.settledMs = performance.now();
      probe.firstFrameMs ??= probe.settledMs;
      const cy = options.cy();
      probe.nodes = cy?.nodes().length;
      probe.edges = cy?.edges().length;
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

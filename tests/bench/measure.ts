/**
 * One measured run: a fresh Chromium loads one bench page with one graph, and the runner takes
 * every figure in turn — first frame and settle times, the longest task, JS heap, a scripted
 * 3-second pan and zoom with real mouse input, click-to-highlight and search latency. Every wait
 * is capped; a cap that is hit becomes a "timed out" figure, never a hang.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../browser/browser';
import { METRIC_KEYS, type Figure, type FigureSet, type MetricKey, type PageName } from './figures';
import type { BenchProbe, Point } from './protocol';
import { percentile } from './stats';

export const VIEWPORT = { width: 1280, height: 800 } as const;
/** Length of each of the three pan/zoom phases (drag-pan, zoom in, zoom out). */
const PHASE_MS = 1000;
/** Input pacing: about one event per 60 Hz frame, like a mouse or trackpad. */
const INPUT_INTERVAL_MS = 1000 / 60;
const MAX_IN_FLIGHT = 3;

export interface RunRequest {
  readonly siteUrl: string;
  readonly page: PageName;
  /** HTML path of the page, relative to siteUrl. */
  readonly pageHtml: string;
  /** Graph file path, relative to siteUrl. */
  readonly graphPath: string;
  readonly timeoutMs: number;
  /** Where to write a CPU profile of the load (navigation → settled), if anywhere. */
  readonly profilePath?: string;
}

export interface RunResult {
  readonly figures: FigureSet;
  readonly nodes?: number;
  readonly edges?: number;
  /** Page errors and reasons worth showing once. */
  readonly notes: readonly string[];
}

class TimeoutError extends Error {}

/** Rejects with TimeoutError when `promise` takes longer than `ms`. */
async function capped<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`${what} took over ${Math.round(ms / 1000)} s`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

/** A figure from a measurement that may throw: timeouts become `timed-out`, errors `failed`. */
async function figureOf(measure: () => Promise<number | Figure>): Promise<Figure> {
  try {
    const result = await measure();
    return typeof result === 'number' ? { value: result } : result;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return error instanceof TimeoutError || /Timeout .*exceeded/i.test(String(reason))
      ? { outcome: 'timed-out', reason }
      : { outcome: 'failed', reason };
  }
}

function probe(page: Page): { evaluate<R>(fn: (b: BenchProbe) => R | Promise<R>): Promise<R> } {
  return {
    evaluate: <R>(fn: (b: BenchProbe) => R | Promise<R>) =>
      page.evaluate(`(${fn.toString()})(window.__bench)`) as Promise<R>,
  };
}

/**
 * Sends input for `ms` at about 60 events a second. Each CDP input command resolves only after
 * the page handled it (about a frame), so up to MAX_IN_FLIGHT are sent ahead; a page too busy to
 * keep up holds the rest back, like a real input queue. `step` gets the elapsed fraction 0…1.
 */
async function paced(ms: number, step: (fraction: number) => Promise<void>): Promise<void> {
  const start = Date.now();
  const pending: Promise<void>[] = [];
  for (let slot = 0; ; slot += 1) {
    const now = Date.now();
    if (now - start >= ms) break;
    // Missed slots are dropped, not sent in a burst.
    slot = Math.max(slot, Math.floor((now - start) / INPUT_INTERVAL_MS));
    const due = start + slot * INPUT_INTERVAL_MS;
    if (due > now) await sleep(due - now);
    pending.push(step(Math.min(1, (Date.now() - start) / ms)));
    if (pending.length >= MAX_IN_FLIGHT) await pending.shift();
  }
  await Promise.all(pending);
}

/** Drag-pans in a circle from a background point, then wheel-zooms in and out at the centre. */
async function panAndZoom(page: Page, background: Point | null, centre: Point): Promise<void> {
  if (background !== null) {
    await page.mouse.move(background.x, background.y);
    await page.mouse.down();
    await paced(PHASE_MS, async (f) => {
      const angle = 2 * Math.PI * f;
      await page.mouse.move(background.x + 150 * Math.sin(angle), background.y + 100 * (1 - Math.cos(angle)));
    });
    await page.mouse.up();
  }
  await page.mouse.move(centre.x, centre.y);
  await paced(PHASE_MS, () => page.mouse.wheel(0, -40));
  await paced(PHASE_MS, () => page.mouse.wheel(0, 40));
}

/** Measures one page with one graph in a fresh browser. */
export async function measureRun(request: RunRequest): Promise<RunResult> {
  const figures: { [key in MetricKey]?: Figure } = {};
  const notes: string[] = [];
  const finish = (rest: Figure, extra: Partial<RunResult> = {}): RunResult => ({
    figures: Object.fromEntries(METRIC_KEYS.map((k) => [k, figures[k] ?? rest])) as FigureSet,
    notes,
    ...extra,
  });
  const cap = request.timeoutMs;
  const browser = await launchChromium({ viewport: VIEWPORT });
  try {
    const page = await browser.context.newPage();
    page.on('pageerror', (error) => notes.push(`${request.page}: page error: ${error.message.split('\n')[0]}`));
    const bench = probe(page);
    const url = new URL(request.pageHtml, request.siteUrl);
    url.searchParams.set('graph', new URL(request.graphPath, request.siteUrl).pathname);

    const profiler = request.profilePath === undefined ? undefined : await browser.context.newCDPSession(page);
    if (profiler) {
      await profiler.send('Profiler.enable');
      await profiler.send('Profiler.start');
    }
    // Load until settled (or an error, or the cap).
    const started = Date.now();
    try {
      await page.goto(url.href, { timeout: cap, waitUntil: 'commit' });
      await page.waitForFunction(
        "['settled', 'error', 'unavailable'].includes(window.__bench && window.__bench.state)",
        undefined,
        { timeout: Math.max(1, cap - (Date.now() - started)), polling: 50 },
      );
    } catch (error) {
      if (!/Timeout/i.test(String(error))) throw error;
    }
    const status = await capped(
      bench.evaluate((b) => ({ state: b.state, reason: b.reason, firstFrameMs: b.firstFrameMs, settledMs: b.settledMs, nodes: b.nodes, edges: b.edges })),
      10_000,
      'reading the page state',
    );
    const state = status.state;
    if (profiler && request.profilePath !== undefined) {
      const { profile } = await capped(profiler.send('Profiler.stop'), cap, 'stopping the profiler');
      mkdirSync(dirname(request.profilePath), { recursive: true });
      writeFileSync(request.profilePath, JSON.stringify(profile));
      await profiler.detach();
    }
    if (state === 'unavailable') return finish({ outcome: 'unavailable', reason: status.reason ?? 'unavailable' });
    if (state === 'error') return finish({ outcome: 'failed', reason: status.reason ?? 'page error' });
    const capReason = `not settled within ${Math.round(cap / 1000)} s`;
    figures.firstFrameMs = status.firstFrameMs !== undefined ? { value: status.firstFrameMs } : { outcome: 'timed-out', reason: 'no frame drawn within the cap' };
    if (state !== 'settled' || status.settledMs === undefined) {
      figures.settledMs = { outcome: 'timed-out', reason: capReason };
      figures.longestTaskMs = await figureOf(() => capped(bench.evaluate((b) => b.longestTaskMs(Infinity)), 10_000, 'reading long tasks'));
      return finish({ outcome: 'skipped', reason: capReason });
    }
    const settledMs = status.settledMs;
    figures.settledMs = { value: settledMs };
    const sizes = { nodes: status.nodes, edges: status.edges };

    // Long-task entries arrive asynchronously: give them a moment.
    await sleep(300);
    figures.longestTaskMs = await figureOf(async () => {
      const until = settledMs + 50;
      return capped(page.evaluate(`window.__bench.longestTaskMs(${until})`) as Promise<number>, cap, 'reading long tasks');
    });

    figures.heapMB = await figureOf(async () => {
      const cdp = await browser.context.newCDPSession(page);
      await capped(cdp.send('HeapProfiler.collectGarbage'), cap, 'garbage collection');
      await cdp.send('Performance.enable');
      const { metrics } = await capped(cdp.send('Performance.getMetrics'), cap, 'reading heap size');
      await cdp.detach();
      const used = metrics.find((m) => m.name === 'JSHeapUsedSize');
      if (used === undefined) return { outcome: 'failed', reason: 'no JSHeapUsedSize metric' };
      return used.value / 1024 ** 2;
    });

    const panZoom = await figureOf(async () => {
      await bench.evaluate((b) => b.saveViewport());
      const background = await capped(bench.evaluate((b) => b.backgroundPoint()), cap, 'finding a background point');
      if (background === null) notes.push(`${request.page}: no free background point, pan/zoom used the wheel only`);
      const centre = await bench.evaluate((b) => b.centre());
      await bench.evaluate((b) => b.startFrameProbe());
      await capped(panAndZoom(page, background, centre), cap, 'the pan/zoom script');
      const result = await capped(bench.evaluate((b) => b.stopFrameProbe()), cap, 'stopping the frame probe');
      await bench.evaluate((b) => b.restoreViewport());
      figures.frameP95Ms = result.frameIntervalsMs.length > 0 ? { value: percentile(result.frameIntervalsMs, 95) } : { outcome: 'failed', reason: 'no frames' };
      return result.redraws / (result.durationMs / 1000);
    });
    figures.redrawsPerSecond = panZoom;
    figures.frameP95Ms ??= panZoom;
    await sleep(300);

    figures.clickMs = await figureOf(async () => {
      const target = await capped(bench.evaluate((b) => b.prepareClick()), cap, 'choosing a node to click');
      if (target === null) return { outcome: 'failed', reason: 'no clickable node in view' };
      await page.mouse.click(target.x, target.y);
      await page.waitForFunction('window.__bench.clickLatencyMs !== undefined', undefined, { timeout: cap, polling: 20 });
      return (await page.evaluate('window.__bench.clickLatencyMs')) as number;
    });
    await sleep(300);

    figures.searchMs = await figureOf(async () => {
      if (request.page === 'baseline') return { outcome: 'skipped', reason: 'the baseline has no search' };
      const input = page.locator('kg-viewer input[type=search]').first();
      if ((await input.count()) === 0) return { outcome: 'unavailable', reason: 'no input[type=search] in <kg-viewer>' };
      const armed = await capped(bench.evaluate((b) => b.prepareSearch()), cap, 'choosing a search query');
      if (armed === null) return { outcome: 'unavailable', reason: 'no search query' };
      await input.fill(armed.query, { timeout: cap });
      await page.waitForFunction('window.__bench.searchLatencyMs !== undefined', undefined, { timeout: cap, polling: 20 });
      return (await page.evaluate('window.__bench.searchLatencyMs')) as number;
    });

    return finish({ outcome: 'failed', reason: 'not measured' }, sizes);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    notes.push(`${request.page}: run failed: ${reason}`);
    return finish({ outcome: error instanceof TimeoutError ? 'timed-out' : 'failed', reason });
  } finally {
    await browser.close();
  }
}

/** The Chromium version string, from a short-lived browser. */
export async function chromiumVersion(): Promise<string> {
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    const version = (await cdp.send('Browser.getVersion')) as { product: string };
    return `Chromium ${version.product.split('/')[1] ?? version.product}`;
  } finally {
    await browser.close();
  }
}

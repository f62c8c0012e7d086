/**
 * One measured run: a fresh Chromium loads one bench page with one graph, and the runner takes
 * every figure in turn — first frame and settle times, a click right after settling, the longest
 * task of the load, a second click once the page has gone quiet, JS heap, a scripted 3-second pan
 * and zoom with real mouse input, and search latency. Every wait is capped; a cap that is hit
 * becomes a "timed out" figure, never a hang.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../browser/browser';
import { METRIC_KEYS, PAGE_BROWSER_ARGS, type Figure, type FigureSet, type MetricKey, type PageName } from './figures';
import type { BenchProbe, Point } from './protocol';
import { percentile } from './stats';

export const VIEWPORT = { width: 1280, height: 800 } as const;
/** Length of each of the three pan/zoom phases (drag-pan, zoom in, zoom out). */
const PHASE_MS = 1000;
/** Input pacing: about one event per 60 Hz frame, like a mouse or trackpad. */
const INPUT_INTERVAL_MS = 1000 / 60;
const MAX_IN_FLIGHT = 3;
/** The page counts as quiet after this long without a long task, a redraw or a janky frame. */
export const QUIET_MS = 1000;
/** A click "at ready" later than this after settling gets a note. */
const CLICK_DELAY_NOTE_MS = 250;
/** How long to wait for quiet before clicking anyway (the run notes it). */
const QUIET_CAP_MS = 30_000;

export interface RunRequest {
  readonly siteUrl: string;
  readonly page: PageName;
  /** HTML path of the page, relative to siteUrl. */
  readonly pageHtml: string;
  /** Graph file path, relative to siteUrl. */
  readonly graphPath: string;
  readonly graphName: string;
  readonly timeoutMs: number;
  /** Where to write a CPU profile of the load (navigation → settled), if anywhere. */
  readonly profilePath?: string;
}

export interface RunResult {
  readonly figures: FigureSet;
  readonly nodes?: number;
  readonly edges?: number;
  /** Script files (paths relative to the site) the page fetched before it settled. */
  readonly scripts: readonly string[];
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
  const scripts: string[] = [];
  let loading = true;
  const finish = (rest: Figure, extra: Partial<RunResult> = {}): RunResult => ({
    figures: Object.fromEntries(METRIC_KEYS.map((k) => [k, figures[k] ?? rest])) as FigureSet,
    notes,
    scripts,
    ...extra,
  });
  const cap = request.timeoutMs;
  const browser = await launchChromium({ viewport: VIEWPORT, extraArgs: PAGE_BROWSER_ARGS[request.page] ?? [] });
  try {
    const page = await browser.context.newPage();
    page.on('pageerror', (error) => notes.push(`${request.page}: page error: ${error.message.split('\n')[0]}`));
    // What the page loads until it has settled, workers included: the "first load" bundle.
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (loading && url.href.startsWith(request.siteUrl) && /\.m?js$/.test(url.pathname)) {
        const path = url.href.slice(request.siteUrl.length).split('?')[0] as string;
        if (!scripts.includes(path)) scripts.push(path);
      }
    });
    const bench = probe(page);
    const url = new URL(request.pageHtml, request.siteUrl);
    url.searchParams.set('graph', new URL(request.graphPath, request.siteUrl).pathname);

    const profiler = request.profilePath === undefined ? undefined : await browser.context.newCDPSession(page);
    if (profiler) {
      await profiler.send('Profiler.enable');
      await profiler.send('Profiler.start');
    }
    // The page reports settling through this binding at once, with a node to click, so the click
    // at ready goes out without a round trip through a page that may be busy right after settling.
    let readyTarget: (Point & { id: string }) | null | undefined;
    let readyClick: Promise<void> | undefined;
    await page.exposeFunction('__benchSettled', (target: (Point & { id: string }) | null) => {
      if (readyTarget !== undefined) return;
      readyTarget = target;
      // Settled: what the click below fetches (a panel's chunk) is not part of the first load.
      loading = false;
      if (target !== null) readyClick = page.mouse.click(target.x, target.y);
    });
    // Load until settled (or an error, or the cap). The cap is kept on this side: a page that is
    // stuck in one long synchronous task (fcose on a big graph) cannot answer Playwright's polling.
    const capReason = `not settled within ${Math.round(cap / 1000)} s`;
    try {
      await capped(
        (async () => {
          await page.goto(url.href, { timeout: cap, waitUntil: 'commit' });
          await page.waitForFunction("['settled', 'error', 'unavailable'].includes(window.__bench && window.__bench.state)", undefined, { timeout: cap, polling: 20 });
        })(),
        cap,
        'loading until settled',
      );
    } catch (error) {
      if (!(error instanceof TimeoutError) && !/Timeout/i.test(String(error))) throw error;
    }
    loading = false;
    let status;
    try {
      status = await capped(
        bench.evaluate((b) => ({ state: b.state, reason: b.reason, firstFrameMs: b.firstFrameMs, settledMs: b.settledMs, settledNote: b.settledNote, nodes: b.nodes, edges: b.edges })),
        10_000,
        'reading the page state',
      );
    } catch (error) {
      if (!(error instanceof TimeoutError)) throw error;
      // Still inside one task past the cap: nothing else can be measured.
      const busy: Figure = { outcome: 'timed-out', reason: `${capReason}: the page's main thread was still busy` };
      figures.firstFrameMs = busy;
      figures.settledMs = busy;
      return finish({ outcome: 'skipped', reason: capReason });
    }
    const state = status.state;
    if (profiler && request.profilePath !== undefined) {
      const { profile } = await capped(profiler.send('Profiler.stop'), cap, 'stopping the profiler');
      mkdirSync(dirname(request.profilePath), { recursive: true });
      writeFileSync(request.profilePath, JSON.stringify(profile));
      await profiler.detach();
    }
    if (state === 'unavailable') return finish({ outcome: 'unavailable', reason: status.reason ?? 'unavailable' });
    if (state === 'error') return finish({ outcome: 'failed', reason: status.reason ?? 'page error' });
    figures.firstFrameMs = status.firstFrameMs !== undefined ? { value: status.firstFrameMs } : { outcome: 'timed-out', reason: 'no frame drawn within the cap' };
    // Settling after the cap (the page finished while its state was being read) is a timeout too.
    if (state !== 'settled' || status.settledMs === undefined || status.settledMs > cap) {
      figures.settledMs = { outcome: 'timed-out', reason: capReason };
      figures.longestTaskMs = await figureOf(() => capped(bench.evaluate((b) => b.longestTaskMs(Infinity, true)), 10_000, 'reading long tasks'));
      figures.scriptEvalMs = await figureOf(() => capped(bench.evaluate((b) => b.scriptEvaluationMs(Infinity)), 10_000, 'reading script evaluations'));
      return finish({ outcome: 'skipped', reason: capReason });
    }
    const settledMs: number = status.settledMs;
    figures.settledMs = { value: settledMs };
    if (status.settledNote !== undefined) notes.push(`${request.page} on ${request.graphName}: ${status.settledNote}`);
    const sizes = { nodes: status.nodes, edges: status.edges };

    const latency = async (): Promise<number> => {
      await page.waitForFunction('window.__bench.clickLatencyMs !== undefined', undefined, { timeout: cap, polling: 20 });
      return (await page.evaluate('window.__bench.clickLatencyMs')) as number;
    };
    const click = (): Promise<Figure> =>
      figureOf(async () => {
        const target = await capped(bench.evaluate((b) => b.prepareClick()), cap, 'choosing a node to click');
        if (target === null) return { outcome: 'failed', reason: 'no clickable node in view' };
        await page.mouse.click(target.x, target.y);
        return latency();
      });
    // Right after settling: what a reader who clicks at once gets.
    figures.clickMs = await figureOf(async () => {
      const target = readyTarget;
      const pressed = readyClick;
      if (target === undefined || target === null || pressed === undefined) {
        return { outcome: 'failed', reason: target === null ? 'no node well inside the view at ready' : 'the page did not report settling' };
      }
      await capped(pressed, cap, 'the click at ready');
      if (!(await capped(page.evaluate(`window.__bench.reachesGraph(${target.x}, ${target.y})`) as Promise<boolean>, cap, 'checking the click at ready'))) {
        return { outcome: 'failed', reason: 'the node to click at ready lay under a panel' };
      }
      return latency();
    });

    // Long-task entries arrive asynchronously: give them a moment. The load ends at settling (plus
    // a little for the task that reported it) or at the first click, whichever came first.
    await sleep(300);
    const firstInput = await bench.evaluate((b) => b.firstInputMs ?? null);
    const until = Math.min(settledMs + 50, firstInput ?? Infinity);
    // Say so when the click at ready came late (the runner was slow to hear of settling).
    if (firstInput !== null && firstInput - settledMs > CLICK_DELAY_NOTE_MS) {
      notes.push(`${request.page} on ${request.graphName}: the click at ready came ${Math.round(firstInput - settledMs)} ms after settling`);
    }
    figures.longestTaskMs = await figureOf(() =>
      capped(page.evaluate(`window.__bench.longestTaskMs(${until}, true)`) as Promise<number>, cap, 'reading long tasks'),
    );
    figures.scriptEvalMs = await figureOf(() =>
      capped(page.evaluate(`window.__bench.scriptEvaluationMs(${until})`) as Promise<number>, cap, 'reading script evaluations'),
    );

    // Clear the selection on an empty spot, then click again once the page has gone quiet.
    const background = await capped(bench.evaluate((b) => b.backgroundPoint()), cap, 'finding a background point');
    if (background === null) notes.push(`${request.page}: no free background point, pan/zoom used the wheel only`);
    else await page.mouse.click(background.x, background.y);
    figures.clickQuietMs = await figureOf(async () => {
      await bench.evaluate((b) => b.watchQuiet());
      try {
        await page.waitForFunction(`window.__bench.quietForMs() >= ${QUIET_MS}`, undefined, { timeout: QUIET_CAP_MS, polling: 100 });
      } catch (error) {
        if (!/Timeout/i.test(String(error))) throw error;
        notes.push(`${request.page}: not quiet ${QUIET_CAP_MS / 1000} s after settling; clicked anyway`);
      } finally {
        await bench.evaluate((b) => b.stopWatchingQuiet());
      }
      return click();
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

    figures.searchMs = await figureOf(async () => {
      if (request.page !== 'viewer') return { outcome: 'skipped', reason: 'the page has no search' };
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

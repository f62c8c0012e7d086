/**
 * The layout module in real Chromium, on tests/browser/pages/layout.html (a seeded community graph
 * drawn by a plain Cytoscape instance). No timing assertions: behaviour only.
 */
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type LaunchedBrowser } from './browser';
import type { LayoutResult } from './pages/layout-page';

type Positions = Record<string, { x: number; y: number }>;

let browser: LaunchedBrowser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});
afterEach(() => {
  for (const [page, errors] of pageErrors) {
    pageErrors.delete(page);
    expect(errors.map((e) => e.message)).toEqual([]);
  }
});

/** Uncaught errors of each page opened here; every test expects none. */
const pageErrors = new Map<Page, Error[]>();

async function openLayoutPage(query: string): Promise<Page> {
  const page = await browser.context.newPage();
  const errors: Error[] = [];
  pageErrors.set(page, errors);
  page.on('pageerror', (error) => errors.push(error));
  await page.goto(new URL(`tests/browser/pages/layout.html?${query}`, inject('baseURL')).href);
  await page.waitForFunction(() => window.layoutResult, undefined, { timeout: 90_000 });
  return page;
}

const positions = (page: Page) => page.evaluate(() => window.layoutPage!.positions());

function moved(before: Positions, after: Positions): string[] {
  return Object.keys(before).filter(
    (id) => Math.hypot(before[id]!.x - after[id]!.x, before[id]!.y - after[id]!.y) > 0.5,
  );
}

/** Drags a node by (dx, dy) screen pixels with the mouse, holding it a moment before release. */
async function dragNode(page: Page, id: string, dx: number, dy: number): Promise<void> {
  const start = await page.evaluate((nodeId) => {
    const cy = window.layoutPage!.cy;
    const p = cy.getElementById(nodeId).renderedPosition();
    const box = cy.container()!.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + dx / 2, start.y + dy / 2, { steps: 5 });
  await page.mouse.move(start.x + dx, start.y + dy, { steps: 5 });
  await page.waitForTimeout(400);
  await page.mouse.up();
}

/** A node in the middle of the degree ranking that has neighbours and sits inside the viewport. */
async function draggableNode(page: Page): Promise<{ id: string; neighbours: string[] }> {
  return page.evaluate(() => {
    const cy = window.layoutPage!.cy;
    const node = cy.nodes().sort((a, b) => b.degree(false) - a.degree(false))[0]!;
    return { id: node.id(), neighbours: node.neighborhood('node').map((n) => n.id()) };
  });
}

describe('startLayout', () => {
  it('lays out a 40-node graph with the quick layout, resolves done and calls onSettled once', async () => {
    const page = await openLayoutPage('n=40&seed=3');
    const result = (await page.evaluate(() => window.layoutResult)) as LayoutResult;
    expect(result.engine).toBe('quick');
    const calls = await page.evaluate(async () => {
      const { cy, startLayout } = window.layoutPage!;
      let settledCalls = 0;
      const run = startLayout(cy, { pinned: new Set(), animate: true, onSettled: () => settledCalls++ });
      await run.done;
      await new Promise((resolve) => setTimeout(resolve, 200));
      return settledCalls;
    });
    expect(calls).toBe(1);
    await page.close();
  });

  it('leaves no two node centres on top of each other in a 40-node graph', async () => {
    const page = await openLayoutPage('n=40&seed=5');
    const points = Object.values(await positions(page));
    expect(points).toHaveLength(40);
    let closest = Infinity;
    for (let i = 0; i < points.length; i++) {
      for (let j = i + 1; j < points.length; j++) {
        closest = Math.min(closest, Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y));
      }
    }
    expect(closest).toBeGreaterThan(11); // nodes are 22 px wide: centres at least a radius apart
    await page.close();
  });

  for (const [n, engine] of [
    [40, 'quick'],
    [1000, 'force'],
  ] as const) {
    it(`keeps pinned nodes where they were pinned (${engine}, ${n} nodes)`, async () => {
      const page = await openLayoutPage(`n=${n}&pinned=0.2&seed=2`);
      const result = (await page.evaluate(() => window.layoutResult)) as LayoutResult;
      expect(result.engine).toBe(engine);
      const pinnedAt = await page.evaluate(() => window.layoutPage!.pinnedAt);
      const after = await positions(page);
      expect(Object.keys(pinnedAt).length).toBeGreaterThan(0);
      for (const [id, p] of Object.entries(pinnedAt)) expect(after[id]).toEqual(p);
      // …while the others did move.
      const seeds = await page.evaluate(() => window.layoutPage!.seeds);
      const unpinnedMoved = moved(seeds, after).filter((id) => !(id in pinnedAt));
      expect(unpinnedMoved.length).toBeGreaterThan(0);
      await page.close();
    });
  }

  it('settles at once with preset positions when every node is pinned', async () => {
    const page = await openLayoutPage(`n=30&pinned=1`);
    const result = (await page.evaluate(() => window.layoutResult)) as LayoutResult;
    expect(result.engine).toBe('preset');
    const pinnedAt = await page.evaluate(() => window.layoutPage!.pinnedAt);
    expect(await positions(page)).toEqual(pinnedAt);
    await page.close();
  });

  it('runs large graphs in a Worker, and stop() terminates it: nothing moves afterwards', async () => {
    const page = await openLayoutPage('n=3000&layout=none');
    const report = await page.evaluate(async () => {
      const { cy, startLayout, layoutState } = window.layoutPage!;
      const workers: { terminated: boolean }[] = [];
      const NativeWorker = window.Worker;
      window.Worker = class extends NativeWorker {
        record = { terminated: false };
        constructor(url: string | URL, options?: WorkerOptions) {
          super(url, options);
          workers.push(this.record);
        }
        override terminate(): void {
          this.record.terminated = true;
          super.terminate();
        }
      };
      const snapshot = () => cy.nodes().map((node) => ({ ...node.position() }));
      const seeds = snapshot();
      const run = startLayout(cy, { pinned: new Set(), animate: true });
      // Wait until the worker's positions have reached the graph at least once.
      const changed = () => snapshot().some((p, i) => p.x !== seeds[i]!.x || p.y !== seeds[i]!.y);
      for (let tries = 0; tries < 600 && !changed(); tries++) await new Promise((r) => setTimeout(r, 50));
      const movedBeforeStop = changed();
      run.stop();
      await run.done;
      const atStop = snapshot();
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const later = snapshot();
      window.Worker = NativeWorker;
      return {
        engine: layoutState(cy)?.engine,
        running: layoutState(cy)?.running,
        workers: workers.length,
        terminated: workers.every((w) => w.terminated),
        movedBeforeStop,
        movedAfterStop: later.filter((p, i) => p.x !== atStop[i]!.x || p.y !== atStop[i]!.y).length,
      };
    });
    expect(report).toEqual({
      engine: 'force',
      running: false,
      workers: 1,
      terminated: true,
      movedBeforeStop: true,
      movedAfterStop: 0,
    });
    await page.close();
  });

  for (const failure of ['throws', 'fails to load'] as const) {
    it(`lays out on the main thread when the Worker ${failure}`, async () => {
      const page = await openLayoutPage('n=1000&layout=none');
      const report = await page.evaluate(async (how) => {
        const { cy, startLayout, layoutState } = window.layoutPage!;
        const NativeWorker = window.Worker;
        window.Worker = class extends NativeWorker {
          constructor(url: string | URL, options?: WorkerOptions) {
            if (how === 'throws') throw new DOMException('blocked by test', 'SecurityError');
            super(new URL('/no-such-worker.js', location.href), options);
            void url;
          }
        };
        const before = cy.nodes().map((node) => ({ ...node.position() }));
        let settled = false;
        await startLayout(cy, { pinned: new Set(), animate: true, onSettled: () => (settled = true) }).done;
        window.Worker = NativeWorker;
        const after = cy.nodes().map((node) => ({ ...node.position() }));
        return {
          engine: layoutState(cy)?.engine,
          settled,
          moved: after.filter((p, i) => p.x !== before[i]!.x || p.y !== before[i]!.y).length,
        };
      }, failure);
      expect(report.engine).toBe('force');
      expect(report.settled).toBe(true);
      expect(report.moved).toBeGreaterThan(900);
      await page.close();
    });
  }

  it('ends a running layout when Cytoscape is destroyed', async () => {
    const page = await openLayoutPage('n=3000&layout=none');
    const resolved = await page.evaluate(async () => {
      const { cy, startLayout } = window.layoutPage!;
      const run = startLayout(cy, { pinned: new Set(), animate: true });
      await new Promise((resolve) => setTimeout(resolve, 500));
      cy.destroy();
      await run.done;
      await new Promise((resolve) => setTimeout(resolve, 1000)); // a late worker message must not throw
      return true;
    });
    expect(resolved).toBe(true);
    await page.close();
  });
});

describe('enableDragRelax', () => {
  it('makes the neighbours of a dragged node follow', async () => {
    const page = await openLayoutPage('n=40&seed=7');
    await page.evaluate(() => {
      const { cy, enableDragRelax } = window.layoutPage!;
      enableDragRelax(cy);
    });
    const { id, neighbours } = await draggableNode(page);
    const before = await positions(page);
    await dragNode(page, id, 120, 80);
    await page.waitForTimeout(1500); // relaxation ends 0.9 s after release
    const after = await positions(page);
    expect(moved(before, after)).toContain(id);
    expect(neighbours.filter((other) => moved(before, after).includes(other)).length).toBeGreaterThan(0);
    await page.close();
  });

  it('returns a disposer after which dragging moves only the dragged node', async () => {
    const page = await openLayoutPage('n=40&seed=7');
    await page.evaluate(() => {
      const { cy, enableDragRelax } = window.layoutPage!;
      const dispose = enableDragRelax(cy);
      dispose();
    });
    const { id } = await draggableNode(page);
    const before = await positions(page);
    await dragNode(page, id, 120, 80);
    await page.waitForTimeout(1500);
    expect(moved(before, await positions(page))).toEqual([id]);
    await page.close();
  });
});

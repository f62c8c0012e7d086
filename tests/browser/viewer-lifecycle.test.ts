/**
 * Fifty viewers created and removed in turn leave the page as they found it: the JS heap and
 * the window's and document's listeners return to their baseline (measured with the DevTools
 * protocol after forced garbage collection).
 */
import { expect, inject, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { BUNDLED_GRAPH, useChromium } from './viewer-fixture';

const baseURL = inject('baseURL');
let page: Page;
useChromium((p) => (page = p));

const CYCLES = 50;

async function listenerCount(cdp: CDPSession, expression: string): Promise<number> {
  const { result } = await cdp.send('Runtime.evaluate', { expression });
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
  await cdp.send('Runtime.releaseObject', { objectId: result.objectId! });
  return listeners.length;
}

async function settledHeap(cdp: CDPSession): Promise<number> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/** Creates a viewer on the bundled graph, waits until it is ready, removes it. */
async function cycle(p: Page, count: number): Promise<void> {
  await p.evaluate(
    async ([src, n]) => {
      for (let i = 0; i < (n as number); i++) {
        const el = document.createElement('kg-viewer');
        el.setAttribute('src', src as string);
        el.setAttribute('sync-url', '');
        el.style.cssText = 'display:block;width:600px;height:400px';
        const ready = new Promise((resolve) => el.addEventListener('kg-ready', resolve, { once: true }));
        document.body.append(el);
        await ready;
        (el as HTMLElement & { select(id: string): void }).select('iran');
        el.remove();
      }
    },
    [BUNDLED_GRAPH, count] as const,
  );
}

it(`${CYCLES} create/remove cycles return the heap and the window's listeners to their baseline`, async () => {
  await page.goto(new URL('/tests/browser/pages/viewer.html', baseURL).href);
  await page.waitForFunction(() => customElements.get('kg-viewer') !== undefined);
  const cdp = await page.context().newCDPSession(page);
  // One warm-up cycle loads the modules, the Worker script and the file into caches.
  await cycle(page, 2);
  await page.waitForTimeout(500);
  const baseline = {
    heap: await settledHeap(cdp),
    window: await listenerCount(cdp, 'window'),
    document: await listenerCount(cdp, 'document'),
  };
  await cycle(page, CYCLES);
  await page.waitForTimeout(500);
  const after = {
    heap: await settledHeap(cdp),
    window: await listenerCount(cdp, 'window'),
    document: await listenerCount(cdp, 'document'),
  };
  expect(after.window).toBe(baseline.window);
  expect(after.document).toBe(baseline.document);
  // A viewer holds a few MB while it lives (two Cytoscape instances, canvases' textures): a
  // leak of even one in five would add far more than this.
  expect(after.heap - baseline.heap).toBeLessThan(3 * 1024 * 1024);
}, 240_000);

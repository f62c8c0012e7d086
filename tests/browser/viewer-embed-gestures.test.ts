/**
 * A good guest: an embedded viewer (no sync-url) between tall article text leaves the wheel and
 * one finger to the page — the page scrolls, the graph does not zoom — while Ctrl + wheel, two
 * fingers and the wheel after a click into the graph zoom it. `wheel="zoom"` and the full page
 * (sync-url) keep the wheel for zooming.
 */
import { describe, expect, inject, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { BUNDLED_GRAPH, useChromium, waitForEvent } from './viewer-fixture';

const baseURL = inject('baseURL');
let page: Page;
useChromium((p) => (page = p));

/** A page of article text with a viewer in the middle, scrolled so the viewer is in view. */
async function openArticle(attrs: Record<string, string>): Promise<void> {
  await page.goto(new URL('/tests/browser/pages/viewer.html', baseURL).href);
  await page.waitForFunction(() => customElements.get('kg-viewer') !== undefined);
  await page.evaluate((a) => {
    const text = (n: number) => {
      const article = document.createElement('article');
      for (let i = 0; i < n; i++) article.append(Object.assign(document.createElement('p'), { textContent: 'Lorem ipsum dolor sit amet. '.repeat(12) }));
      article.style.height = '1500px';
      return article;
    };
    const el = document.createElement('kg-viewer');
    for (const [k, v] of Object.entries(a)) el.setAttribute(k, v);
    el.style.height = '480px';
    document.body.append(text(12), el, text(12));
  }, attrs);
  await waitForEvent(page, 'kg-ready');
  await page.evaluate(() => window.scrollTo(0, 1300));
  await page.waitForFunction(() => window.scrollY === 1300);
  // Cytoscape ignores the wheel for 250 ms after the page scrolled (so a scroll that reaches
  // the graph does not turn into a zoom): let that pass, as a reader's pause would.
  await page.waitForTimeout(300);
}

const zoom = (): Promise<number> => page.evaluate(() => (document.querySelector('kg-viewer') as any).cy.zoom());
const pan = (): Promise<{ x: number; y: number }> => page.evaluate(() => ({ ...(document.querySelector('kg-viewer') as any).cy.pan() }));
const scrollY = (): Promise<number> => page.evaluate(() => window.scrollY);
const hintShown = (): Promise<string | null> =>
  page.evaluate(() => {
    const hint = (document.querySelector('kg-viewer') as any).shadowRoot.querySelector('.gesture-hint.shown');
    return hint ? hint.textContent.trim() : null;
  });

/** A point of the graph's canvas (viewport coordinates) far from every node. */
async function emptySpot(): Promise<{ x: number; y: number }> {
  return page.evaluate(() => {
    const el = document.querySelector('kg-viewer') as any;
    const rect = el.shadowRoot.querySelector('.graph').getBoundingClientRect();
    const nodes = el.cy.nodes().map((n: any) => n.renderedPosition());
    let best = { x: 0, y: 0, d: -1 };
    for (let x = 80; x < rect.width - 80; x += 20)
      for (let y = 60; y < rect.height - 60; y += 20) {
        // Only the canvas itself: not the legend, the buttons or the panel lying over it.
        if (!el.shadowRoot.elementFromPoint(rect.left + x, rect.top + y)?.closest('.graph')) continue;
        const d = Math.min(...nodes.map((p: any) => Math.hypot(p.x - x, p.y - y)));
        if (d > best.d) best = { x, y, d };
      }
    return { x: rect.left + best.x, y: rect.top + best.y };
  });
}

/** A node's centre in viewport coordinates. */
async function nodeSpot(id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((nodeId) => {
    const el = document.querySelector('kg-viewer') as any;
    const rect = el.shadowRoot.querySelector('.graph').getBoundingClientRect();
    const p = el.cy.$id(nodeId).renderedPosition();
    return { x: rect.left + p.x, y: rect.top + p.y };
  }, id);
}

/** Waits until the page stops scrolling (the wheel may scroll smoothly). */
async function settledScroll(): Promise<number> {
  let last = -1;
  for (let i = 0; i < 40; i++) {
    const now = await scrollY();
    if (now === last) return now;
    last = now;
    await page.waitForTimeout(100);
  }
  return last;
}

describe('the mouse wheel over an embedded viewer (no sync-url: wheel="page")', () => {
  it('scrolls the page, leaves the zoom alone, and says how to zoom', async () => {
    await openArticle({ src: BUNDLED_GRAPH, lang: 'en' });
    const spot = await emptySpot();
    await page.mouse.move(spot.x, spot.y);
    const before = { zoom: await zoom(), scroll: await scrollY() };
    await page.mouse.wheel(0, 240);
    await expect.poll(scrollY).toBeGreaterThan(before.scroll + 100);
    expect(await hintShown()).toBe('Use Ctrl + scroll to zoom the graph');
    await settledScroll();
    expect(await zoom()).toBe(before.zoom);
    // The hint goes away by itself.
    await expect.poll(hintShown, { timeout: 4000 }).toBeNull();
  });

  it('zooms with Ctrl + wheel, and the page does not scroll', async () => {
    await openArticle({ src: BUNDLED_GRAPH, lang: 'en' });
    const spot = await emptySpot();
    await page.mouse.move(spot.x, spot.y);
    const before = { zoom: await zoom(), scroll: await scrollY() };
    await page.keyboard.down('Control');
    for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -120);
    await page.keyboard.up('Control');
    await expect.poll(zoom).toBeGreaterThan(before.zoom * 1.1);
    expect(await settledScroll()).toBe(before.scroll);
    expect(await hintShown()).toBeNull();
  });

  it('zooms with a plain wheel after a click into the graph, until the pointer leaves it', async () => {
    await openArticle({ src: BUNDLED_GRAPH, lang: 'en' });
    const spot = await emptySpot();
    await page.mouse.click(spot.x, spot.y);
    const before = { zoom: await zoom(), scroll: await scrollY() };
    for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -120);
    await expect.poll(zoom).toBeGreaterThan(before.zoom * 1.1);
    expect(await settledScroll()).toBe(before.scroll);

    // Out of the viewer and back: the wheel belongs to the page again.
    await page.mouse.move(5, 5);
    await page.mouse.move(spot.x, spot.y);
    const zoomed = await zoom();
    await page.mouse.wheel(0, 240);
    await expect.poll(scrollY).toBeGreaterThan(before.scroll + 100);
    await settledScroll();
    expect(await zoom()).toBe(zoomed);
  });

  it('a click on a node after the page scrolled selects that node (the canvas knows where it is)', async () => {
    await openArticle({ src: BUNDLED_GRAPH, lang: 'en' });
    // The pointer crosses the graph first: Cytoscape measures where its canvas is.
    const first = await emptySpot();
    await page.mouse.move(first.x, first.y);
    // Scrolled, and the scroll event dispatched (as it is before any reader can click again).
    await page.evaluate(() => new Promise((done) => {
      document.addEventListener('scroll', done, { once: true });
      window.scrollBy(0, 150);
    }));
    const at = await nodeSpot('russia');
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => page.evaluate(() => (document.querySelector('kg-viewer') as any).viewState.selection?.id)).toBe('russia');
  });

  it('leaves the +/− buttons working', async () => {
    await openArticle({ src: BUNDLED_GRAPH, lang: 'en' });
    const before = await zoom();
    await page.locator('kg-viewer .zoom').getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(zoom).toBeGreaterThan(before * 1.2);
  });

  it('shows the hint in the reader’s language (Arabic)', async () => {
    await openArticle({ src: BUNDLED_GRAPH, lang: 'ar' });
    const spot = await emptySpot();
    await page.mouse.move(spot.x, spot.y);
    await page.mouse.wheel(0, 120);
    await expect.poll(hintShown).toBe('لتكبير الشبكة استخدم Ctrl مع عجلة التمرير');
  });
});

describe('touch over an embedded viewer (wheel="page")', () => {
  async function touchscreen(): Promise<(type: 'touchStart' | 'touchMove' | 'touchEnd', points: { x: number; y: number }[]) => Promise<unknown>> {
    const cdp: CDPSession = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 2 });
    return (type, points) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map((p, id) => ({ x: p.x, y: p.y, id })) });
  }

  it('one finger scrolls the page (even starting on a node, which stays unselected) and the graph stays put', async () => {
    await openArticle({ src: BUNDLED_GRAPH, lang: 'en' });
    const touch = await touchscreen();
    const start = await nodeSpot('russia');
    const before = { zoom: await zoom(), pan: await pan(), scroll: await scrollY() };
    await touch('touchStart', [start]);
    for (let d = 10; d <= 150; d += 10) await touch('touchMove', [{ x: start.x, y: start.y - d }]);
    await expect.poll(hintShown).toBe('Use two fingers to move the graph');
    await touch('touchEnd', []);
    await expect.poll(scrollY).toBeGreaterThan(before.scroll + 60);
    await page.waitForTimeout(300);
    expect(await zoom()).toBe(before.zoom);
    expect(await pan()).toEqual(before.pan);
    expect((await page.evaluate(() => (document.querySelector('kg-viewer') as any).viewState.selection))).toBeNull();
  });

  it('a one-finger tap still selects a node', async () => {
    await openArticle({ src: BUNDLED_GRAPH, lang: 'en' });
    const touch = await touchscreen();
    const at = await nodeSpot('russia');
    await touch('touchStart', [at]);
    await touch('touchEnd', []);
    await expect.poll(() => page.evaluate(() => (document.querySelector('kg-viewer') as any).viewState.selection?.id)).toBe('russia');
  });

  it('two fingers pinch-zoom the graph, and the page does not scroll', async () => {
    await openArticle({ src: BUNDLED_GRAPH, lang: 'en' });
    const touch = await touchscreen();
    const c = await emptySpot();
    const before = { zoom: await zoom(), scroll: await scrollY() };
    await touch('touchStart', [{ x: c.x - 20, y: c.y }, { x: c.x + 20, y: c.y }]);
    for (let d = 30; d <= 120; d += 15) await touch('touchMove', [{ x: c.x - d, y: c.y - d / 4 }, { x: c.x + d, y: c.y - d / 4 }]);
    await touch('touchEnd', []);
    await expect.poll(zoom).toBeGreaterThan(before.zoom * 1.3);
    expect(await settledScroll()).toBe(before.scroll);
  });
});

describe('wheel="zoom", and the full page (sync-url)', () => {
  it('wheel="zoom" zooms with a plain wheel and never scrolls the page', async () => {
    await openArticle({ src: BUNDLED_GRAPH, lang: 'en', wheel: 'zoom' });
    const spot = await emptySpot();
    await page.mouse.move(spot.x, spot.y);
    const before = { zoom: await zoom(), scroll: await scrollY() };
    for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -120);
    await expect.poll(zoom).toBeGreaterThan(before.zoom * 1.1);
    expect(await settledScroll()).toBe(before.scroll);
    expect(await hintShown()).toBeNull();
  });

  it('a viewer with sync-url zooms with the wheel by default', async () => {
    await openArticle({ src: BUNDLED_GRAPH, lang: 'en', 'sync-url': '' });
    const spot = await emptySpot();
    await page.mouse.move(spot.x, spot.y);
    const before = await zoom();
    for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -120);
    await expect.poll(zoom).toBeGreaterThan(before * 1.1);
  });
});

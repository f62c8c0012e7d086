/**
 * Names by importance at every zoom: on a 360 px phone the bundled graph opens with the names
 * that fit drawn (none on top of another or of a node), more appear on zooming in, and a hovered
 * or selected node always shows its name; on a 1280 px desktop every name is drawn.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, newSitePage, useChromium } from './viewer-fixture';
import { namesOnScreen, overlap, overlapsIn, settledScene } from './label-boxes';

const baseURL = inject('baseURL');
const bundledGraph = JSON.parse(readFileSync(new URL('../../data/russia-iran-ai-blockchain.json', import.meta.url), 'utf8')) as {
  nodes: Array<{ id: string }>;
};
const browser = useChromium();

const openBundled = (size: { width: number; height: number }, lang: string): Promise<Page> => newSitePage(browser.context, baseURL, size, `#lang=${lang}`);

describe('names on a 360 × 740 phone', () => {
  for (const lang of ['ar', 'en'] as const) {
    it(`opens with at least ten names drawn, none over another name or a node (${lang})`, async () => {
      const page = await openBundled(PHONE, lang);
      const scene = await settledScene(page);
      expect(overlapsIn(scene)).toEqual([]);
      expect(namesOnScreen(scene).length).toBeGreaterThanOrEqual(10);
      // None under the zoom buttons floating over the canvas.
      const zoom = await page.evaluate(() => {
        const root = (document.querySelector('kg-viewer') as any).shadowRoot;
        const g = root.querySelector('.graph').getBoundingClientRect();
        const z = root.querySelector('.zoom').getBoundingClientRect();
        return { x1: z.left - g.left, y1: z.top - g.top, x2: z.right - g.left, y2: z.bottom - g.top };
      });
      expect(scene.labels.filter((l) => overlap(l.box, zoom)).map((l) => l.key)).toEqual([]);
      // Drawn at a size a phone can read (10 px at least), whatever the zoom.
      const smallest = await page.evaluate(() => {
        const cy = (document.querySelector('kg-viewer') as any).cy;
        const sizes = cy.nodes('.kg-label').map((n: any) => parseFloat(n.style('font-size')) * cy.zoom());
        return Math.min(...sizes);
      });
      expect(smallest).toBeGreaterThanOrEqual(9.99);
    });
  }

  it('places the names again around the legend when it is opened, with no name under it', async () => {
    const page = await openBundled(PHONE, 'en');
    await settledScene(page);
    const legendBox = () =>
      page.evaluate(() => {
        const root = (document.querySelector('kg-viewer') as any).shadowRoot;
        const g = root.querySelector('.graph').getBoundingClientRect();
        const l = root.querySelector('.legend-box').getBoundingClientRect();
        return { x1: l.left - g.left, y1: l.top - g.top, x2: l.right - g.left, y2: l.bottom - g.top };
      });
    const closed = await legendBox();
    // The legend starts closed on a phone; opened, it covers much of the canvas.
    await page.evaluate(() => (document.querySelector('kg-viewer') as any).shadowRoot.querySelector('.legend-box > button').click());
    await page.waitForFunction(() => (document.querySelector('kg-viewer') as any).shadowRoot.querySelector('kg-legend') !== null);
    const open = await legendBox();
    expect((open.x2 - open.x1) * (open.y2 - open.y1)).toBeGreaterThan(2 * (closed.x2 - closed.x1) * (closed.y2 - closed.y1));
    const scene = await settledScene(page);
    expect(scene.labels.filter((l) => overlap(l.box, open)).map((l) => l.key)).toEqual([]);
    expect(overlapsIn(scene)).toEqual([]);
  });

  it('shows more names on zooming in, still none overlapping', async () => {
    const page = await openBundled(PHONE, 'en');
    const before = await settledScene(page);
    // Zoom in twice about the middle of the graph, as a pinch would.
    await page.evaluate(() => {
      const cy = (document.querySelector('kg-viewer') as any).cy;
      const bb = cy.nodes().renderedBoundingBox({ includeLabels: false });
      cy.zoom({ level: cy.zoom() * 2, renderedPosition: { x: (bb.x1 + bb.x2) / 2, y: (bb.y1 + bb.y2) / 2 } });
    });
    const after = await settledScene(page);
    expect(overlapsIn(after)).toEqual([]);
    // Of the nodes still on screen after zooming, more are named than were before.
    const onScreen = new Set(after.bodies.filter((b) => b.box.x1 >= 0 && b.box.y1 >= 0 && b.box.x2 <= after.width && b.box.y2 <= after.height).map((b) => b.id));
    const namedBefore = namesOnScreen(before).filter((id) => onScreen.has(id));
    const namedAfter = namesOnScreen(after).filter((id) => onScreen.has(id));
    expect(namedAfter.length).toBeGreaterThan(namedBefore.length);
  });

  it('always names the hovered and the selected node', async () => {
    const page = await openBundled(PHONE, 'ar');
    const first = await settledScene(page);
    const named = new Set(namesOnScreen(first));
    // Unnamed nodes, nearest the middle first (clear of the buttons along the edges).
    const distance = (b: { x1: number; y1: number; x2: number; y2: number }) => Math.hypot((b.x1 + b.x2) / 2 - first.width / 2, (b.y1 + b.y2) / 2 - first.height / 2);
    const unnamed = first.bodies
      .filter((b) => !named.has(b.id))
      .sort((a, b) => distance(a.box) - distance(b.box))
      .map((b) => b.id);
    expect(unnamed.length).toBeGreaterThan(0);
    const target = unnamed[0]!;
    const at = await page.evaluate((id) => {
      const el = document.querySelector('kg-viewer') as any;
      const rect = el.shadowRoot.querySelector('.graph').getBoundingClientRect();
      const p = el.cy.$id(id).renderedPosition();
      return { x: rect.left + p.x, y: rect.top + p.y };
    }, target);
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => page.evaluate(() => (document.querySelector('kg-viewer') as any).pointerState.hovered)).toBe(target);
    const hovered = await settledScene(page);
    expect(hovered.labels.map((l) => l.key)).toContain(`spotlight:${target}`);
    expect(overlapsIn(hovered)).toEqual([]);

    await page.mouse.move(1, 1);
    const other = unnamed.at(-1)!;
    await page.evaluate((id) => (document.querySelector('kg-viewer') as any).select(id), other);
    const selected = await settledScene(page);
    expect(selected.labels.map((l) => l.key)).toContain(`spotlight:${other}`);
  });
});

describe('names on a 1280 × 800 desktop', () => {
  for (const lang of ['ar', 'en'] as const) {
    it(`draws every name of the bundled graph, none over another name or a node (${lang})`, async () => {
      const page = await openBundled(DESKTOP, lang);
      const scene = await settledScene(page);
      expect(overlapsIn(scene)).toEqual([]);
      expect(new Set(namesOnScreen(scene))).toEqual(new Set(bundledGraph.nodes.map((n) => n.id)));
    });
  }
});

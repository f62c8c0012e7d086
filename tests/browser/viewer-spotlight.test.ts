/**
 * The spotlight as a reader meets it on the bundled graph with Russia selected: its relation
 * labels and names are drawn where nothing else is, and the whole neighbourhood is framed in the
 * part of the stage the panels leave free (beside the side panel, above the bottom sheet).
 */
import { describe, expect, inject, it } from 'vitest';
import { DESKTOP, PHONE, newSitePage, useChromium } from './viewer-fixture';
import { freeRect, litIds, outsideRect, overlapsIn, settledScene } from './label-boxes';

const baseURL = inject('baseURL');
const browser = useChromium();


describe('a legible spotlight', () => {
  for (const lang of ['ar', 'en'] as const) {
    it(`with Russia selected, no relation label or name is drawn over another or over a node (${lang})`, async () => {
      const page = await newSitePage(browser.context, baseURL, DESKTOP, `#lang=${lang}`);
      // Selected as a reader does: a tap on the node.
      const at = await page.evaluate(() => {
        const el = document.querySelector('kg-viewer') as any;
        const rect = el.shadowRoot.querySelector('.graph').getBoundingClientRect();
        const p = el.cy.$id('russia').renderedPosition();
        return { x: rect.left + p.x, y: rect.top + p.y };
      });
      await page.mouse.click(at.x, at.y);
      await page.locator('kg-viewer kg-details h2').waitFor();
      await page.mouse.move(1, 1);
      const scene = await settledScene(page);
      expect(overlapsIn(scene)).toEqual([]);
      const drawn = scene.labels.map((l) => l.key);
      // The selection and its neighbours are named above the veil, and relations are labelled.
      expect(drawn).toContain('spotlight:russia');
      expect(drawn.filter((k) => k.startsWith('spotlight:')).length).toBeGreaterThan(8);
      expect(scene.labels.filter((l) => l.kind === 'edge').length).toBeGreaterThanOrEqual(3);
    });
  }

  it('labels the relation under the pointer, over no other label and no node but its own ends', async () => {
    const page = await newSitePage(browser.context, baseURL, DESKTOP, '#lang=en&node=russia');
    await settledScene(page);
    // A relation whose label the placement left out (the short ones between Russia and Iran).
    const target = await page.evaluate(() => {
      const el = document.querySelector('kg-viewer') as any;
      const spot = el.shadowRoot.querySelector('.spotlight')._cyreg.cy;
      const e = spot.edges().filter((x: any) => !x.style('label'))[0];
      if (!e) return null;
      const rect = el.shadowRoot.querySelector('.graph').getBoundingClientRect();
      // The middle of the line, between the two nodes' bodies.
      const s = e.source().renderedPosition();
      const t = e.target().renderedPosition();
      const m = e.renderedMidpoint();
      return { id: e.id(), ends: [e.source().id(), e.target().id()], x: rect.left + m.x, y: rect.top + m.y, s, t };
    });
    expect(target).not.toBeNull();
    await page.mouse.move(target!.x, target!.y);
    await expect.poll(() => page.evaluate(() => (document.querySelector('kg-viewer') as any).pointerState.hovered)).toBe(target!.id);
    const scene = await settledScene(page);
    expect(scene.labels.map((l) => l.key)).toContain(`spotlight:${target!.id}`);
    const ownEnds = new Set(target!.ends.map((id) => `spotlight:${target!.id} / node ${id}`));
    expect(overlapsIn(scene).filter((o) => !ownEnds.has(o))).toEqual([]);
  });
});

describe('framing the selection', () => {
  for (const lang of ['ar', 'en'] as const) {
    it(`with Russia selected on a desktop, every neighbour lies in the free part of the stage (${lang})`, async () => {
      const page = await newSitePage(browser.context, baseURL, DESKTOP, `#lang=${lang}`);
      await page.evaluate(() => (document.querySelector('kg-viewer') as any).select('russia'));
      await page.locator('kg-viewer kg-details h2').waitFor();
      await settledScene(page);
      const free = await freeRect(page);
      // The side panel really covers part of the stage (so the test can fail).
      expect(free.x2 - free.x1).toBeLessThan(DESKTOP.width - 300);
      const outside = await outsideRect(page, free, await litIds(page));
      expect(outside).toEqual([]);
    });
  }

  for (const lang of ['ar', 'en'] as const) {
    it(`with Russia selected on a 360 px phone, every neighbour lies above the bottom sheet (${lang})`, async () => {
      const page = await newSitePage(browser.context, baseURL, PHONE, `#lang=${lang}`);
      await page.evaluate(() => (document.querySelector('kg-viewer') as any).select('russia'));
      await page.locator('kg-viewer kg-details h2').waitFor();
      await settledScene(page);
      const free = await freeRect(page);
      // The sheet really covers the lower part of the stage (so the test can fail).
      const stageHeight = await page.evaluate(() => (document.querySelector('kg-viewer') as any).cy.height());
      expect(free.y2).toBeLessThan(stageHeight - 150);
      const lit = await litIds(page);
      expect(lit.length).toBeGreaterThan(8);
      const outside = await outsideRect(page, free, lit);
      expect(outside).toEqual([]);
    });
  }

  it('keeps the reader’s zoom when the neighbourhood already fits, and moves nothing when it is in view', async () => {
    const page = await newSitePage(browser.context, baseURL, DESKTOP, '#lang=en');
    const viewport = () => page.evaluate(() => {
      const cy = (document.querySelector('kg-viewer') as any).cy;
      return { zoom: cy.zoom(), pan: { ...cy.pan() } };
    });
    const select = (id: string | null) => page.evaluate((i) => (document.querySelector('kg-viewer') as any).select(i), id);
    // Digital ruble's neighbourhood is two nodes near the middle: it fits at the opening zoom.
    const before = await viewport();
    await select('digital-ruble');
    await page.locator('kg-viewer kg-details h2').waitFor();
    await settledScene(page);
    expect((await viewport()).zoom).toBeCloseTo(before.zoom, 6);
    // Russia framed once; cleared and selected again, it is already in view: nothing moves.
    await select('russia');
    await settledScene(page);
    const framed = await viewport();
    await select(null);
    await settledScene(page);
    await select('russia');
    await settledScene(page);
    expect(await viewport()).toEqual(framed);
  });
});

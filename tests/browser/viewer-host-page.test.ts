/**
 * Living in someone else's page: the element leaves the host document's head alone (Cytoscape
 * would prepend a <style> to it: patches/cytoscape+3.35.0.patch).
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BUNDLED_GRAPH, newPage, useChromium, waitForEvent } from './viewer-fixture';

const baseURL = inject('baseURL');
const browser = useChromium();

const headHtml = (page: Page) => page.evaluate(() => document.head.outerHTML);

/** Selects the best-connected node, so the details panel (with its type swatch) is drawn. */
async function selectHub(page: Page): Promise<void> {
  await page.evaluate(() => {
    const el = document.querySelector('kg-viewer') as any;
    const hub = el.cy.nodes().max((n: any) => n.degree(false)).ele;
    el.select(hub.id());
  });
  await waitForEvent(page, 'kg-select');
  await page.waitForTimeout(400);
}

describe('the host page', () => {
  it("leaves the host document's head byte-identical while drawing", async () => {
    const page = await newPage(browser.context);
    await page.goto(new URL('/tests/browser/pages/viewer.html', baseURL).href);
    await page.waitForFunction(() => customElements.get('kg-viewer') !== undefined);
    const before = await headHtml(page);
    await page.evaluate((src) => {
      const el = document.createElement('kg-viewer');
      el.setAttribute('src', src);
      document.body.append(el);
    }, BUNDLED_GRAPH);
    await waitForEvent(page, 'kg-ready');
    await selectHub(page);
    expect(await headHtml(page)).toBe(before);
    expect(await page.evaluate(() => document.getElementById('__________cytoscape_stylesheet'))).toBeNull();
    await page.close();
  });

  it('a Cytoscape container in the light DOM still gets the stylesheet (the check can fail)', async () => {
    const page = await browser.context.newPage();
    await page.goto(new URL('tests/browser/pages/renderer.html', baseURL).href);
    await page.waitForFunction(() => window.rendererPage !== undefined, undefined, { timeout: 30_000 });
    expect(await headHtml(page)).toContain('__________cytoscape_stylesheet');
    await page.close();
  });
});

/**
 * Accessibility in real Chromium: axe-core finds no serious or critical violations in either
 * language with and without a selection; the text alternative stays in sync with the canvas;
 * selection changes are announced.
 */
import { createRequire } from 'node:module';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openViewer, useChromium, viewState } from './viewer-fixture';

const baseURL = inject('baseURL');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let page: Page;
useChromium((p) => (page = p));

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: unknown }[];
}

async function seriousViolations(): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: axePath });
  const violations = (await page.evaluate(async () => {
    const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v: any) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n: any) => ({ target: n.target })) }));
  })) as AxeViolation[];
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

describe('axe-core', () => {
  for (const lang of ['ar', 'en']) {
    it(`finds no serious or critical violations in ${lang}, without and with a selection`, async () => {
      await openViewer(page, baseURL, { src: '/data/russia-iran-ai-blockchain.json', lang });
      expect(await seriousViolations()).toEqual([]);
      await page.evaluate(() => (document.querySelector('kg-viewer') as any).select('iran'));
      await page.locator('kg-viewer kg-details h2').waitFor();
      expect(await seriousViolations()).toEqual([]);
      await page.evaluate(() => (document.querySelector('kg-viewer') as any).select('ru-ir-mou'));
      expect(await seriousViolations()).toEqual([]);
    });
  }

  it('finds none with the text view, the path finder and the source text open', async () => {
    await openViewer(page, baseURL, { src: '/data/russia-iran-ai-blockchain.json', lang: 'en' });
    await page.locator('kg-viewer .tools').getByRole('button', { name: 'Graph as text' }).click();
    expect(await seriousViolations()).toEqual([]);
    await page.locator('kg-viewer .tools').getByRole('button', { name: 'How are they connected?' }).click();
    expect(await seriousViolations()).toEqual([]);
    await page.evaluate(() => (document.querySelector('kg-viewer') as any).select('sco'));
    await page.locator('kg-viewer kg-details').getByRole('button', { name: 'Show in source' }).first().click();
    expect(await seriousViolations()).toEqual([]);
  });
});

describe('the text alternative', () => {
  it('selecting in the list selects on the canvas, and selecting on the canvas marks the list', async () => {
    await openViewer(page, baseURL, { src: '/data/russia-iran-ai-blockchain.json', lang: 'en' });
    await page.locator('kg-viewer .tools').getByRole('button', { name: 'Graph as text' }).click();
    const list = page.locator('kg-viewer kg-text-view');
    await list.getByRole('button', { name: 'India', exact: true }).click();
    await expect.poll(async () => (await viewState(page)).selection).toEqual({ kind: 'node', id: 'india' });
    const lit = await page.evaluate(() => [...(document.querySelector('kg-viewer') as any).highlighted]);
    expect(lit).toContain('india');
    // Back to the list, then select on the canvas side.
    await page.locator('kg-viewer .tools').getByRole('button', { name: 'Graph as text' }).click();
    await page.evaluate(() => (document.querySelector('kg-viewer') as any).select('putin'));
    await page.locator('kg-viewer .tools').getByRole('button', { name: 'Graph as text' }).click();
    await expect.poll(() => list.locator('button[aria-current="true"]').first().textContent()).toContain('Putin');
  });

  it('lists every node with its relations in words and a quote', async () => {
    await openViewer(page, baseURL, { src: '/data/russia-iran-ai-blockchain.json', lang: 'en' });
    await page.locator('kg-viewer .tools').getByRole('button', { name: 'Graph as text' }).click();
    const nodes = await page.evaluate(() => (document.querySelector('kg-viewer') as any).knowledgeGraph.nodes.length);
    const items = page.locator('kg-viewer kg-text-view li.node');
    expect(await items.count()).toBe(nodes);
    const text = await page.locator('kg-viewer kg-text-view').evaluate((el) => el.shadowRoot?.textContent ?? '');
    expect(text).toContain('Iran — proposed creating → Joint SCO cryptocurrency');
    expect(await page.locator('kg-viewer kg-text-view q').count()).toBeGreaterThan(10);
  });

  it('announces selection changes in a live region', async () => {
    await openViewer(page, baseURL, { src: '/data/russia-iran-ai-blockchain.json', lang: 'en' });
    await page.evaluate(() => (document.querySelector('kg-viewer') as any).select('india'));
    const live = page.locator('kg-viewer .root > [aria-live="polite"]');
    await expect.poll(() => live.textContent()).toContain('Selected India');
    await page.evaluate(() => (document.querySelector('kg-viewer') as any).select(null));
    await expect.poll(() => live.textContent()).toContain('Selection cleared');
  });
});

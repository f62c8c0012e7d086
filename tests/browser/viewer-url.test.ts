/**
 * The view is a link: on the full page (index.html, sync-url) selection, language, filters and
 * path live in the hash, a link restores the view, and back/forward walk through selections.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { events, newPage, viewState, waitForEvent, useChromium, openSitePage } from './viewer-fixture';

const baseURL = inject('baseURL');
let page: Page;
const browser = useChromium((p) => (page = p));

async function openSite(hash = ''): Promise<void> {
  await openSitePage(page, baseURL, hash);
}

describe('deep links', () => {
  it('writes the view into the hash and restores it from a fresh page', async () => {
    await openSite();
    await page.locator('kg-viewer .tools').getByRole('button', { name: 'English' }).click();
    await page.evaluate(() => (document.querySelector('kg-viewer') as any).select('india'));
    await page.locator('kg-viewer kg-legend fieldset[aria-label="Node types"] label', { hasText: 'Currency' }).locator('input').uncheck();
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('hide-nodes=currency');
    const hash = await page.evaluate(() => location.hash);
    expect(hash).toContain('lang=en');
    expect(hash).toContain('node=india');

    const fresh = await newPage(browser.context);
    await fresh.goto(new URL(`/${hash}`, baseURL).href);
    await waitForEvent(fresh, 'kg-ready');
    const state = await viewState(fresh);
    expect(state.lang).toBe('en');
    expect(state.selection).toEqual({ kind: 'node', id: 'india' });
    expect(state.hidden).toEqual(['currency']);
    expect(await fresh.locator('kg-viewer kg-details h2').textContent()).toContain('India');
  });

  it('restores a path and an edge selection, and ignores ids the graph does not have', async () => {
    await openSite('#lang=en&path=india~iran');
    expect((await viewState(page)).path).toEqual({ from: 'india', to: 'iran' });
    await expect.poll(() => page.locator('kg-viewer kg-path-finder ol li').count()).toBeGreaterThan(0);
    const other = await newPage(browser.context);
    await other.goto(new URL('/#edge=ru-ir-mou&hide-nodes=ghost', baseURL).href);
    await waitForEvent(other, 'kg-ready');
    const state = await viewState(other);
    expect(state.selection).toEqual({ kind: 'edge', id: 'ru-ir-mou' });
    expect(state.hidden).toEqual([]);
    const third = await newPage(browser.context);
    await third.goto(new URL('/#node=atlantis', baseURL).href);
    await waitForEvent(third, 'kg-ready');
    expect((await viewState(third)).selection).toBeNull();
  });

  it('back and forward walk through selections', async () => {
    await openSite();
    for (const id of ['russia', 'iran', 'india']) {
      await page.evaluate((n) => (document.querySelector('kg-viewer') as any).select(n), id);
      await expect.poll(() => page.evaluate(() => location.hash)).toContain(`node=${id}`);
    }
    await page.goBack();
    await expect.poll(async () => (await viewState(page)).selection?.id).toBe('iran');
    await page.goBack();
    await expect.poll(async () => (await viewState(page)).selection?.id).toBe('russia');
    await page.goForward();
    await expect.poll(async () => (await viewState(page)).selection?.id).toBe('iran');
    const selects = await events(page, 'kg-select');
    expect(selects.length).toBeGreaterThanOrEqual(5);
  });
});

describe('several viewers on one page', () => {
  it('keep their own state and only the sync-url one touches the hash', async () => {
    await page.goto(new URL('/tests/browser/pages/viewer.html', baseURL).href);
    await page.waitForFunction(() => customElements.get('kg-viewer') !== undefined);
    await page.evaluate(() => {
      for (const id of ['one', 'two']) {
        const el = document.createElement('kg-viewer');
        el.id = id;
        el.setAttribute('src', '/data/russia-iran-ai-blockchain.json');
        el.style.height = '400px';
        document.body.append(el);
      }
    });
    await waitForEvent(page, 'kg-ready', 2);
    await page.evaluate(() => (document.getElementById('one') as any).select('iran'));
    await page.evaluate(() => (document.getElementById('two') as any).select('india'));
    const [one, two, hash] = await page.evaluate(() => [
      (document.getElementById('one') as any).viewState.selection.id,
      (document.getElementById('two') as any).viewState.selection.id,
      location.hash,
    ]);
    expect(one).toBe('iran');
    expect(two).toBe('india');
    expect(hash).toBe('');
  });
});

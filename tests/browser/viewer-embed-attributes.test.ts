/**
 * The view at start as attributes: `node` selected and framed, `view` for the rest, `controls`
 * for which parts show; and `loadText` for a graph that has no URL.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BUNDLED_GRAPH, openViewer, useChromium, viewState, waitForEvent } from './viewer-fixture';

const baseURL = inject('baseURL');
let page: Page;
useChromium((p) => (page = p));

/** Which pieces of the chrome are in the viewer's shadow root. */
const parts = (): Promise<Record<string, boolean>> =>
  page.evaluate(() => {
    const root = (document.querySelector('kg-viewer') as HTMLElement).shadowRoot!;
    const has = (q: string) => !!root.querySelector(q);
    return {
      toolbar: has('.toolbar'),
      title: has('.title'),
      search: has('kg-search'),
      language: has('.tools button[lang], .tools select'),
      path: !!root.querySelector('.tools button[aria-label="How are they connected?"]'),
      text: !!root.querySelector('.tools button[aria-label="Graph as text"]'),
      theme: !!root.querySelector('.tools button[aria-label="Dark"]'),
      share: has('.tools .share'),
      zoom: has('.zoom'),
      legend: has('.legend-box'),
    };
  });

describe('node: selected and framed at start', () => {
  it('opens with the node selected, its details open and the node in view', async () => {
    await openViewer(page, baseURL, { src: BUNDLED_GRAPH, lang: 'en', node: 'digital-ruble' });
    expect((await viewState(page)).selection).toEqual({ kind: 'node', id: 'digital-ruble' });
    await page.locator('kg-viewer kg-details h2').waitFor();
    const inView = await page.evaluate(() => {
      const el = document.querySelector('kg-viewer') as any;
      const p = el.cy.$id('digital-ruble').renderedPosition();
      const panel = el.shadowRoot.querySelector('.panel').getBoundingClientRect();
      const graph = el.shadowRoot.querySelector('.graph').getBoundingClientRect();
      // Left of the side panel, inside the canvas.
      return p.x > 20 && p.y > 20 && graph.left + p.x < panel.left && p.y < el.cy.height() - 20;
    });
    expect(inView).toBe(true);
    const select = (await waitForEvent(page, 'kg-ready')).detail;
    expect(select).toBeTruthy();
  });

  it('ignores an id the graph does not have, and selects the node set later', async () => {
    await openViewer(page, baseURL, { src: BUNDLED_GRAPH, lang: 'en', node: 'atlantis' });
    expect((await viewState(page)).selection).toBeNull();
    await page.evaluate(() => document.querySelector('kg-viewer')!.setAttribute('node', 'india'));
    await expect.poll(async () => (await viewState(page)).selection).toEqual({ kind: 'node', id: 'india' });
  });

  it('takes a relation, filters and a path from `view`', async () => {
    await openViewer(page, baseURL, { src: BUNDLED_GRAPH, lang: 'en', view: 'hide-nodes=currency&path=india~iran' });
    const state = await viewState(page);
    expect(state.hidden).toEqual(['currency']);
    expect(state.path).toEqual({ from: 'india', to: 'iran' });
  });
});

describe('controls: which parts show', () => {
  it('shows every part by default', async () => {
    await openViewer(page, baseURL, { src: BUNDLED_GRAPH, lang: 'en' });
    expect(Object.values(await parts()).every(Boolean)).toBe(true);
  });

  it('shows none for "none": a bare graph that still selects', async () => {
    await openViewer(page, baseURL, { src: BUNDLED_GRAPH, lang: 'en', controls: 'none' });
    expect(Object.values(await parts()).some(Boolean)).toBe(false);
    await page.evaluate(() => (document.querySelector('kg-viewer') as any).select('iran'));
    await page.locator('kg-viewer kg-details h2').waitFor();
  });

  it('shows only the listed parts', async () => {
    await openViewer(page, baseURL, { src: BUNDLED_GRAPH, lang: 'en', controls: 'search legend' });
    expect(await parts()).toEqual({ toolbar: true, title: false, search: true, language: false, path: false, text: false, theme: false, share: false, zoom: false, legend: true });
  });

  it('follows a change of the attribute', async () => {
    await openViewer(page, baseURL, { src: BUNDLED_GRAPH, lang: 'en', controls: 'zoom' });
    expect(await parts()).toMatchObject({ toolbar: false, zoom: true, legend: false });
    await page.evaluate(() => document.querySelector('kg-viewer')!.setAttribute('controls', 'share theme'));
    await expect.poll(parts).toMatchObject({ toolbar: true, share: true, theme: true, zoom: false, search: false });
  });
});

describe('loadText(text, name)', () => {
  it('shows a graph from text, and locates the problems of a broken one by line and column', async () => {
    await openViewer(page, baseURL, { lang: 'en' }, 'none');
    await page.evaluate(() => (document.querySelector('kg-viewer') as any).loadText('{\n  "format": "kg-graph",\n  "version": 1,\n  "nodes": [}\n', 'lesson.json'));
    const error = await waitForEvent(page, 'kg-error');
    expect((error.detail as { message: string }).message).toMatch(/^lesson\.json: /);
    expect(await page.locator('kg-viewer .message').textContent()).toMatch(/lesson\.json[\s\S]*\b4:\d+ error/);
    const text = await page.evaluate(() => fetch('/tests/fixtures/graphs/valid/small.json').then((r) => r.text()));
    await page.evaluate((t) => (document.querySelector('kg-viewer') as any).loadText(t, 'small.json'), text);
    expect((await waitForEvent(page, 'kg-ready')).detail).toMatchObject({ nodes: 3, edges: 2 });
  });
});

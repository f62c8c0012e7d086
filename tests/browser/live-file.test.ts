/**
 * Live editing of the file on disk under the dev server (HMR on, so this file starts its own
 * Vite server): saving data/*.json updates open pages in place — selection, camera and language
 * kept, no page reload — and a broken save shows its located problems over the last good graph
 * until the file is fixed. In the editor, an unchanged working copy follows the file; one with
 * unsaved changes asks first.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import { copyOfBundledGraph } from './editor-fixture';
import { newPage, useChromium } from './viewer-fixture';

const chromium = useChromium();
let server: ViteDevServer;
let base = '';
const copies: { remove(): void }[] = [];

beforeAll(async () => {
  server = await createServer({ configFile: 'vite.config.ts', logLevel: 'error', server: { host: '127.0.0.1', port: 0, strictPort: false, open: false } });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  base = `http://127.0.0.1:${address.port}`;
});

afterAll(async () => {
  await server?.close();
});

afterEach(() => {
  for (const copy of copies.splice(0)) copy.remove();
});

const viewerState = `(() => {
  const el = document.querySelector('kg-viewer');
  return { label: el.cy?.$id('iran').data('label') ?? '', selection: el.viewState?.selection?.id ?? null, lang: el.viewState?.lang, zoom: el.cy?.zoom(), pan: el.cy?.pan(), marker: window.__marker ?? null };
})()`;

/** The canvas label as words: direction isolates and line breaks removed. */
const words = (label: string): string => label.replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ');

interface ViewerState {
  label: string;
  selection: string | null;
  lang: string;
  zoom: number;
  pan: { x: number; y: number };
  marker: number | null;
}

describe('a data/ file saved in a text editor', () => {
  it('updates the open page in place, and shows a broken save’s problems over the last good graph', async () => {
    const file = copyOfBundledGraph();
    copies.push(file);
    const original = readFileSync(file.path, 'utf8');
    const page = await newPage(chromium.context);
    await page.goto(`${base}/?src=${encodeURIComponent(file.url)}#lang=en&node=iran`);
    await page.waitForFunction(() => (document.querySelector('kg-viewer') as unknown as { cy?: { nodes(): { length: number } } }).cy?.nodes().length);
    await page.waitForTimeout(800);
    await page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 1));
    const before = (await page.evaluate(viewerState)) as ViewerState;
    expect(before.selection).toBe('iran');

    writeFileSync(file.path, original.replace('"en": "Iran"', '"en": "Iran (saved on disk)"'));
    await expect.poll(async () => words(((await page.evaluate(viewerState)) as ViewerState).label), { timeout: 15_000 }).toContain('saved on disk');
    const after = (await page.evaluate(viewerState)) as ViewerState;
    // The same page (no reload), the same selection, language and camera.
    expect(after.marker).toBe(1);
    expect(after.selection).toBe('iran');
    expect(after.lang).toBe('en');
    expect(after.zoom).toBeCloseTo(before.zoom, 6);
    expect(after.pan.x).toBeCloseTo(before.pan.x, 3);

    // A broken save: its located problems over the last good graph.
    writeFileSync(file.path, original.replace('"type": "country"', '"type": "planet"'));
    const overlay = page.locator('kg-viewer .live-problems');
    await expect.poll(() => overlay.count(), { timeout: 15_000 }).toBe(1);
    expect(await overlay.textContent()).toMatch(/\d+:\d+ unknown-node-type \/nodes\/0\/type/);
    expect(words(((await page.evaluate(viewerState)) as ViewerState).label)).toContain('saved on disk');

    // Fixed: the overlay goes, the file's content shows.
    writeFileSync(file.path, original);
    await expect.poll(() => overlay.count(), { timeout: 15_000 }).toBe(0);
    await expect.poll(async () => words(((await page.evaluate(viewerState)) as ViewerState).label)).not.toContain('saved on disk');
    expect(((await page.evaluate(viewerState)) as ViewerState).marker).toBe(1);
    await page.close();
  });

  it('in the editor: a clean working copy follows the file; unsaved changes are not overwritten without asking', async () => {
    const file = copyOfBundledGraph();
    copies.push(file);
    const original = readFileSync(file.path, 'utf8');
    const page = await newPage(chromium.context);
    await page.goto(`${base}/src/pages/editor.html?src=${encodeURIComponent(file.url)}#lang=en`);
    await page.locator('kg-viewer kg-edit-toolbar button.add-node').waitFor();
    writeFileSync(file.path, original.replace('"en": "Iran"', '"en": "Iran (disk)"'));
    await expect.poll(async () => words(((await page.evaluate(viewerState)) as ViewerState).label), { timeout: 15_000 }).toContain('(disk)');
    expect(await page.locator('kg-viewer kg-edit-toolbar .mark').getAttribute('class')).not.toContain('dirty');

    // Now with an unsaved edit: the editor asks.
    await page.locator('kg-viewer kg-edit-toolbar button.add-node').click();
    await expect.poll(() => page.locator('kg-viewer kg-edit-toolbar .mark').getAttribute('class')).toContain('dirty');
    writeFileSync(file.path, original);
    const banner = page.locator('kg-viewer kg-edit-dialogs .banner');
    await expect.poll(() => banner.count(), { timeout: 15_000 }).toBe(1);
    expect(words(((await page.evaluate(viewerState)) as ViewerState).label)).toContain('(disk)');
    await banner.locator('button').first().click();
    await expect.poll(async () => words(((await page.evaluate(viewerState)) as ViewerState).label)).not.toContain('(disk)');
    expect(await page.evaluate(() => (document.querySelector('kg-viewer') as unknown as { cy: { $id(id: string): { length: number } } }).cy.$id('new-node').length)).toBe(0);
    await page.close();
  });
});

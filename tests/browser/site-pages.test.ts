/**
 * The site's pages under the dev server: the standalone embed page (options as URL
 * parameters, alone and inside an <iframe>), the full page opening another graph with `?src=`
 * (same origin, another origin with CORS, a clear error without), and a local file opened
 * with the file input or dropped on the window.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { events, useChromium, viewState, waitForEvent } from './viewer-fixture';

const baseURL = inject('baseURL');
let page: Page;
useChromium((p) => (page = p));

const at = (path: string): string => new URL(path, baseURL).href;
const counts = (path: string): { nodes: number; edges: number } => {
  const doc = JSON.parse(readFileSync(new URL(`../..${path}`, import.meta.url), 'utf8')) as { nodes: unknown[]; edges: unknown[] };
  return { nodes: doc.nodes.length, edges: doc.edges.length };
};

describe('the embed page (src/pages/embed.html)', () => {
  it('takes the options as URL parameters and fills the window', async () => {
    await page.goto(at('/src/pages/embed.html?lang=en&node=iran&controls=none&theme=dark'));
    await waitForEvent(page, 'kg-ready');
    expect(await viewState(page)).toMatchObject({ lang: 'en', selection: { kind: 'node', id: 'iran' } });
    const shape = await page.evaluate(() => {
      const el = document.querySelector('kg-viewer') as HTMLElement;
      return { height: el.getBoundingClientRect().height, window: innerHeight, toolbar: !!el.shadowRoot?.querySelector('.toolbar'), theme: el.getAttribute('theme'), pageLang: document.documentElement.lang };
    });
    expect(shape).toEqual({ height: shape.window, window: shape.window, toolbar: false, theme: 'dark', pageLang: 'en' });
  });

  it('ignores parameters that are not options', async () => {
    await page.goto(at('/src/pages/embed.html?lang=en&onclick=alert(1)&style=display:none&sync-url='));
    await waitForEvent(page, 'kg-ready');
    const attrs = await page.evaluate(() => document.querySelector('kg-viewer')!.getAttributeNames().sort());
    expect(attrs).toEqual(['lang', 'src']);
  });

  it('works inside an iframe, and the wheel over it scrolls the page around it', async () => {
    await page.goto(at('/tests/browser/pages/viewer.html'));
    await page.evaluate((src) => {
      const tall = () => Object.assign(document.createElement('div'), { textContent: 'text' });
      const above = tall();
      above.style.height = '1200px';
      const below = tall();
      below.style.height = '1200px';
      const frame = Object.assign(document.createElement('iframe'), { src, title: 'graph', width: '100%', height: '420' });
      document.body.append(above, frame, below);
    }, at('/src/pages/embed.html?lang=ar&node=russia'));
    const frame = (await (await page.locator('iframe').elementHandle())!.contentFrame())!;
    // The fixture's event recorder runs in every frame.
    await frame.waitForFunction(() => (window as any).__kgEvents?.some((e: { type: string }) => e.type === 'kg-ready'), undefined, { timeout: 30_000 });
    expect(await frame.evaluate(() => ({ sel: (document.querySelector('kg-viewer') as any).viewState.selection?.id, dir: document.documentElement.dir }))).toEqual({ sel: 'russia', dir: 'rtl' });
    await page.evaluate(() => window.scrollTo(0, 1000));
    await page.waitForTimeout(300);
    const box = (await page.locator('iframe').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height - 40);
    const before = await page.evaluate(() => window.scrollY);
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before + 100);
  });
});

describe('the full page opens another graph', () => {
  it('from ?src= on the same origin', async () => {
    await page.goto(at('/?src=/tests/fixtures/graphs/valid/small.json'));
    const ready = await waitForEvent(page, 'kg-ready');
    expect(ready.detail).toMatchObject(counts('/tests/fixtures/graphs/valid/small.json'));
  });

  it('from ?src= on another origin that allows it (CORS), and says why not when it does not', async () => {
    // A second server, so another origin for real: Chromium enforces CORS on it.
    const body = readFileSync(new URL('../fixtures/graphs/valid/small.json', import.meta.url));
    const other = createServer((request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', ...(request.url?.startsWith('/open/') ? { 'access-control-allow-origin': '*' } : {}) });
      response.end(body);
    });
    await new Promise<void>((ready) => other.listen(0, '127.0.0.1', ready));
    const origin = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
    try {
      await page.goto(at(`/?src=${encodeURIComponent(`${origin}/open/small.json`)}`));
      expect((await waitForEvent(page, 'kg-ready')).detail).toMatchObject(counts('/tests/fixtures/graphs/valid/small.json'));

      await page.goto(at(`/?src=${encodeURIComponent(`${origin}/closed/small.json`)}`));
      const error = await waitForEvent(page, 'kg-error');
      expect((error.detail as { failure?: string }).failure).toBe('network');
      const words = await page.locator('kg-viewer .message').textContent();
      expect(words).toContain(`${origin}/closed/small.json`);
      expect(words).toContain('Access-Control-Allow-Origin');
    } finally {
      other.closeAllConnections();
      await new Promise((closed) => other.close(closed));
    }
  });

  it('from a file the reader opens, through the loader', async () => {
    await page.goto(at('/'));
    await waitForEvent(page, 'kg-ready');
    const file = readFileSync(new URL('../fixtures/graphs/valid/every-field.json', import.meta.url));
    await page.locator('kg-viewer label.open-file input[type=file]').setInputFiles({ name: 'every-field.json', mimeType: 'application/json', buffer: file });
    const ready = await waitForEvent(page, 'kg-ready', 2);
    expect(ready.detail).toMatchObject(counts('/tests/fixtures/graphs/valid/every-field.json'));
    expect(await page.evaluate(() => location.search + location.hash)).toBe('');
  });

  it('from a file dropped on the window; a broken one is explained with line and column', async () => {
    await page.goto(at('/'));
    await waitForEvent(page, 'kg-ready');
    const drop = (name: string, text: string) =>
      page.evaluate(
        ([n, t]) => {
          const data = new DataTransfer();
          data.items.add(new File([t as string], n as string, { type: 'application/json' }));
          window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true }));
          const shown = !document.querySelector<HTMLElement>('.drop-zone')!.hidden;
          window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
          return shown;
        },
        [name, text],
      );
    expect(await drop('broken.json', '{\n  "format": "kg-graph",\n  "version": 1,\n}')).toBe(true);
    const error = await waitForEvent(page, 'kg-error');
    expect((error.detail as { message: string }).message).toContain('broken.json');
    expect(await page.locator('kg-viewer .message ul').first().textContent()).toMatch(/\b3:15 error json-trailing-comma/);
    expect(await page.evaluate(() => document.querySelector<HTMLElement>('.drop-zone')!.hidden)).toBe(true);

    await drop('small.json', readFileSync(new URL('../fixtures/graphs/valid/small.json', import.meta.url), 'utf8'));
    await waitForEvent(page, 'kg-ready', 2);
    expect((await events(page, 'kg-ready'))[1]?.detail).toMatchObject(counts('/tests/fixtures/graphs/valid/small.json'));
  });
});

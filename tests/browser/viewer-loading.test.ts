/**
 * Loading a graph the way real servers behave: slowly, never, wrongly, or after the reader
 * has moved on. Requests are intercepted with Playwright's routing, so no server misbehaves.
 */
import { beforeEach, describe, expect, inject, it } from 'vitest';
import type { CDPSession, Page, Route } from 'playwright-core';
import { BUNDLED_GRAPH, events, openViewer, tinyGraph, useChromium, waitForEvent } from './viewer-fixture';

const baseURL = inject('baseURL');
let page: Page;
useChromium((p) => (page = p));

const SLOW = '**/slow/graph.json';
const held: Route[] = [];

beforeEach(async () => {
  held.length = 0;
  await page.route(SLOW, (route) => void held.push(route));
});

async function shadowText(p: Page): Promise<string> {
  return p.evaluate(() => (document.querySelector('kg-viewer')?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '));
}

/** Window listeners of a type, counted by the DevTools protocol. */
async function windowListeners(cdp: CDPSession, types: readonly string[]): Promise<number> {
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'window' });
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
  return listeners.filter((l) => types.includes(l.type)).length;
}

describe('loading', () => {
  it('gives up a server that never answers, says so in words with the URL, and retries', async () => {
    await openViewer(page, baseURL, { src: '/slow/graph.json', 'load-timeout': '1' }, 'kg-error');
    const text = await shadowText(page);
    expect(text).toContain('did not send the graph file within 1 seconds');
    expect(text).toContain('/slow/graph.json');
    const error = await waitForEvent(page, 'kg-error');
    expect(error.detail).toMatchObject({ failure: 'timed-out' });
    // The second try is answered.
    await page.unroute(SLOW);
    await page.route(SLOW, (route) => route.fulfill({ path: `.${BUNDLED_GRAPH}`, contentType: 'application/json' }));
    await page.evaluate(() => (document.querySelector('kg-viewer')?.shadowRoot?.querySelector('button.retry') as HTMLButtonElement).click());
    await waitForEvent(page, 'kg-ready');
  });

  it('aborts the request when the element is removed', async () => {
    await openViewer(page, baseURL, { src: '/slow/graph.json' }, 'none');
    await expect.poll(() => held.length).toBe(1);
    const failed = page.waitForEvent('requestfailed', (r) => r.url().endsWith('/slow/graph.json'));
    await page.evaluate(() => document.querySelector('kg-viewer')?.remove());
    expect((await failed).failure()?.errorText).toMatch(/ABORTED/);
  });

  it('aborts the request when src changes, and the old response never wins', async () => {
    await openViewer(page, baseURL, { src: '/slow/graph.json' }, 'none');
    await expect.poll(() => held.length).toBe(1);
    await page.evaluate((g) => {
      (document.querySelector('kg-viewer') as HTMLElement & { graph: unknown }).graph = g;
    }, tinyGraph());
    await waitForEvent(page, 'kg-ready');
    await held[0]!.fulfill({ path: `.${BUNDLED_GRAPH}`, contentType: 'application/json' }).catch(() => undefined);
    await page.waitForTimeout(300);
    const nodes = await page.evaluate(() => document.querySelector("kg-viewer")?.knowledgeGraph?.nodes.length);
    expect(nodes).toBe(2);
    expect(await events(page, 'kg-ready')).toHaveLength(1);
  });

  it('clearing src while a fetch is in flight empties the viewer; the late response is ignored', async () => {
    await openViewer(page, baseURL, { src: '/slow/graph.json' }, 'none');
    await expect.poll(() => held.length).toBe(1);
    await page.evaluate(() => document.querySelector('kg-viewer')?.removeAttribute('src'));
    await held[0]!.fulfill({ status: 500, body: 'late' }).catch(() => undefined);
    await page.waitForTimeout(300);
    expect(await events(page, 'kg-error')).toHaveLength(0);
    expect(await shadowText(page)).not.toContain('could not');
  });

  it('a load that finishes after removal leaves no window listener behind and never writes the URL', async () => {
    const cdp = await page.context().newCDPSession(page);
    await page.goto(new URL('/tests/browser/pages/viewer.html', baseURL).href);
    await page.waitForFunction(() => customElements.get('kg-viewer') !== undefined);
    const before = await windowListeners(cdp, ['popstate', 'hashchange']);
    await page.evaluate(() => {
      const el = document.createElement('kg-viewer');
      el.setAttribute('src', '/slow/graph.json');
      el.setAttribute('sync-url', '');
      document.body.append(el);
      (window as unknown as { __detached: HTMLElement }).__detached = el;
    });
    await expect.poll(() => held.length).toBe(1);
    await page.evaluate(() => document.querySelector('kg-viewer')?.remove());
    await held[0]!.fulfill({ path: `.${BUNDLED_GRAPH}`, contentType: 'application/json' }).catch(() => undefined);
    await page.waitForTimeout(300);
    expect(await windowListeners(cdp, ['popstate', 'hashchange'])).toBe(before);
    await page.evaluate(() => (window as unknown as { __detached: HTMLElement & { select(id: string): void } }).__detached.select('iran'));
    expect(new URL(page.url()).hash).toBe('');
  });

  it.each([
    ['en', 'No graph file was found at this address'],
    ['ar', 'لم يُعثر على ملف شبكة'],
  ])('says "not found" in words (%s)', async (lang, words) => {
    await page.route('**/no/such/graph.json', (route) => route.fulfill({ status: 404, body: 'Not Found' }));
    await openViewer(page, baseURL, { src: '/no/such/graph.json', lang }, 'kg-error');
    const text = await shadowText(page);
    expect(text).toContain(words);
    expect(text).toContain('/no/such/graph.json');
    expect(text).not.toMatch(/\b404 Not Found\b/);
  });

  it('says a web page is not a graph file (a dev server answering every path with its index page)', async () => {
    await openViewer(page, baseURL, { src: '/not/a/graph.json' }, 'kg-error');
    expect(await shadowText(page)).toContain('The server sent a web page, not a graph file');
  });

  it('when the browser only says the request failed, names the likely causes and what CORS needs', async () => {
    await page.route('**/cors/graph.json', (route) => route.abort('failed'));
    await openViewer(page, baseURL, { src: '/cors/graph.json' }, 'kg-error');
    const text = await shadowText(page);
    expect(text).toContain('Access-Control-Allow-Origin');
    expect(text).not.toContain('Failed to fetch');
  });

  it('refuses a file whose Content-Length is over the limit without downloading it', async () => {
    await page.route('**/huge/graph.json', (route) =>
      route.fulfill({ status: 200, headers: { 'content-type': 'application/json', 'content-length': String(741 * 1024 * 1024) }, body: '{' }),
    );
    await openViewer(page, baseURL, { src: '/huge/graph.json' }, 'kg-error');
    expect(await shadowText(page)).toContain('too large (741 MB)');
  });
});

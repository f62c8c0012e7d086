/**
 * Hostile or broken input in real Chromium: text from the file stays text, only safe links
 * open, and a graph that cannot be shown says why inside the element and in kg-error.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { events, newPage, openViewer, openViewerWithGraph, tinyGraph, useChromium } from './viewer-fixture';

const baseURL = inject('baseURL');
let page: Page;
const browser = useChromium((p) => (page = p));

const XSS = '<img src=x onerror=alert(1)>';

describe('text from the file is always text', () => {
  it('shows an HTML-looking label, description, quote and title as characters and runs nothing', async () => {
    const graph = tinyGraph({
      nodes: [
        { id: 'a', type: 'country', label: { en: XSS, ar: XSS }, description: { en: `<script>alert(2)</script>`, ar: 'x' },
          evidence: [{ source: 's', quote: '<b onmouseover=alert(3)>q</b>' }],
          links: [{ url: 'https://example.org/', title: { en: XSS } }] },
        { id: 'b', type: 'country', label: { en: 'Beta', ar: 'بيتا' } },
      ],
    }) as Record<string, unknown>;
    graph.sources = [{ id: 's', title: { en: XSS }, text: 'before <b onmouseover=alert(3)>q</b> after' }];
    await openViewerWithGraph(page, baseURL, graph);
    await page.evaluate(() => (document.querySelector('kg-viewer') as any).select('a'));
    const details = page.locator('kg-viewer kg-details');
    await expect.poll(() => details.locator('h2').textContent()).toContain(XSS);
    expect(await details.locator('p').first().textContent()).toContain('<script>');
    expect(await details.locator('blockquote').textContent()).toContain('<b onmouseover');
    // No element was created from the data anywhere in the viewer.
    const injected = await page.evaluate(() => {
      const all: Element[] = [];
      const walk = (root: Document | ShadowRoot) => {
        root.querySelectorAll('*').forEach((el) => {
          all.push(el);
          if (el.shadowRoot) walk(el.shadowRoot);
        });
      };
      walk(document);
      return all.filter((el) => el.tagName === 'IMG' || el.tagName === 'SCRIPT' && el.textContent?.includes('alert') || el.tagName === 'B').length;
    });
    expect(injected).toBe(0);
    await details.locator('blockquote').hover();
    await details.getByRole('button', { name: 'Show in source' }).click();
    await page.locator('kg-viewer kg-source-view mark').first().hover();
    expect(await page.evaluate(() => (window as any).__alerts)).toBe(0);
    // The canvas label is the text too.
    expect(await page.evaluate(() => (document.querySelector('kg-viewer') as any).cy.$id('a').data('label'))).toContain('<img');
  });

  it('refuses javascript: links in a file (the loader) and never renders them as links', async () => {
    const graph = tinyGraph({
      nodes: [
        { id: 'a', type: 'country', label: { en: 'A', ar: 'أ' }, links: [{ url: 'java\tscript:alert(1)', title: 'bad' }] },
        { id: 'b', type: 'country', label: { en: 'B', ar: 'ب' } },
      ],
    });
    await openViewerWithGraph(page, baseURL, graph, 'kg-error');
    const err = (await events(page, 'kg-error'))[0]?.detail as { problems: { pointer: string }[] };
    expect(err.problems.some((p) => p.pointer.startsWith('/nodes/0/links/0/url'))).toBe(true);
    expect(await page.locator('kg-viewer a[href^="java"]').count()).toBe(0);
  });
});

describe('a graph that cannot be shown', () => {
  it('says what and where inside the element, and fires kg-error with the loader’s problems', async () => {
    const graph = tinyGraph({ edges: [{ id: 'ab', type: 'agreement', source: 'a', target: 'irn' }] });
    await openViewerWithGraph(page, baseURL, graph, 'kg-error');
    const alert = page.locator('kg-viewer [role=alert]');
    await expect.poll(() => alert.textContent()).toContain('/edges/0/target');
    expect(await alert.textContent()).toContain('dangling');
    const err = (await events(page, 'kg-error'))[0]?.detail as { problems: { code: string }[] };
    expect(err.problems[0]?.code).toMatch(/dangling/);
  });

  it('locates a JSON syntax error by line and column', async () => {
    await page.route('**/broken.json', (route) => route.fulfill({ body: '{\n  "format": "kg-graph",\n  "version": 1,\n}', contentType: 'application/json' }));
    await openViewer(page, baseURL, { src: '/broken.json' }, 'kg-error');
    const text = await page.locator('kg-viewer [role=alert]').textContent();
    expect(text).toMatch(/4:1|3:15/);
  });

  it('explains a missing file and an HTML page served instead of JSON', async () => {
    await openViewer(page, baseURL, { src: '/no-such-graph.json' }, 'kg-error');
    expect(await page.locator('kg-viewer [role=alert]').textContent()).toMatch(/no-such-graph\.json/);
    const page2 = await newPage(browser.context);
    await page2.route('**/page.json', (route) => route.fulfill({ body: '<!doctype html><html><body>Not found</body></html>', contentType: 'text/html' }));
    await openViewer(page2, baseURL, { src: '/page.json' }, 'kg-error');
    expect(await page2.locator('kg-viewer [role=alert]').textContent()).toMatch(/HTML/);
  });
});

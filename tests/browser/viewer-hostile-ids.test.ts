/**
 * Ids that are the names of Object.prototype members, and a page whose Object.prototype was
 * polluted before the element loaded: the graph still draws, or the element says why.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { events, openViewerWithGraph, useChromium, waitForEvent } from './viewer-fixture';

const baseURL = inject('baseURL');
let page: Page;
const { context } = useChromium((p) => (page = p));

const MEMBERS = Object.getOwnPropertyNames(Object.prototype).filter((n) => /^[A-Za-z_][A-Za-z0-9_-]*$/.test(n));

function graphWithIds(name: string): unknown {
  return {
    format: 'kg-graph',
    version: 1,
    meta: { title: { en: 'Members', [name]: name }, languages: ['en', name] },
    nodeTypes: { [name]: { label: { en: name } } },
    edgeTypes: { [name]: { label: { en: name }, directed: true } },
    statuses: { [name]: { label: { en: name } } },
    nodes: [
      { id: name, type: name, label: { en: `node ${name}` } },
      { id: `${name}-b`, type: name, label: { en: 'other' } },
    ],
    edges: [{ id: name, type: name, source: name, target: `${name}-b`, status: name }],
  };
}

describe('hostile ids', () => {
  it('lists the Object.prototype members it tries', () => {
    expect(MEMBERS).toEqual(expect.arrayContaining(['__defineGetter__', 'toString', 'constructor', 'hasOwnProperty', 'valueOf']));
  });

  it.each(MEMBERS)('draws a graph whose node, edge, type, status and language are all named %s', async (name) => {
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await openViewerWithGraph(page, baseURL, graphWithIds(name), 'kg-ready');
    const shown = await page.evaluate((n) => {
      const el = document.querySelector('kg-viewer') as HTMLElement & { cy: { nodes(): { length: number } }; select(id: string): void };
      el.select(n);
      return { nodes: el.cy.nodes().length, text: el.shadowRoot?.textContent ?? '' };
    }, name);
    expect(shown.nodes).toBe(2);
    expect(shown.text).not.toContain('undefined');
    expect(errors).toEqual([]);
  });
});

describe('a page that polluted Object.prototype first', () => {
  it('still shows the graph or fires kg-error with a message — never fails silently', async () => {
    const polluted = await context.newPage();
    await polluted.addInitScript(`
      window.__kgEvents = [];
      for (const type of ['kg-draw', 'kg-ready', 'kg-error']) document.addEventListener(type, (e) => window.__kgEvents.push({ type, detail: JSON.parse(JSON.stringify(e.detail ?? null)) }));
      Object.prototype.canvas = 'polluted';
      Object.prototype.name = 'polluted';
      Object.prototype.renderer = 'polluted';
    `);
    const unhandled: string[] = [];
    polluted.on('pageerror', (e) => unhandled.push(e.message));
    await polluted.goto(new URL('/tests/browser/pages/viewer.html', baseURL).href);
    await polluted.evaluate(() => {
      const el = document.createElement('kg-viewer');
      el.setAttribute('src', '/data/russia-iran-ai-blockchain.json');
      document.body.append(el);
    });
    await polluted.waitForFunction(() => (window as unknown as { __kgEvents: { type: string }[] }).__kgEvents.some((e) => e.type === 'kg-ready' || e.type === 'kg-error'), undefined, { timeout: 30_000 });
    const fired = (await events(polluted)).map((e) => e.type);
    if (fired.includes('kg-error')) {
      const error = await waitForEvent(polluted, 'kg-error');
      expect((error.detail as { message: string }).message.length).toBeGreaterThan(10);
      expect(await polluted.evaluate(() => document.querySelector('kg-viewer')?.shadowRoot?.querySelector('[role=alert]')?.textContent ?? '')).not.toBe('');
    } else {
      expect(fired).toContain('kg-ready');
    }
    expect(unhandled).toEqual([]);
    await polluted.close();
  });
});

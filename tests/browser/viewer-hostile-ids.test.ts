/**
 * Ids that are the names of Object.prototype members, and a page whose Object.prototype was
 * polluted before the element loaded: the graph still draws, or the element says why.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { events, useChromium, waitForEvent } from './viewer-fixture';

const baseURL = inject('baseURL');
let page: Page;
const chromium = useChromium((p) => (page = p));

const MEMBERS = Object.getOwnPropertyNames(Object.prototype).filter((n) => /^[A-Za-z_][A-Za-z0-9_-]*$/.test(n));

/** A graph whose node (or edge), types, status and second language are all named `name`. */
function graphWithIds(name: string, variant: 'node' | 'edge'): unknown {
  const nodeId = variant === 'node' ? name : 'n1';
  const edgeId = variant === 'edge' ? name : 'e1';
  // A member name is also a language tag when it is one (toString, valueOf); the loader refuses
  // the others as tags, which its own tests cover.
  const asLanguage = /^[A-Za-z]{5,8}$/.test(name);
  return {
    format: 'kg-graph',
    version: 1,
    meta: { title: { en: 'Members' }, languages: ['en', ...(asLanguage ? [name] : [])], statuses: { [name]: { label: { en: `status ${name}` } } } },
    nodeTypes: { [name]: { label: { en: `type ${name}` } } },
    edgeTypes: { [name]: { label: { en: `relation ${name}` }, directed: true } },
    nodes: [
      { id: nodeId, type: name, label: { en: `node ${name}`, ...(asLanguage ? { [name]: 'x' } : {}) } },
      { id: 'other', type: name, label: { en: 'other' } },
    ],
    edges: [{ id: edgeId, type: name, source: nodeId, target: 'other', status: name }],
  };
}

describe('hostile ids', () => {
  it('lists the Object.prototype members it tries', () => {
    expect(MEMBERS).toEqual(expect.arrayContaining(['__defineGetter__', 'toString', 'constructor', 'hasOwnProperty', 'valueOf']));
  });

  it.each(MEMBERS.flatMap((m) => [[m, 'node'], [m, 'edge']] as const))(
    'draws a graph whose %s id, types and status are named so (%s)',
    async (name, variant) => {
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()));
      // As JSON text: passing the object through Playwright would turn a "__proto__" key into a prototype.
      await page.goto(new URL('/tests/browser/pages/viewer.html', baseURL).href);
      await page.waitForFunction(() => customElements.get('kg-viewer') !== undefined);
      await page.evaluate((text) => {
        const el = document.createElement('kg-viewer') as HTMLElement & { graph: unknown };
        el.graph = JSON.parse(text);
        document.body.append(el);
      }, JSON.stringify(graphWithIds(name, variant)));
      await waitForEvent(page, 'kg-ready');
      const shown = await page.evaluate(async (n) => {
        const el = document.querySelector('kg-viewer') as HTMLElement & { cy: { nodes(): { length: number } }; select(id: string): void; updateComplete: Promise<unknown> };
        el.select(n);
        await el.updateComplete;
        const panel = el.shadowRoot?.querySelector('kg-details') as (HTMLElement & { updateComplete: Promise<unknown> }) | null;
        await panel?.updateComplete;
        const details = el.shadowRoot?.querySelector('kg-details');
        return { nodes: el.cy.nodes().length, text: `${el.shadowRoot?.textContent ?? ''} ${details?.shadowRoot?.textContent ?? ''}` };
      }, variant === 'node' ? name : name);
      expect(shown.nodes).toBe(2);
      expect(shown.text).toContain(variant === 'node' ? `node ${name}` : `status ${name}`);
      expect(shown.text).not.toContain('undefined');
      expect(errors).toEqual([]);
    },
  );
});

describe('a page that polluted Object.prototype first', () => {
  it.each([
    // Any enumerable addition: Cytoscape then registers no canvas renderer ("No such renderer").
    ['an enumerable flag', 'Object.prototype.polluted = true;'],
    // A string where Cytoscape expects its own maps: Cytoscape's module fails to evaluate.
    ['strings named like Cytoscape internals', "Object.prototype.canvas = 'polluted'; Object.prototype.name = 'polluted';"],
  ])('with %s: shows the graph or fires kg-error with a message — never fails silently', async (_what, pollution) => {
    const polluted = await chromium.context.newPage();
    await polluted.addInitScript(`
      window.__kgEvents = [];
      for (const type of ['kg-draw', 'kg-ready', 'kg-error']) document.addEventListener(type, (e) => window.__kgEvents.push({ type, detail: JSON.parse(JSON.stringify(e.detail ?? null)) }));
      ${pollution}
    `);
    const unhandled: string[] = [];
    polluted.on('pageerror', (e) => unhandled.push(e.message));
    await polluted.goto(new URL('/tests/browser/pages/viewer.html', baseURL).href);
    await polluted.waitForFunction(() => customElements.get('kg-viewer') !== undefined);
    await polluted.evaluate(() => {
      const el = document.createElement('kg-viewer');
      el.setAttribute('src', '/data/russia-iran-ai-blockchain.json');
      document.body.append(el);
    });
    await polluted.waitForFunction(() => (window as unknown as { __kgEvents: { type: string }[] }).__kgEvents.some((e) => e.type === 'kg-ready' || e.type === 'kg-error'), undefined, { timeout: 30_000 });
    const fired = (await events(polluted)).map((e) => e.type);
    if (fired.includes('kg-error')) {
      const error = await waitForEvent(polluted, 'kg-error');
      expect((error.detail as { message: string }).message).toMatch(/Object\.prototype/);
      const alert = await polluted.evaluate(() => document.querySelector('kg-viewer')?.shadowRoot?.querySelector('[role=alert]')?.textContent ?? '');
      expect(alert).toContain('Object.prototype');
    } else {
      expect(fired).toContain('kg-ready');
    }
    // Only Cytoscape's own failure while its module evaluates may surface; ours never does.
    expect(unhandled.filter((m) => !/polluted|Cannot create property/.test(m))).toEqual([]);
    await polluted.close();
  });
});

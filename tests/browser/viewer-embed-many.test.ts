/**
 * Ten viewers on one page, with different files, languages and themes, under hostile page
 * styles (`* { all: unset }`, `direction: rtl` on the body): each draws with a size, keeps
 * its own state, fires its events with its own detail, and writes right to left only in its
 * own right-to-left language. The page's <head> is left exactly as it was, and under the
 * strict Content Security Policy of SECURITY.md nothing is refused.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useChromium } from './viewer-fixture';

const baseURL = inject('baseURL');
let page: Page;
useChromium((p) => (page = p));

const FILES = [
  '/data/russia-iran-ai-blockchain.json',
  '/tests/fixtures/graphs/valid/small.json',
  '/tests/fixtures/graphs/valid/every-field.json',
  '/tests/fixtures/graphs/valid/minimal.json',
  '/tests/fixtures/graphs/valid/unknown-fields-and-odd-keys.json',
];

interface Spec {
  src: string;
  lang: string;
  theme: 'light' | 'dark';
  nodes: number;
  edges: number;
}

/** Ten viewers: every file twice, in each of its languages in turn, themes alternating. */
const SPECS: Spec[] = Array.from({ length: 10 }, (_, i) => {
  const src = FILES[i % FILES.length] as string;
  const doc = JSON.parse(readFileSync(new URL(`../..${src}`, import.meta.url), 'utf8').replace(/^\uFEFF/, '')) as { meta: { languages: string[] }; nodes: unknown[]; edges: unknown[] };
  const languages = doc.meta.languages;
  return { src, lang: languages[Math.floor(i / FILES.length) % languages.length] as string, theme: i % 2 ? 'dark' : 'light', nodes: doc.nodes.length, edges: doc.edges.length };
});

interface Recorded {
  index: number;
  type: string;
  detail: unknown;
}

/** The policy SECURITY.md promises the element works under. */
const STRICT_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; worker-src 'self'; require-trusted-types-for 'script'; trusted-types kg-viewer lit-html";

/**
 * Opens the hostile page (served with the strict policy in report-only mode, so every refusal
 * is recorded without breaking the page), remembers its <head>, mounts the ten viewers and
 * waits for every kg-ready.
 */
async function openTen(): Promise<string> {
  const url = new URL('/tests/browser/pages/hostile.html', baseURL).href;
  await page.route(url, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy-report-only': STRICT_POLICY } });
  });
  await page.addInitScript(() => {
    (window as any).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as any).__csp.push({ directive: e.violatedDirective, blocked: e.blockedURI, source: e.sourceFile, sample: e.sample }),
    );
  });
  await page.goto(url);
  await page.waitForFunction(() => customElements.get('kg-viewer') !== undefined);
  const head = await page.evaluate(() => document.head.outerHTML);
  await page.evaluate((specs) => {
    (window as any).__perViewer = [];
    specs.forEach((spec, index) => {
      const el = document.createElement('kg-viewer');
      el.setAttribute('src', spec.src);
      el.setAttribute('lang', spec.lang);
      el.setAttribute('theme', spec.theme);
      for (const type of ['kg-draw', 'kg-ready', 'kg-select', 'kg-error']) {
        el.addEventListener(type, (e) => (window as any).__perViewer.push({ index, type, detail: JSON.parse(JSON.stringify((e as CustomEvent).detail)) }));
      }
      document.body.append(el);
    });
  }, SPECS);
  await page.waitForFunction((n) => (window as any).__perViewer.filter((e: Recorded) => e.type === 'kg-ready').length >= n, SPECS.length, { timeout: 90_000 });
  return head;
}

const recorded = (): Promise<Recorded[]> => page.evaluate(() => (window as any).__perViewer as Recorded[]);

describe('ten viewers on one page under hostile styles', () => {
  it('each draws its own file, with a size, and fires kg-ready once with its own counts', async () => {
    await openTen();
    const list = await recorded();
    expect(list.filter((e) => e.type === 'kg-error')).toEqual([]);
    SPECS.forEach((spec, index) => {
      const ready = list.filter((e) => e.type === 'kg-ready' && e.index === index);
      expect(ready).toHaveLength(1);
      expect(ready[0]?.detail).toMatchObject({ nodes: spec.nodes, edges: spec.edges });
    });
    const shapes = await page.evaluate(() =>
      [...document.querySelectorAll('kg-viewer')].map((el) => {
        const graph = el.shadowRoot!.querySelector('.graph')!.getBoundingClientRect();
        const cy = (el as any).cy;
        return { width: graph.width, height: graph.height, drawn: cy.nodes().length, canvas: cy.width() * cy.height() };
      }),
    );
    shapes.forEach((shape, index) => {
      expect(shape.width, `viewer ${index} width`).toBeGreaterThan(200);
      expect(shape.height, `viewer ${index} height`).toBeGreaterThan(150);
      expect(shape.drawn).toBe(SPECS[index]?.nodes);
      expect(shape.canvas).toBeGreaterThan(0);
    });
  });

  it('writes right to left only in Arabic, whatever the page’s direction', async () => {
    await openTen();
    const dirs = await page.evaluate(() =>
      [...document.querySelectorAll('kg-viewer')].map((el) => {
        const root = el.shadowRoot!.querySelector('.root')!;
        return { lang: root.getAttribute('lang'), direction: getComputedStyle(root).direction };
      }),
    );
    dirs.forEach((d, index) => {
      expect(d.lang).toBe(SPECS[index]?.lang);
      expect(d.direction, `viewer ${index} (${d.lang})`).toBe(d.lang === 'ar' ? 'rtl' : 'ltr');
    });
    expect(new Set(dirs.map((d) => d.direction))).toEqual(new Set(['rtl', 'ltr']));
  });

  it('keeps each viewer’s state its own: a selection in one changes no other, and its event says so', async () => {
    await openTen();
    await page.evaluate(() => (document.querySelectorAll('kg-viewer')[5] as any).select('iran'));
    await page.evaluate(() => (document.querySelectorAll('kg-viewer')[2] as any).select('ai'));
    const selections = await page.evaluate(() => [...document.querySelectorAll('kg-viewer')].map((el) => (el as any).viewState.selection?.id ?? null));
    expect(selections).toEqual([null, null, 'ai', null, null, 'iran', null, null, null, null]);
    const selects = (await recorded()).filter((e) => e.type === 'kg-select');
    expect(selects).toEqual([
      { index: 5, type: 'kg-select', detail: { id: 'iran', kind: 'node' } },
      { index: 2, type: 'kg-select', detail: { id: 'ai', kind: 'node' } },
    ]);
    const themes = await page.evaluate(() => [...document.querySelectorAll('kg-viewer')].map((el) => getComputedStyle(el).getPropertyValue('--kg-background').trim()));
    expect(new Set(themes).size).toBe(2);
  });

  it('leaves the page’s <head> exactly as it was', async () => {
    const before = await openTen();
    expect(await page.evaluate(() => document.head.outerHTML)).toBe(before);
  });

  it('has nothing refused under the strict CSP, with selections and the share dialog open', async () => {
    await openTen();
    await page.evaluate(() => (document.querySelectorAll('kg-viewer')[0] as any).select('iran'));
    await page.evaluate(() => (document.querySelectorAll('kg-viewer')[1] as any).share());
    await page.locator('kg-viewer >> nth=1').locator('kg-share-dialog dialog[open]').waitFor();
    const refused = (await page.evaluate(() => (window as any).__csp)) as { directive: string; blocked: string; source: string }[];
    // The dev server's own live-reload socket is not the element's (a built page has none).
    const element = refused.filter((v) => !(v.directive === 'connect-src' && v.blocked.startsWith('ws:')));
    expect(element).toEqual([]);
  });
});

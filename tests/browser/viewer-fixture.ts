/**
 * Helpers for browser tests of <kg-viewer>: open a page, record the element's public events,
 * wait for them, and reach into shadow roots.
 */
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium, type LaunchedBrowser } from './browser';

export const BUNDLED_GRAPH = '/data/russia-iran-ai-blockchain.json';

/** Records every kg-* event that reaches the document, in order, from before any script runs. */
const RECORD_EVENTS = `
  window.__kgEvents = [];
  for (const type of ['kg-draw', 'kg-ready', 'kg-select', 'kg-error']) {
    document.addEventListener(type, (e) => window.__kgEvents.push({ type, detail: JSON.parse(JSON.stringify(e.detail ?? null)) }));
  }
  window.__alerts = 0;
  window.alert = () => { window.__alerts++; };
`;

/**
 * One Chromium for the test file (launched before, closed after), and with `onPage` a fresh
 * page before each test. Returns the context to open more pages in.
 */
export function useChromium(onPage?: (page: Page) => void): { readonly context: BrowserContext } {
  let browser: LaunchedBrowser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  if (onPage) {
    beforeEach(async () => {
      onPage(await newPage(browser!.context));
    });
  }
  return {
    get context(): BrowserContext {
      if (!browser) throw new Error('Chromium is not running yet (use the context inside a test)');
      return browser.context;
    },
  };
}

export interface RecordedEvent {
  type: string;
  detail: unknown;
}

export async function newPage(context: BrowserContext, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  await page.addInitScript(RECORD_EVENTS);
  page.on('pageerror', (err) => {
    throw err;
  });
  return page;
}

export async function events(page: Page, type?: string): Promise<RecordedEvent[]> {
  const all = (await page.evaluate('window.__kgEvents')) as RecordedEvent[];
  return type ? all.filter((e) => e.type === type) : all;
}

export async function waitForEvent(page: Page, type: string, count = 1, timeout = 30_000): Promise<RecordedEvent> {
  await page.waitForFunction(
    ([t, n]) => (window as unknown as { __kgEvents: { type: string }[] }).__kgEvents.filter((e) => e.type === t).length >= (n as number),
    [type, count] as const,
    { timeout },
  );
  const list = await events(page, type);
  return list[count - 1] as RecordedEvent;
}

/** The two screens the site is looked at on: a phone and a desktop (CSS px). */
export const PHONE = { width: 360, height: 740 } as const;
export const DESKTOP = { width: 1280, height: 800 } as const;

/** Opens the site's main page (the bundled graph) at `hash` ('' or starting with `#`); waits for kg-ready. */
export async function openSitePage(page: Page, baseURL: string, hash = ''): Promise<void> {
  await page.goto(new URL(`/${hash}`, baseURL).href);
  await waitForEvent(page, 'kg-ready');
}

/** A new page of `size` on the site's main page at `hash`, once kg-ready. */
export async function newSitePage(context: BrowserContext, baseURL: string, size: { width: number; height: number }, hash = ''): Promise<Page> {
  const page = await newPage(context, size);
  await openSitePage(page, baseURL, hash);
  return page;
}

/** Opens the test page and mounts a viewer with the given attributes; waits for kg-ready. */
export async function openViewer(
  page: Page,
  baseURL: string,
  attrs: Record<string, string> = { src: BUNDLED_GRAPH },
  waitFor: 'kg-ready' | 'kg-draw' | 'kg-error' | 'none' = 'kg-ready',
): Promise<void> {
  await page.goto(new URL('/tests/browser/pages/viewer.html', baseURL).href);
  await page.waitForFunction(() => customElements.get('kg-viewer') !== undefined);
  await page.evaluate((a) => {
    const el = document.createElement('kg-viewer');
    for (const [k, v] of Object.entries(a)) el.setAttribute(k, v);
    document.body.append(el);
  }, attrs);
  if (waitFor !== 'none') await waitForEvent(page, waitFor);
}

/** Mounts a viewer fed with a graph object through the `graph` property. */
export async function openViewerWithGraph(page: Page, baseURL: string, graph: unknown, waitFor: 'kg-ready' | 'kg-error' = 'kg-ready', attrs: Record<string, string> = {}): Promise<void> {
  await page.goto(new URL('/tests/browser/pages/viewer.html', baseURL).href);
  await page.waitForFunction(() => customElements.get('kg-viewer') !== undefined);
  await page.evaluate(
    ([g, a]) => {
      const el = document.createElement('kg-viewer') as HTMLElement & { graph: unknown };
      for (const [k, v] of Object.entries(a as Record<string, string>)) el.setAttribute(k, v);
      el.graph = g;
      document.body.append(el);
    },
    [graph, attrs] as const,
  );
  await waitForEvent(page, waitFor);
}

/** Screen position (page coordinates) of a node's centre. */
export async function nodeScreenPosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((nodeId) => {
    const el = document.querySelector('kg-viewer') as HTMLElement & { cy: { $id(id: string): { renderedPosition(): { x: number; y: number } } } };
    const stage = el.shadowRoot?.querySelector('.graph') as HTMLElement;
    const rect = stage.getBoundingClientRect();
    const p = el.cy.$id(nodeId).renderedPosition();
    return { x: rect.left + p.x, y: rect.top + p.y };
  }, id);
}

/** The viewer's current view state, as plain data. */
export async function viewState(page: Page): Promise<{ lang: string; selection: { kind: string; id: string } | null; path: unknown; hidden: string[] }> {
  return page.evaluate(() => {
    const el = document.querySelector('kg-viewer') as unknown as HTMLElement & { viewState: { lang: string; selection: unknown; path: unknown; filters: Record<string, Set<string>> } };
    const s = el.viewState;
    return {
      lang: s.lang,
      selection: s.selection as { kind: string; id: string } | null,
      path: s.path,
      hidden: Object.values(s.filters).flatMap((set) => [...set]),
    };
  });
}

/** A small valid graph for tests that need their own data. */
export function tinyGraph(overrides: { nodes?: unknown[]; edges?: unknown[]; languages?: string[] } = {}): unknown {
  return {
    format: 'kg-graph',
    version: 1,
    meta: { title: { en: 'Tiny', ar: 'صغير' }, languages: overrides.languages ?? ['en', 'ar'] },
    nodeTypes: { country: { label: { en: 'Country', ar: 'دولة' } }, technology: { label: { en: 'Technology', ar: 'تقنية' } } },
    edgeTypes: { agreement: { label: { en: 'agreement', ar: 'اتفاق' }, directed: false } },
    nodes: overrides.nodes ?? [
      { id: 'a', type: 'country', label: { en: 'Alpha', ar: 'ألفا' } },
      { id: 'b', type: 'country', label: { en: 'Beta', ar: 'بيتا' } },
    ],
    edges: overrides.edges ?? [{ id: 'ab', type: 'agreement', source: 'a', target: 'b', status: 'signed' }],
  };
}

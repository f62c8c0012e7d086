/**
 * Share the exact view: the toolbar's Share button opens an accessible modal dialog (focus
 * inside and trapped, Escape closes and returns focus, the view untouched) with the view as a
 * link, a script snippet and an iframe snippet; copy buttons use the clipboard or select the
 * text. The script snippet pasted into a blank page, the iframe snippet and the link each
 * reproduce the same view.
 */
import { createRequire } from 'node:module';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BUNDLED_GRAPH, newPage, openViewer, useChromium, viewState, waitForEvent } from './viewer-fixture';

const baseURL = inject('baseURL');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let page: Page;
const chromium = useChromium((p) => (page = p));

/** Where the snippets point under the dev server: the source entry and the embed page. */
const links = () => ({ 'script-url': new URL('/src/define.ts', baseURL).href, 'embed-url': new URL('/src/pages/embed.html', baseURL).href });

const dialog = () => page.locator('kg-viewer kg-share-dialog dialog');
const field = (id: 'link' | 'script' | 'iframe') => page.locator(`kg-viewer kg-share-dialog #${id}`);

/** Id of the focused element, looking through shadow roots, and whether it is inside the dialog. */
const focused = (): Promise<{ id: string; tag: string; inDialog: boolean }> =>
  page.evaluate(() => {
    let el: Element | null = document.activeElement;
    const path: Element[] = [];
    while (el) {
      path.push(el);
      el = el.shadowRoot?.activeElement ?? null;
    }
    const last = path[path.length - 1];
    return { id: last?.id ?? '', tag: last?.tagName ?? '', inDialog: path.some((e) => e.tagName === 'KG-SHARE-DIALOG') };
  });

async function openShare(attrs: Record<string, string>, select = 'iran'): Promise<void> {
  await openViewer(page, baseURL, { src: BUNDLED_GRAPH, ...links(), ...attrs });
  await page.evaluate((id) => (document.querySelector('kg-viewer') as any).select(id), select);
  await page.locator('kg-viewer .tools .share').click();
  await expect.poll(() => dialog().evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
}

/** A page on the test server's origin whose body is `html`, as if a teacher pasted it. */
async function pastedPage(html: string): Promise<Page> {
  const blank = await newPage(chromium.context);
  const url = new URL(`/pasted-${Math.random().toString(36).slice(2)}.html`, baseURL).href;
  await blank.route(url, (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><html><head><meta charset="utf-8"><title>pasted</title></head><body>${html}</body></html>` }));
  await blank.goto(url);
  return blank;
}

describe('the share dialog', () => {
  it('opens as a modal from the toolbar with the focus in it, and is labelled', async () => {
    await openShare({ lang: 'en' });
    expect(await dialog().getAttribute('aria-labelledby')).toBe('share-title');
    expect(await page.locator('kg-viewer kg-share-dialog #share-title').textContent()).toBe('Share this view');
    expect(await dialog().evaluate((d) => d.matches(':modal'))).toBe(true);
    expect(await focused()).toMatchObject({ id: 'link', inDialog: true });
  });

  it('keeps Tab and Shift+Tab inside, and Escape closes it, returns focus and keeps the view', async () => {
    await openShare({ lang: 'en' });
    for (let i = 0; i < 9; i++) {
      await page.keyboard.press('Tab');
      expect((await focused()).inDialog).toBe(true);
    }
    for (let i = 0; i < 9; i++) {
      await page.keyboard.press('Shift+Tab');
      expect((await focused()).inDialog).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog().evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    expect(await focused()).toMatchObject({ tag: 'BUTTON', inDialog: false });
    expect(await page.evaluate(() => (document.querySelector('kg-viewer') as any).shadowRoot.activeElement?.classList.contains('share'))).toBe(true);
    // Escape closed the dialog only: the selection is still there.
    expect((await viewState(page)).selection).toEqual({ kind: 'node', id: 'iran' });
  });

  it('has no serious accessibility violations, in English and Arabic', async () => {
    for (const lang of ['en', 'ar']) {
      await openShare({ lang });
      await page.addScriptTag({ path: axePath });
      const violations = await page.evaluate(async () => {
        const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
        return result.violations.filter((v: any) => v.impact === 'serious' || v.impact === 'critical').map((v: any) => v.id);
      });
      expect(violations).toEqual([]);
    }
  });

  it('speaks the reader’s language, right to left in Arabic, with the code left to right', async () => {
    await openShare({ lang: 'ar' });
    expect(await dialog().getAttribute('dir')).toBe('rtl');
    expect(await page.locator('kg-viewer kg-share-dialog #share-title').textContent()).toBe('شارك هذا العرض');
    for (const id of ['link', 'script', 'iframe'] as const) expect(await field(id).getAttribute('dir')).toBe('ltr');
  });

  it('writes the view into the snippets: the file’s address, the language and the node', async () => {
    await openShare({ lang: 'en', theme: 'dark', controls: 'search legend share' });
    const src = new URL(BUNDLED_GRAPH, baseURL).href;
    expect(await field('script').inputValue()).toBe(
      `<script type="module" src="${links()['script-url']}"></script>\n<kg-viewer src="${src}" lang="en" theme="dark" node="iran" controls="search legend share"></kg-viewer>`,
    );
    const iframe = await field('iframe').inputValue();
    expect(iframe).toContain(`src="${links()['embed-url']}?src=${encodeURIComponent(src)}&amp;lang=en&amp;theme=dark&amp;node=iran&amp;controls=search+legend+share"`);
    // An embedded viewer's link is the embed page with the same options.
    expect(await field('link').inputValue()).toBe(`${links()['embed-url']}?src=${encodeURIComponent(src)}&lang=en&theme=dark&node=iran&controls=search+legend+share`);
  });

  it('gives the full page (sync-url) its own address with the view in the hash', async () => {
    await openShare({ lang: 'en', 'sync-url': '' });
    const link = await field('link').inputValue();
    expect(new URL(link).hash).toBe('#lang=en&node=iran');
    expect(new URL(link).pathname).toBe('/tests/browser/pages/viewer.html');
  });

  it('copies with the clipboard, and selects the text where there is none', async () => {
    await chromium.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL).origin });
    await openShare({ lang: 'en' });
    await page.locator('kg-viewer kg-share-dialog section').filter({ has: page.locator('#script') }).getByRole('button', { name: 'Copy' }).click();
    await expect.poll(() => page.locator('kg-viewer kg-share-dialog .status').textContent()).toBe('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await field('script').inputValue());

    await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }));
    await page.locator('kg-viewer kg-share-dialog section').filter({ has: page.locator('#iframe') }).getByRole('button', { name: 'Copy' }).click();
    await expect.poll(() => page.locator('kg-viewer kg-share-dialog .status').textContent()).toBe('Selected: press Ctrl + C to copy');
    const selection = await field('iframe').evaluate((t) => {
      const area = t as HTMLTextAreaElement;
      return { start: area.selectionStart, end: area.selectionEnd, length: area.value.length };
    });
    expect(selection).toEqual({ start: 0, end: selection.length, length: selection.length });
    expect(selection.length).toBeGreaterThan(50);
  });

  it('says so when the graph came from a file and has no address', async () => {
    await openViewer(page, baseURL, { lang: 'en', ...links() }, 'none');
    const text = await page.evaluate(() => fetch('/tests/fixtures/graphs/valid/small.json').then((r) => r.text()));
    await page.evaluate((t) => (document.querySelector('kg-viewer') as any).loadText(t, 'small.json'), text);
    await waitForEvent(page, 'kg-ready');
    await page.locator('kg-viewer .tools .share').click();
    await expect.poll(() => page.locator('kg-viewer kg-share-dialog .note').textContent()).toContain('opened from a file');
    expect(await field('script').inputValue()).toMatch(/\n<kg-viewer lang="en"><\/kg-viewer>$/);
  });
});

describe('what the dialog gives reproduces the view', () => {
  it('the script snippet, pasted into a blank page, shows the same node selected in the same language', async () => {
    await openShare({ lang: 'en' }, 'india');
    const snippet = await field('script').inputValue();
    const pasted = await pastedPage(snippet);
    await waitForEvent(pasted, 'kg-ready');
    expect(await viewState(pasted)).toMatchObject({ lang: 'en', selection: { kind: 'node', id: 'india' } });
    // …and framed: the node is on screen.
    const inView = await pasted.evaluate(() => {
      const el = document.querySelector('kg-viewer') as any;
      const p = el.cy.$id('india').renderedPosition();
      return p.x > 0 && p.y > 0 && p.x < el.cy.width() && p.y < el.cy.height();
    });
    expect(inView).toBe(true);
    await pasted.close();
  });

  it('the same for Arabic with filters and a relation selected (the `view` attribute)', async () => {
    await openViewer(page, baseURL, { src: BUNDLED_GRAPH, lang: 'ar', ...links() });
    await page.evaluate(() => (document.querySelector('kg-viewer') as any).select('ru-ir-mou'));
    await page.locator('kg-viewer kg-legend').getByRole('checkbox', { name: /عملة/ }).uncheck();
    await page.locator('kg-viewer .tools .share').click();
    const snippet = await field('script').inputValue();
    expect(snippet).toContain(' view="edge=ru-ir-mou&amp;hide-nodes=currency"');
    const before = await viewState(page);
    const pasted = await pastedPage(snippet);
    await waitForEvent(pasted, 'kg-ready');
    const after = await viewState(pasted);
    expect(after.lang).toBe('ar');
    expect(after.selection).toEqual({ kind: 'edge', id: 'ru-ir-mou' });
    expect(after.hidden.sort()).toEqual(before.hidden.sort());
    await pasted.close();
  });

  it('the iframe snippet shows the same view inside a frame', async () => {
    await openShare({ lang: 'ar' }, 'putin');
    const snippet = await field('iframe').inputValue();
    const pasted = await pastedPage(snippet);
    const frame = pasted.frameLocator('iframe');
    await frame.locator('kg-viewer kg-details h2').waitFor({ timeout: 30_000 });
    const state = await pasted.frames()[1]!.evaluate(() => {
      const el = document.querySelector('kg-viewer') as any;
      return { lang: el.viewState.lang, selection: el.viewState.selection, dir: document.documentElement.dir };
    });
    expect(state).toEqual({ lang: 'ar', selection: { kind: 'node', id: 'putin' }, dir: 'rtl' });
    await pasted.close();
  });

  it('the link opens the embed page on the same view', async () => {
    await openShare({ lang: 'en' }, 'sco');
    const link = await field('link').inputValue();
    const opened = await newPage(chromium.context);
    await opened.goto(link);
    await waitForEvent(opened, 'kg-ready');
    expect(await viewState(opened)).toMatchObject({ lang: 'en', selection: { kind: 'node', id: 'sco' } });
    await opened.close();
  });
});

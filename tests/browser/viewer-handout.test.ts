/**
 * Handouts in real Chromium on the bundled graph: exportImage() of a selected neighbourhood as
 * SVG (its text read back: title, legend, every quote behind the lit elements numbered, Arabic
 * right to left) and as PNG (a picture of the right size with the text drawn below the stage),
 * the toolbar's download, and printing (the handout replaces the live view on paper).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { GraphDocument } from '../../src/format/types';
import { KnowledgeGraph } from '../../src/model/knowledge-graph';
import { neighbourhood } from '../../src/model/neighbourhood';
import { BUNDLED_GRAPH, openViewer, useChromium, waitForEvent } from './viewer-fixture';

const baseURL = inject('baseURL');
const bundled = JSON.parse(readFileSync(new URL('../../data/russia-iran-ai-blockchain.json', import.meta.url), 'utf8')) as GraphDocument;
const kg = KnowledgeGraph.from(bundled);
let page: Page;
useChromium((p) => (page = p));

/** The quotes behind a node's neighbourhood, as the file has them. */
function quotesAround(id: string): string[] {
  const hood = neighbourhood(kg, id);
  const elements = [...[...hood.nodes].map((n) => kg.node(n)!), ...[...hood.edges].map((e) => kg.edge(e)!)];
  return [...new Set(elements.flatMap((e) => (e.evidence ?? []).map((q) => q.quote)))];
}

interface SvgReading {
  type: string;
  title: string;
  /** Every <text> in order, with its direction. */
  texts: { text: string; dir: string | null; anchor: string | null }[];
  width: number;
}

/** Exports an SVG in the page and reads it back with the browser's own XML parser. */
function exportSvg(): Promise<SvgReading> {
  return page.evaluate(async () => {
    const blob: Blob = await (document.querySelector('kg-viewer') as any).exportImage({ format: 'svg' });
    const doc = new DOMParser().parseFromString(await blob.text(), 'image/svg+xml');
    if (doc.querySelector('parsererror')) throw new Error('the SVG is not well-formed');
    return {
      type: blob.type,
      title: doc.querySelector('title')?.textContent ?? '',
      texts: [...doc.querySelectorAll('text')].map((t) => ({ text: t.textContent ?? '', dir: t.getAttribute('direction'), anchor: t.getAttribute('text-anchor') })),
      width: Number(doc.documentElement.getAttribute('width')),
    };
  });
}

/** The quotes as the handout lists them: «…» wrapped over lines, joined back. */
function listedQuotes(texts: SvgReading['texts']): string {
  return texts.map((t) => t.text).join(' ').replace(/\s+/g, ' ');
}

describe('exportImage', () => {
  it('an SVG of a selected neighbourhood has the title, the legend and every quote behind it, numbered (en)', async () => {
    await openViewer(page, baseURL, { src: BUNDLED_GRAPH, lang: 'en' });
    await page.evaluate(() => (document.querySelector('kg-viewer') as any).select('iran'));
    await page.waitForFunction(() => !(document.querySelector('kg-viewer') as any).cy.animated());
    const svg = await exportSvg();
    expect(svg.type).toBe('image/svg+xml;charset=utf-8');
    expect(svg.title).toBe('Russia and Iran: cooperation in AI and blockchain');
    const words = svg.texts.map((t) => t.text);
    expect(words).toContain('Legend');
    expect(words).toContain('Node types:');
    for (const type of ['Country', 'Official', 'Organization', 'Document']) expect(words).toContain(type);
    expect(words).toContain('How firm:');
    expect(words).toContain('signed');
    expect(words).toContain('Sources and quotes');
    const quotes = quotesAround('iran');
    const all = listedQuotes(svg.texts);
    for (const q of quotes) expect(all).toContain(q.replace(/\s+/g, ' '));
    for (let n = 1; n <= quotes.length; n++) expect(words).toContain(`${n}.`);
    expect(words).not.toContain(`${quotes.length + 1}.`);
    // The badges on the picture name the same numbers.
    expect(words.filter((w) => /^\d+(, \d+)*…?$/.test(w)).length).toBeGreaterThan(5);
  });

  it('in Arabic the SVG runs right to left with Arabic headings and numbers', async () => {
    await openViewer(page, baseURL, { src: BUNDLED_GRAPH, lang: 'ar' });
    await page.evaluate(() => (document.querySelector('kg-viewer') as any).select('iran'));
    const svg = await exportSvg();
    expect(svg.title).toBe('روسيا وإيران: تعاون في الذكاء الاصطناعي والبلوكشين');
    const heading = svg.texts.find((t) => t.text === 'المصادر والاقتباسات');
    expect(heading).toMatchObject({ dir: 'rtl', anchor: 'start' });
    expect(svg.texts.find((t) => t.text === 'المفتاح')).toBeDefined();
    expect(svg.texts.find((t) => t.text === '١.')).toBeDefined();
    const all = listedQuotes(svg.texts);
    for (const q of quotesAround('iran')) expect(all).toContain(q.replace(/\s+/g, ' '));
  });

  it('a PNG is the stage at the scale asked for with the handout text below it', async () => {
    await openViewer(page, baseURL, { src: BUNDLED_GRAPH, lang: 'en' });
    await page.evaluate(() => (document.querySelector('kg-viewer') as any).select('sco'));
    const sizes = await page.evaluate(async () => {
      const el = document.querySelector('kg-viewer') as any;
      const stage = el.shadowRoot.querySelector('.graph').getBoundingClientRect();
      const measure = async (scale: number) => {
        const blob: Blob = await el.exportImage({ format: 'png', scale });
        const bitmap = await createImageBitmap(blob);
        // Share of the rows below the picture that are not plain background (the text).
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        return { type: blob.type, width: bitmap.width, height: bitmap.height, ink: ctx.getImageData(0, bitmap.height - 200 * scale, bitmap.width, 100 * scale).data.some((v, i) => i % 4 !== 3 && v < 128) };
      };
      return { stage: { width: stage.width, height: stage.height }, one: await measure(1), two: await measure(2) };
    });
    expect(sizes.one.type).toBe('image/png');
    expect(sizes.one.width).toBeGreaterThanOrEqual(Math.floor(sizes.stage.width * 0.4));
    expect(sizes.one.height).toBeGreaterThan(sizes.stage.height * 0.4 + 300);
    expect(sizes.two.width).toBe(sizes.one.width * 2);
    expect(sizes.one.ink).toBe(true);
  });

  it('refuses a format it does not make', async () => {
    await openViewer(page, baseURL, { src: BUNDLED_GRAPH, lang: 'en' });
    const message = await page.evaluate(() => (document.querySelector('kg-viewer') as any).exportImage({ format: 'gif' }).then(() => 'made', (e: Error) => e.message));
    expect(message).toMatch(/format must be 'png' or 'svg'/);
  });
});

describe('the toolbar and printing', () => {
  it('the handout control downloads a PNG and an SVG named after the graph file', async () => {
    await openViewer(page, baseURL, { src: BUNDLED_GRAPH, lang: 'en' });
    for (const format of ['png', 'svg']) {
      await page.locator('kg-viewer kg-export-menu button.toggle').click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`kg-viewer kg-export-menu button[data-format=${format}]`).click()]);
      expect(download.suggestedFilename()).toBe(`russia-iran-ai-blockchain-handout.${format}`);
    }
  });

  it('printing shows the handout (title, picture, legend, numbered quotes) instead of the live view', async () => {
    await page.goto(new URL('/#lang=en&tour=story&step=7', baseURL).href);
    await waitForEvent(page, 'kg-ready');
    // The handout chunk arrives while the browser is idle after kg-ready.
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.includes('handout/handout')), null, { timeout: 15_000 });
    await page.waitForTimeout(300);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const root = (document.querySelector('kg-viewer') as any).shadowRoot;
      const handout = root.querySelector('.print-handout');
      const visible = (el: Element | null) => !!el && getComputedStyle(el).display !== 'none';
      return {
        handoutShown: visible(handout),
        toolbarShown: visible(root.querySelector('.toolbar')),
        stageShown: visible(root.querySelector('.body')),
        title: handout.querySelector('h1')?.textContent?.trim(),
        subtitle: handout.querySelector('.subtitle')?.textContent?.trim(),
        picture: !!handout.querySelector('figure canvas'),
        legend: handout.querySelector('.legend')?.textContent ?? '',
        quotes: [...handout.querySelectorAll('.quotes li blockquote')].map((b: Element) => b.textContent),
        numbers: [...handout.querySelectorAll('.quotes li')].map((li: Element) => li.getAttribute('value')),
      };
    });
    expect(printed).toMatchObject({ handoutShown: true, toolbarShown: false, stageShown: false, picture: true, title: 'Russia and Iran: cooperation in AI and blockchain' });
    expect(printed.subtitle).toContain('Step 7 of 8');
    expect(printed.legend).toContain('Country');
    const step7 = bundled.tours![0]!.steps[6]!;
    const lit = [...step7.nodes!.map((id) => kg.node(id)!), ...step7.edges!.map((id) => kg.edge(id)!)];
    const expected = new Set(lit.flatMap((e) => (e.evidence ?? []).map((q) => `«${q.quote}»`)));
    expect(new Set(printed.quotes)).toEqual(expected);
    expect(printed.numbers).toEqual(printed.quotes.map((_, i) => String(i + 1)));
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(await page.evaluate(() => (document.querySelector('kg-viewer') as any).shadowRoot.querySelector('.print-handout').children.length)).toBe(0);
    // A real print to PDF goes through the same events.
    await page.emulateMedia({ media: 'screen' });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(10_000);
  });
});

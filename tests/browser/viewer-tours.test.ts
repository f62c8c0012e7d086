/**
 * Tours and read-along in real Chromium on the bundled graph: the tour played end to end in
 * English and Arabic (card, lit elements, framing clear of the card, keyboard both ways, the
 * event, the hash), a deep link, the element's attributes and methods, autoplay paused by the
 * reader, reduced motion, the text view's list of tours, "Show in source" from the card, and
 * read-along lighting the facts of the paragraph scrolled to, in both text directions.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { GraphDocument } from '../../src/format/types';
import { KnowledgeGraph } from '../../src/model/knowledge-graph';
import { factsIn, paragraphsOf, readAlongElements } from '../../src/view/read-along';
import { stepElements } from '../../src/view/tour';
import { BUNDLED_GRAPH, newPage, openViewer, openViewerWithGraph, tinyGraph, useChromium, waitForEvent, openSitePage } from './viewer-fixture';

const baseURL = inject('baseURL');
const bundled = JSON.parse(readFileSync(new URL('../../data/russia-iran-ai-blockchain.json', import.meta.url), 'utf8')) as GraphDocument;
const kg = KnowledgeGraph.from(bundled);
const story = bundled.tours![0]!;
const captions = (lang: 'ar' | 'en') => story.steps.map((s) => (s.caption as Record<string, string>)[lang]);
/** What step k (from 1) lights, as the file says: its nodes and edges (edges bring their ends). */
const litOf = (step: number) => {
  const set = stepElements(kg, story.steps[step - 1]!);
  return [...set.nodes, ...set.edges].sort();
};

let page: Page;
const browser = useChromium((p) => (page = p));

/** Records kg-tour-step details from before any script runs. */
const RECORD_TOUR = `window.__tourSteps = []; document.addEventListener('kg-tour-step', (e) => window.__tourSteps.push(e.detail));`;

async function openSite(hash: string, options: { reducedMotion?: boolean } = {}): Promise<void> {
  await page.addInitScript(RECORD_TOUR);
  if (options.reducedMotion) await page.emulateMedia({ reducedMotion: 'reduce' });
  await openSitePage(page, baseURL, hash);
}

interface TourView {
  counter: string | null;
  caption: string | null;
  dir: string | null;
  lit: string[];
  focusInCard: boolean;
  tour: { id: string; step: number } | null;
  hash: string;
  attributes: [string | null, string | null];
}

function tourView(): Promise<TourView> {
  return page.evaluate(() => {
    const el = document.querySelector('kg-viewer') as any;
    const card = el.shadowRoot.querySelector('kg-tour-card');
    const root = card?.shadowRoot;
    return {
      counter: root?.querySelector('.counter')?.textContent ?? null,
      caption: root?.querySelector('.caption')?.textContent?.trim() ?? null,
      dir: root?.querySelector('.card')?.getAttribute('dir') ?? null,
      lit: [...el.highlighted].sort(),
      focusInCard: el.shadowRoot.activeElement?.localName === 'kg-tour-card',
      tour: el.viewState.tour ?? null,
      hash: location.hash,
      attributes: [el.getAttribute('tour'), el.getAttribute('tour-step')],
    };
  });
}

/**
 * Lit nodes drawn outside the graph's area or under the card or the open legend, once the camera
 * has stopped: the step must be framed in the free part of the stage.
 */
async function notFramed(ids: readonly string[]): Promise<string[]> {
  await page.waitForFunction(() => !(document.querySelector('kg-viewer') as any).cy.animated());
  return page.evaluate((nodeIds) => {
    const el = document.querySelector('kg-viewer') as any;
    const stage = el.shadowRoot.querySelector('.graph').getBoundingClientRect();
    const covers = ['kg-tour-card', '.legend-box'].map((q) => el.shadowRoot.querySelector(q)?.getBoundingClientRect()).filter(Boolean);
    return nodeIds.filter((id: string) => {
      const bb = el.cy.$id(id).renderedBoundingBox({ includeLabels: false });
      const r = { left: stage.left + bb.x1, right: stage.left + bb.x2, top: stage.top + bb.y1, bottom: stage.top + bb.y2 };
      const inside = r.left >= stage.left && r.right <= stage.right && r.top >= stage.top && r.bottom <= stage.bottom;
      const covered = covers.some((c: DOMRect) => r.left < c.right && r.right > c.left && r.top < c.bottom && r.bottom > c.top);
      return !inside || covered;
    });
  }, ids.filter((id) => kg.node(id)));
}

const tourSteps = () => page.evaluate(() => (window as any).__tourSteps as { tour: string | null; step: number; of: number }[]);

describe('playing the bundled tour', () => {
  it('in English: the card, lit elements, framing, → and ←, the event and the hash, Escape leaves', async () => {
    await openSite('#lang=en');
    const control = page.locator('kg-viewer kg-tour-menu button');
    await control.click();
    let view = await tourView();
    expect(view.counter).toBe('Step 1 of 8');
    expect(view.caption).toBe(captions('en')[0]);
    expect(view.dir).toBe('ltr');
    expect(view.lit).toEqual(litOf(1));
    await expect.poll(async () => (await tourView()).focusInCard).toBe(true);
    expect(await notFramed(litOf(1))).toEqual([]);
    for (let step = 2; step <= 8; step++) {
      await page.keyboard.press('ArrowRight');
      await expect.poll(async () => (await tourView()).counter).toBe(`Step ${step} of 8`);
      view = await tourView();
      expect(view.caption).toBe(captions('en')[step - 1]);
      expect(view.lit).toEqual(litOf(step));
      expect(view.hash).toContain(`tour=story&step=${step}`);
      expect(view.attributes).toEqual(['story', String(step)]);
      expect(await notFramed(litOf(step))).toEqual([]);
    }
    // The last step: → stays, the button says Finish.
    await page.keyboard.press('ArrowRight');
    expect((await tourView()).tour).toEqual({ id: 'story', step: 8 });
    expect(await page.locator('kg-viewer kg-tour-card button.next').textContent()).toContain('Finish');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await tourView()).tour?.step).toBe(7);
    expect((await tourSteps()).map((d) => d.step)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 7]);
    expect((await tourSteps()).every((d) => d.tour === 'story' && d.of === 8)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('kg-viewer kg-tour-card').count()).toBe(0);
    view = await tourView();
    expect(view.tour).toBeNull();
    expect(view.lit).toEqual([]);
    expect(view.hash).not.toContain('tour=');
    expect(view.attributes).toEqual([null, null]);
    expect((await tourSteps()).at(-1)).toEqual({ tour: null, step: 0, of: 0 });
    // Focus goes back to the control that started it.
    expect(await page.evaluate(() => (document.querySelector('kg-viewer') as any).shadowRoot.activeElement?.localName)).toBe('kg-tour-menu');
  });

  it('in Arabic: right to left, ← is next and → previous, Arabic captions and digits', async () => {
    await openSite('');
    const control = page.locator('kg-viewer kg-tour-menu button');
    await control.focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await tourView()).focusInCard).toBe(true);
    let view = await tourView();
    expect(view.dir).toBe('rtl');
    expect(view.counter).toBe('الخطوة ١ من ٨');
    expect(view.caption).toBe(captions('ar')[0]);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await tourView()).counter).toBe('الخطوة ٢ من ٨');
    view = await tourView();
    expect(view.caption).toBe(captions('ar')[1]);
    expect(view.lit).toEqual(litOf(2));
    expect(await notFramed(litOf(2))).toEqual([]);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await tourView()).tour?.step).toBe(4);
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await tourView()).tour?.step).toBe(3);
    // The card's buttons: "التالي" (next) and the arrows pointing the reading way.
    const next = page.locator('kg-viewer kg-tour-card button.next');
    expect(await next.textContent()).toContain('التالي');
    expect(await next.textContent()).toContain('←');
    await next.click();
    await expect.poll(async () => (await tourView()).tour?.step).toBe(4);
    await page.locator('kg-viewer kg-tour-card button.exit').click();
    await expect.poll(async () => (await tourView()).tour).toBeNull();
  });

  it('opens at a deep link (#tour=story&step=3) without taking the keyboard focus', async () => {
    await openSite('#tour=story&step=3');
    await expect.poll(async () => (await tourView()).counter).toBe('الخطوة ٣ من ٨');
    const view = await tourView();
    expect(view.lit).toEqual(litOf(3));
    expect(view.focusInCard).toBe(false);
    expect(await notFramed(litOf(3))).toEqual([]);
    expect(await tourSteps()).toEqual([{ tour: 'story', step: 3, of: 8 }]);
    // A link to a step past the end opens the last one; an unknown tour opens none.
    const other = await newPage(browser.context);
    await other.goto(new URL('/#lang=en&tour=story&step=99', baseURL).href);
    await waitForEvent(other, 'kg-ready');
    expect(await other.evaluate(() => (document.querySelector('kg-viewer') as any).viewState.tour)).toEqual({ id: 'story', step: 8 });
    const third = await newPage(browser.context);
    await third.goto(new URL('/#tour=atlantis', baseURL).href);
    await waitForEvent(third, 'kg-ready');
    expect(await third.evaluate(() => (document.querySelector('kg-viewer') as any).viewState.tour)).toBeNull();
  });

  it('starts where tour and tour-step say, follows them, and answers startTour() and stopTour()', async () => {
    await page.addInitScript(RECORD_TOUR);
    await openViewer(page, baseURL, { src: BUNDLED_GRAPH, lang: 'en', tour: 'story', 'tour-step': '5' });
    await expect.poll(async () => (await tourView()).tour).toEqual({ id: 'story', step: 5 });
    expect((await tourView()).lit).toEqual(litOf(5));
    await page.evaluate(() => document.querySelector('kg-viewer')!.setAttribute('tour-step', '6'));
    await expect.poll(async () => (await tourView()).counter).toBe('Step 6 of 8');
    await page.evaluate(() => (document.querySelector('kg-viewer') as any).startTour('story', 2));
    await expect.poll(async () => (await tourView()).counter).toBe('Step 2 of 8');
    await expect.poll(async () => (await tourView()).focusInCard).toBe(true);
    expect((await tourView()).attributes).toEqual(['story', '2']);
    await page.evaluate(() => (document.querySelector('kg-viewer') as any).stopTour());
    await expect.poll(async () => (await tourView()).tour).toBeNull();
    expect((await tourSteps()).map((d) => `${d.tour}:${d.step}/${d.of}`)).toEqual(['story:5/8', 'story:6/8', 'story:2/8', 'null:0/0']);
    // No hash on a page that did not opt in.
    expect(await page.evaluate(() => location.hash)).toBe('');
  });

  it('autoplays for a kiosk, pauses on a click or the wheel with a visible paused state, and resumes', async () => {
    await page.addInitScript(RECORD_TOUR);
    await openViewer(page, baseURL, { src: BUNDLED_GRAPH, lang: 'en', autoplay: '2' });
    await expect.poll(async () => (await tourView()).tour).toEqual({ id: 'story', step: 1 });
    expect(await page.locator('kg-viewer kg-tour-card .autoplay').textContent()).toContain('Playing by itself');
    await expect.poll(async () => (await tourView()).tour?.step, { timeout: 6000 }).toBe(2);
    const stage = await page.locator('kg-viewer .graph').boundingBox();
    await page.mouse.click(stage!.x + stage!.width / 2, stage!.y + 6);
    const status = page.locator('kg-viewer kg-tour-card .autoplay');
    await expect.poll(() => status.textContent()).toContain('Paused');
    expect(await status.isVisible()).toBe(true);
    const pausedAt = (await tourView()).tour?.step;
    await page.waitForTimeout(3000);
    expect((await tourView()).tour?.step).toBe(pausedAt);
    await page.locator('kg-viewer kg-tour-card button.resume').click();
    await expect.poll(() => status.textContent()).toContain('Playing by itself');
    await expect.poll(async () => (await tourView()).tour?.step, { timeout: 6000 }).toBe((pausedAt ?? 0) + 1);
    await page.mouse.move(stage!.x + stage!.width / 2, stage!.y + stage!.height / 2);
    await page.mouse.wheel(0, 120);
    await expect.poll(() => status.textContent()).toContain('Paused');
    // Autoplay never moved keyboard focus into the card.
    expect((await tourView()).focusInCard).toBe(false);
  });

  it('frames each step at once under prefers-reduced-motion, and glides otherwise', async () => {
    await openSite('#lang=en&tour=story&step=1', { reducedMotion: true });
    await page.waitForFunction(() => !(document.querySelector('kg-viewer') as any).cy.animated());
    const before = await page.evaluate(() => (document.querySelector('kg-viewer') as any).cy.pan());
    await page.locator('kg-viewer kg-tour-card button.next').click();
    await page.waitForFunction(() => (window as any).__tourSteps.length >= 2);
    const after = await page.evaluate(async () => {
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      const cy = (document.querySelector('kg-viewer') as any).cy;
      return { animated: cy.animated(), pan: cy.pan() };
    });
    expect(after.animated).toBe(false);
    expect(after.pan).not.toEqual(before);
    expect(await notFramed(litOf(2))).toEqual([]);

    const moving = await newPage(browser.context);
    page = moving;
    await openSite('#lang=en&tour=story&step=1');
    await page.waitForFunction(() => !(document.querySelector('kg-viewer') as any).cy.animated());
    await page.locator('kg-viewer kg-tour-card button.next').click();
    await page.waitForFunction(() => (document.querySelector('kg-viewer') as any).cy.animated(), null, { timeout: 2000, polling: 'raf' });
  });

  it('the text view lists the tours and their steps; a step plays the tour from there', async () => {
    await openSite('#lang=en');
    await page.locator('kg-viewer .tools').getByRole('button', { name: 'Graph as text' }).click();
    const steps = page.locator('kg-viewer kg-text-view .tours ol li button');
    await expect.poll(() => steps.count()).toBe(8);
    expect(await steps.nth(3).textContent()).toContain(captions('en')[3]);
    await steps.nth(3).click();
    await expect.poll(async () => (await tourView()).tour).toEqual({ id: 'story', step: 4 });
    expect(await steps.nth(3).getAttribute('aria-current')).toBe('step');
  });

  it("shows the quotes behind a step and opens the article at one", async () => {
    await openSite('#lang=en&tour=story&step=7');
    const quote = page.locator('kg-viewer kg-tour-card blockquote').first();
    const text = (await quote.textContent())?.trim() ?? '';
    expect(bundled.sources![0]!.text).toContain(text);
    const step7Quotes = story.steps[6]!.edges!.flatMap((id) => kg.edge(id)!.evidence!.map((e) => e.quote));
    expect(step7Quotes).toContain(text);
    await page.locator('kg-viewer kg-tour-card .quote button').first().click();
    const mark = page.locator('kg-viewer kg-source-view mark.focus');
    await expect.poll(() => mark.count()).toBeGreaterThan(0);
    expect((await mark.allTextContents()).join('')).toBe(text);
    // The tour goes on beside the article.
    expect((await tourView()).tour).toEqual({ id: 'story', step: 7 });
  });
});

describe('several tours', () => {
  it('the control becomes a list of the tours; choosing one plays it, Escape closes the list', async () => {
    const graph = {
      ...(tinyGraph() as object),
      tours: [
        { id: 'first', title: { en: 'First walk', ar: 'الجولة الأولى' }, steps: [{ caption: { en: 'Alpha.', ar: 'ألفا.' }, nodes: ['a'] }] },
        { id: 'second', title: { en: 'Second walk', ar: 'الجولة الثانية' }, steps: [{ caption: { en: 'The agreement.', ar: 'الاتفاق.' }, edges: ['ab'] }, { caption: { en: 'Beta.', ar: 'بيتا.' }, nodes: ['b'] }] },
      ],
    };
    await openViewerWithGraph(page, baseURL, graph, 'kg-ready', { lang: 'en' });
    const toggle = page.locator('kg-viewer kg-tour-menu button.toggle');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    const items = page.locator('kg-viewer kg-tour-menu li button');
    expect(await items.allTextContents()).toEqual(['First walk', 'Second walk']);
    await page.keyboard.press('Escape');
    await expect.poll(() => items.count()).toBe(0);
    await toggle.click();
    await items.nth(1).click();
    await expect.poll(async () => (await tourView()).tour).toEqual({ id: 'second', step: 1 });
    expect((await tourView()).lit).toEqual(['a', 'ab', 'b']);
    expect((await tourView()).counter).toBe('Step 1 of 2');
    await toggle.click();
    expect(await items.last().textContent()).toBe('Stop the tour');
    await items.last().click();
    await expect.poll(async () => (await tourView()).tour).toBeNull();
  });
});

describe('read-along', () => {
  const text = bundled.sources![0]!.text!;
  const paragraphs = paragraphsOf(text);
  const withFacts = paragraphs.map((p) => {
    const f = factsIn(kg, 'article', p);
    return f.nodes.length + f.edges.length > 0;
  });

  /** Scrolls paragraph `index` to the middle of the panel; returns the paragraph that is most on screen among those with facts. */
  async function scrollTo(index: number): Promise<number> {
    return page.evaluate(
      async ([i, facts]) => {
        const view = (document.querySelector('kg-viewer') as any).shadowRoot.querySelector('kg-source-view');
        const paras = [...view.shadowRoot.querySelectorAll('.para')] as HTMLElement[];
        paras[i as number]!.scrollIntoView({ block: 'center' });
        await new Promise((r) => setTimeout(r, 400));
        const panel = (document.querySelector('kg-viewer') as any).shadowRoot.querySelector('.panel').getBoundingClientRect();
        let best = -1;
        let bestHeight = 0;
        paras.forEach((p, k) => {
          const r = p.getBoundingClientRect();
          const h = Math.max(0, Math.min(r.bottom, panel.bottom) - Math.max(r.top, panel.top));
          if ((facts as boolean[])[k] && h > bestHeight) {
            best = k;
            bestHeight = h;
          }
        });
        return best;
      },
      [index, withFacts] as const,
    );
  }

  for (const lang of ['en', 'ar'] as const) {
    it(`lights the facts of the paragraph scrolled to, and says what lit up (${lang})`, async () => {
      await openSite(`#lang=${lang}&edge=ru-ir-mou`);
      await page.locator('kg-viewer kg-details .cite button').first().click();
      await page.locator('kg-viewer kg-source-view input[role=switch]').check();
      expect(await page.locator('kg-viewer kg-source-view .text').getAttribute('dir')).toBe('rtl');
      for (const target of [paragraphs.length - 3, 9]) {
        const reading = await scrollTo(target);
        expect(reading).toBeGreaterThanOrEqual(0);
        const range = paragraphs[reading]!;
        await expect
          .poll(() => page.evaluate(() => (document.querySelector('kg-viewer') as any).viewState.readAlong?.paragraph))
          .toEqual({ start: range.start, end: range.end });
        const lit = readAlongElements(kg, 'article', range);
        await expect.poll(async () => (await tourView()).lit).toEqual([...lit.nodes, ...lit.edges].sort());
        expect(await page.locator('kg-viewer kg-source-view .para.reading').textContent()).toBe(text.slice(range.start, range.end));
        await expect.poll(() => page.evaluate(() => (document.querySelector('kg-viewer') as any).shadowRoot.querySelector('.root > [aria-live]').textContent)).toMatch(
          lang === 'en' ? /^Lit/ : /^أُضيئت/,
        );
        const facts = factsIn(kg, 'article', range);
        const listed = await page.locator('kg-viewer kg-source-view .reading-facts li').count();
        expect(listed).toBe(facts.nodes.length + facts.edges.length);
      }
      // Off: nothing read along stays lit but the selection's neighbourhood.
      await page.locator('kg-viewer kg-source-view input[role=switch]').uncheck();
      await expect.poll(() => page.evaluate(() => (document.querySelector('kg-viewer') as any).viewState.readAlong)).toBeNull();
    });
  }
});

describe('accessibility of the tour card and read-along', () => {
  const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  async function seriousViolations(): Promise<{ id: string; help: string }[]> {
    await page.addScriptTag({ path: axePath });
    const violations = (await page.evaluate(async () => {
      const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v: any) => ({ id: v.id, impact: v.impact, help: v.help }));
    })) as { id: string; impact: string; help: string }[];
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  }

  for (const lang of ['ar', 'en'] as const) {
    it(`axe-core finds no serious or critical violations with a tour playing and reading along (${lang})`, async () => {
      await openSite(`#lang=${lang}&tour=story&step=2`);
      await page.locator('kg-viewer kg-tour-card details summary').click();
      expect(await seriousViolations()).toEqual([]);
      await page.locator('kg-viewer kg-tour-card .quote button').first().click();
      await page.locator('kg-viewer kg-source-view input[role=switch]').check();
      await expect.poll(() => page.locator('kg-viewer kg-source-view .para.reading').count()).toBe(1);
      expect(await seriousViolations()).toEqual([]);
    });
  }
});

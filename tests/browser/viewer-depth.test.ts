/**
 * "One more step" on the bundled graph with Russia selected: the details panel's control widens
 * the spotlight to the neighbours' neighbours and back; the URL hash carries it (the browser's
 * back undoes it), and the text view lists what is lit.
 */
import { describe, expect, inject, it } from 'vitest';
import { DESKTOP, newSitePage, useChromium } from './viewer-fixture';
import { freeRect, litIds, outsideRect, overlapsIn, settledScene } from './label-boxes';

const baseURL = inject('baseURL');
const browser = useChromium();


describe('one more step', () => {
  for (const lang of ['ar', 'en'] as const) {
    it(`widens the spotlight to the neighbours’ neighbours and back; the URL and the text view follow (${lang})`, async () => {
      const page = await newSitePage(browser.context, baseURL, DESKTOP, `#lang=${lang}&node=russia`);
      const details = page.locator('kg-viewer kg-details');
      await details.locator('h2').waitFor();
      expect(await litIds(page)).not.toContain('ai');
      const strings = lang === 'en' ? { more: 'One more step', back: 'Back to one step', text: 'Graph as text' } : { more: 'خطوة أخرى', back: 'العودة إلى خطوة واحدة', text: 'الشبكة نصًا' };
      await details.getByRole('button', { name: strings.more }).click();
      // Artificial intelligence is two steps from Russia (through the memorandum).
      await expect.poll(() => litIds(page)).toContain('ai');
      await expect.poll(() => page.evaluate(() => location.hash)).toContain('depth=2');
      expect(await page.evaluate(() => (document.querySelector('kg-viewer') as any).viewState.depth)).toBe(2);
      // The browser's back undoes the step (Russia stays selected), forward does it again.
      await page.goBack();
      await expect.poll(() => litIds(page)).not.toContain('ai');
      expect(await litIds(page)).toContain('russia');
      expect(await page.evaluate(() => location.hash)).not.toContain('depth=');
      await page.goForward();
      await expect.poll(() => litIds(page)).toContain('ai');
      // Names still fit around the wider spotlight.
      expect(overlapsIn(await settledScene(page))).toEqual([]);

      // The text view says what is lit, two steps out.
      await page.locator('kg-viewer .tools').getByRole('button', { name: strings.text }).click();
      const textView = page.locator('kg-viewer kg-text-view');
      await expect.poll(() => textView.locator('.spotlight p').textContent()).toMatch(lang === 'en' ? /within 2 steps/ : /خطوتين/);
      expect(await textView.locator('.spotlight [data-lit="ai"]').count()).toBe(1);

      // Back to the details and one step.
      await page.locator('kg-viewer .tools').getByRole('button', { name: strings.text }).click();
      await details.getByRole('button', { name: strings.back }).click();
      await expect.poll(() => litIds(page)).not.toContain('ai');
      await expect.poll(() => page.evaluate(() => location.hash)).not.toContain('depth=');
    });
  }

  for (const lang of ['ar', 'en'] as const) {
    it(`frames the wider spotlight clear of the side panel and the open legend (${lang})`, async () => {
      const page = await newSitePage(browser.context, baseURL, DESKTOP, `#lang=${lang}&node=russia`);
      await page.locator('kg-viewer kg-details h2').waitFor();
      await page.locator('kg-viewer kg-details').getByRole('button', { name: lang === 'en' ? 'One more step' : 'خطوة أخرى' }).click();
      await expect.poll(() => litIds(page)).toContain('ai');
      await settledScene(page);
      const free = await freeRect(page);
      // Both the panel and the legend take a side (so the test can fail).
      expect(free.x1).toBeGreaterThan(100);
      expect(free.x2 - free.x1).toBeLessThan(DESKTOP.width - 500);
      const outside = await outsideRect(page, free, await litIds(page));
      expect(outside).toEqual([]);
    });
  }

  it('opens two steps wide from a shared link', async () => {
    const page = await newSitePage(browser.context, baseURL, DESKTOP, '#lang=en&node=russia&depth=2');
    await page.locator('kg-viewer kg-details h2').waitFor();
    expect(await litIds(page)).toContain('ai');
    expect(await page.locator('kg-viewer kg-details').getByRole('button', { name: 'Back to one step' }).count()).toBe(1);
  });
});

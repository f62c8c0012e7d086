/**
 * From a 360 px phone to a wide desktop: nothing overflows, and the panel is a side panel on
 * wide screens and a bottom sheet on narrow ones. Screenshots go to a temp folder to look at.
 */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { newPage, waitForEvent, useChromium } from './viewer-fixture';

const baseURL = inject('baseURL');
const SHOTS = join(tmpdir(), 'kg-viewer-shots');
const browser = useChromium();
beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

const SIZES = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

describe('layout at phone and desktop widths', () => {
  for (const size of SIZES) {
    for (const lang of ['ar', 'en'] as const) {
      it(`${size.name} (${size.width}px), ${lang}: nothing overflows and the panel is ${size.width < 700 ? 'a bottom sheet' : 'a side panel'}`, async () => {
        const page = await newPage(browser.context, { width: size.width, height: size.height });
        await page.goto(new URL(`/#lang=${lang}&node=iran`, baseURL).href);
        await waitForEvent(page, 'kg-ready');
        await page.locator('kg-viewer kg-details h2').waitFor();
        const layout = await page.evaluate(() => {
          const el = document.querySelector('kg-viewer') as HTMLElement;
          const root = el.shadowRoot as ShadowRoot;
          const overflowing: string[] = [];
          const walk = (r: ShadowRoot) => {
            r.querySelectorAll('*').forEach((node) => {
              const box = node.getBoundingClientRect();
              if (box.width > 0 && (box.right > window.innerWidth + 1 || box.left < -1)) overflowing.push(`${node.tagName}.${node.className}`);
              if (node.shadowRoot) walk(node.shadowRoot);
            });
          };
          walk(root);
          const panel = root.querySelector('.panel') as HTMLElement;
          const stage = root.querySelector('.stage') as HTMLElement;
          const p = panel.getBoundingClientRect();
          const s = stage.getBoundingClientRect();
          return {
            overflowing,
            scrollWidth: document.documentElement.scrollWidth,
            panel: { left: p.left, right: p.right, top: p.top, bottom: p.bottom, width: p.width },
            stage: { left: s.left, right: s.right, top: s.top, bottom: s.bottom },
          };
        });
        await page.screenshot({ path: join(SHOTS, `${size.name}-${lang}.png`) });
        expect(layout.overflowing).toEqual([]);
        expect(layout.scrollWidth).toBeLessThanOrEqual(size.width);
        if (size.width < 700) {
          // Bottom sheet: full width, at the bottom, over the lower part of the stage.
          expect(layout.panel.width).toBeGreaterThan(size.width - 2);
          expect(layout.panel.bottom).toBeCloseTo(size.height, 0);
          expect(layout.panel.top).toBeGreaterThan(layout.stage.top);
        } else {
          // A side panel over the stage's inline end (right in English, left in Arabic), full
          // height, at most 42 % of the width; the canvas keeps its size.
          expect(layout.panel.top).toBeCloseTo(layout.stage.top, 0);
          expect(layout.panel.bottom).toBeCloseTo(layout.stage.bottom, 0);
          expect(layout.panel.width).toBeLessThanOrEqual(size.width * 0.42 + 1);
          if (lang === 'en') expect(layout.panel.right).toBeCloseTo(layout.stage.right, 0);
          else expect(layout.panel.left).toBeCloseTo(layout.stage.left, 0);
        }
      });
    }
  }
});

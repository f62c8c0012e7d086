/**
 * The renderer behind its interface, on tests/browser/pages/renderer.html: three pinned nodes
 * (a–b linked, c alone) drawn by createRenderer() into the element's three layers.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type LaunchedBrowser } from './browser';

let browser: LaunchedBrowser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

async function openRendererPage(): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(new URL('tests/browser/pages/renderer.html', inject('baseURL')).href);
  await page.waitForFunction(() => window.rendererPage !== undefined, undefined, { timeout: 30_000 });
  return page;
}

type Rgba = number[];

const rgb = (hex: string): Rgba => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
/** `color` seen through a veil of `veil` at `opacity`. */
const veiled = (color: string, veil: string, opacity: number): Rgba =>
  rgb(color).map((c, i) => Math.round(c * (1 - opacity) + rgb(veil)[i]! * opacity));
/** Largest difference of the red, green and blue channels. */
const distance = (a: Rgba, b: Rgba): number => Math.max(...[0, 1, 2].map((i) => Math.abs(a[i]! - b[i]!)));

describe('exportPng', () => {
  it('is what the reader sees: the main canvas, the veil and the spotlight composited', async () => {
    const page = await openRendererPage();
    const result = await page.evaluate(async () => {
      const p = window.rendererPage!;
      p.select('a');
      const cy = p.renderer.cy!;
      const points = ['a', 'b', 'c'].map((id) => cy.getElementById(id).renderedPosition());
      points.push({ x: 8, y: 8 });
      const viewport = { zoom: cy.zoom(), pan: { ...cy.pan() } };
      const png = await p.renderer.exportPng();
      const bitmap = await createImageBitmap(png);
      return {
        type: png.type,
        size: [bitmap.width, bitmap.height],
        canvas: [cy.width(), cy.height()],
        points,
        exported: await p.sample(png, points),
        viewportKept: cy.zoom() === viewport.zoom && cy.pan().x === viewport.pan.x && cy.pan().y === viewport.pan.y,
        colors: p.colors,
        background: p.background,
        fade: p.fade,
      };
    });
    expect(result.type).toBe('image/png');
    expect(result.size).toEqual(result.canvas);
    expect(result.viewportKept).toBe(true);
    const [a, b, c, corner] = result.exported as [Rgba, Rgba, Rgba, Rgba];
    // Lit nodes keep their colour, the rest shows through the veil, the background is the theme's.
    expect(distance(a, rgb(result.colors.a!))).toBeLessThanOrEqual(12);
    expect(distance(b, rgb(result.colors.b!))).toBeLessThanOrEqual(12);
    expect(distance(c, veiled(result.colors.c!, result.background, result.fade))).toBeLessThanOrEqual(12);
    expect(distance(c, rgb(result.colors.c!))).toBeGreaterThan(60);
    expect(distance(corner, rgb(result.background))).toBeLessThanOrEqual(2);
    expect(corner[3]).toBe(255);

    // The same pixels on screen.
    const shot = (await page.locator('#stage').screenshot()).toString('base64');
    const onScreen = await page.evaluate(
      async ([data, points]) => {
        const bytes = Uint8Array.from(atob(data), (ch) => ch.charCodeAt(0));
        return window.rendererPage!.sample(new Blob([bytes], { type: 'image/png' }), points);
      },
      [shot, result.points] as const,
    );
    onScreen.forEach((pixel, i) => expect(distance(pixel, result.exported[i]!), `point ${i}`).toBeLessThanOrEqual(12));
    await page.close();
  });

  it('scales, and takes the whole graph when asked', async () => {
    const page = await openRendererPage();
    const result = await page.evaluate(async () => {
      const p = window.rendererPage!;
      const cy = p.renderer.cy!;
      const scaled = await createImageBitmap(await p.renderer.exportPng({ scale: 2 }));
      // Zoomed in on b, the view shows a part of the graph; the full picture still holds it all.
      cy.viewport({ zoom: 3, pan: { x: cy.width() / 2, y: cy.height() / 2 } });
      p.select('c');
      const full = await p.renderer.exportPng({ full: true });
      const bitmap = await createImageBitmap(full);
      const bb = cy.elements().boundingBox();
      const at = (id: string) => {
        const q = cy.getElementById(id).position();
        return { x: q.x - bb.x1, y: q.y - bb.y1 };
      };
      return {
        scaled: [scaled.width, scaled.height],
        canvas: [cy.width(), cy.height()],
        full: [bitmap.width, bitmap.height],
        box: [Math.ceil(bb.w), Math.ceil(bb.h)],
        exported: await p.sample(full, [at('a'), at('c')]),
        colors: p.colors,
        background: p.background,
        fade: p.fade,
      };
    });
    expect(result.scaled).toEqual(result.canvas.map((n) => n * 2));
    expect(result.full).toEqual(result.box);
    const [a, c] = result.exported as [Rgba, Rgba];
    expect(distance(c, rgb(result.colors.c!))).toBeLessThanOrEqual(12);
    expect(distance(a, veiled(result.colors.a!, result.background, result.fade))).toBeLessThanOrEqual(12);
    await page.close();
  });
});

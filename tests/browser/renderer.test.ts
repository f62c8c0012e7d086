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

async function openRendererPage(query = ''): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(new URL(`tests/browser/pages/renderer.html${query}`, inject('baseURL')).href);
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

/** The stage's pixels at `points` (CSS px of the stage) as the reader sees them. */
async function onScreen(page: Page, points: readonly { x: number; y: number }[]): Promise<Rgba[]> {
  const shot = (await page.locator('#stage').screenshot()).toString('base64');
  return page.evaluate(
    async ([data, at]) => {
      const bytes = Uint8Array.from(atob(data), (ch) => ch.charCodeAt(0));
      return window.rendererPage!.sample(new Blob([bytes], { type: 'image/png' }), at);
    },
    [shot, points] as const,
  );
}

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
    const seen = await onScreen(page, result.points);
    seen.forEach((pixel, i) => expect(distance(pixel, result.exported[i]!), `point ${i}`).toBeLessThanOrEqual(12));
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

describe('edges drawn apart (above 300 nodes: render/edge-layer.ts)', () => {
  /** How far (largest channel difference) the pixel seen at `point` is from the page's edge colour. */
  async function offEdgeColour(page: Page, point: { x: number; y: number }): Promise<number> {
    const edge = await page.evaluate(() => window.rendererPage!.edge);
    const [pixel] = await onScreen(page, [point]);
    return distance(pixel!, rgb(edge));
  }
  /** Rendered midpoints of a–b (an edge) and b–c (no edge). */
  const midpoints = (page: Page) =>
    page.evaluate(() => {
      const cy = window.rendererPage!.renderer.cy!;
      const [a, b, c] = ['a', 'b', 'c'].map((id) => cy.getElementById(id).renderedPosition());
      return [
        { x: (a!.x + b!.x) / 2, y: (a!.y + b!.y) / 2 },
        { x: (b!.x + c!.x) / 2, y: (b!.y + c!.y) / 2 },
      ];
    });

  it('draws the lines under the nodes, holds none in Cytoscape, and follows filters, pictures and handouts', async () => {
    const page = await openRendererPage('?fillers=300');
    const setup = await page.evaluate(() => {
      const p = window.rendererPage!;
      const graph = document.getElementById('graph')!;
      const layer = graph.querySelector('canvas[data-kg-layer="edges"]');
      return {
        nodes: p.renderer.cy!.nodes().length,
        cyEdges: p.renderer.cy!.edges().length,
        layerFirst: graph.firstElementChild === layer,
        detail: p.renderer.view.detail,
        printed: p.renderer.canvases().main[0] === layer,
      };
    });
    expect(setup).toEqual({ nodes: 303, cyEdges: 0, layerFirst: true, detail: 'simple-edges', printed: true });
    await page.waitForTimeout(400);
    const [onEdge, offEdge] = await midpoints(page);
    const colors = await page.evaluate(() => ({ edge: window.rendererPage!.edge, background: window.rendererPage!.background }));
    const [line, gap] = await onScreen(page, [onEdge!, offEdge!]);
    expect(distance(line!, rgb(colors.edge))).toBeLessThanOrEqual(24);
    expect(distance(gap!, rgb(colors.background))).toBeLessThanOrEqual(2);

    // The picture and the handout's scene have the line too.
    const exported = await page.evaluate(async (at) => {
      const p = window.rendererPage!;
      const cy = p.renderer.cy!;
      const view = await p.sample(await p.renderer.exportPng(), [at]);
      const bb = cy.elements().boundingBox();
      const a = cy.getElementById('a').position();
      const b = cy.getElementById('b').position();
      const full = await p.sample(await p.renderer.exportPng({ full: true }), [{ x: (a.x + b.x) / 2 - bb.x1, y: (a.y + b.y) / 2 - bb.y1 }]);
      const scene = p.renderer.snapshot();
      const ab = scene.edges.find((e) => e.id === 'ab');
      const ra = cy.getElementById('a').renderedPosition();
      return { view: view[0]!, full: full[0]!, sceneEdges: scene.edges.length, startOffA: ab ? Math.hypot(ab.start.x - ra.x, ab.start.y - ra.y) : -1 };
    }, onEdge!);
    expect(distance(exported.view, rgb(colors.edge))).toBeLessThanOrEqual(24);
    expect(distance(exported.full, rgb(colors.edge))).toBeLessThanOrEqual(40);
    expect(exported.sceneEdges).toBe(1);
    expect(exported.startOffA).toBeLessThan(0.5);

    // A selection lights the line above the veil (the spotlight found it through the layer).
    const lit = await page.evaluate(() => {
      window.rendererPage!.select('a');
      return [...window.rendererPage!.renderer.snapshot().lit.keys()].sort();
    });
    expect(lit).toEqual(['a', 'ab', 'b']);

    // Another theme: the line takes its colour.
    const darkEdge = await page.evaluate(() => {
      window.rendererPage!.select(null);
      return window.rendererPage!.setTheme('dark');
    });
    expect(distance(rgb(darkEdge), rgb(colors.edge))).toBeGreaterThan(20);
    await page.waitForTimeout(200);
    const [themed] = await onScreen(page, [onEdge!]);
    expect(distance(themed!, rgb(darkEdge))).toBeLessThanOrEqual(24);

    // Filtered out, the line goes.
    await page.evaluate(() => {
      const p = window.rendererPage!;
      p.select(null);
      p.renderer.setVisibility({ node: () => true, edge: (id) => id !== 'ab' });
    });
    await page.waitForTimeout(200);
    const [hidden] = await onScreen(page, [onEdge!]);
    expect(distance(hidden!, rgb(colors.background))).toBeLessThanOrEqual(2);
    await page.close();
  });

  it('takes an edited graph: a new relation is drawn by the layer, not added to Cytoscape', async () => {
    const page = await openRendererPage('?fillers=300');
    const result = await page.evaluate(() => {
      const p = window.rendererPage!;
      const sync = p.addEdge('bc', 'b', 'c');
      return { sync, cyEdges: p.renderer.cy!.edges().length, scene: p.renderer.snapshot().edges.map((e) => e.id).sort() };
    });
    expect(result).toEqual({ sync: { added: 1, removed: 0, moved: 0 }, cyEdges: 0, scene: ['ab', 'bc'] });
    await page.waitForTimeout(300);
    const [, onNew] = await midpoints(page);
    expect(await offEdgeColour(page, onNew!)).toBeLessThanOrEqual(24);
    await page.close();
  });

  it('moves its last drawing with a pan at once, and draws again once the view rests', async () => {
    const page = await openRendererPage('?fillers=300');
    await page.waitForTimeout(400);
    const moving = await page.evaluate(async () => {
      const cy = window.rendererPage!.renderer.cy!;
      const layer = document.querySelector<HTMLCanvasElement>('canvas[data-kg-layer="edges"]')!;
      cy.panBy({ x: 40, y: 30 });
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return layer.style.transform;
    });
    expect(moving).toBe('matrix(1, 0, 0, 1, 40, 30)');
    await page.waitForTimeout(400);
    const rested = await page.evaluate(() => document.querySelector<HTMLCanvasElement>('canvas[data-kg-layer="edges"]')!.style.transform);
    expect(rested).toBe('');
    const [onEdge] = await midpoints(page);
    expect(await offEdgeColour(page, onEdge!)).toBeLessThanOrEqual(24);
    await page.close();
  });

  it('draws again about ten times a second during a long pan, so lines come in beside the nodes', async () => {
    const page = await openRendererPage('?fillers=300');
    await page.waitForTimeout(400);
    const draws = await page.evaluate(async () => {
      const cy = window.rendererPage!.renderer.cy!;
      performance.clearMeasures('kg:edges');
      // 45 frames of a steady pan (about 750 ms): the view never rests.
      for (let i = 0; i < 45; i++) {
        cy.panBy({ x: 2, y: 1 });
        await new Promise((r) => requestAnimationFrame(r));
      }
      return performance.getEntriesByName('kg:edges').length;
    });
    // Drawn every frame would be 45; only at rest, 0.
    expect(draws).toBeGreaterThanOrEqual(3);
    expect(draws).toBeLessThanOrEqual(12);
    await page.close();
  });
});

/**
 * Reduced motion (`prefers-reduced-motion: reduce`): the layout shows only its result and the
 * camera jumps instead of gliding; the engine and the quality of the layout stay the same. Each
 * test runs the same steps without the preference too, which shows the measurement sees motion.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPage, openViewerWithGraph, useChromium } from './viewer-fixture';

const baseURL = inject('baseURL');
const browser = useChromium();

/** The bundled graph without its pinned positions, so the small-graph layout (quick) runs. */
function unpinnedBundledGraph(): unknown {
  const doc = JSON.parse(readFileSync(new URL('../../data/russia-iran-ai-blockchain.json', import.meta.url), 'utf8'));
  for (const node of doc.nodes) delete node.position;
  return doc;
}

/**
 * From the first frame until 300 ms after kg-ready, records every distinct set of node
 * positions seen at an animation frame (what the reader can see move).
 */
const RECORD_POSITIONS = `
  window.__positionFrames = [];
  document.addEventListener('kg-draw', (event) => {
    const el = event.target;
    let last = '';
    let done = false;
    document.addEventListener('kg-ready', () => setTimeout(() => (done = true), 300), { once: true });
    const tick = () => {
      const now = el.cy.nodes().map((n) => n.position().x.toFixed(1) + ',' + n.position().y.toFixed(1)).join(' ');
      if (now !== last) window.__positionFrames.push(now);
      last = now;
      if (!done) requestAnimationFrame(tick);
    };
    tick();
  });
`;

/**
 * A graph above the quick layout's size, laid out by the force worker, which streams positions.
 * Large enough that its minimum of ticks outlasts several of the worker's 24 ms slices even on a
 * fast machine (at 400 nodes a fast CI machine finished in one slice: nothing to see move).
 */
async function streamedGraph(): Promise<unknown> {
  const { generateGraph } = await import('../bench/generate-graph');
  return generateGraph({ nodes: 1500, edgesPerNode: 2.5, seed: 11 });
}

async function openWithMotion(reducedMotion: 'reduce' | 'no-preference', graph: unknown = unpinnedBundledGraph()): Promise<Page> {
  const page = await newPage(browser.context);
  await page.emulateMedia({ reducedMotion });
  await page.addInitScript(RECORD_POSITIONS);
  await openViewerWithGraph(page, baseURL, graph);
  await page.waitForTimeout(400);
  return page;
}

async function layoutFacts(page: Page): Promise<{ frames: number; engine: string; overlaps: string[] }> {
  return page.evaluate(() => {
    const el = document.querySelector('kg-viewer') as any;
    const nodes = el.cy.nodes().toArray();
    const boxes = nodes.map((n: any) => ({ id: n.id(), bb: n.boundingBox({ includeLabels: false }) }));
    const overlaps: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i].bb;
        const b = boxes[j].bb;
        if (Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > 0.5 && Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > 0.5) overlaps.push(`${boxes[i].id}/${boxes[j].id}`);
      }
    }
    return { frames: (window as any).__positionFrames.length, engine: el.cy.scratch('_kgLayout').engine, overlaps };
  });
}

/** Selects a node far from the centre and reports the camera 60 ms later and once it has surely stopped. */
async function cameraAfterSelect(page: Page): Promise<{ early: unknown; animating: boolean; late: unknown }> {
  return page.evaluate(async () => {
    const el = document.querySelector('kg-viewer') as any;
    const cy = el.cy;
    const centre = { x: cy.width() / 2, y: cy.height() / 2 };
    const far = cy.nodes().max((n: any) => Math.hypot(n.renderedPosition().x - centre.x, n.renderedPosition().y - centre.y)).ele;
    const viewport = () => ({ zoom: cy.zoom(), x: Math.round(cy.pan().x), y: Math.round(cy.pan().y) });
    el.select(far.id());
    await new Promise((r) => setTimeout(r, 60));
    const early = viewport();
    const animating = cy.animated();
    await new Promise((r) => setTimeout(r, 700));
    return { early, animating, late: viewport() };
  });
}

describe('reduced motion', () => {
  it('draws a small graph at its result, with or without the preference: no overlapping nodes', async () => {
    // The quick layout runs before the first frame: nothing is ever drawn moving.
    for (const preference of ['reduce', 'no-preference'] as const) {
      const page = await openWithMotion(preference);
      const facts = await layoutFacts(page);
      expect(facts.engine).toBe('quick');
      expect(facts.frames).toBe(1);
      expect(facts.overlaps).toEqual([]);
    }
  });

  it('draws a streamed layout once, at its result: same engine', async () => {
    const graph = await streamedGraph();
    const quiet = await openWithMotion('reduce', graph);
    const facts = await layoutFacts(quiet);
    expect(facts.engine).toBe('force');
    // The first frame's seed positions, then the result: nothing in between.
    expect(facts.frames).toBeLessThanOrEqual(2);
    expect(facts.frames).toBeGreaterThanOrEqual(1);

    const moving = await openWithMotion('no-preference', graph);
    const control = await layoutFacts(moving);
    expect(control.engine).toBe('force');
    // Frames between the seeds and the result: the recorder sees motion when there is some.
    expect(control.frames).toBeGreaterThan(2);
  });

  it('moves the camera at once instead of gliding to a selection', async () => {
    const quiet = await openWithMotion('reduce');
    const jump = await cameraAfterSelect(quiet);
    expect(jump.animating).toBe(false);
    expect(jump.early).toEqual(jump.late);

    const moving = await openWithMotion('no-preference');
    const glide = await cameraAfterSelect(moving);
    expect(glide.animating).toBe(true);
    expect(glide.early).not.toEqual(glide.late);
  });
});

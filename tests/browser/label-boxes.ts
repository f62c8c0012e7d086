/**
 * What the reader sees of names and relation labels, read from both canvases of a <kg-viewer>
 * (the main one and the spotlight): every drawn label's rendered box as Cytoscape computes it,
 * and every visible node's body, in canvas px. Used to check that nothing is drawn on top of
 * anything else.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- the page side reads Cytoscape instances untyped, as the tests do */
import type { Page } from 'playwright-core';

export interface ScreenBox {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface DrawnLabel {
  /** `main:<id>` or `spotlight:<id>`. */
  readonly key: string;
  readonly id: string;
  readonly kind: 'node' | 'edge';
  readonly box: ScreenBox;
}

export interface DrawnScene {
  readonly labels: readonly DrawnLabel[];
  readonly bodies: readonly { readonly id: string; readonly box: ScreenBox }[];
  /** The canvas size. */
  readonly width: number;
  readonly height: number;
}

/** Every label drawn on either canvas, and every visible node body. */
export async function drawnScene(page: Page): Promise<DrawnScene> {
  return page.evaluate(() => {
    const el = document.querySelector('kg-viewer') as any;
    const main = el.cy;
    const spot = el.shadowRoot.querySelector('.spotlight')._cyreg.cy;
    const labels: { key: string; id: string; kind: 'node' | 'edge'; box: any }[] = [];
    for (const [layer, cy] of [['main', main], ['spotlight', spot]] as const) {
      cy.elements().forEach((e: any) => {
        if (!e.visible() || !e.style('label')) return;
        const b = e.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
        labels.push({ key: `${layer}:${e.id()}`, id: e.id(), kind: e.isNode() ? 'node' : 'edge', box: { x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 } });
      });
    }
    const bodies = main
      .nodes()
      .filter((n: any) => n.visible())
      .map((n: any) => {
        const b = n.renderedBoundingBox({ includeLabels: false });
        return { id: n.id(), box: { x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 } };
      });
    return { labels, bodies, width: main.width(), height: main.height() };
  });
}

/** Whether two boxes overlap by more than `by` px both ways. */
export function overlap(a: ScreenBox, b: ScreenBox, by = 1): boolean {
  return Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > by && Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > by;
}

/**
 * Every overlap of a label with another label or with a node other than its own, in words.
 * A name drawn on both canvases for the same node would also count.
 */
export function overlapsIn(scene: DrawnScene): string[] {
  const found: string[] = [];
  const { labels, bodies } = scene;
  for (let i = 0; i < labels.length; i++) {
    const a = labels[i]!;
    for (let j = i + 1; j < labels.length; j++) if (overlap(a.box, labels[j]!.box)) found.push(`${a.key} / ${labels[j]!.key}`);
    for (const b of bodies) if (!(a.kind === 'node' && a.id === b.id) && overlap(a.box, b.box)) found.push(`${a.key} / node ${b.id}`);
  }
  return found;
}

/** Node names drawn (on either canvas) whose box lies on the canvas. */
export function namesOnScreen(scene: DrawnScene): string[] {
  return scene.labels
    .filter((l) => l.kind === 'node' && l.box.x1 >= -1 && l.box.y1 >= -1 && l.box.x2 <= scene.width + 1 && l.box.y2 <= scene.height + 1)
    .map((l) => l.id);
}

/** Waits until what is drawn stops changing (the label placement runs after the view settles). */
export async function settledScene(page: Page, timeout = 10_000): Promise<DrawnScene> {
  const start = Date.now();
  let last = '';
  let scene = await drawnScene(page);
  for (;;) {
    const key = JSON.stringify(scene);
    if (key === last || Date.now() - start > timeout) return scene;
    last = key;
    await page.waitForTimeout(400);
    scene = await drawnScene(page);
  }
}

/** The part of the stage no panel covers (the side panel, and the legend when open and tall). */
export async function freeRect(page: Page): Promise<{ x1: number; y1: number; x2: number; y2: number }> {
  return page.evaluate(() => {
    const root = (document.querySelector('kg-viewer') as any).shadowRoot as ShadowRoot;
    const graph = root.querySelector('.graph')!.getBoundingClientRect();
    let x1 = graph.left;
    let x2 = graph.right;
    let y2 = graph.bottom;
    for (const selector of ['.panel', '.legend-box']) {
      const box = root.querySelector(selector)?.getBoundingClientRect();
      if (!box || box.width === 0) continue;
      if (selector === '.legend-box' && box.height < graph.height / 3) continue;
      if (box.width >= graph.width - 1) y2 = Math.min(y2, box.top);
      else if (box.left > graph.left + graph.width / 2) x2 = Math.min(x2, box.left);
      else x1 = Math.max(x1, box.right);
    }
    return { x1: x1 - graph.left, y1: 0, x2: x2 - graph.left, y2: y2 - graph.top };
  });
}

/** Ids the viewer lights now (its `highlighted` set). */
export function litIds(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(document.querySelector('kg-viewer') as any).highlighted] as string[]);
}

/** Which of `ids` have a node body not wholly inside `rect` (canvas px). */
export function outsideRect(page: Page, rect: ScreenBox, ids: readonly string[]): Promise<string[]> {
  return page.evaluate(
    ([f, all]) => {
      const cy = (document.querySelector('kg-viewer') as any).cy;
      return all.filter((id) => {
        const b = cy.$id(id).renderedBoundingBox({ includeLabels: false });
        return !(b.x1 >= f.x1 && b.y1 >= f.y1 && b.x2 <= f.x2 && b.y2 <= f.y2);
      });
    },
    [rect, ids] as const,
  );
}

/**
 * Helpers for browser tests of edit mode: a private copy of the bundled graph in data/ (removed
 * afterwards), the editor page on it, canvas gestures, a text selection in the source panel.
 */
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { nodeScreenPosition } from './viewer-fixture';

export const BUNDLED_PATH = 'data/russia-iran-ai-blockchain.json';

/** A fresh copy of the bundled graph under data/ (git-ignored name); `remove()` deletes it. */
export function copyOfBundledGraph(): { path: string; url: string; remove(): void } {
  const path = `data/editor-test-${randomUUID().slice(0, 8)}.json`;
  copyFileSync(BUNDLED_PATH, path);
  return {
    path,
    url: `/${path}`,
    remove: () => {
      if (existsSync(path)) rmSync(path);
    },
  };
}

/** Records edit events from before any script runs. */
const RECORD_EDITS = `
  window.__edits = [];
  window.__ready = 0;
  document.addEventListener('kg-edit', (e) => window.__edits.push({ cause: e.detail.cause, type: e.detail.command.type, dirty: e.detail.dirty }));
  document.addEventListener('kg-ready', () => window.__ready++);
`;

/** Opens the editor page on a graph URL and waits until the editor's toolbar is there. */
export async function openEditor(page: Page, baseURL: string, src: string, lang?: string): Promise<void> {
  await page.addInitScript(RECORD_EDITS);
  const url = new URL('/src/pages/editor.html', baseURL);
  url.searchParams.set('src', src);
  if (lang) url.hash = `lang=${lang}`;
  await page.goto(url.href);
  await page.waitForFunction(() => (window as unknown as { __ready: number }).__ready > 0, undefined, { timeout: 30_000 });
  await page.locator('kg-viewer kg-edit-toolbar button.add-node').waitFor();
}

export async function editsSoFar(page: Page): Promise<{ cause: string; type: string; dirty: boolean }[]> {
  return page.evaluate(() => (window as unknown as { __edits: { cause: string; type: string; dirty: boolean }[] }).__edits);
}

/** Presses on one node and releases over another (or a point), moving in steps like a hand. */
export async function dragOnCanvas(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(from.x + ((to.x - from.x) * i) / 10, from.y + ((to.y - from.y) * i) / 10);
  await page.mouse.up();
}

export async function dragNodeTo(page: Page, fromId: string, toId: string): Promise<void> {
  await dragOnCanvas(page, await nodeScreenPosition(page, fromId), await nodeScreenPosition(page, toId));
}

/** Selects a stretch of the source panel's text (it may cross highlighted marks), as a reader's drag would. */
export async function selectInSource(page: Page, text: string): Promise<void> {
  await page.evaluate((wanted) => {
    const viewer = document.querySelector('kg-viewer') as HTMLElement;
    const container = viewer.shadowRoot?.querySelector('kg-source-view')?.shadowRoot?.querySelector('.text');
    if (!container) throw new Error('the source panel is not open');
    const at = (container.textContent ?? '').indexOf(wanted);
    if (at < 0) throw new Error(`"${wanted}" is not in the source text`);
    const ends = [at, at + wanted.length];
    const spots: [Node, number][] = [];
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    let offset = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.textContent?.length ?? 0;
      while (spots.length < 2 && (ends[spots.length] as number) <= offset + length) spots.push([node, (ends[spots.length] as number) - offset]);
      offset += length;
    }
    const [start, end] = spots;
    if (!start || !end) throw new Error('could not place the selection');
    document.getSelection()?.setBaseAndExtent(start[0], start[1], end[0], end[1]);
  }, text);
}

/**
 * Issue 12 in the editor, in real Chromium: GEXF and a CSV set open through src/interchange with
 * the import report shown; an export to GraphML shows what the format cannot hold before the
 * download, and the downloaded text imports again with every node and edge; a second file
 * merges in with its collision renamed and its likely duplicate flagged, as one edit that undo
 * takes back.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { importGraph } from '../../src/interchange/index';
import { copyOfBundledGraph, openEditor } from './editor-fixture';
import { newPage, useChromium } from './viewer-fixture';

const baseURL = inject('baseURL');
const chromium = useChromium();
const copies: { remove(): void }[] = [];
afterEach(() => {
  for (const copy of copies.splice(0)) copy.remove();
});

const FIXTURES = 'tests/fixtures/interchange';
const fixturePath = (path: string): string => join(FIXTURES, path);
const dialogs = (page: Page) => page.locator('kg-viewer kg-edit-dialogs');
const toolbar = (page: Page) => page.locator('kg-viewer kg-edit-toolbar');

/** What importGraph makes of the same files in Node: the counts the editor must show. */
function expectedCounts(paths: readonly string[]): { nodes: number; edges: number } {
  const result = importGraph(paths.map((path) => ({ name: path.split('/').pop() as string, content: new Uint8Array(readFileSync(fixturePath(path))) })));
  if (!result.graph) throw new Error(`${paths.join(', ')} does not import`);
  return { nodes: result.graph.nodes.length, edges: result.graph.edges.length };
}

/** The empty editor page, then files picked with its "Open a file…" input; waits for the editor. */
async function openFilesInEditor(page: Page, paths: readonly string[]): Promise<void> {
  await page.addInitScript(`window.__ready = 0; document.addEventListener('kg-ready', () => window.__ready++);`);
  await page.goto(new URL('/src/pages/editor.html#lang=en', baseURL).href);
  await page.locator('input.file-input').setInputFiles(paths.map(fixturePath));
  await page.waitForFunction(() => (window as unknown as { __ready: number }).__ready > 0, undefined, { timeout: 30_000 });
  await toolbar(page).locator('button.add-node').waitFor();
}

const counts = (page: Page) =>
  page.evaluate(() => {
    const doc = (document.querySelector('kg-viewer') as any).knowledgeGraph.document;
    return { nodes: doc.nodes.length, edges: doc.edges.length };
  });

const workingText = (page: Page): Promise<string> =>
  page.evaluate("import('/src/format/serialize.ts').then((m) => m.serializeGraph(document.querySelector('kg-viewer').knowledgeGraph.document))");

describe('opening other formats in the editor', () => {
  it('opens a GEXF file with its import report, every node and edge present', async () => {
    const page = await newPage(chromium.context, { width: 1280, height: 860 });
    await openFilesInEditor(page, ['gexf/les-miserables.gexf']);
    const report = dialogs(page).locator('.report-dialog.import');
    await report.waitFor();
    expect(await report.locator('h2').textContent()).toContain('les-miserables.gexf');
    expect(await counts(page)).toEqual(expectedCounts(['gexf/les-miserables.gexf']));
    await report.locator('button.close-report').click();
    await expect.poll(() => report.count()).toBe(0);
    await page.close();
  });

  it('opens a spreadsheet set (nodes.csv, edges.csv, sources.csv) with evidence, then exports GraphML that imports again', async () => {
    const csv = ['csv/libreoffice/nodes.csv', 'csv/libreoffice/edges.csv', 'csv/libreoffice/sources.csv'];
    const page = await newPage(chromium.context, { width: 1280, height: 860 });
    await openFilesInEditor(page, csv);
    await dialogs(page).locator('.report-dialog.import').waitFor();
    await dialogs(page).locator('button.close-report').click();
    const expected = expectedCounts(csv);
    expect(await counts(page)).toEqual(expected);
    const evidence = await page.evaluate(() => (document.querySelector('kg-viewer') as any).knowledgeGraph.document.nodes.filter((n: any) => n.evidence?.length).length);
    expect(evidence).toBeGreaterThan(0);

    // Export: the report comes first and says evidence cannot go to GraphML; then the download.
    await toolbar(page).locator('select.export').selectOption('graphml');
    const report = dialogs(page).locator('.report-dialog.export');
    await report.waitFor();
    const lines = await report.locator('.report-line').allTextContents();
    expect(lines.some((line) => /not-exported-evidence/.test(line))).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), report.locator('button.confirm-download').click()]);
    expect(download.suggestedFilename()).toMatch(/\.graphml$/);
    const text = readFileSync((await download.path()) as string, 'utf8');
    const again = importGraph([{ name: 'again.graphml', content: text }]);
    expect(again.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(again.graph?.nodes.map((n) => n.id).sort()).toEqual(
      await page.evaluate(() => (document.querySelector('kg-viewer') as any).knowledgeGraph.document.nodes.map((n: any) => n.id).sort()),
    );
    expect(again.graph?.edges).toHaveLength(expected.edges);
    await page.close();
  });
});

describe('merging a second file', () => {
  it('lists the collision, renames the incoming node, flags the likely duplicate; one undo takes it all back', async () => {
    const file = copyOfBundledGraph();
    copies.push(file);
    const bundled = JSON.parse(readFileSync(file.path, 'utf8'));
    // A second graph with another "iran" (a collision) and a "Russia" under another id (a likely duplicate).
    const incoming = {
      format: bundled.format,
      version: bundled.version,
      meta: { title: { en: 'Neighbours', ar: 'جيران' }, languages: ['ar', 'en'] },
      nodeTypes: { country: bundled.nodeTypes.country },
      edgeTypes: { borders: { label: { en: 'borders', ar: 'يجاور' }, directed: false } },
      nodes: [
        { id: 'iran', type: 'country', label: { ar: 'إيران (ملف آخر)', en: 'Iran (other file)' } },
        { id: 'russian-federation', type: 'country', label: { ar: 'روسيا', en: 'Russia' } },
        { id: 'turkey', type: 'country', label: { ar: 'تركيا', en: 'Turkey' } },
      ],
      edges: [{ id: 'turkey-borders-iran', type: 'borders', source: 'turkey', target: 'iran' }],
    };
    const page = await newPage(chromium.context, { width: 1280, height: 860 });
    await openEditor(page, baseURL, file.url, 'en');
    const before = await workingText(page);

    await toolbar(page).locator('input.merge-input').setInputFiles({ name: 'neighbours.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(incoming)) });
    const dialog = dialogs(page).locator('.merge-dialog');
    await dialog.waitFor();
    expect(await dialog.locator('.collision').count()).toBe(1);
    expect(await dialog.locator('.collision').getAttribute('data-key')).toBe('node:iran');
    expect(await dialog.locator('.duplicate').allTextContents()).toEqual([expect.stringMatching(/russia.*russian-federation/)]);
    await dialog.locator('select.collision-choice').selectOption('rename');
    await dialog.locator('button.confirm-merge').click();

    const report = dialogs(page).locator('.report-dialog.merge');
    await report.waitFor();
    expect(await report.locator('.duplicate').count()).toBe(1);
    await report.locator('button.close-report').click();
    const after = await page.evaluate(() => {
      const doc = (document.querySelector('kg-viewer') as any).knowledgeGraph.document;
      const edge = doc.edges.find((e: any) => e.id === 'turkey-borders-iran');
      return { iran2: doc.nodes.find((n: any) => n.id === 'iran-2')?.label.en, target: edge?.target, iran: doc.nodes.find((n: any) => n.id === 'iran')?.label.en };
    });
    expect(after).toEqual({ iran2: 'Iran (other file)', target: 'iran-2', iran: 'Iran' });
    await expect.poll(() => page.evaluate(() => (document.querySelector('kg-viewer') as any).cy.$id('iran-2').length)).toBe(1);

    // One edit: one undo gives back the very same text.
    await toolbar(page).locator('button.undo').click();
    expect(await workingText(page)).toBe(before);
    expect(await toolbar(page).locator('button.undo').isDisabled()).toBe(true);
    await page.close();
  });
});

/**
 * Issue 11's leftovers in real Chromium: the editor opens an invalid graph file instead of
 * refusing it (its located problems in the problems panel, every value kept), keeps the text of a
 * file that is not JSON to fix and open again; a language is added and labels can be written in
 * it; a relation type is deleted with what uses it; a tour is deleted; undo takes all three back.
 */
import { copyFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { copyOfBundledGraph, openEditor } from './editor-fixture';
import { newPage, useChromium } from './viewer-fixture';

const baseURL = inject('baseURL');
const chromium = useChromium();
const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const remove of cleanup.splice(0)) remove();
});

const INVALID = 'tests/fixtures/graphs/invalid';
const toolbar = (page: Page) => page.locator('kg-viewer kg-edit-toolbar');
const dialogs = (page: Page) => page.locator('kg-viewer kg-edit-dialogs');
const problemsPanel = (page: Page) => page.locator('kg-viewer kg-edit-problems');
const filePanel = (page: Page) => page.locator('kg-viewer kg-edit-file');

const workingText = (page: Page): Promise<string> =>
  page.evaluate("import('/src/format/serialize.ts').then((m) => m.serializeGraph(document.querySelector('kg-viewer').knowledgeGraph.document))");
const workingValue = async (page: Page): Promise<unknown> => JSON.parse(await workingText(page));

/** A copy of an invalid fixture under data/ (served by the dev server), removed afterwards. */
function invalidCopy(name: string): { path: string; url: string } {
  const path = `data/editor-test-${randomUUID().slice(0, 8)}-${name}`;
  copyFileSync(`${INVALID}/${name}`, path);
  cleanup.push(() => existsSync(path) && rmSync(path));
  return { path, url: `/${path}` };
}

async function emptyEditor(page: Page): Promise<void> {
  await page.addInitScript(`window.__ready = 0; document.addEventListener('kg-ready', () => window.__ready++);`);
  await page.goto(new URL('/src/pages/editor.html#lang=en', baseURL).href);
}

describe('opening an invalid graph file', () => {
  it('opens it from ?src= with its problems listed, every value kept', async () => {
    const file = invalidCopy('dangling-references.json');
    const expected = JSON.parse(readFileSync(`${INVALID}/dangling-references.expected.json`, 'utf8')) as { code: string; pointer: string }[];
    const page = await newPage(chromium.context, { width: 1280, height: 860 });
    await openEditor(page, baseURL, file.url, 'en');
    // The problems panel opens by itself, with the loader's problems, each going to its place.
    const list = problemsPanel(page);
    await expect.poll(() => list.locator('button[data-code]').count()).toBeGreaterThanOrEqual(expected.length);
    for (const problem of expected) expect(await list.locator(`button[data-code="${problem.code}"][data-pointer-target="${problem.pointer}"]`).count()).toBe(1);
    expect(await workingValue(page)).toEqual(JSON.parse(readFileSync(file.path, 'utf8')));
    expect(await toolbar(page).locator('button.problems').getAttribute('class')).toContain('errors');
    await page.close();
  });

  it('opens one picked from the computer the same way', async () => {
    const page = await newPage(chromium.context, { width: 1280, height: 860 });
    await emptyEditor(page);
    await page.locator('input.file-input').setInputFiles(`${INVALID}/bad-values.json`);
    await toolbar(page).locator('button.add-node').waitFor();
    await expect.poll(() => problemsPanel(page).locator('button.error[data-code="invalid-color"]').count()).toBe(1);
    // The canvas draws what it can (a colour it cannot draw is left out of the drawing only)…
    expect(await page.evaluate(() => (document.querySelector('kg-viewer') as any).cy.nodes().length)).toBe(2);
    // …and the working copy, downloaded as it is, holds every value of the file.
    const [download] = await Promise.all([page.waitForEvent('download'), toolbar(page).locator('button.download').click()]);
    expect(JSON.parse(readFileSync((await download.path()) as string, 'utf8'))).toEqual(JSON.parse(readFileSync(`${INVALID}/bad-values.json`, 'utf8')));
    await page.close();
  });

  it('keeps the text of a file that is not JSON, located, to fix and open again', async () => {
    const text = readFileSync(`${INVALID}/trailing-comma.json`, 'utf8');
    const page = await newPage(chromium.context, { width: 1280, height: 860 });
    await emptyEditor(page);
    await page.locator('input.file-input').setInputFiles(`${INVALID}/trailing-comma.json`);
    const problems = page.locator('.problems');
    await problems.locator('li').first().waitFor();
    expect(await problems.locator('li').first().textContent()).toMatch(/trailing-comma\.json:8:\d+ error json-trailing-comma/);
    expect(await problems.locator('textarea.file-text').inputValue()).toBe(text);
    await problems.locator('textarea.file-text').fill(text.replace('"label": "A" },', '"label": "A" }'));
    await problems.locator('button.open-again').click();
    await toolbar(page).locator('button.add-node').waitFor();
    expect(await page.evaluate(() => (document.querySelector('kg-viewer') as any).knowledgeGraph.document.nodes.map((n: any) => n.id))).toEqual(['a']);
    await page.close();
  });
});

describe('file-level edits', () => {
  it('adds a language, deletes a relation type with its relations and a tour; three undos give back the file', async () => {
    const file = copyOfBundledGraph();
    cleanup.push(() => file.remove());
    const page = await newPage(chromium.context, { width: 1280, height: 860 });
    await openEditor(page, baseURL, file.url, 'en');
    const original = await workingText(page);

    // A language: then labels are written in it.
    await toolbar(page).locator('button.file').click();
    await filePanel(page).locator('input.new-language').fill('fr');
    await filePanel(page).locator('button.confirm-language').click();
    await page.evaluate(() => (document.querySelector('kg-viewer') as any).select('iran'));
    const form = page.locator('kg-viewer kg-edit-form');
    await form.locator('input[data-pointer$="/label/fr"]').fill('Iran (fr)');
    await form.locator('input[data-pointer$="/label/fr"]').blur();
    await expect.poll(async () => (await workingValue(page) as any).nodes.find((n: any) => n.id === 'iran').label.fr).toBe('Iran (fr)');

    // A relation type in use: the dialog lists its relations; confirming deletes them with it.
    await page.evaluate(() => (document.querySelector('kg-viewer') as any).select(null));
    await toolbar(page).locator('button.file').click();
    await filePanel(page).locator('[data-pointer="/edgeTypes/membership"] button.delete-type').click();
    const dialog = dialogs(page).locator('.remove-type-dialog');
    await dialog.waitFor();
    expect(await dialog.locator('.impact li').first().textContent()).toMatch(/3 relations are deleted/);
    await dialog.locator('button.confirm').click();
    await expect.poll(async () => (await workingValue(page) as any).edges.filter((e: any) => e.type === 'membership').length).toBe(0);
    expect(Object.keys((await workingValue(page) as any).edgeTypes)).not.toContain('membership');

    // A tour.
    await toolbar(page).locator('button.tours').click();
    await page.locator('kg-viewer kg-edit-tours button.delete-tour').click();
    await dialogs(page).locator('.remove-tour-dialog button.confirm').click();
    await expect.poll(async () => (await workingValue(page) as any).tours.length).toBe(0);

    // Undo: the tour, the type, the label, the language.
    for (let i = 0; i < 4; i++) await toolbar(page).locator('button.undo').click();
    expect(await workingText(page)).toBe(original);
    await page.close();
  });
});

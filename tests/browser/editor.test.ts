/**
 * Edit mode in real Chromium, on private copies of the bundled graph in data/: the issue's
 * "done when" session end to end (a bilingual node, a relation to Iran of a new type, evidence
 * selected in the source, a drag, undo twice and redo once, a reload restored from the autosave,
 * a save whose text is the original plus exactly that edit), then the host's veto, problems,
 * keyboard undo, tours, keep-this-layout, and read mode untouched.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadGraphText, serializeGraph, type GraphDocument } from '../../src/format/index';
import { applyCommand, type EditCommand } from '../../src/model/edit/commands';
import { lineDiff } from '../unit/model/edit/line-diff';
import { copyOfBundledGraph, dragNodeTo, dragOnCanvas, editsSoFar, openEditor, selectInSource } from './editor-fixture';
import { newPage, nodeScreenPosition, openViewer, openViewerWithGraph, tinyGraph, useChromium } from './viewer-fixture';

const baseURL = inject('baseURL');
const chromium = useChromium();
const copies: { remove(): void }[] = [];
afterEach(() => {
  for (const copy of copies.splice(0)) copy.remove();
});

function copy(): ReturnType<typeof copyOfBundledGraph> {
  const c = copyOfBundledGraph();
  copies.push(c);
  return c;
}

const load = (text: string): GraphDocument => {
  const result = loadGraphText(text);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
  return result.graph;
};

const toolbar = (page: Page) => page.locator('kg-viewer kg-edit-toolbar');
const form = (page: Page) => page.locator('kg-viewer kg-edit-form');
const dialogs = (page: Page) => page.locator('kg-viewer kg-edit-dialogs');

/** The working copy's text, as the editor would save it. */
async function workingText(page: Page): Promise<string> {
  // The dev server serves the project's modules: the same serializer as the save. (A string, so
  // the test runner does not rewrite the import for Node.)
  return page.evaluate(
    "import('/src/format/serialize.ts').then((m) => m.serializeGraph(document.querySelector('kg-viewer').knowledgeGraph.document))",
  );
}

describe('the issue’s session: add, connect, evidence, drag, undo, reload, save', () => {
  it('saves exactly the original plus the edit', async () => {
    const file = copy();
    const original = readFileSync(file.path, 'utf8');
    const page = await newPage(chromium.context, { width: 1400, height: 900 });
    page.on('dialog', (dialog) => void dialog.accept());
    await openEditor(page, baseURL, file.url);
    expect(await toolbar(page).locator('.mark').getAttribute('class')).not.toContain('dirty');

    // A bilingual node.
    await toolbar(page).locator('button.add-node').click();
    await form(page).locator('input[data-pointer$="/label/ar"]').fill('تركيا');
    await form(page).locator('input[data-pointer$="/label/en"]').fill('Turkey');
    await form(page).locator('input[data-pointer$="/id"]').fill('turkey');
    await form(page).locator('input[data-pointer$="/id"]').press('Enter');
    await expect.poll(() => page.evaluate(() => (document.querySelector('kg-viewer') as any).cy.$id('turkey').length)).toBe(1);
    // Each input reads in its own direction.
    expect(await form(page).locator('input[data-pointer$="/label/ar"]').getAttribute('dir')).toBe('rtl');
    expect(await form(page).locator('input[data-pointer$="/label/en"]').getAttribute('dir')).toBe('ltr');
    expect(await toolbar(page).locator('.mark').getAttribute('class')).toContain('dirty');

    // Connect it to Iran by dragging, with a new relation type.
    await toolbar(page).locator('button.connect').click();
    await dragNodeTo(page, 'turkey', 'iran');
    // The last choice is "new type…".
    await dialogs(page).locator('select.edge-type').selectOption({ index: (await dialogs(page).locator('select.edge-type option').count()) - 1 });
    await dialogs(page).locator('input.type-label[lang="ar"]').fill('يجاور');
    await dialogs(page).locator('input.type-label[lang="en"]').fill('borders');
    await dialogs(page).locator('button.confirm-connect').click();
    await toolbar(page).locator('button.connect').click();
    await expect.poll(() => page.evaluate(() => (document.querySelector('kg-viewer') as any).cy.$id('turkey-borders-iran').length)).toBe(1);

    // Evidence: select the node, open the source, select a sentence, use it.
    const sentence = 'كما اقترحت طهران إنشاء عملة مشفرة مشتركة';
    await page.evaluate(() => (document.querySelector('kg-viewer') as any).select('turkey'));
    await form(page).locator('button.pick-evidence').first().click();
    await selectInSource(page, sentence);
    const use = page.locator('kg-viewer kg-edit-evidence button.use-evidence');
    await expect.poll(() => use.isEnabled()).toBe(true);
    await use.click();
    // Back in the form, the quote shows in its context.
    await expect.poll(() => form(page).locator('blockquote mark').first().textContent()).toBe(sentence);
    expect(await form(page).locator('blockquote').first().textContent()).toContain('عملة مشفرة مشتركة');

    // Drag it (a graph with positions: one undoable edit).
    const before = await page.evaluate(() => ({ ...(document.querySelector('kg-viewer') as any).cy.$id('turkey').position() }));
    const at = await nodeScreenPosition(page, 'turkey');
    await dragOnCanvas(page, at, { x: at.x + 70, y: at.y + 50 });
    await expect.poll(async () => (await editsSoFar(page)).at(-1)?.type).toBe('set-position');

    // Undo twice (the drag, the evidence), redo once (the evidence).
    await toolbar(page).locator('button.undo').click();
    await toolbar(page).locator('button.undo').click();
    await toolbar(page).locator('button.redo').click();
    expect((await editsSoFar(page)).slice(-3).map((e) => e.cause)).toEqual(['undo', 'undo', 'redo']);
    await expect.poll(() => page.evaluate(() => ({ ...(document.querySelector('kg-viewer') as any).cy.$id('turkey').position() }))).toEqual(before);
    const edited = await workingText(page);
    expect(edited).toContain(sentence);

    // Reload: the autosaved working copy is offered and restored.
    await page.waitForTimeout(500);
    await page.reload();
    await page.locator('kg-viewer kg-edit-dialogs button.restore-yes').click();
    await expect.poll(() => workingText(page)).toBe(edited);
    expect(await page.evaluate(() => (document.querySelector('kg-viewer') as any).cy.$id('turkey').length)).toBe(1);

    // Save into data/.
    await toolbar(page).locator('button.save-disk').click();
    await expect.poll(() => readFileSync(file.path, 'utf8')).not.toBe(original);
    const saved = readFileSync(file.path, 'utf8');
    expect(saved).toBe(edited);
    expect(await toolbar(page).locator('.mark').getAttribute('class')).not.toContain('dirty');

    // Exactly the edit: the same commands applied in Node to the original give the same text.
    const doc = load(saved);
    const turkey = doc.nodes.find((n) => n.id === 'turkey');
    const borders = doc.edgeTypes.borders;
    const text = load(original).sources?.[0]?.text as string;
    const start = text.indexOf(sentence);
    const commands: EditCommand[] = [
      { type: 'add-node', node: { id: 'turkey', type: turkey?.type as string, label: { ar: 'تركيا', en: 'Turkey' }, position: { x: turkey?.position?.x as number, y: turkey?.position?.y as number } } },
      { type: 'put-edge-type', id: 'borders', value: { label: { ar: 'يجاور', en: 'borders' }, directed: true, color: borders?.color as string } },
      { type: 'add-edge', edge: { id: 'turkey-borders-iran', type: 'borders', source: 'turkey', target: 'iran' } },
      { type: 'attach-evidence', target: { kind: 'node', id: 'turkey' }, source: 'article', start, end: start + sentence.length },
    ];
    const expected = serializeGraph(applyCommand(load(original), { type: 'batch', commands }).doc);
    expect(saved).toBe(expected);
    // And as a diff: only additions, apart from the closing braces that gained a comma.
    const diff = lineDiff(original, saved);
    expect(diff.removed.every((line) => /^\s*}$/.test(line.text))).toBe(true);
    expect(diff.added.map((l) => l.text.trim())).toEqual(expect.arrayContaining(['"id": "turkey",', '"ar": "تركيا",', '"en": "Turkey"', '"borders": {', `"quote": "${sentence}"`, '"target": "iran"']));
    expect(diff.added.length).toBe(lineDiff(original, expected).added.length);
    await page.close();
  });
});

describe('host control', () => {
  it('a vetoed edit changes nothing and says so; kg-edit carries the command', async () => {
    const file = copy();
    const page = await newPage(chromium.context);
    await openEditor(page, baseURL, file.url);
    const original = await workingText(page);
    await page.evaluate(() =>
      document.querySelector('kg-viewer')?.addEventListener('kg-edit-request', (e) => {
        const detail = (e as CustomEvent<{ command: { type: string; path?: string[] } }>).detail;
        if (detail.command.type === 'set-field' && detail.command.path?.[0] === 'label') e.preventDefault();
      }),
    );
    await page.evaluate(() => (document.querySelector('kg-viewer') as any).select('iran'));
    await form(page).locator('input[data-pointer$="/label/en"]').fill('Persia');
    await form(page).locator('input[data-pointer$="/label/en"]').press('Enter');
    await expect.poll(() => dialogs(page).locator('.notice').textContent()).toMatch(/\S/);
    expect(await workingText(page)).toBe(original);
    expect(await editsSoFar(page)).toEqual([]);
    // The input shows the file's value again.
    await expect.poll(() => form(page).locator('input[data-pointer$="/label/en"]').inputValue()).toBe('Iran');
    // Another field is allowed.
    await form(page).locator('textarea[data-pointer$="/description/en"]').fill('Changed.');
    await form(page).locator('textarea[data-pointer$="/description/en"]').blur();
    await expect.poll(async () => (await editsSoFar(page)).length).toBe(1);
    expect(await workingText(page)).toContain('"en": "Changed."');
    await page.close();
  });
});

describe('connecting without a pointer', () => {
  it('“connect to…” in a node’s form asks the same question as a drag, and adds the relation', async () => {
    const file = copy();
    const page = await newPage(chromium.context);
    await openEditor(page, baseURL, file.url, 'en');
    await page.evaluate(() => (document.querySelector('kg-viewer') as any).select('india'));
    await form(page).locator('select.connect-to').selectOption('sco');
    await dialogs(page).locator('select.edge-type').selectOption('membership');
    await dialogs(page).locator('button.confirm-connect').click();
    await expect.poll(async () => load(await workingText(page)).edges.at(-1)).toEqual({ id: 'india-membership-sco', type: 'membership', source: 'india', target: 'sco' });
    // The new relation is selected: its form is open.
    await expect.poll(() => page.evaluate(() => (document.querySelector('kg-viewer') as any).viewState.selection?.id)).toBe('india-membership-sco');
    await page.close();
  });
});

describe('problems', () => {
  it('lists invalid states without fixing them; choosing one goes to the element and its field', async () => {
    const file = copy();
    const page = await newPage(chromium.context);
    await openEditor(page, baseURL, file.url, 'en');
    // Empty both labels of India: a required label is missing (an error, kept as is).
    await page.evaluate(() => (document.querySelector('kg-viewer') as any).select('india'));
    await form(page).locator('input[data-pointer$="/label/ar"]').fill('');
    await form(page).locator('input[data-pointer$="/label/ar"]').blur();
    await form(page).locator('input[data-pointer$="/label/en"]').fill('');
    await form(page).locator('input[data-pointer$="/label/en"]').blur();
    await expect.poll(() => workingText(page)).toContain('"label": {}');
    await page.evaluate(() => (document.querySelector('kg-viewer') as any).select(null));
    await toolbar(page).locator('button.problems').click();
    const list = page.locator('kg-viewer kg-edit-problems');
    await expect.poll(() => list.locator('button[data-code="missing-label"]').count()).toBe(1);
    await list.locator('button[data-code="missing-label"]').click();
    await expect.poll(() => page.evaluate(() => (document.querySelector('kg-viewer') as any).viewState.selection?.id)).toBe('india');
    await expect.poll(() => form(page).evaluate((el) => (el.shadowRoot?.activeElement as HTMLElement | null)?.dataset.pointer)).toMatch(/^\/nodes\/\d+\/label\/ar$/);

    // A taken id: the second node is not on the canvas as itself; its form opens in the problems panel.
    await form(page).locator('input[data-pointer$="/label/en"]').fill('India');
    await form(page).locator('input[data-pointer$="/label/en"]').blur();
    await form(page).locator('input[data-pointer$="/id"]').fill('iran');
    await form(page).locator('input[data-pointer$="/id"]').press('Enter');
    await toolbar(page).locator('button.problems').click();
    // India (the third node) now has Iran's id: the later one is not on the canvas as itself.
    await list.locator('button[data-code="duplicate-id"][data-pointer-target="/nodes/2/id"]').click();
    const embedded = list.locator('kg-edit-form');
    await expect.poll(() => embedded.count()).toBe(1);
    await expect.poll(() => embedded.evaluate((el) => (el.shadowRoot?.activeElement as HTMLElement | null)?.dataset.pointer)).toMatch(/^\/nodes\/\d+\/id$/);
    await embedded.locator('input[data-pointer$="/id"]').fill('india');
    await embedded.locator('input[data-pointer$="/id"]').press('Enter');
    await expect.poll(() => list.locator('button[data-code="duplicate-id"]').count()).toBe(0);
    await page.close();
  });

  it('save to disk refuses a working copy with errors and leaves the file alone', async () => {
    const file = copy();
    const original = readFileSync(file.path, 'utf8');
    const page = await newPage(chromium.context);
    await openEditor(page, baseURL, file.url, 'en');
    await page.evaluate(() => (document.querySelector('kg-viewer') as any).select('india'));
    await form(page).locator('input[data-pointer$="/id"]').fill('iran');
    await form(page).locator('input[data-pointer$="/id"]').press('Enter');
    await toolbar(page).locator('button.save-disk').click();
    await expect.poll(() => dialogs(page).locator('.notice.error').textContent()).toMatch(/duplicate|twice|errors/i);
    expect(readFileSync(file.path, 'utf8')).toBe(original);
    await page.close();
  });
});

describe('undo and redo from the keyboard, deleting with what goes with it', () => {
  it('Ctrl+Z and Ctrl+Shift+Z walk back and forth through a removal', async () => {
    const file = copy();
    const page = await newPage(chromium.context);
    await openEditor(page, baseURL, file.url, 'en');
    const original = await workingText(page);
    await page.evaluate(() => (document.querySelector('kg-viewer') as any).select('iran'));
    await form(page).locator('button.danger').click();
    const impact = dialogs(page).locator('ul.impact li');
    await expect.poll(() => impact.count()).toBeGreaterThan(1);
    expect(await impact.first().textContent()).toMatch(/relations are deleted/);
    await dialogs(page).locator('button.confirm-remove').click();
    await expect.poll(() => page.evaluate(() => (document.querySelector('kg-viewer') as any).cy.$id('iran').length)).toBe(0);
    await page.locator('kg-viewer .graph').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => workingText(page)).toBe(original);
    expect(await page.evaluate(() => (document.querySelector('kg-viewer') as any).cy.$id('iran-proposes-sco-crypto').length)).toBe(1);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => page.evaluate(() => (document.querySelector('kg-viewer') as any).cy.$id('iran').length)).toBe(0);
    await page.close();
  });
});

describe('tours', () => {
  it('records the spotlight as a step with captions, then reorders and deletes steps', async () => {
    const file = copy();
    const page = await newPage(chromium.context);
    await openEditor(page, baseURL, file.url, 'en');
    const steps = (doc: GraphDocument) => doc.tours?.[0]?.steps ?? [];
    const count = steps(load(await workingText(page))).length;
    await page.evaluate(() => (document.querySelector('kg-viewer') as any).select('india'));
    await toolbar(page).locator('button.tours').click();
    const tours = page.locator('kg-viewer kg-edit-tours');
    const record = tours.locator('.record');
    await record.locator('textarea[lang="en"]').fill('India is offered AI cooperation.');
    await record.locator('textarea[lang="ar"]').fill('عرض على الهند التعاون في الذكاء الاصطناعي.');
    await record.locator('textarea[lang="ar"]').blur();
    await record.locator('button.record-step').click();
    await expect.poll(async () => steps(load(await workingText(page))).length).toBe(count + 1);
    const last = steps(load(await workingText(page))).at(-1);
    expect(last?.nodes).toContain('india');
    expect(last?.caption).toEqual({ ar: 'عرض على الهند التعاون في الذكاء الاصطناعي.', en: 'India is offered AI cooperation.' });
    // Move it up one place, then delete it.
    await tours.locator('li.step').last().locator('button[aria-label="Move up"]').click();
    await expect.poll(async () => steps(load(await workingText(page))).at(-2)?.nodes).toContain('india');
    await tours.locator('li.step').nth(count - 1).locator('button.danger').click();
    await expect.poll(async () => steps(load(await workingText(page))).length).toBe(count);
    expect(await workingText(page)).toBe(readFileSync(file.path, 'utf8'));
    await page.close();
  });
});

describe('the file panel', () => {
  it('a type’s colour restyles the canvas at once; a pasted source is added with its title in each language', async () => {
    const file = copy();
    const page = await newPage(chromium.context);
    await openEditor(page, baseURL, file.url, 'en');
    const color = () => page.evaluate(() => (document.querySelector('kg-viewer') as any).cy.$id('iran').data('color'));
    expect(await color()).toBe('#1f5f99');
    await toolbar(page).locator('button.file').click();
    const panel = page.locator('kg-viewer kg-edit-file');
    await panel.locator('input[data-pointer="/nodeTypes/country/color"]').evaluate((input: HTMLInputElement) => {
      input.value = '#aa3300';
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await expect.poll(color).toBe('#aa3300');
    await panel.locator('details.add-source summary').click();
    await panel.locator('details.add-source textarea').fill('A pasted text about Iran.');
    await panel.locator('details.add-source input[lang="en"]').fill('Pasted note');
    await panel.locator('details.add-source input[lang="ar"]').fill('ملاحظة');
    await panel.locator('details.add-source input[lang="ar"]').blur();
    await panel.locator('button.confirm-source').click();
    await expect.poll(async () => load(await workingText(page)).sources?.at(-1)).toEqual({ id: 'pasted-note', title: { ar: 'ملاحظة', en: 'Pasted note' }, text: 'A pasted text about Iran.' });
    await page.close();
  });
});

describe('layout', () => {
  it('“keep this layout” writes every position of a graph that had none, in one edit', async () => {
    const page = await newPage(chromium.context);
    await openViewerWithGraph(page, baseURL, tinyGraph(), 'kg-ready', { editable: '', 'file-name': `tiny-${Date.now()}.json` });
    await page.locator('kg-viewer kg-edit-toolbar button.keep-layout').click();
    const doc = load(await workingText(page));
    expect(doc.nodes.every((n) => Number.isFinite(n.position?.x) && Number.isFinite(n.position?.y))).toBe(true);
    const drawn = await page.evaluate(() => (document.querySelector('kg-viewer') as any).cy.$id('a').position());
    expect(doc.nodes[0]?.position?.x).toBeCloseTo(drawn.x, 0);
    // One undo takes all of them back; the button is gone while every node is placed.
    expect(await page.locator('kg-viewer kg-edit-toolbar button.keep-layout').count()).toBe(0);
    await page.locator('kg-viewer kg-edit-toolbar button.undo').click();
    expect(load(await workingText(page)).nodes.every((n) => n.position === undefined)).toBe(true);
    await page.close();
  });
});

describe('read mode stays as it was', () => {
  it('without `editable` no editor code is fetched and no editor appears; adding the attribute loads it', async () => {
    const page = await newPage(chromium.context);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await openViewer(page, baseURL);
    await page.waitForTimeout(300);
    expect(requested.filter((url) => url.includes('/kg-editor/') || url.includes('element-sync') || url.includes('edit-gestures'))).toEqual([]);
    expect(await page.locator('kg-viewer kg-edit-toolbar').count()).toBe(0);
    await page.evaluate(() => document.querySelector('kg-viewer')?.setAttribute('editable', ''));
    await page.locator('kg-viewer kg-edit-toolbar').waitFor();
    expect(requested.some((url) => url.includes('/kg-editor/editor-session'))).toBe(true);
    // And removing it leaves edit mode.
    await page.evaluate(() => document.querySelector('kg-viewer')?.removeAttribute('editable'));
    await expect.poll(() => page.locator('kg-viewer kg-edit-toolbar').count()).toBe(0);
    await page.close();
  });
});

import { describe, expect, it } from 'vitest';
import { serializeGraph } from '../../../src/format/index';
import type { EditCommand } from '../../../src/model/edit/commands';
import { DocumentStore, initialDocumentState, isDirty, MAX_HISTORY, reduceDocument, type DocumentIntent, type DocumentState } from '../../../src/state/document-store';
import { BUNDLED_TEXT, bundled } from '../model/edit/fixtures';

const rename: EditCommand = { type: 'set-field', target: { kind: 'node', id: 'iran' }, path: ['label', 'en'], value: 'Persia' };
const move: EditCommand = { type: 'set-position', id: 'iran', position: { x: 1, y: 2 } };
const run = (state: DocumentState, ...intents: DocumentIntent[]): DocumentState => intents.reduce((s, i) => reduceDocument(s, i).state, state);
const text = (state: DocumentState): string => serializeGraph(state.doc);

describe('reduceDocument', () => {
  it('an edit records its inverse; undo and redo walk the history', () => {
    const start = initialDocumentState(bundled());
    const edited = run(start, { type: 'edit', command: rename }, { type: 'edit', command: move });
    expect(edited.past.map((e) => e.command)).toEqual([rename, move]);
    const undone = run(edited, { type: 'undo' }, { type: 'undo' });
    expect(text(undone)).toBe(BUNDLED_TEXT);
    expect(undone.future).toHaveLength(2);
    const redone = run(undone, { type: 'redo' });
    expect(redone.doc.nodes.find((n) => n.id === 'iran')?.label).toMatchObject({ en: 'Persia' });
    expect(redone.doc.nodes.find((n) => n.id === 'iran')?.position).toEqual({ x: -81.5, y: -151.2 });
    expect(text(run(redone, { type: 'redo' }))).toBe(text(edited));
  });

  it('a new edit drops the redo list; undo or redo with nothing to do changes nothing', () => {
    const start = initialDocumentState(bundled());
    const s = run(start, { type: 'edit', command: rename }, { type: 'undo' }, { type: 'edit', command: move });
    expect(s.future).toEqual([]);
    expect(reduceDocument(start, { type: 'undo' }).state).toBe(start);
    expect(reduceDocument(start, { type: 'redo' }).state).toBe(start);
  });

  it('tracks unsaved changes: dirty after an edit, clean after undoing to the save point or marking saved', () => {
    const start = initialDocumentState(bundled());
    expect(isDirty(start)).toBe(false);
    const edited = run(start, { type: 'edit', command: rename });
    expect(isDirty(edited)).toBe(true);
    expect(isDirty(run(edited, { type: 'undo' }))).toBe(false);
    const saved = run(edited, { type: 'mark-saved' });
    expect(isDirty(saved)).toBe(false);
    expect(isDirty(run(saved, { type: 'undo' }))).toBe(true);
    expect(isDirty(run(saved, { type: 'undo' }, { type: 'redo' }))).toBe(false);
    // A save point in a future that a new edit discards is gone for good.
    const lost = run(saved, { type: 'undo' }, { type: 'edit', command: move });
    expect(lost.savedAt).toBeNull();
    expect(isDirty(run(lost, { type: 'undo' }))).toBe(true);
  });

  it('a refused edit leaves the state as it was and says why', () => {
    const start = initialDocumentState(bundled());
    const t = reduceDocument(start, { type: 'edit', command: { type: 'remove-node', id: 'atlantis' } });
    expect(t.state).toBe(start);
    expect(t.change).toBeNull();
    expect(t.error).toMatch(/atlantis/);
  });

  it('an edit that changes nothing is not history', () => {
    const start = initialDocumentState(bundled());
    const same = reduceDocument(start, { type: 'edit', command: { type: 'set-field', target: { kind: 'node', id: 'iran' }, path: ['x-none'], value: undefined } });
    expect(same.state).toBe(start);
  });

  it('open starts over; restored work is unsaved', () => {
    const edited = run(initialDocumentState(bundled()), { type: 'edit', command: rename });
    const opened = run(edited, { type: 'open', doc: bundled(), saved: true });
    expect(opened.past).toEqual([]);
    expect(isDirty(opened)).toBe(false);
    expect(isDirty(run(edited, { type: 'open', doc: edited.doc, saved: false }))).toBe(true);
  });

  it(`keeps at most ${MAX_HISTORY} edits`, () => {
    let s = initialDocumentState(bundled());
    for (let i = 0; i <= MAX_HISTORY + 5; i++) s = run(s, { type: 'edit', command: { type: 'set-position', id: 'iran', position: { x: i, y: i } } });
    expect(s.past).toHaveLength(MAX_HISTORY);
  });
});

describe('DocumentStore', () => {
  it('tells listeners each change with its cause, and validates the working document once per version', () => {
    const store = new DocumentStore(bundled());
    const heard: string[] = [];
    store.subscribe((_state, change) => heard.push(change?.cause ?? 'none'));
    expect(store.validation.ok).toBe(true);
    store.apply({ type: 'set-field', target: { kind: 'node', id: 'iran' }, path: ['type'], value: 'planet' });
    expect(store.validation.ok).toBe(false);
    expect(store.validation.problems.map((p) => p.code)).toContain('unknown-node-type');
    expect(store.validation).toBe(store.validation);
    expect(store.dirty).toBe(true);
    store.undo();
    store.redo();
    store.dispatch({ type: 'mark-saved' });
    expect(heard).toEqual(['edit', 'undo', 'redo', 'none']);
    expect(store.canUndo).toBe(true);
    expect(store.canRedo).toBe(false);
    expect(store.dirty).toBe(false);
  });
});

describe('DocumentStore: the file-level edits of issue 11 are undoable like any other', () => {
  it('add a language, delete a type with what uses it, delete a tour; undo three times gives back the file', () => {
    const store = new DocumentStore(bundled());
    expect(store.apply({ type: 'add-language', lang: 'fr' }).error).toBeUndefined();
    expect(store.apply({ type: 'remove-type', kind: 'node', id: 'country' }).error).toMatch(/used by 3 nodes/);
    expect(store.apply({ type: 'remove-type', kind: 'node', id: 'country', cascade: true }).error).toBeUndefined();
    expect(store.apply({ type: 'remove-tour', id: 'story' }).error).toBeUndefined();
    expect(store.doc.meta.languages).toEqual(['ar', 'en', 'fr']);
    expect(store.doc.tours).toEqual([]);
    expect(store.state.past).toHaveLength(3);
    store.undo();
    store.undo();
    store.undo();
    expect(serializeGraph(store.doc)).toBe(BUNDLED_TEXT);
    expect(store.dirty).toBe(false);
  });
});

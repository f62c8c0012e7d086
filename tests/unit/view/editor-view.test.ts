import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../src/model/edit/commands';
import { autosaveKey, devSavePath, downloadName, hasPositions, pointerTarget, quoteContext, shownOnCanvas, spotlightStep, typeUsage, unknownKeys } from '../../../src/view/editor-view';
import { bundled, load, ODD_KEYS_TEXT } from '../model/edit/fixtures';

describe('editor view helpers', () => {
  it('pointerTarget leads a problem to its node or edge, or to the file or tours panel', () => {
    const doc = bundled();
    expect(pointerTarget(doc, '/nodes/1/label/en')).toEqual({ kind: 'node', id: 'iran', index: 1 });
    expect(pointerTarget(doc, '/edges/0/evidence/0/quote')).toMatchObject({ kind: 'edge', index: 0 });
    expect(pointerTarget(doc, '/tours/0/steps/2/nodes/1')).toEqual({ kind: 'tours' });
    expect(pointerTarget(doc, '/nodeTypes/country/color')).toEqual({ kind: 'file' });
    expect(pointerTarget(doc, '/nodes/999')).toEqual({ kind: 'file' });
    expect(pointerTarget(doc, '')).toEqual({ kind: 'file' });
  });

  it('shownOnCanvas follows the model: the first of an id, relations with both ends', () => {
    const doc = bundled();
    expect(shownOnCanvas(doc, 'node', 1)).toBe(true);
    const twice = applyCommand(doc, { type: 'add-node', node: { id: 'iran', type: 'country', label: 'x' } }).doc;
    expect(shownOnCanvas(twice, 'node', twice.nodes.length - 1)).toBe(false);
    const dangling = applyCommand(doc, { type: 'set-field', target: { kind: 'edge', id: 'ru-ir-mou' }, path: ['target'], value: 'nowhere' }).doc;
    expect(shownOnCanvas(dangling, 'edge', 0)).toBe(false);
    const clash = applyCommand(doc, { type: 'set-field', target: { kind: 'edge', id: 'ru-ir-mou' }, path: ['id'], value: 'iran' }).doc;
    expect(shownOnCanvas(clash, 'edge', 0)).toBe(false);
    expect(shownOnCanvas(doc, 'edge', 0)).toBe(true);
  });

  it('quoteContext shows the quote at its first occurrence with text around it', () => {
    const text = 'one two three two four';
    expect(quoteContext(text, 'two', 4)).toEqual({ before: 'one ', quote: 'two', after: ' thr…', found: true, repeats: true });
    expect(quoteContext(text, 'four', 3).before).toBe('…wo ');
    expect(quoteContext(text, 'three', 100)).toEqual({ before: 'one two ', quote: 'three', after: ' two four', found: true, repeats: false });
    expect(quoteContext(text, 'five').found).toBe(false);
    expect(quoteContext(undefined, 'two').found).toBe(false);
  });

  it('unknownKeys lists what a kind does not declare, in file order', () => {
    const doc = load(ODD_KEYS_TEXT);
    expect(unknownKeys(doc, 'document')).toEqual(['x-generator']);
    expect(unknownKeys(doc.edges[1] as object, 'edge')).toEqual(['9', '1']);
  });

  it('typeUsage counts, hasPositions, spotlightStep', () => {
    const doc = bundled();
    expect(typeUsage(doc).nodeTypes.get('country')).toBe(3);
    expect(hasPositions(doc)).toBe(true);
    expect(hasPositions(load(ODD_KEYS_TEXT))).toBe(true);
    expect(Object.keys(spotlightStep({ nodes: ['a'], edges: ['e'] }, { ar: 'نص', en: ' ' }))).toEqual(['nodes', 'edges', 'caption']);
    expect(spotlightStep({ nodes: ['a'], edges: [] }, { ar: 'نص', en: '' })).toEqual({ nodes: ['a'], caption: { ar: 'نص' } });
  });

  it('devSavePath names data/ JSON files of this server only', () => {
    const page = 'http://localhost:5173/src/pages/editor.html';
    expect(devSavePath('/data/x.json', page)).toBe('data/x.json');
    expect(devSavePath('http://localhost:5173/data/sub/y.json', page)).toBe('data/sub/y.json');
    expect(devSavePath('http://example.org/data/x.json', page)).toBeUndefined();
    expect(devSavePath('/public/x.json', page)).toBeUndefined();
    expect(devSavePath('/data/x.txt', page)).toBeUndefined();
    expect(devSavePath(undefined, page)).toBeUndefined();
  });

  it('autosave keys and download names', () => {
    expect(autosaveKey({ src: 'http://h/data/x.json' })).toBe('url:http://h/data/x.json');
    expect(autosaveKey({ fileName: 'x.json' })).toBe('file:x.json');
    expect(autosaveKey({})).toBeUndefined();
    expect(downloadName({ src: 'http://h/data/my%20graph.json' })).toBe('my graph.json');
    expect(downloadName({ fileName: 'nodes.csv' })).toBe('nodes.csv.json');
    expect(downloadName({})).toBe('graph.json');
  });
});

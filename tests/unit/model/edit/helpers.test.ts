import { describe, expect, it } from 'vitest';
import { serializeJson } from '../../../../src/format/index';
import { textIn, withText } from '../../../../src/model/edit/localized';
import { freshId, slugOf } from '../../../../src/model/edit/ids';
import { kindAt, pathOf, pointerOf, valueAt } from '../../../../src/model/edit/path';

describe('localized text in the editor', () => {
  const languages = ['ar', 'en'];

  it('reads one language; a plain string is the first language', () => {
    expect(textIn({ ar: 'إيران', en: 'Iran' }, 'en', languages)).toBe('Iran');
    expect(textIn('إيران', 'ar', languages)).toBe('إيران');
    expect(textIn('إيران', 'en', languages)).toBe('');
    expect(textIn(undefined, 'en', languages)).toBe('');
  });

  it('sets one language keeping the others and their order; a new language goes where meta.languages puts it', () => {
    expect(serializeJson(withText({ en: 'Iran' }, 'ar', 'إيران', languages))).toBe(serializeJson({ ar: 'إيران', en: 'Iran' }));
    expect(Object.keys(withText({ ar: 'إيران' }, 'en', 'Iran', languages) as object)).toEqual(['ar', 'en']);
    expect(Object.keys(withText({ en: 'Iran', ar: 'إيران' }, 'ar', 'طهران', languages) as object)).toEqual(['en', 'ar']);
    expect(Object.keys(withText({ en: 'Iran', 'x-other': 'y' }, 'ar', 'إيران', languages) as object)).toEqual(['ar', 'en', 'x-other']);
  });

  it('an emptied language is removed; nothing left is undefined; a plain string stays plain', () => {
    expect(withText({ ar: 'إيران', en: 'Iran' }, 'en', '', languages)).toEqual({ ar: 'إيران' });
    expect(withText({ en: 'Iran' }, 'en', '', languages)).toBeUndefined();
    expect(withText('إيران', 'ar', 'طهران', languages)).toBe('طهران');
    expect(withText('إيران', 'en', 'Iran', languages)).toEqual({ ar: 'إيران', en: 'Iran' });
    expect(withText(undefined, 'en', 'Iran', languages)).toEqual({ en: 'Iran' });
  });
});

describe('ids', () => {
  it('slugs readable labels and finds a free id', () => {
    expect(slugOf('Joint SCO cryptocurrency')).toBe('joint-sco-cryptocurrency');
    expect(slugOf('Türkiye')).toBe('turkiye');
    expect(slugOf('تركيا')).toBe('');
    const taken = new Set(['turkey', 'turkey-2']);
    expect(freshId('turkey', (id) => taken.has(id))).toBe('turkey-3');
    expect(freshId('', () => false)).toBe('item');
  });
});

describe('paths', () => {
  it('turn into pointers and back (escaping ~ and /), indices only inside arrays', () => {
    const doc = { nodes: [{ 'a/b~c': 1 }], nodeTypes: { '0': { label: 'x' } } };
    expect(pointerOf(['nodes', 0, 'a/b~c'])).toBe('/nodes/0/a~1b~0c');
    expect(pathOf('/nodes/0/a~1b~0c', doc)).toEqual(['nodes', 0, 'a/b~c']);
    expect(pathOf('/nodeTypes/0/label', doc)).toEqual(['nodeTypes', '0', 'label']);
    expect(valueAt(doc, ['nodeTypes', '0', 'label'])).toBe('x');
    expect(valueAt(doc, ['nodes', 3])).toBeUndefined();
  });

  it('name the kind of object they point at', () => {
    expect(kindAt([])).toBe('document');
    expect(kindAt(['nodes', 2])).toBe('node');
    expect(kindAt(['edges', 0, 'evidence', 1])).toBe('evidence');
    expect(kindAt(['tours', 0, 'steps', 3])).toBe('tourStep');
    expect(kindAt(['nodeTypes', 'country'])).toBe('nodeType');
    expect(kindAt(['edges', 0, 'when'])).toMatch(/^time/);
    expect(kindAt(['nodes', 0, 'data'])).toBeUndefined();
  });
});

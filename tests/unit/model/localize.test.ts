import { describe, expect, it } from 'vitest';
import { allTexts, isBlankText, localize, resolveText } from '../../../src/model/localize';

const LANGS = ['ar', 'en', 'fa'];

describe('resolveText', () => {
  it('resolveText(text, lang) returns the text in the requested language with that language', () => {
    expect(resolveText({ ar: 'روسيا', en: 'Russia' }, 'en', LANGS)).toEqual({ text: 'Russia', lang: 'en' });
    expect(resolveText({ ar: 'روسيا', en: 'Russia' }, 'ar', LANGS)).toEqual({ text: 'روسيا', lang: 'ar' });
  });

  it('resolveText(text, lang) falls back to the first listed language that has text', () => {
    expect(resolveText({ en: 'Russia', fa: 'روسیه' }, 'de', LANGS)).toEqual({ text: 'Russia', lang: 'en' });
    expect(resolveText({ fa: 'روسیه', en: 'Russia' }, 'de', LANGS)).toEqual({ text: 'Russia', lang: 'en' });
    expect(resolveText({ fa: 'روسیه' }, 'en', LANGS)).toEqual({ text: 'روسیه', lang: 'fa' });
  });

  it('resolveText(text, lang) treats empty, white-space and invisible-only text as missing', () => {
    expect(resolveText({ en: '', ar: 'روسيا' }, 'en', LANGS)).toEqual({ text: 'روسيا', lang: 'ar' });
    expect(resolveText({ en: ' \t\n ', ar: 'روسيا' }, 'en', LANGS)?.lang).toBe('ar');
    expect(resolveText({ en: '\u200b\u200f\u2066\u2069\ufeff', ar: 'روسيا' }, 'en', LANGS)?.lang).toBe('ar');
    expect(resolveText({ ar: '\u00a0\u3000', en: 'Russia' }, 'ar', LANGS)?.lang).toBe('en');
  });

  it('resolveText(text, lang) returns undefined when no language has text', () => {
    expect(resolveText({ en: '  ', ar: '' }, 'en', LANGS)).toBeUndefined();
    expect(resolveText({}, 'en', LANGS)).toBeUndefined();
    expect(resolveText(undefined, 'en', LANGS)).toBeUndefined();
    expect(resolveText('\u200b', 'en', LANGS)).toBeUndefined();
  });

  it('resolveText(string, lang) counts a plain string as the document’s first language', () => {
    expect(resolveText('Russia', 'en', LANGS)).toEqual({ text: 'Russia', lang: 'ar' });
    expect(resolveText('Russia', 'en', [])).toEqual({ text: 'Russia', lang: 'en' });
  });

  it('resolveText(text, lang) keeps the text exactly as written (no trimming)', () => {
    expect(resolveText({ en: ' Russia ' }, 'en', LANGS)?.text).toBe(' Russia ');
  });

  it('resolveText(text, lang) never returns inherited object properties', () => {
    expect(resolveText({ en: 'Russia' }, 'constructor', ['constructor', 'en'])).toEqual({ text: 'Russia', lang: 'en' });
    expect(resolveText({}, 'toString', ['toString'])).toBeUndefined();
  });

  it('resolveText(text, lang) uses an unlisted language only as a last resort', () => {
    expect(resolveText({ de: 'Russland' }, 'en', LANGS)).toEqual({ text: 'Russland', lang: 'de' });
    expect(resolveText({ de: 'Russland', fa: 'روسیه' }, 'en', LANGS)?.lang).toBe('fa');
  });
});

describe('localize and friends', () => {
  it('localize(text, lang) returns the fallback when no language has text', () => {
    expect(localize({ en: '' }, 'en', LANGS, 'russia')).toBe('russia');
    expect(localize({ en: 'Russia' }, 'ar', LANGS, 'russia')).toBe('Russia');
    expect(localize(undefined, 'ar', LANGS)).toBe('');
  });

  it('isBlankText(text) is true for empty and invisible-only text and false for visible text', () => {
    expect(isBlankText('')).toBe(true);
    expect(isBlankText('\u200d\u00ad \u2800')).toBe(true);
    expect(isBlankText(undefined)).toBe(true);
    expect(isBlankText('\u200bx')).toBe(false);
    expect(isBlankText('ـ')).toBe(false);
  });

  it('allTexts(text) lists every non-blank text, listed languages first', () => {
    expect(allTexts({ de: 'Russland', en: 'Russia', ar: 'روسيا', fa: ' ' }, LANGS)).toEqual([
      { text: 'روسيا', lang: 'ar' },
      { text: 'Russia', lang: 'en' },
      { text: 'Russland', lang: 'de' },
    ]);
    expect(allTexts('Russia', LANGS)).toEqual([{ text: 'Russia', lang: 'ar' }]);
    expect(allTexts('', LANGS)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { EMBED_ATTRIBUTES, MAX_OPTION_LENGTH, embedAttributesFromSearch, embedPageUrl } from '../../../src/view/embed-options';

describe('embedAttributesFromSearch(search)', () => {
  it('keeps the known options in canonical order, decoded', () => {
    const attrs = embedAttributesFromSearch('?node=%D9%85%D8%B5%D8%B1&lang=ar&src=https%3A%2F%2Fex.org%2Fg.json%3Fa%3D1%26b%3D2&controls=search+legend');
    expect(attrs).toEqual([
      ['src', 'https://ex.org/g.json?a=1&b=2'],
      ['lang', 'ar'],
      ['node', 'مصر'],
      ['controls', 'search legend'],
    ]);
  });

  it('drops unknown names (no onload, no style, no sync-url) and empty values', () => {
    expect(embedAttributesFromSearch('onload=alert(1)&style=x&sync-url=&lang=&theme=dark')).toEqual([['theme', 'dark']]);
  });

  it('lets the last of a repeated name win', () => {
    expect(embedAttributesFromSearch('lang=en&lang=ar')).toEqual([['lang', 'ar']]);
  });

  it('drops values longer than the limit', () => {
    expect(embedAttributesFromSearch(`node=${'x'.repeat(MAX_OPTION_LENGTH + 1)}&lang=en`)).toEqual([['lang', 'en']]);
  });

  it('knows every option the element takes for an embed', () => {
    expect(EMBED_ATTRIBUTES).toEqual(['src', 'lang', 'theme', 'node', 'view', 'controls', 'wheel', 'tour', 'tour-step', 'autoplay']);
  });
});

describe('embedPageUrl(pageUrl, attributes)', () => {
  it('writes the options as the query, replacing any query or hash, and reads back the same', () => {
    const attrs = [['src', 'https://ex.org/a b.json'], ['lang', 'ar'], ['node', 'a&b=c#d']] as const;
    const url = embedPageUrl('https://site.example/src/pages/embed.html?old=1#x', attrs);
    expect(url.startsWith('https://site.example/src/pages/embed.html?src=')).toBe(true);
    expect(url).not.toContain('old=1');
    expect(url).not.toContain('#');
    expect(embedAttributesFromSearch(new URL(url).search)).toEqual(attrs);
  });
});

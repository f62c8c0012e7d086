import { describe, expect, it } from 'vitest';
import { embedAttributesFromSearch } from '../../../src/view/embed-options';
import { escapeAttribute, iframeSnippet, scriptSnippet, shareContent, sharedAttributes, viewLink } from '../../../src/view/share';
import { initialViewState, withFilterToggled, withPath, withSelection } from '../../../src/view/view-state';

const base = initialViewState('ar');

describe('sharedAttributes(state, defaultLang, source)', () => {
  it('names the graph, the language and the selected node', () => {
    const state = withSelection({ ...base, lang: 'en' }, { kind: 'node', id: 'iran' });
    expect(sharedAttributes(state, 'ar', { src: 'https://ex.org/g.json' })).toEqual([
      ['src', 'https://ex.org/g.json'],
      ['lang', 'en'],
      ['node', 'iran'],
    ]);
  });

  it('always names the language, even the file’s first (an embed opens in the language it was shared in)', () => {
    expect(sharedAttributes(base, 'ar', {})).toEqual([['lang', 'ar']]);
  });

  it('carries a selected relation, filters and a path in `view`, with the hash syntax', () => {
    let state = withSelection(base, { kind: 'edge', id: 'ru-ir' });
    state = withFilterToggled(state, 'hiddenNodeTypes', 'technology');
    state = withPath(state, { from: 'iran', to: 'india' });
    expect(sharedAttributes(state, 'ar', {})).toEqual([
      ['lang', 'ar'],
      ['view', 'edge=ru-ir&hide-nodes=technology&path=iran~india'],
    ]);
  });

  it('adds the theme, the controls and the tour step the page or the player set', () => {
    const attrs = sharedAttributes(base, 'ar', { theme: 'dark', controls: 'search legend', tour: 'story', tourStep: 3 });
    expect(attrs).toEqual([
      ['lang', 'ar'],
      ['theme', 'dark'],
      ['controls', 'search legend'],
      ['tour', 'story'],
      ['tour-step', '3'],
    ]);
  });

  it('writes no step without a tour', () => {
    expect(sharedAttributes(base, 'ar', { tourStep: 2 })).toEqual([['lang', 'ar']]);
  });
});

describe('escapeAttribute(value)', () => {
  it('escapes both quotes, ampersands and angle brackets, and nothing else', () => {
    expect(escapeAttribute(`a"b'c&d<e>f مصر`)).toBe('a&quot;b&#39;c&amp;d&lt;e&gt;f مصر');
  });

  it('does not double-escape what it is given twice as text', () => {
    expect(escapeAttribute('&amp;')).toBe('&amp;amp;');
  });
});

describe('scriptSnippet(scriptUrl, attributes)', () => {
  it('loads the element as a module and writes the view as attributes', () => {
    expect(scriptSnippet('https://cdn.example/kg-viewer.js', [['src', 'https://ex.org/g.json'], ['lang', 'ar'], ['node', 'iran']])).toBe(
      '<script type="module" src="https://cdn.example/kg-viewer.js"></script>\n<kg-viewer src="https://ex.org/g.json" lang="ar" node="iran"></kg-viewer>',
    );
  });

  it('cannot be broken out of by a hostile id or URL', () => {
    const snippet = scriptSnippet('https://x/"><script>alert(1)</script>', [['node', '"><img src=x onerror=alert(1)>']]);
    expect(snippet).not.toMatch(/<img|<script>alert/);
    // Parsed as HTML, the values come back exactly (checked with the HTML attribute grammar).
    const node = /node="([^"]*)"/.exec(snippet)?.[1] ?? '';
    expect(unescapeAttribute(node)).toBe('"><img src=x onerror=alert(1)>');
  });
});

describe('iframeSnippet(embedUrl, attributes, title)', () => {
  it('points at the embed page with the view as URL parameters, escaped for the attribute', () => {
    const attrs = [['src', 'https://ex.org/g.json'], ['lang', 'ar'], ['node', 'مصر']] as const;
    const snippet = iframeSnippet('https://site.example/src/pages/embed.html', attrs, 'Graph "one" & two');
    expect(snippet).toMatch(/^<iframe src="https:\/\/site\.example\/src\/pages\/embed\.html\?src=[^"]*" title="Graph &quot;one&quot; &amp; two" width="100%" height="480" loading="lazy" allow="clipboard-write"><\/iframe>$/);
    const src = unescapeAttribute(/src="([^"]*)"/.exec(snippet)?.[1] ?? '');
    expect(embedAttributesFromSearch(new URL(src).search)).toEqual(attrs);
  });
});

describe('viewLink(pageUrl, hash)', () => {
  it('replaces the page’s hash and keeps its query', () => {
    expect(viewLink('https://site.example/?src=g.json#node=old', '#node=iran&lang=en')).toBe('https://site.example/?src=g.json#node=iran&lang=en');
    expect(viewLink('https://site.example/#node=old', '')).toBe('https://site.example/');
  });
});

/** The inverse of the escapes, as an HTML parser applies them inside a quoted attribute. */
function unescapeAttribute(value: string): string {
  return value.replace(/&(amp|quot|#39|lt|gt);/g, (_, name: string) => ({ amp: '&', quot: '"', '#39': "'", lt: '<', gt: '>' })[name] as string);
}

describe('shareContent(inputs)', () => {
  const state = withSelection({ ...base, lang: 'en' }, { kind: 'node', id: 'iran' });
  const inputs = {
    state,
    defaultLang: 'ar',
    source: { src: 'https://site.example/data/g.json' },
    pageUrl: 'https://site.example/?src=data/g.json#node=old',
    syncUrl: true,
    scriptUrl: 'https://site.example/lib/kg-viewer.js',
    embedUrl: 'https://site.example/src/pages/embed.html',
    title: 'The graph',
  };

  it('links the full page (sync-url) to itself with the view in the hash', () => {
    expect(shareContent(inputs).link).toBe('https://site.example/?src=data/g.json#lang=en&node=iran');
  });

  it('links an embedded viewer to the embed page with the view as parameters', () => {
    const link = shareContent({ ...inputs, syncUrl: false, pageUrl: 'https://blog.example/post' }).link;
    expect(link).toBe('https://site.example/src/pages/embed.html?src=https%3A%2F%2Fsite.example%2Fdata%2Fg.json&lang=en&node=iran');
  });

  it('offers the script and iframe snippets only when their URLs are known', () => {
    const all = shareContent(inputs);
    expect(all.script).toContain('<kg-viewer src="https://site.example/data/g.json" lang="en" node="iran"></kg-viewer>');
    expect(all.iframe).toContain('src="https://site.example/src/pages/embed.html?src=');
    const none = shareContent({ ...inputs, scriptUrl: undefined, embedUrl: undefined });
    expect(none.script).toBeUndefined();
    expect(none.iframe).toBeUndefined();
  });

  it('says when the graph has no web address to share', () => {
    expect(shareContent(inputs).unaddressed).toBe(false);
    expect(shareContent({ ...inputs, source: {} }).unaddressed).toBe(true);
  });
});

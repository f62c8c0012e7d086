// Property-based checks (fast-check) of invariants that hand-picked examples can miss.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { elementsAt, fillGaps, sourceSpans } from '../../../src/model/evidence-index';
import { KnowledgeGraph } from '../../../src/model/knowledge-graph';
import { matchScore, normalizeForSearch, SearchIndex } from '../../../src/model/search';
import { graph, node, quote } from './graph-builder';

// Strings mixing Arabic letters and marks, Latin with accents, digits, spaces and invisible characters.
const PIECES = ['إ', 'أ', 'آ', 'ٱ', 'ا', 'ة', 'ى', 'ؤ', 'ئ', 'ی', 'ک', 'ـ', 'َ', 'ّ', 'ٰ', 'ۖ', '٣', '۵', 'ﻻ', 'é', 'Ü', 'İ', 'ℌ', 'ß', 'a', 'Z', ' ', '\u00a0', '\u200b', '\u2067', '\u200f', 'ع', '1'];
const mixedText = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join(''));
const anyText = fc.oneof(mixedText, fc.string({ unit: 'grapheme', maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 12 }));

describe('normalizeForSearch properties', () => {
  it('normalizeForSearch(text) is idempotent', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = normalizeForSearch(text);
        expect(normalizeForSearch(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('normalizeForSearch(text) leaves no marks, tatweel, hamza forms, Arabic digits, invisible characters or runs of space', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = normalizeForSearch(text);
        // eslint-disable-next-line no-misleading-character-class -- a class of the marks that must be gone
        expect(result).not.toMatch(/[\u064B-\u065F\u0670\u06D6-\u06ED\u0640أإآٱةىؤئ\u0660-\u0669\u06F0-\u06F9\u200b-\u200f\u2066-\u2069\u0300-\u036f]/);
        expect(result).not.toMatch(/\s\s|^\s|\s$/);
        expect(result).toBe(result.toLowerCase());
      }),
      { numRuns: 2000 },
    );
  });
});

describe('SearchIndex properties', () => {
  it('index.search(query) returns distinct nodes that really match, best score first', () => {
    const labels = fc.array(fc.record({ ar: mixedText, en: mixedText }), { minLength: 1, maxLength: 15 });
    fc.assert(
      fc.property(labels, mixedText, (pairs, query) => {
        const kg = KnowledgeGraph.from(graph({ nodes: pairs.map((label, i) => node(`n${i}`, 't', { label })) }));
        const hits = SearchIndex.build(kg).search(query, { limit: 100 });
        const q = normalizeForSearch(query);
        if (q === '') expect(hits).toEqual([]);
        expect(new Set(hits.map((h) => h.id)).size).toBe(hits.length);
        for (let i = 0; i < hits.length; i++) {
          const hit = hits[i]!;
          expect(matchScore(normalizeForSearch(hit.text), q)).toBe(hit.score);
          if (i > 0) expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hit.score);
        }
        // Every node with some matching text is found.
        const matching = pairs.filter(({ ar, en }) => [ar, en].some((t) => normalizeForSearch(t) !== '' && matchScore(normalizeForSearch(t), q) > 0));
        expect(hits.length).toBe(q === '' ? 0 : matching.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('sourceSpans properties', () => {
  it('sourceSpans(kg, id) lists, at each offset, exactly the elements whose first-occurrence quotes cover it', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), minLength: 1, maxLength: 40 });
    const scenario = text.chain((source) => {
      const range = fc.tuple(fc.nat(source.length - 1), fc.integer({ min: 1, max: 8 }));
      return fc.tuple(fc.constant(source), fc.array(fc.array(range, { maxLength: 3 }), { maxLength: 6 }));
    });
    fc.assert(
      fc.property(scenario, ([source, perElement]) => {
        const nodes = perElement.map((ranges, i) =>
          node(`n${i}`, 't', { evidence: ranges.map(([start, length]) => quote('s', source.slice(start, start + length))) }),
        );
        const kg = KnowledgeGraph.from(graph({ nodes, sources: [{ id: 's', text: source }] }));
        const spans = sourceSpans(kg, 's');
        // Brute force: mark each character with the elements whose quotes (first occurrence) cover it.
        const cover: string[][] = Array.from({ length: source.length }, () => []);
        nodes.forEach((n) => {
          for (const e of n.evidence ?? []) {
            const at = source.indexOf(e.quote);
            if (e.quote === '' || at < 0) continue;
            for (let k = at; k < at + e.quote.length; k++) if (!cover[k]!.includes(n.id)) cover[k]!.push(n.id);
          }
        });
        for (let k = 0; k < source.length; k++) {
          const expected = cover[k]!.sort((x, y) => Number(x.slice(1)) - Number(y.slice(1)));
          expect(elementsAt(spans, k)).toEqual(expected);
        }
        // Tiling with gaps gives back the whole text; neighbouring spans differ (they are merged otherwise).
        const tiles = fillGaps(spans, source.length);
        expect(tiles.map((t) => source.slice(t.start, t.end)).join('')).toBe(source);
        for (let i = 1; i < spans.length; i++) {
          const [a, b] = [spans[i - 1]!, spans[i]!];
          expect(a.end <= b.start).toBe(true);
          if (a.end === b.start) expect(a.elements).not.toEqual(b.elements);
        }
      }),
      { numRuns: 500 },
    );
  });
});

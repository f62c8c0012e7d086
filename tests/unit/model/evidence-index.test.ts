import { describe, expect, it } from 'vitest';
import { claimsBy, elementsAt, elementsIn, fillGaps, quoteRange, sourceSpans } from '../../../src/model/evidence-index';
import { KnowledgeGraph } from '../../../src/model/knowledge-graph';
import { edge, graph, node, quote } from './graph-builder';

//            0         1         2         3         4
//            0123456789012345678901234567890123456789012345
const TEXT = 'Russia and Iran signed a memorandum. Iran agreed.';

function sample() {
  return KnowledgeGraph.from(
    graph({
      sources: [
        { id: 'art', text: TEXT },
        { id: 'empty', title: 'no text here' },
      ],
      nodes: [
        node('ru', 'country', { evidence: [quote('art', 'Russia')] }),
        node('ir', 'country', { evidence: [quote('art', 'Iran'), quote('other', 'Iran')] }),
        node('ghost', 'country', { evidence: [quote('art', 'not in the text'), quote('empty', 'x')] }),
      ],
      edges: [
        edge('mou', 'ru', 'ir', 'agreement', {
          evidence: [quote('art', 'Russia and Iran signed a memorandum.')],
        }),
        edge('agreed', 'ir', 'ru', 'agreement', { evidence: [quote('art', 'Iran agreed.'), quote('art', 'agreed')] }),
      ],
    }),
  );
}

describe('quoteRange', () => {
  it('quoteRange(kg, evidence) finds the first occurrence of the quote in its source text', () => {
    const kg = sample();
    expect(quoteRange(kg, quote('art', 'Iran'))).toEqual({ start: 11, end: 15 });
    expect(TEXT.slice(11, 15)).toBe('Iran');
    expect(quoteRange(kg, quote('art', 'agreed.'))).toEqual({ start: 42, end: 49 });
  });

  it('quoteRange(kg, evidence) is undefined for a missing quote, source or source text', () => {
    const kg = sample();
    expect(quoteRange(kg, quote('art', 'Tehran'))).toBeUndefined();
    expect(quoteRange(kg, quote('nowhere', 'Iran'))).toBeUndefined();
    expect(quoteRange(kg, quote('empty', 'x'))).toBeUndefined();
    expect(quoteRange(kg, quote('art', ''))).toBeUndefined();
  });

  it('quoteRange(kg, evidence) finds an Arabic quote by UTF-16 offsets, first occurrence only', () => {
    const text = 'اتفقت روسيا وإيران على التعاون في الذكاء الاصطناعي. الذكاء الاصطناعي مجال رئيسي.';
    const phrase = 'الذكاء الاصطناعي';
    const kg = KnowledgeGraph.from(graph({ sources: [{ id: 'ar', text }] }));
    const range = quoteRange(kg, quote('ar', phrase));
    expect(range).toBeDefined();
    expect(text.slice(range!.start, range!.end)).toBe(phrase);
    expect(range!.start).toBe(34);
    expect(range!.end).toBe(34 + phrase.length);
  });
});

describe('sourceSpans', () => {
  it('sourceSpans(kg, sourceId) splits overlapping quotes into segments listing every covering element', () => {
    // Worked out by hand from TEXT: "Russia" 0–6 (ru, mou), " and " 6–11 (mou), "Iran" 11–15 (ir's quote is
    // the first "Iran", inside mou's), " signed a memorandum." 15–36 (mou), then "Iran agreed." 37–49 by
    // `agreed`, whose second quote "agreed" 42–48 lies inside its first.
    expect(sourceSpans(sample(), 'art')).toEqual([
      { start: 0, end: 6, elements: ['ru', 'mou'] },
      { start: 6, end: 11, elements: ['mou'] },
      { start: 11, end: 15, elements: ['ir', 'mou'] },
      { start: 15, end: 36, elements: ['mou'] },
      { start: 37, end: 49, elements: ['agreed'] },
    ]);
  });

  it('sourceSpans(kg, sourceId) returns sorted, non-overlapping segments inside the text', () => {
    const spans = sourceSpans(sample(), 'art');
    for (let i = 0; i < spans.length; i++) {
      const span = spans[i]!;
      expect(span.start).toBeLessThan(span.end);
      expect(span.end).toBeLessThanOrEqual(TEXT.length);
      if (i > 0) expect(span.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
    }
  });

  it('sourceSpans(kg, sourceId) merges neighbouring segments covered by the same elements', () => {
    const kg = KnowledgeGraph.from(
      graph({
        sources: [{ id: 's', text: 'abcdef' }],
        nodes: [node('a', 'thing', { evidence: [quote('s', 'abc'), quote('s', 'def'), quote('s', 'bcd')] })],
      }),
    );
    expect(sourceSpans(kg, 's')).toEqual([{ start: 0, end: 6, elements: ['a'] }]);
  });

  it('sourceSpans(kg, sourceId) is [] for a source without text or without quotes', () => {
    const kg = sample();
    expect(sourceSpans(kg, 'empty')).toEqual([]);
    expect(sourceSpans(kg, 'nowhere')).toEqual([]);
    const quiet = KnowledgeGraph.from(graph({ sources: [{ id: 's', text: 'abc' }], nodes: [node('a')] }));
    expect(sourceSpans(quiet, 's')).toEqual([]);
  });

  it('fillGaps(spans, length) adds the uncovered stretches so the segments tile the text', () => {
    const spans = fillGaps(sourceSpans(sample(), 'art'), TEXT.length);
    expect(spans[0]?.start).toBe(0);
    expect(spans[spans.length - 1]?.end).toBe(TEXT.length);
    for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBe(spans[i - 1]!.end);
    expect(spans.map((s) => TEXT.slice(s.start, s.end)).join('')).toBe(TEXT);
    expect(spans.find((s) => s.start === 36)).toEqual({ start: 36, end: 37, elements: [] });
  });

  it('elementsAt(spans, offset) and elementsIn(spans, start, end) lead from the text back to its facts', () => {
    const spans = sourceSpans(sample(), 'art');
    expect(elementsAt(spans, 12)).toEqual(['ir', 'mou']);
    expect(elementsAt(spans, 20)).toEqual(['mou']);
    expect(elementsAt(spans, 36)).toEqual([]);
    expect(elementsAt(spans, 999)).toEqual([]);
    // The second sentence, "Iran agreed.", is evidence for `agreed` only (ir quotes the first "Iran").
    expect(elementsIn(spans, 37, 49)).toEqual(['agreed']);
    expect(elementsIn(spans, 0, 36).sort()).toEqual(['ir', 'mou', 'ru']);
  });
});


describe('claimsBy', () => {
  it('claimsBy(kg, nodeId) lists the evidence attributed to the node, nodes first, in document order', () => {
    const said = (text: string, by: string) => ({ source: 's', quote: text, by });
    const kg = KnowledgeGraph.from(
      graph({
        sources: [{ id: 's', text: 'We agreed. They proposed. We signed.' }],
        nodes: [
          node('minister', 'person'),
          node('ru', 'country', { evidence: [said('We signed.', 'minister'), quote('s', 'They')] }),
          node('ir', 'country'),
        ],
        edges: [
          edge('mou', 'ru', 'ir', 'agreement', { evidence: [said('We agreed.', 'minister'), said('They proposed.', 'ir')] }),
        ],
      }),
    );
    expect(claimsBy(kg, 'minister').map((c) => [c.kind, c.element.id, c.evidence.quote])).toEqual([
      ['node', 'ru', 'We signed.'],
      ['edge', 'mou', 'We agreed.'],
    ]);
    expect(claimsBy(kg, 'ir').map((c) => c.evidence.quote)).toEqual(['They proposed.']);
    expect(claimsBy(kg, 'ru')).toEqual([]);
  });
});

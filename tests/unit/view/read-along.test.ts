import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../../src/format/types';
import { KnowledgeGraph } from '../../../src/model/knowledge-graph';
import { fillGaps, sourceSpans } from '../../../src/model/evidence-index';
import { visibility } from '../../../src/model/filters';
import { factsIn, paragraphsOf, readAlongElements, readingParagraph, spansWithin } from '../../../src/view/read-along';
import { edge, graph, node, quote } from '../model/graph-builder';

const TEXT = 'Title\n\nAlpha met Beta.\r\nBeta signed with Gamma.\n   \nGamma left';
const kg = KnowledgeGraph.from(
  graph({
    nodes: [node('a', 'country', { evidence: [quote('s', 'Alpha')] }), node('b'), node('c', 'tech'), node('d', 'thing', { evidence: [quote('s', 'Gamma left')] })],
    edges: [
      edge('ab', 'a', 'b', 'rel', { evidence: [quote('s', 'met Beta.')] }),
      edge('bc', 'b', 'c', 'rel', { evidence: [quote('s', 'Beta signed')] }),
      // A quote across a line break belongs to both paragraphs.
      edge('cd', 'c', 'd', 'rel', { evidence: [quote('s', 'Gamma.\n   \nGamma')] }),
    ],
    sources: [{ id: 's', title: 'S', text: TEXT }],
  }),
);
const para = (text: string) => {
  const start = TEXT.indexOf(text);
  return { start, end: start + text.length };
};

describe('paragraphsOf', () => {
  it('splits at line breaks, leaves blank lines and a \\r before the break out', () => {
    expect(paragraphsOf(TEXT).map((p) => TEXT.slice(p.start, p.end))).toEqual(['Title', 'Alpha met Beta.', 'Beta signed with Gamma.', 'Gamma left']);
    expect(paragraphsOf('')).toEqual([]);
    expect(paragraphsOf('one')).toEqual([{ start: 0, end: 3 }]);
    expect(paragraphsOf('a\n')).toEqual([{ start: 0, end: 1 }]);
  });

  it('covers every Arabic line of the bundled article that is not blank', () => {
    const doc = JSON.parse(readFileSync('data/russia-iran-ai-blockchain.json', 'utf8')) as GraphDocument;
    const text = doc.sources![0]!.text!;
    const paragraphs = paragraphsOf(text);
    expect(paragraphs.length).toBe(text.split('\n').filter((l) => l.trim()).length);
    expect(paragraphs.map((p) => text.slice(p.start, p.end)).join('\n')).toBe(text.split('\n').filter((l) => l.trim()).join('\n'));
  });
});

describe('spansWithin', () => {
  it('cuts the gap-free spans of a text at a paragraph\'s edges', () => {
    const spans = fillGaps(sourceSpans(kg, 's'), TEXT.length);
    const within = spansWithin(spans, para('Alpha met Beta.'));
    expect(within.map((s) => TEXT.slice(s.start, s.end)).join('')).toBe('Alpha met Beta.');
    expect(within.map((s) => [TEXT.slice(s.start, s.end), s.elements])).toEqual([
      ['Alpha', ['a']],
      [' ', []],
      ['met Beta.', ['ab']],
    ]);
  });
});

describe('factsIn / readAlongElements', () => {
  it('finds the facts quoted in a paragraph, a quote across paragraphs in each', () => {
    expect(factsIn(kg, 's', para('Alpha met Beta.'))).toEqual({ nodes: ['a'], edges: ['ab'] });
    expect(factsIn(kg, 's', para('Beta signed with Gamma.'))).toEqual({ nodes: [], edges: ['bc', 'cd'] });
    expect(factsIn(kg, 's', para('Gamma left'))).toEqual({ nodes: ['d'], edges: ['cd'] });
    expect(factsIn(kg, 's', para('Title'))).toEqual({ nodes: [], edges: [] });
    expect(factsIn(kg, 'unknown', para('Title'))).toEqual({ nodes: [], edges: [] });
  });

  it('lights the facts with both ends of each edge, leaving hidden ones out', () => {
    const lit = readAlongElements(kg, 's', para('Beta signed with Gamma.'));
    expect([...lit.edges]).toEqual(['bc', 'cd']);
    expect([...lit.nodes].sort()).toEqual(['b', 'c', 'd']);
    const hidden = visibility(kg, { hiddenNodeTypes: new Set(['tech']), hiddenEdgeTypes: new Set(), hiddenStatuses: new Set() });
    const filtered = readAlongElements(kg, 's', para('Beta signed with Gamma.'), hidden);
    expect(filtered.edges.size).toBe(0);
    expect(filtered.nodes.size).toBe(0);
  });
});

describe('readingParagraph', () => {
  it('is the paragraph with a fact that has most of itself on screen, the earlier on a tie', () => {
    expect(
      readingParagraph([
        { index: 0, visibleHeight: 200, hasFacts: false },
        { index: 1, visibleHeight: 40, hasFacts: true },
        { index: 2, visibleHeight: 90, hasFacts: true },
        { index: 3, visibleHeight: 90, hasFacts: true },
      ]),
    ).toBe(2);
    expect(readingParagraph([{ index: 4, visibleHeight: 0, hasFacts: true }])).toBeUndefined();
    expect(readingParagraph([])).toBeUndefined();
  });
});

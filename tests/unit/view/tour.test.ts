import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GraphDocument, Tour } from '../../../src/format/types';
import { KnowledgeGraph } from '../../../src/model/knowledge-graph';
import { visibility } from '../../../src/model/filters';
import { playableTours, stepElements, stepQuotes, tourById, tourKeyAction, tourStep } from '../../../src/view/tour';
import { edge, graph, node, quote } from '../model/graph-builder';

const TEXT = 'Alpha met Beta. Beta signed with Gamma. Later, Gamma left.';
const doc: GraphDocument = {
  ...graph({
    nodes: [node('a', 'country', { evidence: [quote('s', 'Alpha')] }), node('b'), node('c', 'tech'), node('d')],
    edges: [
      edge('ab', 'a', 'b', 'rel', { evidence: [quote('s', 'Alpha met Beta.'), quote('s', 'met Beta')] }),
      edge('bc', 'b', 'c', 'rel', { evidence: [quote('s', 'Beta signed with Gamma.'), quote('s', 'Alpha met Beta.')] }),
      edge('cd', 'c', 'd', 'rel', { evidence: [quote('nowhere', 'Gamma left')] }),
    ],
    sources: [{ id: 's', title: 'S', text: TEXT }],
  }),
  tours: [
    { id: 'walk', title: 'Walk', steps: [{ caption: 'One', nodes: ['a'], edges: ['bc'] }, { caption: 'Two', nodes: ['d', 'ghost'], edges: ['ab', 'cd', 'nope'] }] },
    { id: 'empty', title: 'Empty', steps: [] },
    { id: 'walk', title: 'Walk again', steps: [{ caption: 'Shadowed' }] },
    { id: 'own', title: 'Own', steps: [{ caption: 'Own quotes', edges: ['ab'], evidence: [quote('s', 'Later, Gamma left.')] }, { caption: 'Nodes only', nodes: ['a'] }] },
  ],
};
const kg = KnowledgeGraph.from(doc);
const walk = tourById(kg, 'walk') as Tour;

describe('playableTours / tourById / tourStep', () => {
  it('lists tours with steps, each id once (the first wins)', () => {
    expect(playableTours(kg).map((t) => `${t.id}:${String(t.title)}`)).toEqual(['walk:Walk', 'own:Own']);
    expect(tourById(kg, 'empty')).toBeUndefined();
    expect(tourById(kg, 'toString')).toBeUndefined();
  });

  it('finds steps counted from 1', () => {
    expect(tourStep(walk, 1)?.caption).toBe('One');
    expect(tourStep(walk, 2)?.caption).toBe('Two');
    expect(tourStep(walk, 0)).toBeUndefined();
    expect(tourStep(walk, 3)).toBeUndefined();
    expect(tourStep(walk, 1.5)).toBeUndefined();
  });
});

describe('stepElements', () => {
  it('lights the step\'s nodes and edges, with both ends of each edge, skipping unknown ids', () => {
    const one = stepElements(kg, walk.steps[0]!);
    expect([...one.nodes].sort()).toEqual(['a', 'b', 'c']);
    expect([...one.edges]).toEqual(['bc']);
    const two = stepElements(kg, walk.steps[1]!);
    expect([...two.nodes].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect([...two.edges].sort()).toEqual(['ab', 'cd']);
  });

  it('leaves out what the filters hide, and edges whose end is hidden', () => {
    const hidden = visibility(kg, { hiddenNodeTypes: new Set(['tech']), hiddenEdgeTypes: new Set(), hiddenStatuses: new Set() });
    const two = stepElements(kg, walk.steps[1]!, hidden);
    expect([...two.edges]).toEqual(['ab']);
    expect([...two.nodes].sort()).toEqual(['a', 'b', 'd']);
  });
});

describe('stepQuotes', () => {
  it("shows the quotes of the step's edges, each once, a quote inside another left out, in reading order", () => {
    // Step 2: ab quotes "Alpha met Beta." and "met Beta" (inside it); cd quotes a source without text.
    expect(stepQuotes(kg, walk.steps[1]!).map((q) => [q.evidence.quote, q.range?.start])).toEqual([
      ['Alpha met Beta.', 0],
      ['Gamma left', undefined],
    ]);
    // Step 1: bc's two quotes, sorted by where they start in the text.
    expect(stepQuotes(kg, walk.steps[0]!).map((q) => q.evidence.quote)).toEqual(['Alpha met Beta.', 'Beta signed with Gamma.']);
    expect(stepQuotes(kg, walk.steps[0]!)[1]?.range).toEqual({ start: 16, end: 39 });
  });

  it("prefers the step's own evidence; a step without edges shows its nodes' quotes", () => {
    const own = tourById(kg, 'own') as Tour;
    expect(stepQuotes(kg, own.steps[0]!).map((q) => q.evidence.quote)).toEqual(['Later, Gamma left.']);
    expect(stepQuotes(kg, own.steps[1]!).map((q) => q.evidence.quote)).toEqual(['Alpha']);
  });

  it('on the bundled tour: every step shows at least one quote, each found in the article', () => {
    const bundled = KnowledgeGraph.from(JSON.parse(readFileSync('data/russia-iran-ai-blockchain.json', 'utf8')) as GraphDocument);
    const story = tourById(bundled, 'story') as Tour;
    expect(story.steps).toHaveLength(8);
    for (const step of story.steps) {
      const quotes = stepQuotes(bundled, step);
      expect(quotes.length).toBeGreaterThan(0);
      for (const q of quotes) expect(q.range).toBeDefined();
      const starts = quotes.map((q) => q.range!.start);
      expect(starts).toEqual([...starts].sort((x, y) => x - y));
    }
  });
});

describe('tourKeyAction', () => {
  it('goes on with the arrow that points along the reading direction', () => {
    expect(tourKeyAction('ArrowRight', 'ltr')).toBe('next');
    expect(tourKeyAction('ArrowLeft', 'ltr')).toBe('previous');
    expect(tourKeyAction('ArrowLeft', 'rtl')).toBe('next');
    expect(tourKeyAction('ArrowRight', 'rtl')).toBe('previous');
    expect(tourKeyAction('Escape', 'rtl')).toBe('exit');
    expect(tourKeyAction('ArrowUp', 'ltr')).toBeUndefined();
    expect(tourKeyAction('Enter', 'ltr')).toBeUndefined();
  });
});

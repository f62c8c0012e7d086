import { describe, expect, it } from 'vitest';
import { emptyFilters, visibility } from '../../../src/model/filters';
import { KnowledgeGraph } from '../../../src/model/knowledge-graph';
import { neighbourhood, widerNeighbourhood } from '../../../src/model/neighbourhood';
import { edge, graph, node } from './graph-builder';

const sorted = (set: ReadonlySet<string>) => [...set].sort();

function sample() {
  return KnowledgeGraph.from(
    graph({
      nodes: [node('ru', 'country'), node('ir', 'country'), node('ai', 'topic'), node('cn', 'country'), node('far', 'country')],
      edges: [
        edge('mou', 'ru', 'ir', 'agreement', { topics: ['ai'] }),
        edge('mou2', 'ir', 'ru', 'agreement'),
        edge('loop', 'ru', 'ru', 'self'),
        edge('ai-ru', 'ai', 'ru', 'about'),
        edge('cn-ir', 'cn', 'ir', 'trade'),
        edge('far-cn', 'far', 'cn', 'trade'),
      ],
    }),
  );
}

describe('neighbourhood', () => {
  it('neighbourhood(kg, nodeId) is the node, its neighbours and its incident edges', () => {
    const hood = neighbourhood(sample(), 'ru');
    expect(sorted(hood.nodes)).toEqual(['ai', 'ir', 'ru']);
    expect(sorted(hood.edges)).toEqual(['ai-ru', 'loop', 'mou', 'mou2']);
  });

  it('neighbourhood(kg, edgeId) is the edge, its two ends and its topics', () => {
    const hood = neighbourhood(sample(), 'mou');
    expect(sorted(hood.nodes)).toEqual(['ai', 'ir', 'ru']);
    expect(sorted(hood.edges)).toEqual(['mou']);
  });

  it('neighbourhood(kg, id, visible) leaves out hidden types', () => {
    const kg = sample();
    const hidden = visibility(kg, { ...emptyFilters(), hiddenNodeTypes: new Set(['topic']), hiddenEdgeTypes: new Set(['self']) });
    const hood = neighbourhood(kg, 'ru', hidden);
    expect(sorted(hood.nodes)).toEqual(['ir', 'ru']);
    expect(sorted(hood.edges)).toEqual(['mou', 'mou2']);
    expect(sorted(neighbourhood(kg, 'mou', hidden).nodes)).toEqual(['ir', 'ru']);
  });

  it('neighbourhood(kg, id, visible) is empty for a hidden or unknown element', () => {
    const kg = sample();
    const hidden = visibility(kg, { ...emptyFilters(), hiddenNodeTypes: new Set(['topic']), hiddenEdgeTypes: new Set(['trade']) });
    for (const id of ['ai', 'cn-ir', 'ai-ru', 'nothing']) {
      const hood = neighbourhood(kg, id, hidden);
      expect(hood.nodes.size + hood.edges.size).toBe(0);
    }
    expect(neighbourhood(kg, 'nothing').nodes.size).toBe(0);
  });

  it('neighbourhood(kg, id) of an isolated node is the node alone', () => {
    const kg = KnowledgeGraph.from(graph({ nodes: [node('alone')] }));
    const hood = neighbourhood(kg, 'alone');
    expect([...hood.nodes]).toEqual(['alone']);
    expect(hood.edges.size).toBe(0);
  });
});

describe('widerNeighbourhood', () => {
  it('at depth 1 is the neighbourhood; at depth 2 adds the neighbours’ neighbours and the edges reaching them', () => {
    const kg = sample();
    expect(widerNeighbourhood(kg, 'ru', 1)).toEqual(neighbourhood(kg, 'ru'));
    const wide = widerNeighbourhood(kg, 'ru', 2);
    // cn is two steps from ru (through ir); far is three.
    expect(sorted(wide.nodes)).toEqual(['ai', 'cn', 'ir', 'ru']);
    expect(sorted(wide.edges)).toEqual(['ai-ru', 'cn-ir', 'loop', 'mou', 'mou2']);
  });

  it('with visible, goes no further through a hidden node', () => {
    const kg = sample();
    const hidden = visibility(kg, { ...emptyFilters(), hiddenNodeTypes: new Set(['country']) });
    expect(sorted(widerNeighbourhood(kg, 'ai', 2, hidden).nodes)).toEqual(['ai']);
    const noTrade = visibility(kg, { ...emptyFilters(), hiddenEdgeTypes: new Set(['trade']) });
    expect(sorted(widerNeighbourhood(kg, 'ru', 2, noTrade).nodes)).toEqual(['ai', 'ir', 'ru']);
  });
});

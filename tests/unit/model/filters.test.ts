import { describe, expect, it } from 'vitest';
import { allVisible, emptyFilters, NO_STATUS, typeCounts, visibility, type FilterState } from '../../../src/model/filters';
import { KnowledgeGraph } from '../../../src/model/knowledge-graph';
import { edge, graph, node } from './graph-builder';

function sample() {
  return KnowledgeGraph.from(
    graph({
      nodes: [node('ru', 'country'), node('ir', 'country'), node('ai', 'topic'), node('putin', 'person')],
      edges: [
        edge('mou', 'ru', 'ir', 'agreement', { status: 'signed' }),
        edge('coin', 'ru', 'ir', 'proposal', { status: 'proposed' }),
        edge('about', 'mou', 'ai', 'about'),
        edge('ai-link', 'ir', 'ai', 'about'),
        edge('said', 'putin', 'ru', 'statement'),
      ],
      nodeTypes: { person: { label: 'Person' }, topic: { label: 'Topic' }, country: { label: 'Country' } },
    }),
  );
}

function filters(parts: Partial<Record<keyof FilterState, string[]>>): FilterState {
  return {
    hiddenNodeTypes: new Set(parts.hiddenNodeTypes ?? []),
    hiddenEdgeTypes: new Set(parts.hiddenEdgeTypes ?? []),
    hiddenStatuses: new Set(parts.hiddenStatuses ?? []),
  };
}

describe('visibility', () => {
  it('visibility(kg, emptyFilters()) shows every node and edge and nothing unknown', () => {
    const kg = sample();
    const v = visibility(kg, emptyFilters());
    expect(kg.nodes.every((n) => v.node(n.id))).toBe(true);
    expect(kg.edges.every((e) => v.edge(e.id))).toBe(true);
    expect(v.node('nobody')).toBe(false);
    expect(v.edge('nothing')).toBe(false);
    expect(v.node('mou')).toBe(false);
  });

  it('visibility(kg, filters) hides a node when its type is hidden, and the edges at it', () => {
    const v = visibility(sample(), filters({ hiddenNodeTypes: ['topic'] }));
    expect(v.node('ai')).toBe(false);
    expect(v.node('ru')).toBe(true);
    expect(v.edge('ai-link')).toBe(false);
    expect(v.edge('mou')).toBe(true);
  });

  it('visibility(kg, filters) hides an edge when its type is hidden, keeping its ends', () => {
    const v = visibility(sample(), filters({ hiddenEdgeTypes: ['proposal'] }));
    expect(v.edge('coin')).toBe(false);
    expect(v.edge('mou')).toBe(true);
    expect(v.node('ru') && v.node('ir')).toBe(true);
  });

  it('visibility(kg, filters) hides an edge when its status is hidden; no status is the key "none"', () => {
    const kg = sample();
    const bySigned = visibility(kg, filters({ hiddenStatuses: ['signed'] }));
    expect(bySigned.edge('mou')).toBe(false);
    expect(bySigned.edge('coin')).toBe(true);
    const byNone = visibility(kg, filters({ hiddenStatuses: [NO_STATUS] }));
    expect(byNone.edge('said')).toBe(false);
    expect(byNone.edge('ai-link')).toBe(false);
    expect(byNone.edge('mou')).toBe(true);
  });

  it('allVisible(kg) answers true exactly for the graph’s nodes and edges', () => {
    const v = allVisible(sample());
    expect(v.node('ru') && v.edge('mou')).toBe(true);
    expect(v.node('mou') || v.edge('ru') || v.node('x')).toBe(false);
  });
});

describe('typeCounts', () => {
  it('typeCounts(kg) counts node types, edge types and statuses that occur', () => {
    const { nodeTypes, edgeTypes, statuses } = typeCounts(sample());
    expect([...nodeTypes]).toEqual([
      ['person', 1],
      ['topic', 1],
      ['country', 2],
    ]);
    expect(Object.fromEntries(edgeTypes)).toEqual({ agreement: 1, proposal: 1, about: 1, statement: 1 });
    expect(edgeTypes.has('about')).toBe(true);
    expect(Object.fromEntries(statuses)).toEqual({ signed: 1, proposed: 1, none: 2 });
  });

  it('typeCounts(kg) orders statuses from firmest to loosest, declared ones next and "none" last', () => {
    const doc = graph({
      nodes: [node('a'), node('b')],
      edges: [
        edge('1', 'a', 'b', 'r'),
        edge('2', 'a', 'b', 'r', { status: 'rumoured' }),
        edge('3', 'a', 'b', 'r', { status: 'stated' }),
        edge('4', 'a', 'b', 'r', { status: 'whispered' }),
        edge('5', 'a', 'b', 'r', { status: 'signed' }),
      ],
    });
    const withStatuses = { ...doc, meta: { ...doc.meta, statuses: { whispered: { label: 'whispered' } } } };
    const { statuses } = typeCounts(KnowledgeGraph.from(withStatuses));
    expect([...statuses.keys()]).toEqual(['signed', 'stated', 'whispered', 'rumoured', 'none']);
  });
});

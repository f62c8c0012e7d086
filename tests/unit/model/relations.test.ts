import { describe, expect, it } from 'vitest';
import { emptyFilters, visibility } from '../../../src/model/filters';
import { KnowledgeGraph } from '../../../src/model/knowledge-graph';
import { relationGroups } from '../../../src/model/relations';
import { edge, graph, node } from './graph-builder';

function sample() {
  return KnowledgeGraph.from(
    graph({
      nodes: [node('ru', 'country'), node('ir', 'country'), node('cn', 'country'), node('ai', 'topic')],
      edgeTypes: {
        partner: { label: 'partner of', directed: false },
        agreement: { label: 'agreement' },
      },
      edges: [
        edge('mou', 'ru', 'ir', 'agreement'),
        edge('deal', 'cn', 'ru', 'agreement'),
        edge('p1', 'ir', 'ru', 'partner'),
        edge('p2', 'ru', 'cn', 'partner'),
        edge('loop', 'ru', 'ru', 'agreement'),
        edge('self-undirected', 'ru', 'ru', 'partner'),
        edge('mention', 'ru', 'ai', 'mentions'),
        edge('mou-again', 'ru', 'ir', 'agreement', { status: 'proposed' }),
      ],
    }),
  );
}

const summary = (groups: ReturnType<typeof relationGroups>) =>
  groups.map((g) => [g.edgeType, g.direction, g.items.map((i) => `${i.edge.id}>${i.other.id}`)]);

describe('relationGroups', () => {
  it('relationGroups(kg, id) groups by edge type in declaration order, then out, in, undirected', () => {
    expect(summary(relationGroups(sample(), 'ru'))).toEqual([
      ['partner', 'undirected', ['p1>ir', 'p2>cn', 'self-undirected>ru']],
      ['agreement', 'out', ['mou>ir', 'loop>ru', 'mou-again>ir']],
      ['agreement', 'in', ['deal>cn']],
      ['mentions', 'out', ['mention>ai']],
    ]);
  });

  it('relationGroups(kg, id) gives directions as seen from the node asked about', () => {
    const groups = relationGroups(sample(), 'ir');
    expect(summary(groups)).toEqual([
      ['partner', 'undirected', ['p1>ru']],
      ['agreement', 'in', ['mou>ru', 'mou-again>ru']],
    ]);
  });

  it('relationGroups(kg, id) lists a self-loop once, with the node itself as the other end', () => {
    const items = relationGroups(sample(), 'ru').flatMap((g) => g.items);
    expect(items.filter((i) => i.edge.id === 'loop')).toHaveLength(1);
    expect(items.find((i) => i.edge.id === 'loop')?.other.id).toBe('ru');
  });

  it('relationGroups(kg, id, visible) leaves out hidden edges and edges to hidden nodes', () => {
    const kg = sample();
    const visible = visibility(kg, {
      ...emptyFilters(),
      hiddenNodeTypes: new Set(['topic']),
      hiddenStatuses: new Set(['proposed']),
      hiddenEdgeTypes: new Set(['partner']),
    });
    expect(summary(relationGroups(kg, 'ru', visible))).toEqual([
      ['agreement', 'out', ['mou>ir', 'loop>ru']],
      ['agreement', 'in', ['deal>cn']],
    ]);
  });

  it('relationGroups(kg, id) is [] for an isolated or unknown node', () => {
    const kg = KnowledgeGraph.from(graph({ nodes: [node('alone')] }));
    expect(relationGroups(kg, 'alone')).toEqual([]);
    expect(relationGroups(kg, 'nobody')).toEqual([]);
  });
});

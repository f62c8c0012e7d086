import { describe, expect, it } from 'vitest';
import { KnowledgeGraph } from '../../../src/model/knowledge-graph';
import { edge, graph, node, syntheticGraph } from './graph-builder';

const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);

function sample() {
  return KnowledgeGraph.from(
    graph({
      sources: [{ id: 'article', text: 'abc' }],
      nodes: [node('ru', 'country'), node('ir', 'country'), node('ai', 'topic'), node('lonely', 'topic')],
      edges: [
        edge('mou', 'ru', 'ir', 'agreement', { topics: ['ai', 'ai', 'nobody'] }),
        edge('mou2', 'ru', 'ir', 'agreement'),
        edge('loop', 'ru', 'ru', 'self'),
        edge('back', 'ir', 'ru', 'mention', { topics: ['ai'] }),
        edge('link', 'ai', 'ir', 'related'),
      ],
      edgeTypes: { related: { label: 'related', directed: false } },
    }),
  );
}

describe('KnowledgeGraph', () => {
  it('KnowledgeGraph.from(doc) exposes the document, its languages, nodes and edges in document order', () => {
    const doc = graph({ nodes: [node('a'), node('b')], edges: [edge('x', 'a', 'b')], languages: ['ar', 'en'] });
    const kg = KnowledgeGraph.from(doc);
    expect(kg.document).toBe(doc);
    expect(kg.languages).toEqual(['ar', 'en']);
    expect(ids(kg.nodes)).toEqual(['a', 'b']);
    expect(ids(kg.edges)).toEqual(['x']);
  });

  it('kg.node(id), kg.edge(id) and kg.source(id) look elements up by id', () => {
    const kg = sample();
    expect(kg.node('ir')?.type).toBe('country');
    expect(kg.edge('mou')?.source).toBe('ru');
    expect(kg.source('article')?.text).toBe('abc');
    expect(kg.node('mou')).toBeUndefined();
    expect(kg.edge('ru')).toBeUndefined();
    expect(kg.node('constructor')).toBeUndefined();
    expect(kg.has('ru') && kg.has('mou') && !kg.has('nope')).toBe(true);
  });

  it('kg.incidentEdges(id) lists in and out edges in document order, a self-loop once', () => {
    const kg = sample();
    expect(ids(kg.incidentEdges('ru'))).toEqual(['mou', 'mou2', 'loop', 'back']);
    expect(ids(kg.incidentEdges('ir'))).toEqual(['mou', 'mou2', 'back', 'link']);
    expect(kg.incidentEdges('lonely')).toEqual([]);
    expect(kg.incidentEdges('unknown')).toEqual([]);
  });

  it('kg.outgoingEdges(id) and kg.incomingEdges(id) follow edge direction as written', () => {
    const kg = sample();
    expect(ids(kg.outgoingEdges('ru'))).toEqual(['mou', 'mou2', 'loop']);
    expect(ids(kg.incomingEdges('ru'))).toEqual(['loop', 'back']);
  });

  it('kg.neighbours(id) lists each neighbour once and never the node itself', () => {
    const kg = sample();
    expect(kg.neighbours('ru')).toEqual(['ir']);
    expect(kg.neighbours('ir')).toEqual(['ru', 'ai']);
    expect(kg.neighbours('lonely')).toEqual([]);
    expect(kg.neighbours('ru')).toBe(kg.neighbours('ru'));
  });

  it('kg.degree(id) counts parallel edges each and a self-loop once', () => {
    const kg = sample();
    expect(kg.degree('ru')).toBe(4);
    expect(kg.degree('ir')).toBe(4);
    expect(kg.degree('ai')).toBe(1);
    expect(kg.degree('lonely')).toBe(0);
    expect(kg.degree('unknown')).toBe(0);
  });

  it('kg.edgesAboutTopic(id) lists edges whose topics include the node, each once', () => {
    const kg = sample();
    expect(ids(kg.edgesAboutTopic('ai'))).toEqual(['mou', 'back']);
    expect(kg.edgesAboutTopic('ru')).toEqual([]);
    expect(kg.edgesAboutTopic('nobody')).toEqual([]);
  });

  it('kg.isDirected(edge) follows edgeTypes[type].directed and defaults to true', () => {
    const kg = sample();
    expect(kg.isDirected(kg.edge('mou')!)).toBe(true);
    expect(kg.isDirected(kg.edge('link')!)).toBe(false);
    expect(kg.isDirected(edge('z', 'ru', 'ir', 'undeclared'))).toBe(true);
  });

  it('KnowledgeGraph.from(doc) skips edges whose ends are missing and elements with a taken id', () => {
    const kg = KnowledgeGraph.from(
      graph({
        nodes: [node('a'), node('b'), node('a', 'other')],
        edges: [
          edge('ok', 'a', 'b'),
          edge('dangling', 'a', 'ghost'),
          edge('ghost-source', 'ghost', 'b'),
          edge('ok', 'b', 'a'),
          edge('b', 'a', 'a'),
        ],
      }),
    );
    expect(ids(kg.nodes)).toEqual(['a', 'b']);
    expect(kg.node('a')?.type).toBe('thing');
    expect(ids(kg.edges)).toEqual(['ok']);
    expect(ids(kg.skippedEdges)).toEqual(['dangling', 'ghost-source', 'ok', 'b']);
    expect(kg.degree('a')).toBe(1);
    expect(kg.edge('dangling')).toBeUndefined();
  });

  it('kg.nodeIndex(id) and kg.edgeIndex(id) give document positions, -1 when absent', () => {
    const kg = sample();
    expect(kg.nodeIndex('ai')).toBe(2);
    expect(kg.edgeIndex('loop')).toBe(2);
    expect(kg.nodeIndex('x')).toBe(-1);
    expect(kg.edgeIndex('x')).toBe(-1);
  });

  it('kg.nodeType(type) and kg.edgeType(type) never return inherited properties', () => {
    const kg = sample();
    expect(kg.nodeType('country')?.label).toBe('country');
    expect(kg.nodeType('constructor')).toBeUndefined();
    expect(kg.edgeType('__proto__')).toBeUndefined();
  });

  it('KnowledgeGraph.from(doc) indexes a 20,000-node, 50,000-edge graph consistently', () => {
    const doc = syntheticGraph(20_000, 50_000);
    const kg = KnowledgeGraph.from(doc);
    expect(kg.nodes.length).toBe(20_000);
    expect(kg.edges.length).toBe(50_000);
    let endSum = 0;
    for (const n of kg.nodes) endSum += kg.degree(n.id);
    const selfLoops = doc.edges.filter((e) => e.source === e.target).length;
    expect(selfLoops).toBeGreaterThan(0);
    // Each edge is incident to two nodes, except a self-loop which is listed once.
    expect(endSum).toBe(2 * 50_000 - selfLoops);
  });
});

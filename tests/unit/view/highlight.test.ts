import { describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../../src/format/types';
import { KnowledgeGraph } from '../../../src/model/knowledge-graph';
import { visibility } from '../../../src/model/filters';
import { highlightFor, withLit } from '../../../src/view/highlight';

const kg = KnowledgeGraph.from({
  format: 'kg-graph',
  version: 1,
  meta: { title: 'T', languages: ['en'] },
  nodeTypes: { country: { label: 'Country' }, technology: { label: 'Technology' } },
  edgeTypes: { rel: { label: 'rel' } },
  nodes: [
    { id: 'a', type: 'country', label: 'A' },
    { id: 'b', type: 'country', label: 'B' },
    { id: 'c', type: 'technology', label: 'C' },
    { id: 'd', type: 'country', label: 'D' },
  ],
  edges: [
    { id: 'ab', type: 'rel', source: 'a', target: 'b' },
    { id: 'ac', type: 'rel', source: 'a', target: 'c' },
    { id: 'bd', type: 'rel', source: 'b', target: 'd' },
  ],
} as GraphDocument);

describe('highlightFor', () => {
  it('is null when nothing is selected and no path is asked for', () => {
    expect(highlightFor(kg, null, [])).toBeNull();
  });

  it('lights a selected node with its neighbours and incident edges, and marks it selected', () => {
    const h = highlightFor(kg, { kind: 'node', id: 'a' }, [])!;
    expect([...h.elements.nodes].sort()).toEqual(['a', 'b', 'c']);
    expect([...h.elements.edges].sort()).toEqual(['ab', 'ac']);
    expect([...h.selected]).toEqual(['a']);
    expect(h.path.size).toBe(0);
  });

  it('adds every path and marks its elements, and leaves hidden neighbours out', () => {
    const hidden = visibility(kg, { hiddenNodeTypes: new Set(['technology']), hiddenEdgeTypes: new Set(), hiddenStatuses: new Set() });
    const h = highlightFor(kg, { kind: 'node', id: 'a' }, [{ nodes: ['a', 'b', 'd'], edges: ['ab', 'bd'] }], hidden)!;
    expect([...h.elements.nodes].sort()).toEqual(['a', 'b', 'd']);
    expect([...h.path].sort()).toEqual(['a', 'ab', 'b', 'bd', 'd']);
  });
});

describe('withLit', () => {
  it('adds lit sets to a highlight, keeping what is selected and on a path', () => {
    const base = highlightFor(kg, { kind: 'node', id: 'a' }, [])!;
    const lit = withLit(base, { nodes: new Set(['d']), edges: new Set(['bd']) })!;
    expect([...lit.elements.nodes].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect([...lit.elements.edges].sort()).toEqual(['ab', 'ac', 'bd']);
    expect([...lit.selected]).toEqual(['a']);
  });

  it('lights a set alone, and leaves the highlight as it is for empty sets', () => {
    const alone = withLit(null, { nodes: new Set(['b', 'd']), edges: new Set(['bd']) })!;
    expect([...alone.elements.edges]).toEqual(['bd']);
    expect(alone.selected.size).toBe(0);
    expect(withLit(null, { nodes: new Set(), edges: new Set() })).toBeNull();
    const base = highlightFor(kg, { kind: 'node', id: 'a' }, []);
    expect(withLit(base)).toBe(base);
  });
});

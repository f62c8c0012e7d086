import { describe, expect, it } from 'vitest';
import { validateGraph } from '../../../src/format';

const doc = (nodeType: string, edgeType: string) => ({
  format: 'kg-graph',
  version: 1,
  meta: { title: 'T', languages: ['en'] },
  nodeTypes: { country: { label: 'Country' } },
  edgeTypes: { agreement: { label: 'agreement' } },
  nodes: [
    { id: 'a', type: nodeType, label: 'A' },
    { id: 'b', type: 'country', label: 'B' },
  ],
  edges: [{ id: 'ab', type: edgeType, source: 'a', target: 'b' }],
});

describe('type references', () => {
  it('name a node given an edge type, and an edge given a node type, with a hint saying which it is', () => {
    const result = validateGraph(doc('agreement', 'country'));
    const node = result.problems.find((p) => p.pointer === '/nodes/0/type');
    const edge = result.problems.find((p) => p.pointer === '/edges/0/type');
    expect(node).toMatchObject({ code: 'unknown-node-type', severity: 'error' });
    expect(node?.message).toContain('no node type "agreement" is declared in nodeTypes');
    expect(node?.hint).toBe('"agreement" is an edge type; declare it in nodeTypes too, or pick a node type');
    expect(edge).toMatchObject({ code: 'unknown-edge-type', severity: 'error' });
    expect(edge?.hint).toBe('"country" is a node type; declare it in edgeTypes too, or pick an edge type');
  });

  it('suggest the closest declared type for a typo', () => {
    const result = validateGraph(doc('contry', 'agreement'));
    expect(result.problems[0]).toMatchObject({ code: 'unknown-node-type', pointer: '/nodes/0/type' });
    expect(result.problems[0]?.hint).toContain('country');
    expect(validateGraph(doc('country', 'agreement')).ok).toBe(true);
  });
});

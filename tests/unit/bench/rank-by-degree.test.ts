import { describe, expect, it } from 'vitest';
import { rankByDegree } from '../../bench/pages/harness';

describe('rankByDegree', () => {
  const doc = {
    nodes: [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }],
    edges: [
      { source: 'a', target: 'c' },
      { source: 'b', target: 'c' },
      { source: 'c', target: 'd' },
      { source: 'd', target: 'b' },
    ],
  };
  it('ranks nodes by their number of edges, best-connected first, ties in file order', () => {
    expect(rankByDegree(doc)).toEqual(['c', 'b', 'd', 'a']);
  });
  it('keeps only the first `limit` nodes', () => {
    expect(rankByDegree(doc, 2)).toEqual(['c', 'b']);
  });
});

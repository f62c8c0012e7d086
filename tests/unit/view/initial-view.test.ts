import { describe, expect, it } from 'vitest';
import { initialViewFromAttributes } from '../../../src/view/initial-view';
import { initialViewState, type StateUniverse } from '../../../src/view/view-state';

const universe: StateUniverse = {
  languages: ['ar', 'en'],
  hasNode: (id) => ['russia', 'iran', 'india'].includes(id),
  hasEdge: (id) => id === 'ru-ir',
  nodeTypes: new Set(['country', 'technology']),
  edgeTypes: new Set(['agreement']),
  statuses: new Set(['signed']),
};
const base = initialViewState('en');

describe('initialViewFromAttributes(base, { node, view }, universe)', () => {
  it('selects the `node`', () => {
    expect(initialViewFromAttributes(base, { node: 'iran' }, universe).selection).toEqual({ kind: 'node', id: 'iran' });
  });

  it('drops a `node` the graph does not have', () => {
    expect(initialViewFromAttributes(base, { node: 'atlantis' }, universe).selection).toBeNull();
  });

  it('reads filters, a path and a selected relation from `view`, with or without `#`', () => {
    const state = initialViewFromAttributes(base, { view: 'edge=ru-ir&hide-nodes=technology,unknown&path=iran~india' }, universe);
    expect(state.selection).toEqual({ kind: 'edge', id: 'ru-ir' });
    expect([...state.filters.hiddenNodeTypes]).toEqual(['technology']);
    expect(state.path).toEqual({ from: 'iran', to: 'india' });
    expect(initialViewFromAttributes(base, { view: '#path=iran~india' }, universe).path).toEqual({ from: 'iran', to: 'india' });
  });

  it('keeps the language of `lang`, not one written in `view`', () => {
    expect(initialViewFromAttributes(base, { view: 'lang=ar&node=iran' }, universe).lang).toBe('en');
  });

  it('lets `node` win over a selection in `view`', () => {
    expect(initialViewFromAttributes(base, { node: 'russia', view: 'edge=ru-ir' }, universe).selection).toEqual({ kind: 'node', id: 'russia' });
  });

  it('changes nothing without attributes', () => {
    expect(initialViewFromAttributes(base, {}, universe)).toEqual(base);
  });
});

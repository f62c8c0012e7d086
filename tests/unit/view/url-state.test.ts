import { describe, expect, it } from 'vitest';
import { hashToViewState, viewStateToHash } from '../../../src/view/url-state';
import { initialViewState, sanitizeViewState, withFilterToggled, withPath, withSelection, type StateUniverse } from '../../../src/view/view-state';

const universe: StateUniverse = {
  languages: ['ar', 'en'],
  hasNode: (id) => ['russia', 'iran', 'مصر', 'a&b=c'].includes(id),
  hasEdge: (id) => id === 'ru-ir-mou',
  nodeTypes: new Set(['country', 'technology']),
  edgeTypes: new Set(['agreement']),
  statuses: new Set(['signed', 'none']),
};

describe('viewStateToHash / hashToViewState', () => {
  it('writes nothing for the default view', () => {
    expect(viewStateToHash(initialViewState('ar'), 'ar')).toBe('');
  });

  it('round-trips language, selection, filters and path', () => {
    let state = initialViewState('ar');
    state = { ...state, lang: 'en' };
    state = withSelection(state, { kind: 'node', id: 'russia' });
    state = withFilterToggled(state, 'hiddenNodeTypes', 'technology');
    state = withFilterToggled(state, 'hiddenStatuses', 'signed');
    state = withPath(state, { from: 'iran', to: 'russia' });
    const hash = viewStateToHash(state, 'ar');
    expect(hash).toBe('#lang=en&node=russia&hide-nodes=technology&hide-status=signed&path=iran~russia');
    const back = hashToViewState(hash, initialViewState('ar'));
    expect(back.lang).toBe('en');
    expect(back.selection).toEqual({ kind: 'node', id: 'russia' });
    expect([...back.filters.hiddenNodeTypes]).toEqual(['technology']);
    expect([...back.filters.hiddenStatuses]).toEqual(['signed']);
    expect(back.path).toEqual({ from: 'iran', to: 'russia' });
  });

  it('round-trips Unicode ids and ids with URL syntax in them', () => {
    for (const id of ['مصر', 'a&b=c']) {
      const hash = viewStateToHash(withSelection(initialViewState('ar'), { kind: 'node', id }), 'ar');
      expect(hashToViewState(hash, initialViewState('ar')).selection?.id).toBe(id);
    }
  });

  it('selects an edge through edge=', () => {
    expect(hashToViewState('#edge=ru-ir-mou', initialViewState('ar')).selection).toEqual({ kind: 'edge', id: 'ru-ir-mou' });
  });

  it('ignores malformed parts instead of throwing', () => {
    const state = hashToViewState('#node=%E0%A4%A&&=x&lang=&path=onlyone', initialViewState('ar'));
    expect(state.selection).toBeNull();
    expect(state.lang).toBe('ar');
    expect(state.path).toBeNull();
  });
});

describe('sanitizeViewState', () => {
  it('drops what the graph does not have', () => {
    const dirty = hashToViewState('#lang=fr&node=atlantis&hide-nodes=country,ghost&path=russia~nowhere', initialViewState('ar'));
    const clean = sanitizeViewState(dirty, universe);
    expect(clean.lang).toBe('ar');
    expect(clean.selection).toBeNull();
    expect([...clean.filters.hiddenNodeTypes]).toEqual(['country']);
    expect(clean.path).toBeNull();
  });

  it('keeps what the graph has', () => {
    const ok = sanitizeViewState(hashToViewState('#lang=en&edge=ru-ir-mou&path=russia~iran', initialViewState('ar')), universe);
    expect(ok.lang).toBe('en');
    expect(ok.selection).toEqual({ kind: 'edge', id: 'ru-ir-mou' });
    expect(ok.path).toEqual({ from: 'russia', to: 'iran' });
  });
});

describe('view state updaters', () => {
  it('withFilterToggled hides then shows again, without mutating the old state', () => {
    const a = initialViewState('en');
    const b = withFilterToggled(a, 'hiddenEdgeTypes', 'agreement');
    const c = withFilterToggled(b, 'hiddenEdgeTypes', 'agreement');
    expect(a.filters.hiddenEdgeTypes.size).toBe(0);
    expect(b.filters.hiddenEdgeTypes.has('agreement')).toBe(true);
    expect(c.filters.hiddenEdgeTypes.size).toBe(0);
  });

  it('withSelection returns the same object when nothing changes', () => {
    const a = withSelection(initialViewState('en'), { kind: 'node', id: 'x' });
    expect(withSelection(a, { kind: 'node', id: 'x' })).toBe(a);
  });
});

describe('tours in the hash', () => {
  const withTours: StateUniverse = { ...universe, tours: new Map([['story', 8]]) };

  it('writes the tour and its step counted from 1, and reads them back', () => {
    const state = { ...initialViewState('ar'), tour: { id: 'story', step: 3 } };
    const hash = viewStateToHash(state, 'ar');
    expect(hash).toBe('#tour=story&step=3');
    expect(hashToViewState(hash, initialViewState('ar')).tour).toEqual({ id: 'story', step: 3 });
  });

  it('reads a tour without a step as step 1 and ignores a step that is not a number', () => {
    expect(hashToViewState('#tour=story', initialViewState('ar')).tour).toEqual({ id: 'story', step: 1 });
    expect(hashToViewState('#tour=story&step=-2', initialViewState('ar')).tour).toEqual({ id: 'story', step: 1 });
    expect(hashToViewState('#tour=story&step=2x', initialViewState('ar')).tour).toEqual({ id: 'story', step: 1 });
    expect(hashToViewState('#step=4', initialViewState('ar')).tour).toBeNull();
  });

  it('sanitises the tour against the graph: unknown tours dropped, steps clamped', () => {
    const read = (hash: string) => sanitizeViewState(hashToViewState(hash, initialViewState('ar')), withTours).tour;
    expect(read('#tour=story&step=3')).toEqual({ id: 'story', step: 3 });
    expect(read('#tour=story&step=30')).toEqual({ id: 'story', step: 8 });
    expect(read('#tour=story&step=0')).toEqual({ id: 'story', step: 1 });
    expect(read('#tour=ghost&step=2')).toBeNull();
    expect(sanitizeViewState(hashToViewState('#tour=story', initialViewState('ar')), universe).tour).toBeNull();
  });

  it('round-trips a tour id that needs escaping, next to a selection', () => {
    const state = { ...withSelection(initialViewState('ar'), { kind: 'node', id: 'مصر' }), tour: { id: 'a&b=c', step: 2 } };
    expect(hashToViewState(viewStateToHash(state, 'ar'), initialViewState('ar'))).toMatchObject({ selection: { id: 'مصر' }, tour: { id: 'a&b=c', step: 2 } });
  });

  it('round-trips one more step (depth=2) beside a node, and writes nothing at one step', () => {
    const selected = withSelection(initialViewState('ar'), { kind: 'node', id: 'russia' });
    expect(viewStateToHash(selected, 'ar')).toBe('#node=russia');
    const hash = viewStateToHash({ ...selected, depth: 2 }, 'ar');
    expect(hash).toBe('#node=russia&depth=2');
    expect(hashToViewState(hash, initialViewState('ar')).depth).toBe(2);
    expect(sanitizeViewState(hashToViewState(hash, initialViewState('ar')), universe).depth).toBe(2);
    // Only around a node; anything but 2 is one step.
    expect(hashToViewState('#edge=ru-ir-mou&depth=2', initialViewState('ar')).depth).toBe(1);
    expect(hashToViewState('#node=russia&depth=7', initialViewState('ar')).depth).toBe(1);
    expect(viewStateToHash({ ...initialViewState('ar'), depth: 2 }, 'ar')).toBe('');
  });
});

import { describe, expect, it } from 'vitest';
import { reduce, type ReduceContext } from '../../../src/state/reduce';
import { ViewStore } from '../../../src/state/store';
import type { Intent } from '../../../src/state/intents';
import { depthOf, initialViewState, type ViewState } from '../../../src/view/view-state';

// A tiny universe: nodes a, b, c (c is of type "hidden-type"), edge ab; languages ar and en.
const context: ReduceContext = {
  universe: {
    languages: ['ar', 'en'],
    hasNode: (id) => ['a', 'b', 'c'].includes(id),
    hasEdge: (id) => id === 'ab',
    nodeTypes: new Set(['country', 'hidden-type']),
    edgeTypes: new Set(['agreement']),
    statuses: new Set(['signed']),
  },
  isVisible: (sel, filters) => !(sel.kind === 'node' && sel.id === 'c' && filters.hiddenNodeTypes.has('hidden-type')),
};

const start = initialViewState('ar');
const run = (state: ViewState, ...intents: Intent[]): ViewState => intents.reduce((s, i) => reduce(s, i, context), state);
const selectA: Intent = { type: 'select', kind: 'node', id: 'a' };

describe('reduce(state, intent)', () => {
  it('select opens the details panel on the selection', () => {
    const s = run(start, selectA);
    expect(s.selection).toEqual({ kind: 'node', id: 'a' });
    expect(s.panel).toBe('details');
  });

  it('select of an edge works like a node; an unknown id changes nothing', () => {
    expect(run(start, { type: 'select', kind: 'edge', id: 'ab' }).selection).toEqual({ kind: 'edge', id: 'ab' });
    expect(run(start, { type: 'select', kind: 'node', id: 'atlantis' })).toBe(start);
  });

  it('select from the text view moves to the details panel', () => {
    const s = run(start, { type: 'toggle-panel', panel: 'text' }, selectA);
    expect(s.panel).toBe('details');
  });

  it('clear-selection closes the details and the source panels, keeps the others', () => {
    expect(run(start, selectA, { type: 'clear-selection' })).toMatchObject({ selection: null, panel: null });
    const fromSource = run(start, selectA, { type: 'show-source', sourceId: 's', start: 1, end: 4 }, { type: 'clear-selection' });
    expect(fromSource).toMatchObject({ selection: null, panel: null });
    const fromText = run(start, { type: 'toggle-panel', panel: 'text' }, { type: 'clear-selection' });
    expect(fromText.panel).toBe('text');
  });

  it('show-source opens the source panel with the quote; close-panel goes back to the details', () => {
    const s = run(start, selectA, { type: 'show-source', sourceId: 's', start: 1, end: 4 });
    expect(s.panel).toBe('source');
    expect(s.sourceView).toEqual({ sourceId: 's', start: 1, end: 4 });
    const back = run(s, { type: 'close-panel' });
    expect(back).toMatchObject({ panel: 'details', selection: { id: 'a' } });
  });

  it('close-panel on the source without a selection closes it', () => {
    expect(run(start, { type: 'show-source', sourceId: 's', start: 0, end: 2 }, { type: 'close-panel' }).panel).toBeNull();
  });

  it('close-panel on the details clears the selection', () => {
    expect(run(start, selectA, { type: 'close-panel' })).toMatchObject({ panel: null, selection: null });
  });

  it('close-panel on the path or text panel closes it and keeps the selection', () => {
    const s = run(start, selectA, { type: 'toggle-panel', panel: 'path' }, { type: 'close-panel' });
    expect(s).toMatchObject({ panel: null, selection: { id: 'a' } });
  });

  it('toggle-panel opens a panel, and a second toggle returns to the details (or none)', () => {
    const open = run(start, { type: 'toggle-panel', panel: 'text' });
    expect(open.panel).toBe('text');
    expect(run(open, { type: 'toggle-panel', panel: 'text' }).panel).toBeNull();
    const withSel = run(start, selectA, { type: 'toggle-panel', panel: 'path' });
    expect(withSel.panel).toBe('path');
    expect(run(withSel, { type: 'toggle-panel', panel: 'path' }).panel).toBe('details');
  });

  it('toggle-filter hides and shows a type', () => {
    const hidden = run(start, { type: 'toggle-filter', kind: 'hiddenNodeTypes', key: 'country' });
    expect([...hidden.filters.hiddenNodeTypes]).toEqual(['country']);
    expect([...run(hidden, { type: 'toggle-filter', kind: 'hiddenNodeTypes', key: 'country' }).filters.hiddenNodeTypes]).toEqual([]);
  });

  it('toggle-filter that hides the selection clears it and its panel', () => {
    const s = run(start, { type: 'select', kind: 'node', id: 'c' }, { type: 'toggle-filter', kind: 'hiddenNodeTypes', key: 'hidden-type' });
    expect(s).toMatchObject({ selection: null, panel: null });
  });

  it('toggle-filter that leaves the selection visible keeps it', () => {
    const s = run(start, selectA, { type: 'toggle-filter', kind: 'hiddenNodeTypes', key: 'hidden-type' });
    expect(s).toMatchObject({ selection: { id: 'a' }, panel: 'details' });
  });

  it('find-path opens the path panel; unknown ends change nothing; clear-path keeps the panel open', () => {
    const s = run(start, { type: 'find-path', from: 'a', to: 'b' });
    expect(s).toMatchObject({ path: { from: 'a', to: 'b' }, panel: 'path' });
    expect(run(start, { type: 'find-path', from: 'a', to: 'nowhere' })).toBe(start);
    expect(run(s, { type: 'clear-path' })).toMatchObject({ path: null, panel: 'path' });
    expect(run(start, { type: 'clear-path' })).toBe(start);
  });

  it('set-language switches to a language of the file and ignores others', () => {
    expect(run(start, { type: 'set-language', lang: 'en' }).lang).toBe('en');
    expect(run(start, { type: 'set-language', lang: 'fr' })).toBe(start);
    expect(run(start, { type: 'set-language', lang: 'toString' })).toBe(start);
  });

  it('back steps out one level at a time: source, details, selection, path, then nothing', () => {
    let s = run(start, { type: 'find-path', from: 'a', to: 'b' }, selectA, { type: 'show-source', sourceId: 's', start: 0, end: 1 });
    s = run(s, { type: 'back' });
    expect(s.panel).toBe('details');
    s = run(s, { type: 'back' });
    expect(s).toMatchObject({ selection: null, panel: null, path: { from: 'a', to: 'b' } });
    s = run(s, { type: 'back' });
    expect(s).toMatchObject({ path: null, panel: null });
    expect(run(s, { type: 'back' })).toBe(s);
  });

  it('back closes an open panel when nothing else is selected', () => {
    const s = run(start, { type: 'toggle-panel', panel: 'text' }, { type: 'back' });
    expect(s.panel).toBeNull();
  });

  it('replace takes a state from the URL, sanitised, keeping the open panel and the source view when they fit', () => {
    const text = run(start, { type: 'toggle-panel', panel: 'text' });
    const fromUrl = { ...initialViewState('en'), selection: { kind: 'node' as const, id: 'b' } };
    expect(run(text, { type: 'replace', state: fromUrl })).toMatchObject({ lang: 'en', selection: { id: 'b' }, panel: 'text' });
    const details = run(start, selectA);
    expect(run(details, { type: 'replace', state: { ...initialViewState('ar') } })).toMatchObject({ selection: null, panel: null });
    const unknown = { ...initialViewState('fr'), selection: { kind: 'node' as const, id: 'atlantis' } };
    expect(run(start, { type: 'replace', state: unknown })).toBe(start);
    expect(run(start, { type: 'replace', state: fromUrl }).panel).toBe('details');
  });

  it('replace with the same view returns the same state (a URL echo is not a change)', () => {
    const s = run(start, selectA);
    expect(run(s, { type: 'replace', state: { ...s, filters: { ...s.filters, hiddenStatuses: new Set() } } })).toBe(s);
  });
});

describe('editor panels', () => {
  it('problems, file and tours open and close like the path panel, and stay open without a selection', () => {
    for (const panel of ['problems', 'file', 'tours'] as const) {
      const open = run(start, { type: 'toggle-panel', panel });
      expect(open.panel).toBe(panel);
      expect(run(open, { type: 'toggle-panel', panel }).panel).toBeNull();
      // Selecting from the panel moves to the details (the form); clearing keeps the panel.
      expect(run(open, selectA).panel).toBe('details');
      expect(run(open, { type: 'clear-selection' }).panel).toBe(panel);
      expect(run(open, { type: 'back' }).panel).toBeNull();
    }
  });
});

describe('ViewStore', () => {
  it('judges intents against a new graph after setContext', () => {
    const store = new ViewStore(start, context);
    store.dispatch({ type: 'select', kind: 'node', id: 'new' });
    expect(store.state.selection).toBeNull();
    store.setContext({ ...context, universe: { ...context.universe, hasNode: (id) => id === 'new' } });
    store.dispatch({ type: 'select', kind: 'node', id: 'new' });
    expect(store.state.selection?.id).toBe('new');
  });


  it('dispatch notifies listeners with the new state, the previous one and the intent, only on change', () => {
    const store = new ViewStore(start, context);
    const heard: [ViewState, ViewState, Intent][] = [];
    store.subscribe((n, p, i) => heard.push([n, p, i]));
    store.dispatch(selectA);
    store.dispatch(selectA);
    expect(heard).toHaveLength(1);
    expect(heard[0]?.[1]).toBe(start);
    expect(heard[0]?.[2]).toBe(selectA);
    expect(store.state.selection?.id).toBe('a');
  });
});

describe('reduce: tours and read-along', () => {
  // The same universe with one tour of 3 steps.
  const withTours: ReduceContext = { ...context, universe: { ...context.universe, tours: new Map([['story', 3]]) } };
  const play = (state: ViewState, ...intents: Intent[]): ViewState => intents.reduce((s, i) => reduce(s, i, withTours), state);
  const startStory: Intent = { type: 'start-tour', tour: 'story' };

  it('start-tour plays a known tour from step 1, or from the step asked for (clamped to the tour)', () => {
    expect(play(start, startStory).tour).toEqual({ id: 'story', step: 1 });
    expect(play(start, { type: 'start-tour', tour: 'story', step: 2 }).tour).toEqual({ id: 'story', step: 2 });
    expect(play(start, { type: 'start-tour', tour: 'story', step: 99 }).tour).toEqual({ id: 'story', step: 3 });
    expect(play(start, { type: 'start-tour', tour: 'story', step: 0 }).tour).toEqual({ id: 'story', step: 1 });
    expect(play(start, { type: 'start-tour', tour: 'atlantis' })).toBe(start);
    expect(play(start, { type: 'start-tour', tour: 'toString' })).toBe(start);
    // A graph without tours has none to start.
    expect(run(start, startStory)).toBe(start);
  });

  it('start-tour clears the selection (the step is what is lit) and keeps the path and filters', () => {
    const s = play(start, { type: 'find-path', from: 'a', to: 'b' }, selectA, startStory);
    expect(s).toMatchObject({ selection: null, path: { from: 'a', to: 'b' }, tour: { id: 'story', step: 1 } });
  });

  it('next-step and previous-step walk the tour and stop at its ends; go-to-step jumps', () => {
    let s = play(start, startStory);
    expect(play(s, { type: 'previous-step' })).toBe(s);
    s = play(s, { type: 'next-step' });
    expect(s.tour?.step).toBe(2);
    s = play(s, { type: 'next-step' });
    expect(s.tour?.step).toBe(3);
    expect(play(s, { type: 'next-step' })).toBe(s);
    expect(play(s, { type: 'previous-step' }).tour?.step).toBe(2);
    expect(play(s, { type: 'go-to-step', step: 1 }).tour?.step).toBe(1);
    expect(play(start, { type: 'next-step' })).toBe(start);
    expect(play(start, { type: 'go-to-step', step: 2 })).toBe(start);
  });

  it('starting the tour at the step it is on changes nothing (an attribute echo is not a change)', () => {
    const s = play(start, { type: 'start-tour', tour: 'story', step: 2 });
    expect(play(s, { type: 'start-tour', tour: 'story', step: 2 })).toBe(s);
  });

  it('stop-tour ends it; back ends it after the selection and before the path', () => {
    const s = play(start, startStory);
    expect(play(s, { type: 'stop-tour' }).tour).toBeNull();
    let t = play(start, { type: 'find-path', from: 'a', to: 'b' }, startStory, selectA);
    t = play(t, { type: 'back' });
    expect(t).toMatchObject({ selection: null, tour: { id: 'story' } });
    t = play(t, { type: 'back' });
    expect(t).toMatchObject({ tour: null, path: { from: 'a', to: 'b' } });
  });

  it('selecting during a tour keeps the tour', () => {
    expect(play(start, startStory, selectA).tour).toEqual({ id: 'story', step: 1 });
  });

  it('replace takes the tour from the URL, sanitised; the same tour and step is no change', () => {
    const s = play(start, startStory);
    expect(play(s, { type: 'replace', state: { ...s, tour: { id: 'story', step: 1 } } })).toBe(s);
    expect(play(s, { type: 'replace', state: { ...s, tour: { id: 'story', step: 3 } } }).tour).toEqual({ id: 'story', step: 3 });
    expect(play(s, { type: 'replace', state: { ...s, tour: { id: 'ghost', step: 1 } } }).tour).toBeNull();
    expect(play(s, { type: 'replace', state: { ...s, tour: null } }).tour).toBeNull();
  });

  it('read-along: the switch turns it on and off; paragraphs are taken only while it is on', () => {
    const paragraph = { start: 10, end: 40 };
    expect(play(start, { type: 'read-paragraph', paragraph })).toBe(start);
    const on = play(start, { type: 'set-read-along', on: true });
    expect(on.readAlong).toEqual({ paragraph: null });
    expect(play(on, { type: 'set-read-along', on: true })).toBe(on);
    const reading = play(on, { type: 'read-paragraph', paragraph });
    expect(reading.readAlong).toEqual({ paragraph });
    expect(play(reading, { type: 'read-paragraph', paragraph: { ...paragraph } })).toBe(reading);
    expect(play(reading, { type: 'set-read-along', on: false }).readAlong).toBeNull();
  });

  it('read-along survives a URL change and forgets its paragraph when another quote is shown', () => {
    const reading = play(start, { type: 'set-read-along', on: true }, { type: 'read-paragraph', paragraph: { start: 1, end: 5 } });
    expect(play(reading, { type: 'replace', state: initialViewState('en') }).readAlong).toEqual({ paragraph: { start: 1, end: 5 } });
    expect(play(reading, { type: 'show-source', sourceId: 's', start: 0, end: 2 }).readAlong).toEqual({ paragraph: null });
  });
});

describe('one more step (depth)', () => {
  const wide: Intent = { type: 'set-depth', depth: 2 };
  it('widens the spotlight around a selected node and back; starts at one step', () => {
    expect(depthOf(run(start, selectA))).toBe(1);
    const s = run(start, selectA, wide);
    expect(s.depth).toBe(2);
    expect(depthOf(s)).toBe(2);
    expect(run(s, { type: 'set-depth', depth: 1 }).depth).toBe(1);
    // Asking again for what is already so changes nothing.
    expect(run(s, wide)).toBe(s);
  });

  it('needs a selected node: nothing selected or an edge selected stays at one step', () => {
    expect(run(start, wide)).toBe(start);
    const onEdge = run(start, { type: 'select', kind: 'edge', id: 'ab' });
    expect(run(onEdge, wide)).toBe(onEdge);
  });

  it('stays while the reader moves to another node, and goes with the selection', () => {
    const s = run(start, selectA, wide, { type: 'select', kind: 'node', id: 'b' });
    expect(depthOf(s)).toBe(2);
    expect(run(s, { type: 'clear-selection' }).depth).toBe(1);
    expect(run(s, { type: 'back' }).depth).toBe(1);
  });

  it('comes from the URL: a replace with another depth is a change, the same one is not', () => {
    const s = run(start, selectA);
    const incoming = { ...initialViewState('ar'), selection: { kind: 'node' as const, id: 'a' }, depth: 2 as const };
    const replaced = run(s, { type: 'replace', state: incoming });
    expect(depthOf(replaced)).toBe(2);
    expect(run(replaced, { type: 'replace', state: incoming })).toBe(replaced);
    // Without a node selected, a depth in the URL means nothing.
    expect(depthOf(run(start, { type: 'replace', state: { ...initialViewState('ar'), depth: 2 } }))).toBe(1);
  });
});


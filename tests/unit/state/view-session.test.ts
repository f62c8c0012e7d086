import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../../src/format/types';
import { ViewSession } from '../../../src/state/view-session';
import { buildGraphContext } from '../../../src/view/graph-context';
import { initialViewState, type ViewState } from '../../../src/view/view-state';

const bundled = (): GraphDocument => JSON.parse(readFileSync('data/russia-iran-ai-blockchain.json', 'utf8')) as GraphDocument;
const open = (state: Partial<ViewState> = {}, doc = bundled()): ViewSession =>
  new ViewSession(buildGraphContext(doc), { ...initialViewState('ar'), ...state });

describe('ViewSession', () => {
  it('sanitises the first state against the graph: an id it lacks opens nothing', () => {
    const session = open({ selection: { kind: 'node', id: 'atlantis' }, panel: 'details' });
    expect(session.state.selection).toBeNull();
  });

  it('lights the selection’s neighbourhood, and a tour step’s elements beside it', () => {
    const session = open();
    session.dispatch({ type: 'select', kind: 'node', id: 'india' });
    const lit = session.highlight();
    expect([...(lit?.elements.nodes ?? [])].sort()).toEqual(['india', 'russia', 'sco']);
    expect([...(lit?.selected ?? [])]).toEqual(['india']);
    const withStep = session.highlight({ nodes: new Set(['iran']), edges: new Set() });
    expect(withStep?.elements.nodes.has('iran')).toBe(true);
  });

  it('follows the filters before listeners hear of them, and finds paths among what is shown', () => {
    const session = open();
    const heard: boolean[] = [];
    session.subscribe(() => heard.push(session.visible.node('india')));
    session.dispatch({ type: 'find-path', from: 'india', to: 'iran' });
    expect(session.paths.length).toBeGreaterThan(0);
    expect(session.paths[0]?.nodes[0]).toBe('india');
    session.dispatch({ type: 'toggle-filter', kind: 'hiddenNodeTypes', key: 'country' });
    expect(heard.at(-1)).toBe(false);
    expect(session.paths).toEqual([]);
  });

  it('searches what is shown, in the view’s language, and selects by id whatever the kind', () => {
    const session = open();
    expect(session.search('الهند')[0]?.id).toBe('india');
    session.dispatch({ type: 'toggle-filter', kind: 'hiddenNodeTypes', key: 'country' });
    expect(session.search('الهند').map((h) => h.id)).not.toContain('india');
    expect(session.selectIntent('india')).toEqual({ type: 'select', kind: 'node', id: 'india' });
    expect(session.selectIntent('ru-in-ai-offer')).toEqual({ type: 'select', kind: 'edge', id: 'ru-in-ai-offer' });
    expect(session.selectIntent('atlantis')).toBeUndefined();
  });

  it('keeps the view over a changed document and lets go of what the new one lacks', () => {
    const session = open();
    session.dispatch({ type: 'select', kind: 'node', id: 'india' });
    const full = bundled();
    const doc: GraphDocument = {
      ...full,
      nodes: full.nodes.filter((n) => n.id !== 'india'),
      edges: full.edges.filter((e) => e.source !== 'india' && e.target !== 'india'),
    };
    expect(session.replaceDocument(doc)).toEqual([{ type: 'clear-selection' }]);
    expect(session.kg.node('india')).toBeUndefined();
    expect(session.search('الهند').map((h) => h.id)).not.toContain('india');
    expect(session.replaceDocument(bundled())).toEqual([]);
  });
});

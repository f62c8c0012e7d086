/**
 * The one place a viewer's state changes: `reduce(state, intent, context)` is pure, so every
 * transition (panels included) is tested in Node, and undo, autosave and URL sync can all
 * listen to the same stream of intents.
 */
import type { FilterState } from '../model/filters';
import {
  panelFor,
  sanitizeTour,
  sanitizeViewState,
  withFilterToggled,
  withLanguage,
  withPath,
  withReadAlong,
  withSelection,
  withSourceView,
  withTour,
  withDepth,
  depthOf,
  type Selection,
  type StateUniverse,
  type ViewState,
} from '../view/view-state';
import type { Intent } from './intents';

/** What the reducer may ask of the loaded graph. */
export interface ReduceContext {
  readonly universe: StateUniverse;
  /** Whether a node or edge is shown under these filters. */
  isVisible(selection: Selection, filters: FilterState): boolean;
}

/** The next state for an intent; the same object when nothing changes. */
export function reduce(state: ViewState, intent: Intent, context: ReduceContext): ViewState {
  switch (intent.type) {
    case 'select': {
      const exists = intent.kind === 'node' ? context.universe.hasNode(intent.id) : context.universe.hasEdge(intent.id);
      if (!exists) return state;
      return withPanel(withSelection(state, { kind: intent.kind, id: intent.id }), 'details');
    }
    case 'clear-selection': {
      // The next selection starts one step wide again.
      const next = withDepth(withSelection(state, null), 1);
      return state.panel === 'details' || state.panel === 'source' ? withPanel(next, null) : withPanel(next, next.panel);
    }
    case 'set-depth':
      // Only around a selected node; at one step the state says nothing of depth in the URL.
      if (intent.depth === 2 && state.selection?.kind !== 'node') return state;
      return withDepth(state, intent.depth);
    case 'show-source': {
      const next = withPanel(withSourceView(state, { sourceId: intent.sourceId, start: intent.start, end: intent.end }), 'source');
      // Another source (or another place in it): the paragraph read along is no longer known.
      return next.readAlong?.paragraph ? withReadAlong(next, { paragraph: null }) : next;
    }
    case 'close-panel':
      if (state.panel === 'source' && state.selection) return withPanel(state, 'details');
      if (state.panel === 'details') return withPanel(withSelection(state, null), null);
      return withPanel(state, null);
    case 'toggle-panel':
      return withPanel(state, state.panel === intent.panel ? (state.selection ? 'details' : null) : intent.panel);
    case 'toggle-filter': {
      const next = withFilterToggled(state, intent.kind, intent.key);
      // A filter that hides the selection clears it (and its panel).
      if (next.selection && !context.isVisible(next.selection, next.filters)) {
        return reduce(next, { type: 'clear-selection' }, context);
      }
      return next;
    }
    case 'find-path': {
      if (!context.universe.hasNode(intent.from) || !context.universe.hasNode(intent.to)) return state;
      return withPanel(withPath(state, { from: intent.from, to: intent.to }), 'path');
    }
    case 'clear-path':
      return state.path ? withPath(state, null) : state;
    case 'set-language':
      return context.universe.languages.includes(intent.lang) ? withLanguage(state, intent.lang) : state;
    case 'back':
      if (state.panel === 'source') return reduce(state, { type: 'close-panel' }, context);
      if (state.selection) return reduce(state, { type: 'clear-selection' }, context);
      if (state.tour) return withTour(state, null);
      if (state.path) return reduce(state, { type: 'clear-path' }, context);
      if (state.panel) return withPanel(state, null);
      return state;
    case 'replace': {
      // The URL carries neither the open panel, the quote shown in the source nor read-along: they stay.
      const incoming = sanitizeViewState({ ...intent.state, panel: state.panel, sourceView: state.sourceView, readAlong: state.readAlong ?? null }, context.universe);
      return sameView(incoming, state) ? state : incoming;
    }
    case 'start-tour': {
      const tour = sanitizeTour({ id: intent.tour, step: intent.step ?? 1 }, context.universe);
      if (!tour) return state;
      // The tour's step is what the spotlight shows: a selection's neighbourhood would blur it.
      return withTour(state.selection ? reduce(state, { type: 'clear-selection' }, context) : state, tour);
    }
    case 'go-to-step':
      return state.tour ? withTour(state, sanitizeTour({ id: state.tour.id, step: intent.step }, context.universe)) : state;
    case 'next-step':
      return state.tour ? reduce(state, { type: 'go-to-step', step: state.tour.step + 1 }, context) : state;
    case 'previous-step':
      return state.tour ? reduce(state, { type: 'go-to-step', step: state.tour.step - 1 }, context) : state;
    case 'stop-tour':
      return withTour(state, null);
    case 'set-read-along':
      return intent.on ? (state.readAlong ? state : withReadAlong(state, { paragraph: null })) : withReadAlong(state, null);
    case 'read-paragraph':
      return state.readAlong ? withReadAlong(state, { paragraph: intent.paragraph }) : state;
  }
}

/** Opens `panel` (or none), unless it has nothing to show: details need a selection, the source a quote. */
function withPanel(state: ViewState, panel: ViewState['panel']): ViewState {
  const next =
    (panel === 'details' && !state.selection) || (panel === 'source' && !state.sourceView)
      ? panelFor(null, state.selection, state.path, state.sourceView)
      : panel;
  return next === state.panel ? state : { ...state, panel: next };
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((k) => b.has(k));
}

/** Whether two states show the same view (so a URL echo does not count as a change). */
function sameView(a: ViewState, b: ViewState): boolean {
  return (
    a.lang === b.lang &&
    a.panel === b.panel &&
    a.sourceView === b.sourceView &&
    a.selection?.kind === b.selection?.kind &&
    a.selection?.id === b.selection?.id &&
    a.path?.from === b.path?.from &&
    a.path?.to === b.path?.to &&
    a.tour?.id === b.tour?.id &&
    a.tour?.step === b.tour?.step &&
    depthOf(a) === depthOf(b) &&
    sameSet(a.filters.hiddenNodeTypes, b.filters.hiddenNodeTypes) &&
    sameSet(a.filters.hiddenEdgeTypes, b.filters.hiddenEdgeTypes) &&
    sameSet(a.filters.hiddenStatuses, b.filters.hiddenStatuses)
  );
}

/**
 * The whole view state of one viewer as one serialisable object, and the pure functions
 * that change it. The element keeps one per instance; the URL hash adapter round-trips it.
 */
import type { FilterState } from '../model/filters';
import type { Depth } from '../model/neighbourhood';

export type { Depth } from '../model/neighbourhood';

export interface Selection {
  readonly kind: 'node' | 'edge';
  readonly id: string;
}

export interface PathQuery {
  readonly from: string;
  readonly to: string;
}

export interface ViewState {
  readonly lang: string;
  readonly selection: Selection | null;
  readonly filters: FilterState;
  readonly path: PathQuery | null;
  /** The source text panel: which source, and which quote to show highlighted. */
  readonly sourceView: { readonly sourceId: string; readonly start: number; readonly end: number } | null;
  /** Which panel is open beside the graph (a side panel on wide screens, a bottom sheet on narrow). */
  readonly panel: Panel;
  /** The tour being played and its step (absent: none). */
  readonly tour?: TourPosition | null;
  /** Read-along with the shown source (absent: off). */
  readonly readAlong?: ReadAlong | null;
  /**
   * How far the spotlight reaches around a selected node: its neighbours (1, also when absent)
   * or their neighbours too (2, "one more step").
   */
  readonly depth?: Depth;
}

/** A tour and one of its steps, counted from 1 as readers and URLs count them. */
export interface TourPosition {
  readonly id: string;
  readonly step: number;
}

/** Read-along is on; `paragraph` is the stretch `[start, end)` of the shown source in view, if any. */
export interface ReadAlong {
  readonly paragraph: { readonly start: number; readonly end: number } | null;
}

/**
 * The panels of the viewer; `null` when none is open. In edit mode the details are the form, and
 * three more panels exist: the problems list, the file's vocabulary (meta, sources, types), tours.
 */
export type Panel = 'details' | 'source' | 'path' | 'text' | EditorPanel | null;
export type EditorPanel = 'problems' | 'file' | 'tours';

export const EMPTY_FILTERS: FilterState = {
  hiddenNodeTypes: new Set(),
  hiddenEdgeTypes: new Set(),
  hiddenStatuses: new Set(),
};

export function initialViewState(lang: string): ViewState {
  return { lang, selection: null, filters: EMPTY_FILTERS, path: null, sourceView: null, panel: null, tour: null, readAlong: null, depth: 1 };
}

/** The spotlight's reach: 2 only around a selected node, else 1. */
export function depthOf(state: ViewState): Depth {
  return state.depth === 2 && state.selection?.kind === 'node' ? 2 : 1;
}

export function withDepth(state: ViewState, depth: Depth): ViewState {
  return (state.depth ?? 1) === depth ? state : { ...state, depth };
}

export function withSelection(state: ViewState, selection: Selection | null): ViewState {
  if (state.selection?.id === selection?.id && state.selection?.kind === selection?.kind) return state;
  return { ...state, selection };
}

export function withLanguage(state: ViewState, lang: string): ViewState {
  return state.lang === lang ? state : { ...state, lang };
}

export type FilterKind = keyof FilterState;

function toggled(set: ReadonlySet<string>, key: string): ReadonlySet<string> {
  const next = new Set(set);
  if (!next.delete(key)) next.add(key);
  return next;
}

/** Shows or hides one node type, edge type or status. */
export function withFilterToggled(state: ViewState, kind: FilterKind, key: string): ViewState {
  return { ...state, filters: { ...state.filters, [kind]: toggled(state.filters[kind], key) } };
}

export function withPath(state: ViewState, path: PathQuery | null): ViewState {
  return { ...state, path };
}

export function withSourceView(state: ViewState, sourceView: ViewState['sourceView']): ViewState {
  return { ...state, sourceView };
}

/** What the view state may refer to in the loaded graph. */
export interface StateUniverse {
  readonly languages: readonly string[];
  hasNode(id: string): boolean;
  hasEdge(id: string): boolean;
  readonly nodeTypes: ReadonlySet<string>;
  readonly edgeTypes: ReadonlySet<string>;
  readonly statuses: ReadonlySet<string>;
  /** Tour id → number of steps (absent: the graph has no tours). */
  readonly tours?: ReadonlyMap<string, number>;
}

/**
 * Drops whatever the state says that the graph does not have: an unknown language, a
 * selection or path end that does not exist, filters for types the file does not declare.
 * Used on every state that comes from outside (a URL, a property).
 */
export function sanitizeViewState(state: ViewState, universe: StateUniverse): ViewState {
  const lang = universe.languages.includes(state.lang) ? state.lang : (universe.languages[0] ?? state.lang);
  const sel = state.selection;
  const selection =
    sel && (sel.kind === 'node' ? universe.hasNode(sel.id) : universe.hasEdge(sel.id)) ? sel : null;
  const keep = (set: ReadonlySet<string>, allowed: ReadonlySet<string>): ReadonlySet<string> =>
    new Set([...set].filter((k) => allowed.has(k)));
  const filters: FilterState = {
    hiddenNodeTypes: keep(state.filters.hiddenNodeTypes, universe.nodeTypes),
    hiddenEdgeTypes: keep(state.filters.hiddenEdgeTypes, universe.edgeTypes),
    hiddenStatuses: keep(state.filters.hiddenStatuses, universe.statuses),
  };
  const path = state.path && universe.hasNode(state.path.from) && universe.hasNode(state.path.to) ? state.path : null;
  return {
    lang,
    selection,
    filters,
    path,
    sourceView: state.sourceView,
    panel: panelFor(state.panel, selection, path, state.sourceView),
    tour: sanitizeTour(state.tour ?? null, universe),
    readAlong: state.readAlong ?? null,
    depth: state.depth === 2 && selection?.kind === 'node' ? 2 : 1,
  };
}

/** The tour position if the graph has that tour, its step clamped to the tour's steps; else null. */
export function sanitizeTour(tour: TourPosition | null, universe: StateUniverse): TourPosition | null {
  if (!tour) return null;
  const steps = universe.tours?.get(tour.id);
  if (!steps) return null;
  const step = Number.isInteger(tour.step) ? Math.min(Math.max(tour.step, 1), steps) : 1;
  return step === tour.step ? tour : { id: tour.id, step };
}

export function withTour(state: ViewState, tour: TourPosition | null): ViewState {
  const current = state.tour ?? null;
  if (current?.id === tour?.id && current?.step === tour?.step) return state;
  return { ...state, tour };
}

export function withReadAlong(state: ViewState, readAlong: ReadAlong | null): ViewState {
  const current = state.readAlong ?? null;
  if (current === readAlong) return state;
  if (current && readAlong && current.paragraph?.start === readAlong.paragraph?.start && current.paragraph?.end === readAlong.paragraph?.end) return state;
  return { ...state, readAlong };
}

/**
 * The panel that can stay open for this selection, path and source view: details need a
 * selection and the source view a quote to show; otherwise the panel the state implies.
 */
export function panelFor(
  panel: Panel,
  selection: Selection | null,
  path: PathQuery | null,
  sourceView: ViewState['sourceView'],
): Panel {
  if (panel === 'details' && selection) return panel;
  if (panel === 'source' && sourceView) return panel;
  if (panel === 'path' || panel === 'text' || panel === 'problems' || panel === 'file' || panel === 'tours') return panel;
  return selection ? 'details' : path ? 'path' : null;
}

/**
 * The view a viewer opens with, from its attributes: `node` (selected and framed at start) and
 * `view` (the rest of a shared view — a selected relation, filters, a path — in the URL-hash
 * syntax without `#`, e.g. `hide-nodes=technology&path=iran~india`). The language stays the
 * `lang` attribute's; the result is sanitised against the graph like any outside state.
 */
import { hashToViewState } from './url-state';
import { sanitizeViewState, type StateUniverse, type ViewState } from './view-state';

export interface InitialViewAttributes {
  readonly node?: string | null | undefined;
  readonly view?: string | null | undefined;
}

export function initialViewFromAttributes(base: ViewState, attributes: InitialViewAttributes, universe: StateUniverse): ViewState {
  let state = base;
  if (attributes.view) state = { ...hashToViewState(`#${attributes.view.replace(/^#/, '')}`, base), lang: base.lang };
  if (attributes.node) state = { ...state, selection: { kind: 'node', id: attributes.node } };
  return sanitizeViewState(state, universe);
}

/**
 * Every change of a viewer's state, as data. Panels never change state themselves: they
 * dispatch a `kg-intent` event (bubbling inside the viewer's shadow root only), the element
 * and its controllers dispatch intents too, and `reduce` turns each into the next state.
 * The editor's commands will travel the same way.
 */
import type { Depth, FilterKind, Panel, PathQuery, ViewState } from '../view/view-state';

export type Intent =
  | {
      readonly type: 'select';
      readonly kind: 'node' | 'edge';
      readonly id: string;
    }
  | { readonly type: 'clear-selection' }
  /** "One more step": the spotlight around the selected node reaches its neighbours' neighbours (2), or back (1). */
  | { readonly type: 'set-depth'; readonly depth: Depth }
  | { readonly type: 'show-source'; readonly sourceId: string; readonly start: number; readonly end: number }
  /** The panel's close button: from the source back to the details, from the details to none. */
  | { readonly type: 'close-panel' }
  /** A toolbar button: open this panel, or close it when it is already open. */
  | { readonly type: 'toggle-panel'; readonly panel: Exclude<Panel, null> }
  | { readonly type: 'toggle-filter'; readonly kind: FilterKind; readonly key: string }
  | { readonly type: 'find-path'; readonly from: string; readonly to: string }
  | { readonly type: 'clear-path' }
  | { readonly type: 'set-language'; readonly lang: string }
  /** Escape: back out one step (source → details → nothing; then the path, then any panel). */
  | { readonly type: 'back' }
  /** A state from outside (the URL hash): sanitised against the graph, panels kept if they still fit. */
  | { readonly type: 'replace'; readonly state: ViewState }
  /**
   * Play a tour from `step` (counted from 1; default 1). `focus`: the reader asked for it, so
   * keyboard focus moves to the tour's card (a deep link or autoplay leaves focus alone).
   */
  | { readonly type: 'start-tour'; readonly tour: string; readonly step?: number; readonly focus?: boolean }
  /** Go to a step of the tour being played (counted from 1). */
  | { readonly type: 'go-to-step'; readonly step: number }
  | { readonly type: 'next-step' }
  | { readonly type: 'previous-step' }
  | { readonly type: 'stop-tour' }
  /** The source panel's read-along switch. */
  | { readonly type: 'set-read-along'; readonly on: boolean }
  /** Read-along: the paragraph `[start, end)` of the shown source is the one in view (null: none). */
  | { readonly type: 'read-paragraph'; readonly paragraph: { readonly start: number; readonly end: number } | null };

export type IntentType = Intent['type'];
export type { PathQuery };

export const INTENT_EVENT = 'kg-intent';

/** An intent event; not composed, so it never leaves the viewer. */
export function intentEvent(intent: Intent): CustomEvent<Intent> {
  return new CustomEvent(INTENT_EVENT, { detail: intent, bubbles: true, composed: false });
}

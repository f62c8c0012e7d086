/**
 * What a panel asks the viewer to do. Panels never change state themselves: they dispatch
 * a `kg-intent` event (bubbling inside the viewer's shadow root only) and the viewer turns
 * it into a new view state.
 */
import type { FilterKind } from '../view/view-state';

export type Intent =
  | {
      readonly type: 'select';
      readonly kind: 'node' | 'edge';
      readonly id: string;
      /** Pan to it only when it is out of sight (a click on the canvas: it is under the pointer). */
      readonly reveal?: 'centre' | 'if-hidden';
    }
  | { readonly type: 'clear-selection' }
  | { readonly type: 'show-source'; readonly sourceId: string; readonly start: number; readonly end: number }
  | { readonly type: 'close-panel' }
  | { readonly type: 'toggle-filter'; readonly kind: FilterKind; readonly key: string }
  | { readonly type: 'find-path'; readonly from: string; readonly to: string }
  | { readonly type: 'clear-path' };

export const INTENT_EVENT = 'kg-intent';

/** An intent event; not composed, so it never leaves the viewer. */
export function intentEvent(intent: Intent): CustomEvent<Intent> {
  return new CustomEvent(INTENT_EVENT, { detail: intent, bubbles: true, composed: false });
}

/**
 * Cooperative gestures, the convention of maps embedded in articles: over an embedded graph the
 * mouse wheel and one finger belong to the page, so a reader scrolling the article is never
 * caught by the graph. Zooming takes Ctrl/⌘ + wheel (a trackpad pinch sends that too), two
 * fingers, the +/− buttons, or a click into the graph first, which hands the wheel to the graph
 * until the pointer leaves it or focus leaves the viewer. The full page (`sync-url`) owns
 * its whole window and keeps the wheel for zooming.
 *
 * Pure decisions only; the viewer's gesture controller applies them to real events.
 */

/** `page`: the wheel and one finger scroll the page; `zoom`: they zoom and pan the graph. */
export type WheelMode = 'page' | 'zoom';

/** The mode for a `wheel` attribute value: `zoom` or `page`, else `zoom` on the full page and `page` in an embed. */
export function wheelMode(attribute: string | null | undefined, syncUrl: boolean): WheelMode {
  const value = attribute?.trim().toLowerCase();
  if (value === 'page' || value === 'zoom') return value;
  return syncUrl ? 'zoom' : 'page';
}

export interface WheelInput {
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  /** The reader clicked into the graph and has not left it since. */
  readonly engaged: boolean;
}

/** Who a wheel event over the graph belongs to. */
export function wheelOwner(mode: WheelMode, input: WheelInput): 'graph' | 'page' {
  if (mode === 'zoom') return 'graph';
  return input.ctrlKey || input.metaKey || input.engaged ? 'graph' : 'page';
}

/** Who a touch gesture with this many fingers on the graph belongs to. */
export function touchOwner(mode: WheelMode, fingers: number): 'graph' | 'page' {
  return mode === 'zoom' || fingers >= 2 ? 'graph' : 'page';
}

/** How far (CSS px) one finger moves before it counts as scrolling rather than a tap. */
export const TOUCH_SLOP_PX = 8;

/** How long the "use Ctrl + scroll" hint stays after the last gesture that called for it. */
export const HINT_MS = 1600;

/** The zoom modifier as the reader's keyboard labels it. */
export function zoomModifierKey(platform: string): 'Ctrl' | '⌘' {
  return /mac|iphone|ipad|ipod/i.test(platform) ? '⌘' : 'Ctrl';
}

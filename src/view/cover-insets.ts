/**
 * How much of the stage a card lying over it (a tour's caption) takes from the framing: the
 * card covers a strip along the bottom or along a side, whichever leaves more of the stage
 * free. Pure geometry on screen rectangles, so Node tests reach it.
 */

export interface Rect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export interface StageInsets {
  readonly left: number;
  readonly right: number;
  readonly bottom: number;
}

const NONE: StageInsets = { left: 0, right: 0, bottom: 0 };

/** The insets a card at `card` takes from a stage at `stage` (nothing when it lies outside it). */
export function coverInsets(stage: Rect, card: Rect): StageInsets {
  const width = stage.right - stage.left;
  const height = stage.bottom - stage.top;
  const left = Math.max(card.left, stage.left);
  const right = Math.min(card.right, stage.right);
  const top = Math.max(card.top, stage.top);
  const bottom = Math.min(card.bottom, stage.bottom);
  if (!(width > 0 && height > 0 && right > left && bottom > top)) return NONE;
  // Each way of keeping clear of the card, with the area of stage it leaves free.
  const below = { ...NONE, bottom: stage.bottom - top };
  const toRight = { ...NONE, right: stage.right - left };
  const toLeft = { ...NONE, left: right - stage.left };
  const free = (i: StageInsets) => (width - i.left - i.right) * (height - i.bottom);
  const nearer = left - stage.left > stage.right - right ? toRight : toLeft;
  return free(nearer) > free(below) ? nearer : below;
}

/** The larger of two insets on each side. */
export function maxInsets(a: StageInsets, b: StageInsets): StageInsets {
  return { left: Math.max(a.left, b.left), right: Math.max(a.right, b.right), bottom: Math.max(a.bottom, b.bottom) };
}

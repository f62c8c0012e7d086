/**
 * Fitting the viewport to known model positions without cy.fit(), which asks every element for
 * its style and label size (> 100 ms at 5,000 nodes). Used for the seeds before the first frame
 * and for the force layout's result on large graphs.
 */
import type cytoscape from 'cytoscape';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Bounds {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** The smallest box holding every point; undefined for none. */
export function boundsOf(points: Iterable<Point>): Bounds | undefined {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const p of points) {
    if (p.x < x1) x1 = p.x;
    if (p.x > x2) x2 = p.x;
    if (p.y < y1) y1 = p.y;
    if (p.y > y2) y2 = p.y;
  }
  return Number.isFinite(x1) && Number.isFinite(y1) ? { x1, y1, x2, y2 } : undefined;
}

/** The points of a flat [x0, y0, x1, y1, …] array (the layout's position buffers). */
export function* pointsOfPairs(positions: ArrayLike<number>): Iterable<Point> {
  for (let i = 0; i + 1 < positions.length; i += 2) yield { x: positions[i]!, y: positions[i + 1]! };
}

export interface FitOptions {
  /** Free space kept inside each side of the viewport, in screen px. */
  readonly padding: number;
  /** Room added around the points on each side, in model units (stands in for node sizes and labels). */
  readonly margin: number;
  readonly minZoom: number;
  readonly maxZoom: number;
}

/**
 * Zoom and pan that show `bounds` (grown by `margin`) centred in a `width` × `height` viewport
 * with `padding` left free on each side; undefined when the viewport has no room for it.
 */
export function viewportFor(
  bounds: Bounds,
  size: { readonly width: number; readonly height: number },
  options: FitOptions,
): { zoom: number; pan: Point } | undefined {
  const w = Math.max(bounds.x2 - bounds.x1 + 2 * options.margin, 1);
  const h = Math.max(bounds.y2 - bounds.y1 + 2 * options.margin, 1);
  const fitZoom = Math.min((size.width - 2 * options.padding) / w, (size.height - 2 * options.padding) / h);
  if (!(fitZoom > 0)) return undefined;
  const zoom = Math.min(Math.max(fitZoom, options.minZoom), options.maxZoom);
  return {
    zoom,
    pan: { x: size.width / 2 - (zoom * (bounds.x1 + bounds.x2)) / 2, y: size.height / 2 - (zoom * (bounds.y1 + bounds.y2)) / 2 },
  };
}

/**
 * Fits `cy`'s viewport to `points`; `maxZoom` (default: cy's own) keeps a few nodes from being
 * blown up. Leaves the viewport alone when there are no points or the canvas has no size.
 */
export function fitToPoints(
  cy: cytoscape.Core,
  points: Iterable<Point>,
  options: { readonly padding: number; readonly margin: number; readonly maxZoom?: number },
): void {
  const bounds = boundsOf(points);
  if (!bounds) return;
  const viewport = viewportFor(bounds, { width: cy.width(), height: cy.height() }, {
    padding: options.padding,
    margin: options.margin,
    minZoom: cy.minZoom(),
    maxZoom: options.maxZoom ?? cy.maxZoom(),
  });
  if (viewport) cy.viewport(viewport);
}

/** A viewport: zoom, and where the model origin lands on screen. */
export interface Viewport {
  readonly zoom: number;
  readonly pan: Point;
}

/**
 * The gentlest viewport that shows `bounds` (model units) inside `free` (screen px, the part of
 * the canvas no panel covers) with `padding` px to spare: null when it already does; the same
 * zoom, moved as little as needed, when it fits at the reader's zoom; else zoomed out (within
 * the limits) to fit, centred in `free`. The reader's zoom is never changed when it need not be.
 *
 * `keepZoom` (huge graphs, where a zoom-out redraws every element for seconds): never zoom out;
 * when `bounds` does not fit at the reader's zoom, `keepZoom.core` (the selection itself) is
 * brought into view instead, or nothing moves.
 */
export function revealViewport(
  bounds: Bounds,
  current: Viewport,
  free: Bounds,
  options: { readonly padding: number; readonly minZoom: number; readonly maxZoom: number; readonly keepZoom?: { readonly core?: Bounds } },
): Viewport | null {
  const { keepZoom, ...limits } = options;
  const next = revealOrZoomOut(bounds, current, free, limits);
  if (!keepZoom || !next || next.zoom >= current.zoom) return next;
  return keepZoom.core ? revealOrZoomOut(keepZoom.core, current, free, { ...limits, minZoom: current.zoom }) : null;
}

function revealOrZoomOut(
  bounds: Bounds,
  current: Viewport,
  free: Bounds,
  options: { readonly padding: number; readonly minZoom: number; readonly maxZoom: number },
): Viewport | null {
  const pad = options.padding;
  const room = { x1: free.x1 + pad, y1: free.y1 + pad, x2: free.x2 - pad, y2: free.y2 - pad };
  const roomW = Math.max(room.x2 - room.x1, 1);
  const roomH = Math.max(room.y2 - room.y1, 1);
  const w = bounds.x2 - bounds.x1;
  const h = bounds.y2 - bounds.y1;
  const z = current.zoom;
  const fits = w * z <= roomW && h * z <= roomH;
  if (fits) {
    const sx1 = bounds.x1 * z + current.pan.x;
    const sy1 = bounds.y1 * z + current.pan.y;
    const sx2 = bounds.x2 * z + current.pan.x;
    const sy2 = bounds.y2 * z + current.pan.y;
    // The shortest shift that brings each side inside the room.
    const dx = sx1 < room.x1 ? room.x1 - sx1 : sx2 > room.x2 ? room.x2 - sx2 : 0;
    const dy = sy1 < room.y1 ? room.y1 - sy1 : sy2 > room.y2 ? room.y2 - sy2 : 0;
    if (dx === 0 && dy === 0) return null;
    return { zoom: z, pan: { x: current.pan.x + dx, y: current.pan.y + dy } };
  }
  const fitZoom = Math.min(roomW / Math.max(w, 1e-9), roomH / Math.max(h, 1e-9));
  const zoom = Math.min(Math.max(fitZoom, options.minZoom), options.maxZoom);
  const cx = (room.x1 + room.x2) / 2;
  const cy = (room.y1 + room.y2) / 2;
  return { zoom, pan: { x: cx - (zoom * (bounds.x1 + bounds.x2)) / 2, y: cy - (zoom * (bounds.y1 + bounds.y2)) / 2 } };
}

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

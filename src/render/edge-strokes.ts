/**
 * How the edge layer (./edge-layer.ts) strokes a graph's edges: grouped by look (width and dash)
 * so that each group is one path, lines wholly off screen and hidden ones left out. Pure: the
 * context is anything with the few 2D-canvas calls used, so Node tests can record them.
 */
import type { EdgeView } from '../view/view-model';
import type { Point } from './fit';

/** Dash patterns (model units) of the edge types' line styles, as the stylesheet draws them. */
export const LINE_DASH: Readonly<Record<string, readonly number[]>> = {
  solid: [],
  dashed: [7, 5],
  dotted: [2, 4],
};

/** Edges drawn alike: their width (model units), dash pattern, and indexes into the edge list. */
export interface StrokeBatch {
  readonly width: number;
  readonly dash: readonly number[];
  readonly edges: Uint32Array;
}

/** Groups edges by width and line style, in the order each look first appears. */
export function strokeBatches(edges: readonly EdgeView[]): StrokeBatch[] {
  const groups = new Map<string, { width: number; dash: readonly number[]; edges: number[] }>();
  edges.forEach((e, i) => {
    const width = e.encoding.width;
    const key = `${width}|${e.line}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { width, dash: LINE_DASH[e.line] ?? [], edges: [] }));
    group.edges.push(i);
  });
  return [...groups.values()].map((g) => ({ width: g.width, dash: g.dash, edges: Uint32Array.from(g.edges) }));
}

/** A model → canvas-pixel transform: canvas = model × k + (tx, ty). */
export interface StrokeTransform {
  readonly k: number;
  readonly tx: number;
  readonly ty: number;
}

/** The 2D-context calls strokeEdges makes. */
export interface StrokeContext {
  strokeStyle: string | CanvasGradient | CanvasPattern;
  lineWidth: number;
  lineCap: CanvasLineCap;
  setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void;
  setLineDash(segments: number[]): void;
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  stroke(): void;
}

/** What to stroke: node positions by index, each edge's two node indexes, and what is hidden. */
export interface StrokeGraph {
  readonly positions: readonly Point[];
  /** Edge i joins node ends[2i] and node ends[2i + 1]. */
  readonly ends: Uint32Array;
  /** 1 for an edge not drawn (filtered out, or an end hidden). */
  readonly hidden: Uint8Array;
  readonly batches: readonly StrokeBatch[];
}

/**
 * Paths longer than this are stroked and a new one begun: the rasterizer's cost per path grows
 * faster than its length.
 */
const SEGMENTS_PER_PATH = 4096;

/**
 * Strokes every shown edge of `graph` that crosses the canvas of `width` × `height` px, in
 * `color`. Returns how many lines were drawn.
 */
export function strokeEdges(ctx: StrokeContext, graph: StrokeGraph, color: string, t: StrokeTransform, width: number, height: number): number {
  // The canvas in model units, to leave out lines wholly beside it.
  const x1 = -t.tx / t.k;
  const y1 = -t.ty / t.k;
  const x2 = (width - t.tx) / t.k;
  const y2 = (height - t.ty) / t.k;
  const { positions, ends, hidden } = graph;
  ctx.setTransform(t.k, 0, 0, t.k, t.tx, t.ty);
  ctx.strokeStyle = color;
  ctx.lineCap = 'butt';
  let drawn = 0;
  for (const batch of graph.batches) {
    ctx.lineWidth = batch.width;
    ctx.setLineDash([...batch.dash]);
    ctx.beginPath();
    let inPath = 0;
    for (const e of batch.edges) {
      if (hidden[e]) continue;
      const s = positions[ends[2 * e]!];
      const d = positions[ends[2 * e + 1]!];
      if (!s || !d) continue;
      if ((s.x < x1 && d.x < x1) || (s.x > x2 && d.x > x2) || (s.y < y1 && d.y < y1) || (s.y > y2 && d.y > y2)) continue;
      ctx.moveTo(s.x, s.y);
      ctx.lineTo(d.x, d.y);
      drawn++;
      if (++inPath === SEGMENTS_PER_PATH) {
        ctx.stroke();
        ctx.beginPath();
        inPath = 0;
      }
    }
    if (inPath > 0) ctx.stroke();
  }
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  return drawn;
}

/** A camera: zoom and pan, as Cytoscape has them (screen = model × zoom + pan). */
export interface Camera {
  readonly zoom: number;
  readonly pan: Point;
}

/**
 * The CSS transform (origin at the top left) that moves a picture drawn with camera `drawn` to
 * where camera `now` would draw it: screen points scale by now.zoom / drawn.zoom about the
 * origin, then shift so the model's origin lands at now.pan.
 */
export function cameraTransform(drawn: Camera, now: Camera): string {
  const k = now.zoom / drawn.zoom;
  const tx = now.pan.x - drawn.pan.x * k;
  const ty = now.pan.y - drawn.pan.y * k;
  return `matrix(${k}, 0, 0, ${k}, ${tx}, ${ty})`;
}

/**
 * Whether a picture of `width` × `height` px drawn with camera `drawn`, moved to camera `now`
 * (cameraTransform), still covers the whole canvas: after a pan or a zoom out it leaves a strip
 * or a border where lines are missing.
 */
export function stillCovers(drawn: Camera, now: Camera, width: number, height: number): boolean {
  const k = now.zoom / drawn.zoom;
  const tx = now.pan.x - drawn.pan.x * k;
  const ty = now.pan.y - drawn.pan.y * k;
  // Half a pixel of slack: float noise of a camera that came back.
  return tx <= 0.5 && ty <= 0.5 && tx + width * k >= width - 0.5 && ty + height * k >= height - 0.5;
}

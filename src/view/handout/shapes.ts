/**
 * Node shapes, edge markers and curves as SVG path data, for the handout's picture and legend.
 * The same strings draw on a canvas through Path2D, so the PNG and the SVG agree. The shapes
 * follow Cytoscape's closely enough to be recognised (the legend and picture share them).
 */
import type { NodeShape } from '../../format/types';
import type { ScenePoint } from './scene';

const f = (n: number): string => (Math.round(n * 100) / 100).toString();

function polygon(points: readonly (readonly [number, number])[], cx: number, cy: number, w: number, h: number): string {
  return `${points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${f(cx + (x * w) / 2)} ${f(cy + (y * h) / 2)}`).join(' ')} Z`;
}

/** Points stretched to fill the unit square from -1 to 1 both ways, as Cytoscape fits its polygons. */
function fitted(points: [number, number][]): [number, number][] {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const sx = 2 / (Math.max(...xs) - Math.min(...xs));
  const sy = 2 / (Math.max(...ys) - Math.min(...ys));
  const ox = (Math.max(...xs) + Math.min(...xs)) / 2;
  const oy = (Math.max(...ys) + Math.min(...ys)) / 2;
  return points.map(([x, y]) => [(x - ox) * sx, (y - oy) * sy]);
}

/** A regular polygon of `sides`, the first vertex at `startAngle` (radians). */
function regular(sides: number, startAngle: number): [number, number][] {
  const points: [number, number][] = [];
  for (let i = 0; i < sides; i++) {
    const a = startAngle + (i * 2 * Math.PI) / sides;
    points.push([Math.cos(a), Math.sin(a)]);
  }
  return fitted(points);
}

function star(): [number, number][] {
  const points: [number, number][] = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? 1 : 0.45;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push([r * Math.cos(a), r * Math.sin(a)]);
  }
  return fitted(points);
}

function roundRect(cx: number, cy: number, w: number, h: number, r: number): string {
  const x = cx - w / 2;
  const y = cy - h / 2;
  const rr = Math.min(r, w / 2, h / 2);
  return (
    `M${f(x + rr)} ${f(y)} H${f(x + w - rr)} Q${f(x + w)} ${f(y)} ${f(x + w)} ${f(y + rr)} V${f(y + h - rr)} ` +
    `Q${f(x + w)} ${f(y + h)} ${f(x + w - rr)} ${f(y + h)} H${f(x + rr)} Q${f(x)} ${f(y + h)} ${f(x)} ${f(y + h - rr)} ` +
    `V${f(y + rr)} Q${f(x)} ${f(y)} ${f(x + rr)} ${f(y)} Z`
  );
}

/** The outline of a node of `shape` centred at (cx, cy), `w` × `h`. */
export function nodeShapePath(shape: NodeShape, cx: number, cy: number, w: number, h: number): string {
  switch (shape) {
    case 'ellipse': {
      const rx = w / 2;
      const ry = h / 2;
      return `M${f(cx - rx)} ${f(cy)} A${f(rx)} ${f(ry)} 0 1 0 ${f(cx + rx)} ${f(cy)} A${f(rx)} ${f(ry)} 0 1 0 ${f(cx - rx)} ${f(cy)} Z`;
    }
    case 'rectangle':
      return polygon([[-1, -1], [1, -1], [1, 1], [-1, 1]], cx, cy, w, h);
    case 'round-rectangle':
      return roundRect(cx, cy, w, h, Math.min(w, h) * 0.22);
    case 'barrel':
      return roundRect(cx, cy, w, h, Math.min(w, h) * 0.35);
    case 'diamond':
      return polygon([[0, -1], [1, 0], [0, 1], [-1, 0]], cx, cy, w, h);
    case 'triangle':
    case 'round-triangle':
      return polygon([[0, -1], [1, 1], [-1, 1]], cx, cy, w, h);
    case 'hexagon':
      return polygon(regular(6, 0), cx, cy, w, h);
    case 'octagon':
      return polygon(regular(8, Math.PI / 8), cx, cy, w, h);
    case 'pentagon':
      return polygon(regular(5, -Math.PI / 2), cx, cy, w, h);
    case 'star':
      return polygon(star(), cx, cy, w, h);
    case 'tag':
      return polygon([[-1, -1], [0.5, -1], [1, 0], [0.5, 1], [-1, 1]], cx, cy, w, h);
    default:
      return nodeShapePath('ellipse', cx, cy, w, h);
  }
}

/** The path of an edge: straight, or quadratic pieces through the midpoints of its control points (as Cytoscape draws bezier edges). */
export function edgePath(start: ScenePoint, controls: readonly ScenePoint[], end: ScenePoint): string {
  if (controls.length === 0) return `M${f(start.x)} ${f(start.y)} L${f(end.x)} ${f(end.y)}`;
  let d = `M${f(start.x)} ${f(start.y)}`;
  for (let i = 0; i < controls.length; i++) {
    const c = controls[i] as ScenePoint;
    const next = controls[i + 1];
    const to = next ? { x: (c.x + next.x) / 2, y: (c.y + next.y) / 2 } : end;
    d += ` Q${f(c.x)} ${f(c.y)} ${f(to.x)} ${f(to.y)}`;
  }
  return d;
}

/** The direction a line arrives at its end: from the last control point (or the start). */
export function arrivalAngle(start: ScenePoint, controls: readonly ScenePoint[], end: ScenePoint): number {
  const from = controls.length ? (controls[controls.length - 1] as ScenePoint) : start;
  return Math.atan2(end.y - from.y, end.x - from.x);
}

/** Marker shapes (status markers and arrow heads), in a unit where the marker is 1 long. */
export type MarkerShape = 'triangle' | 'square' | 'diamond' | 'circle' | 'tee' | 'vee';

/**
 * A marker of `size` at `at`, pointing along `angle`; `tip` puts its point at `at` (an arrow
 * head), otherwise it is centred there (a status marker in the middle of a line).
 */
export function markerPath(shape: MarkerShape, at: ScenePoint, angle: number, size: number, tip: boolean): string {
  // In the marker's own frame: x along the line (forward), y across it; the tip at x = 0.
  const half = 0.5;
  const local: [number, number][] =
    shape === 'triangle'
      ? [[0, 0], [-1, -half], [-1, half]]
      : shape === 'vee'
        ? [[0, 0], [-1, -half], [-0.55, 0], [-1, half]]
        : shape === 'square'
          ? [[0, -half], [0, half], [-1, half], [-1, -half]]
          : shape === 'tee'
            ? [[0, -half], [0, half], [-0.3, half], [-0.3, -half]]
            : [[0, 0], [-half, -half], [-1, 0], [-half, half]];
  const shift = tip ? 0 : 0.5;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const place = ([x, y]: [number, number]): [number, number] => {
    const lx = (x + shift) * size;
    const ly = y * size;
    return [at.x + lx * cos - ly * sin, at.y + lx * sin + ly * cos];
  };
  if (shape === 'circle') {
    const [cx, cy] = place([-0.5, 0]);
    const r = size / 2;
    return `M${f(cx - r)} ${f(cy)} A${f(r)} ${f(r)} 0 1 0 ${f(cx + r)} ${f(cy)} A${f(r)} ${f(r)} 0 1 0 ${f(cx - r)} ${f(cy)} Z`;
  }
  return `${local.map((p, i) => {
    const [x, y] = place(p);
    return `${i === 0 ? 'M' : 'L'}${f(x)} ${f(y)}`;
  }).join(' ')} Z`;
}

/** Length in screen px of a status marker or arrow head on a line `width` px wide at `zoom` (as Cytoscape sizes them). */
export function markerSize(width: number, zoom: number): number {
  // Cytoscape: max((width * 13.37)^0.9, 29) model units × arrow-scale 1.1, of which its shapes use 0.3.
  return Math.max((width * 13.37) ** 0.9, 29) * 1.1 * 0.3 * zoom;
}

/**
 * Visual encodings: how a type, a degree or a status becomes a colour, a size, a shape or a
 * line. The only module that imports d3-scale; scales are built once per graph and theme.
 */
import { scaleOrdinal, scaleSqrt, type ScaleOrdinal, type ScalePower } from 'd3-scale';
import { contrastRatio, relativeLuminance } from './theme';
import { BUILTIN_STATUSES, NODE_SHAPES, type EdgeType, type LineStyle, type NodeShape, type NodeType } from '../format/types';

/** Node sizes in model units: the least and most connected nodes. */
export const NODE_SIZE_RANGE = [26, 64] as const;

/** A stable 32-bit hash (FNV-1a) so a type keeps its palette slot in every file and view. */
export function stableHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Palette slots for type ids: each type starts at its hash's slot and moves to the next free
 * one only when another type of the same file already took it (types in sorted order, so
 * the result does not depend on the order they appear in the file).
 */
export function paletteSlots(
  typeIds: readonly string[],
  paletteSize: number,
  avoid: ReadonlySet<number> = new Set(),
): Map<string, number> {
  const slots = new Map<string, number>();
  const taken = new Set<number>();
  // First choice: a slot neither taken nor to avoid; then one merely to avoid; then any.
  const acceptable = [
    (slot: number) => !taken.has(slot) && !avoid.has(slot),
    (slot: number) => !taken.has(slot),
    () => true,
  ];
  for (const id of [...new Set(typeIds)].sort()) {
    const home = stableHash(id) % paletteSize;
    let chosen = home;
    search: for (const ok of acceptable) {
      for (let step = 0; step < paletteSize; step++) {
        const slot = (home + step) % paletteSize;
        if (ok(slot)) {
          chosen = slot;
          break search;
        }
      }
    }
    taken.add(chosen);
    slots.set(id, chosen);
  }
  return slots;
}

/** Palette colours closer than this (RGB distance) to a declared colour would look alike. */
const LOOKALIKE_DISTANCE = 45;

/** A d3 ordinal scale from node type id to colour; a type's own `color` wins. */
export function nodeColorScale(
  nodeTypes: { readonly [type: string]: NodeType },
  palette: readonly string[],
  background?: string,
): ScaleOrdinal<string, string, string> {
  const ids = Object.keys(nodeTypes);
  const declared = ids.map((id) => nodeTypes[id]?.color).filter((c): c is string => typeof c === 'string');
  // Palette colours too close to a colour the file declares would make two types look alike.
  const reserved = new Set(palette.flatMap((c, i) => (declared.some((d) => colorDistance(c, d) < LOOKALIKE_DISTANCE) ? [i] : [])));
  const unnamed = ids.filter((id) => !nodeTypes[id]?.color);
  const slots = paletteSlots(unnamed, palette.length, reserved);
  const domain = ids;
  // A file's colour is chosen for one background; on another (dark theme) it is lightened or
  // darkened just enough to stay visible (3:1, WCAG 1.4.11).
  const declaredColor = (c: string) => (background ? withContrast(c, background, 3) : c);
  const range = ids.map((id) => {
    const own = nodeTypes[id]?.color;
    return own ? declaredColor(own) : (palette[slots.get(id) ?? 0] ?? '#777777');
  });
  // Unknown types (never in a valid file) still get a stable palette colour.
  return scaleOrdinal<string, string>().domain(domain).range(range).unknown(palette[0] ?? '#777777');
}

function rgb(hex: string): [number, number, number] {
  const h = hex.length === 4 ? [...hex.slice(1)].map((c) => c + c).join('') : hex.slice(1);
  return [0, 2, 4].map((i) => Number.parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}

const hex2 = (v: number) => Math.round(Math.max(0, Math.min(255, v))).toString(16).padStart(2, '0');

/**
 * The colour, mixed towards white (on a dark background) or black (on a light one) in small
 * steps until it reaches `ratio` contrast with the background.
 */
export function withContrast(color: string, background: string, ratio: number): string {
  if (contrastRatio(color, background) >= ratio) return color;
  const towards = relativeLuminance(background) < 0.5 ? 255 : 0;
  const [r, g, b] = rgb(color);
  for (let t = 0.05; t <= 1; t += 0.05) {
    const mixed = `#${hex2(r + (towards - r) * t)}${hex2(g + (towards - g) * t)}${hex2(b + (towards - b) * t)}`;
    if (contrastRatio(mixed, background) >= ratio) return mixed;
  }
  return towards === 255 ? '#ffffff' : '#000000';
}

/** Euclidean distance of two hex colours in RGB (0–441). */
export function colorDistance(a: string, b: string): number {
  const [r1, g1, b1] = rgb(a);
  const [r2, g2, b2] = rgb(b);
  return Math.hypot(r1 - r2, g1 - g2, b1 - b2);
}

const DEFAULT_SHAPES: readonly NodeShape[] = ['ellipse', 'round-rectangle', 'diamond', 'hexagon', 'round-triangle', 'octagon', 'barrel', 'tag'];

/** Shape of a node type: its own `shape`, else one chosen by a stable hash of its id. */
export function nodeShape(typeId: string, type: NodeType | undefined): NodeShape {
  if (type?.shape && (NODE_SHAPES as readonly string[]).includes(type.shape)) return type.shape;
  return DEFAULT_SHAPES[stableHash(typeId) % DEFAULT_SHAPES.length] ?? 'ellipse';
}

/** A d3 square-root scale from degree to node size; all-equal degrees give the middle size. */
export function nodeSizeScale(degrees: Iterable<number>): ScalePower<number, number> {
  let min = Infinity;
  let max = -Infinity;
  for (const d of degrees) {
    if (d < min) min = d;
    if (d > max) max = d;
  }
  if (!Number.isFinite(min)) min = max = 0;
  const scale = scaleSqrt().range([...NODE_SIZE_RANGE]).clamp(true);
  if (min === max) {
    const mid = (NODE_SIZE_RANGE[0] + NODE_SIZE_RANGE[1]) / 2;
    return scale.domain([min - 1, min + 1]).range([mid, mid]);
  }
  return scale.domain([min, max]);
}

export function edgeLineStyle(type: EdgeType | undefined): LineStyle {
  return type?.line ?? 'solid';
}

/**
 * How firm a relation is, drawn without relying on colour: firm relations are thick with a
 * filled marker, tentative ones thin with a hollow marker, and each status has its own
 * marker shape (also shown in the legend).
 */
export interface StatusEncoding {
  readonly firm: boolean;
  readonly width: number;
  readonly marker: 'circle' | 'square' | 'diamond' | 'triangle' | 'tee' | 'vee';
  /** A glyph for the legend and text views that matches the marker. */
  readonly glyph: string;
}

const STATUS_ENCODINGS: Readonly<Record<(typeof BUILTIN_STATUSES)[number], StatusEncoding>> = {
  signed: { firm: true, width: 3.5, marker: 'square', glyph: '■' },
  agreed: { firm: true, width: 3.5, marker: 'circle', glyph: '●' },
  stated: { firm: true, width: 2.5, marker: 'diamond', glyph: '◆' },
  announced: { firm: true, width: 2.5, marker: 'triangle', glyph: '▲' },
  planned: { firm: false, width: 1.8, marker: 'circle', glyph: '○' },
  offered: { firm: false, width: 1.8, marker: 'triangle', glyph: '△' },
  proposed: { firm: false, width: 1.8, marker: 'diamond', glyph: '◇' },
};

const NO_STATUS: StatusEncoding = { firm: true, width: 2, marker: 'vee', glyph: '—' };
const CUSTOM_STATUS: StatusEncoding = { firm: false, width: 1.8, marker: 'square', glyph: '□' };

/**
 * Encoding of an edge status; statuses a file declares itself are drawn as tentative squares.
 * An own-property lookup: a declared status may be named `toString` or `constructor`.
 */
export function statusEncoding(status: string | undefined): StatusEncoding {
  if (status === undefined) return NO_STATUS;
  return Object.hasOwn(STATUS_ENCODINGS, status) ? (STATUS_ENCODINGS as Record<string, StatusEncoding>)[status] as StatusEncoding : CUSTOM_STATUS;
}

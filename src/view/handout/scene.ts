/**
 * What the reader sees on the stage, as plain data for a handout: the elements drawn in view
 * with their screen geometry, which of them the spotlight lights, and how strong the veil is.
 * The renderer takes it (GraphRenderer.snapshot); the handout draws the picture from it.
 * Coordinates are CSS px from the canvas's top-left corner.
 */

export interface ScenePoint {
  readonly x: number;
  readonly y: number;
}

export interface SceneNode {
  readonly id: string;
  /** Centre. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface SceneEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  /** Where the line leaves its source and reaches its target (at the nodes' outlines). */
  readonly start: ScenePoint;
  readonly end: ScenePoint;
  /** Control points of a curved edge, in order (a quadratic curve through their midpoints); none: straight. */
  readonly controls: readonly ScenePoint[];
  /** The middle of the drawn line (where the status marker sits). */
  readonly mid: ScenePoint;
}

/** How the spotlight marks an element it draws. */
export type SceneMark = 'selected' | 'path' | 'focused' | 'hover';

export interface Scene {
  /** The canvas's size in CSS px. */
  readonly width: number;
  readonly height: number;
  readonly zoom: number;
  /** Every element drawn on the main canvas that lies (partly) in view, hidden ones left out. */
  readonly nodes: readonly SceneNode[];
  readonly edges: readonly SceneEdge[];
  /** Opacity of the veil over the main canvas (0 while nothing is lit). */
  readonly veil: number;
  /** Elements the spotlight draws above the veil, with their marks. */
  readonly lit: ReadonlyMap<string, readonly SceneMark[]>;
}

/** The ids a handout is about: what the spotlight lights, or else everything in view. */
export function shownElements(scene: Scene): { nodes: string[]; edges: string[] } {
  const lit = scene.lit;
  const pick = <T extends { id: string }>(items: readonly T[]) => items.filter((e) => lit.size === 0 || lit.has(e.id)).map((e) => e.id);
  return { nodes: pick(scene.nodes), edges: pick(scene.edges) };
}

/** Sides of the stage covered by the open panel or a card (CSS px). */
export interface SceneInsets {
  readonly left: number;
  readonly right: number;
  readonly bottom: number;
}

/**
 * The part of a scene that panels and cards leave free: what the reader actually sees of the
 * graph. Coordinates move with the cut; elements wholly outside it are left out. The whole scene
 * when the free part would be too small to be worth a picture (under 40% either way).
 */
export function cropScene(scene: Scene, insets: SceneInsets): { scene: Scene; offset: ScenePoint } {
  const left = Math.max(0, insets.left);
  const width = scene.width - left - Math.max(0, insets.right);
  const height = scene.height - Math.max(0, insets.bottom);
  if (width < scene.width * 0.4 || height < scene.height * 0.4 || (width === scene.width && height === scene.height)) {
    return { scene, offset: { x: 0, y: 0 } };
  }
  const move = (p: ScenePoint): ScenePoint => ({ x: p.x - left, y: p.y });
  const nodes = scene.nodes
    .map((n) => ({ ...n, x: n.x - left }))
    .filter((n) => n.x + n.width / 2 >= 0 && n.x - n.width / 2 <= width && n.y - n.height / 2 <= height);
  const kept = new Set(nodes.map((n) => n.id));
  const edges = scene.edges
    .map((e) => ({ ...e, start: move(e.start), end: move(e.end), mid: move(e.mid), controls: e.controls.map(move) }))
    .filter((e) => kept.has(e.source) || kept.has(e.target));
  return { scene: { ...scene, width, height, nodes, edges }, offset: { x: left, y: 0 } };
}

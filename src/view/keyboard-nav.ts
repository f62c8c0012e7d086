/**
 * Spatial keyboard navigation: from a node, an arrow key moves to the neighbour that lies
 * most nearly in that direction on screen.
 */
export type ArrowDirection = 'left' | 'right' | 'up' | 'down';

export interface PlacedId {
  readonly id: string;
  readonly x: number;
  readonly y: number;
}

const DIRECTION_VECTORS: Record<ArrowDirection, readonly [number, number]> = {
  left: [-1, 0],
  right: [1, 0],
  up: [0, -1],
  down: [0, 1],
};

/** Maps a KeyboardEvent key to a direction, or undefined. */
export function arrowDirection(key: string): ArrowDirection | undefined {
  switch (key) {
    case 'ArrowLeft':
      return 'left';
    case 'ArrowRight':
      return 'right';
    case 'ArrowUp':
      return 'up';
    case 'ArrowDown':
      return 'down';
    default:
      return undefined;
  }
}

/**
 * The candidate best placed in `direction` from `from`: within 80° of the direction,
 * preferring small angles, then short distances. Falls back to the nearest candidate
 * in any direction so a key press never leads nowhere while neighbours exist.
 */
export function neighbourInDirection(
  from: { x: number; y: number },
  candidates: readonly PlacedId[],
  direction: ArrowDirection,
): string | undefined {
  const [dx, dy] = DIRECTION_VECTORS[direction];
  let best: { id: string; score: number } | undefined;
  let nearest: { id: string; distance: number } | undefined;
  for (const c of candidates) {
    const vx = c.x - from.x;
    const vy = c.y - from.y;
    const distance = Math.hypot(vx, vy) || 1e-9;
    if (!nearest || distance < nearest.distance) nearest = { id: c.id, distance };
    const cos = (vx * dx + vy * dy) / distance;
    if (cos < Math.cos((80 * Math.PI) / 180)) continue;
    const score = distance * (2 - cos);
    if (!best || score < best.score) best = { id: c.id, score };
  }
  return best?.id ?? nearest?.id;
}

/** Where arrow keys start when no node is focused or selected: the best-connected visible node. */
export function startNode(
  nodes: Iterable<{ readonly id: string }>,
  degree: (id: string) => number,
  isVisible: (id: string) => boolean,
): string | undefined {
  let best: string | undefined;
  let bestDegree = -1;
  for (const n of nodes) {
    if (!isVisible(n.id)) continue;
    const d = degree(n.id);
    if (d > bestDegree) {
      best = n.id;
      bestDegree = d;
    }
  }
  return best;
}

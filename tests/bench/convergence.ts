/**
 * When a ForceAtlas2 run counts as settled on the sigma page. FA2 has no stopping rule of its own
 * (the worker supervisor runs until stopped), so the page mirrors what cola does for the
 * baseline — stop when an iteration barely moves the nodes, or when a time budget runs out — with
 * the movement measured relative to the layout's size, since FA2's coordinates have no unit.
 * Pure: fed with successive position arrays.
 */

export interface ConvergenceRule {
  /** Settled when the mean node movement of an iteration is below this fraction of the layout's diagonal… */
  readonly meanMoveRatio: number;
  /** …for this many iterations in a row. */
  readonly iterations: number;
  /** Settled anyway after this long from the layout's start. */
  readonly budgetMs: number;
}

/**
 * The sigma page's rule. With the graph fitted to the 1280 × 800 viewport (diagonal about 1,500
 * px), 0.1 % of the diagonal is about 1.5 screen pixels per iteration, five iterations in a row:
 * the picture has stopped changing but for a shimmer. The budget plays the part of cola's 4 s
 * maxSimulationTime, scaled to FA2, which needs hundreds of iterations and gets about 16 a
 * second at 1,000 nodes here (the supervisor asks for the next one only after the main thread has
 * taken the last one in): 30 s from the layout's start, well inside the bench cap.
 */
export const SIGMA_CONVERGENCE: ConvergenceRule = { meanMoveRatio: 0.001, iterations: 5, budgetMs: 30_000 };

/** Mean distance moved per node between two [x0, y0, x1, y1, …] arrays, over the diagonal of `next`'s bounding box. */
export function meanMoveRatio(previous: ArrayLike<number>, next: ArrayLike<number>): number {
  const count = Math.floor(Math.min(previous.length, next.length) / 2);
  if (count === 0) return 0;
  let moved = 0;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < count; i += 1) {
    const x = next[2 * i] as number;
    const y = next[2 * i + 1] as number;
    moved += Math.hypot(x - (previous[2 * i] as number), y - (previous[2 * i + 1] as number));
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  const diagonal = Math.hypot(maxX - minX, maxY - minY);
  if (diagonal === 0) return moved === 0 ? 0 : Infinity;
  return moved / count / diagonal;
}

/** Feeds positions iteration by iteration; says when the rule is met and why. */
export class ConvergenceWatch {
  #previous: ArrayLike<number> | undefined;
  #calm = 0;
  #iterations = 0;
  readonly #startedAt: number;

  constructor(readonly rule: ConvergenceRule, startedAt: number) {
    this.#startedAt = startedAt;
  }

  get iterations(): number {
    return this.#iterations;
  }

  /** Records one iteration's positions at time `now`; returns why the layout is settled, or undefined. */
  step(positions: ArrayLike<number>, now: number): 'converged' | 'budget' | undefined {
    this.#iterations += 1;
    if (this.#previous !== undefined) {
      this.#calm = meanMoveRatio(this.#previous, positions) < this.rule.meanMoveRatio ? this.#calm + 1 : 0;
    }
    this.#previous = Array.from(positions);
    if (this.#calm >= this.rule.iterations) return 'converged';
    if (now - this.#startedAt >= this.rule.budgetMs) return 'budget';
    return undefined;
  }
}

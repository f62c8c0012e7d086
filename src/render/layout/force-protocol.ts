/**
 * Messages between the main thread and the force-layout Worker. Positions travel as one
 * Float32Array [x0, y0, x1, y1, …] in node order, transferred (not copied).
 */

/** Tuning of the force simulation, chosen on the main thread from the graph's size. */
export interface ForceSettings {
  /** Preferred edge length. */
  readonly linkDistance: number;
  /** Repulsion between every pair of nodes (negative pushes apart). */
  readonly chargeStrength: number;
  /** Barnes–Hut accuracy: larger is faster and coarser. */
  readonly theta: number;
  /** Repulsion is ignored beyond this distance: keeps far components from drifting apart. */
  readonly chargeDistanceMax: number;
  /** Pull of every node towards the origin, so disconnected parts stay in view. */
  readonly centringStrength: number;
  /** Friction: the share of velocity lost per tick. */
  readonly velocityDecay: number;
  /** Total time the simulation may take to cool down; alpha decay is set from the measured tick cost. */
  readonly budgetMs: number;
  /** Bounds on the number of ticks the cooling schedule may plan. */
  readonly minTicks: number;
  readonly maxTicks: number;
  /** Positions are posted after at most this much computing time. */
  readonly sliceMs: number;
}

export type ToForceWorker =
  | {
      readonly kind: 'start';
      readonly positions: Float32Array;
      /** 1 for a node that must not move (pinned or being dragged). */
      readonly fixed: Uint8Array;
      /** Edge ends as node indices: [s0, t0, s1, t1, …]. */
      readonly links: Uint32Array;
      readonly settings: ForceSettings;
      /** Node radii; when given, nodes are also kept from overlapping (worth it for small graphs). */
      readonly radii?: Float32Array;
    }
  | { readonly kind: 'fix'; readonly index: number; readonly x: number; readonly y: number }
  | { readonly kind: 'release'; readonly index: number };

export interface FromForceWorker {
  readonly kind: 'positions';
  readonly positions: Float32Array;
  readonly ticks: number;
  /** True on the last message: the simulation has cooled down. */
  readonly settled: boolean;
}

import type cytoscape from 'cytoscape';

/** A running layout: `done` resolves once it has settled or been stopped. */
export interface LayoutRun {
  readonly done: Promise<void>;
  stop(): void;
}

/** An edge as the layouts read it: the ids of its two ends. */
export interface EdgeEnds {
  readonly source: string;
  readonly target: string;
}

/** `options.edges`, else the edges `cy` holds. */
export function layoutEdges(cy: cytoscape.Core, options: LayoutOptions): readonly EdgeEnds[] {
  return options.edges ?? cy.edges().map((e) => e.data() as EdgeEnds);
}

/** Options of startLayout(); `pinned` holds ids of nodes whose positions must not change. */
export interface LayoutOptions {
  readonly pinned: ReadonlySet<string>;
  /** Show the layout moving, or only its result (reduced motion); the engine is the same either way. */
  readonly animate: boolean;
  /** Called once when the layout has settled (not when it is stopped). */
  readonly onSettled?: () => void;
  /** Fit the viewport to the graph while (cola) or after (force) laying out. Default true. */
  readonly fit?: boolean;
  /** Padding for fitting, in pixels. Default 30. */
  readonly padding?: number;
  /**
   * The graph's edges, when `cy` does not hold them (above the full-detail size the renderer
   * draws them apart, ../edge-layer.ts); default: `cy`'s edges. cola needs them in `cy`.
   */
  readonly edges?: readonly EdgeEnds[];
  /** Overrides the engine chosen by size (not 'preset': a fully pinned graph always stays). */
  readonly engine?: 'quick' | 'cola' | 'force';
}

/** A promise with its resolver, and a guard so settling happens once. */
export function settleOnce(onSettled?: () => void): {
  readonly done: Promise<void>;
  settle(reason: 'settled' | 'stopped'): void;
  readonly finished: () => boolean;
} {
  let resolve!: () => void;
  const done = new Promise<void>((r) => (resolve = r));
  let finished = false;
  return {
    done,
    finished: () => finished,
    settle(reason) {
      if (finished) return;
      finished = true;
      resolve();
      if (reason === 'settled') onSettled?.();
    },
  };
}

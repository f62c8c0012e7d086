/**
 * Limits the loader enforces before (or instead of) doing expensive work. They are stated, not
 * implicit: a refusal names the limit and the actual value, and an embedding page may raise or
 * lower any of them through `LoadOptions.limits`.
 */
export interface Limits {
  /** Characters (UTF-16 code units) of file text. */
  maxTextLength: number;
  /** Nesting depth of JSON objects and arrays; the root object is depth 1. */
  maxDepth: number;
  maxNodes: number;
  maxEdges: number;
  /**
   * Edges joining the same two nodes (either direction; a node to itself counts as a pair too).
   * A handful of relations between two entities is normal; tens of thousands drawn between one
   * pair freeze a renderer long before maxEdges is reached.
   */
  maxParallelEdges: number;
  /** Characters per label, title, caption or alias. */
  maxLabelLength: number;
  /** Characters per description or source text. */
  maxDescriptionLength: number;
  /** Problems reported; the total is still counted. */
  maxProblems: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxTextLength: 20_000_000,
  maxDepth: 64,
  maxNodes: 50_000,
  maxEdges: 200_000,
  maxParallelEdges: 100,
  maxLabelLength: 1_000,
  maxDescriptionLength: 100_000,
  maxProblems: 200,
});

export interface LoadOptions {
  limits?: Partial<Limits>;
}

/** The defaults with the caller's overrides; overrides that are not non-negative numbers are ignored. */
export function resolveLimits(options?: LoadOptions): Limits {
  const limits: Limits = { ...DEFAULT_LIMITS };
  const overrides = options?.limits;
  if (overrides) {
    for (const name of Object.keys(DEFAULT_LIMITS) as (keyof Limits)[]) {
      const value = overrides[name];
      if (typeof value === 'number' && value >= 0 && !Number.isNaN(value)) limits[name] = value;
    }
  }
  return limits;
}

/** `20000000` → `20,000,000`, so limits and sizes read at a glance (locale-independent). */
export function formatCount(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

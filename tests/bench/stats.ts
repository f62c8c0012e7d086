/** Median, percentile and ratio over benchmark figures. Pure functions. */
import type { Figure } from './figures';

/** Median of plain numbers (mean of the middle two for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length % 2 === 1) return sorted[mid] as number;
  const lo = sorted[mid - 1] as number;
  const hi = sorted[mid] as number;
  // Keeps ∞ (a timeout) as ∞ instead of NaN when both middle values are infinite.
  return lo === hi ? lo : (lo + hi) / 2;
}

/** Nearest-rank percentile (p in 0…100) of plain numbers; NaN for none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

/**
 * The median of one figure over several runs. A timed-out run counts as +∞ (it was at least
 * that slow), so the median is "timed out" only when most runs timed out. Skipped, unavailable
 * and failed runs are left out; when nothing is left, the first run's reason is the result.
 */
export function medianFigure(runs: readonly Figure[]): Figure {
  const numbers: number[] = [];
  for (const run of runs) {
    if ('value' in run) numbers.push(run.value);
    else if (run.outcome === 'timed-out') numbers.push(Number.POSITIVE_INFINITY);
  }
  if (numbers.length === 0) return runs[0] ?? { outcome: 'skipped', reason: 'no runs' };
  const m = median(numbers);
  if (m === Number.POSITIVE_INFINITY) {
    return runs.find((r) => 'outcome' in r && r.outcome === 'timed-out') ?? { outcome: 'timed-out' };
  }
  return { value: m };
}

/** viewer ÷ baseline when both are finite numbers and the baseline is not zero. */
export function ratio(viewer: Figure | undefined, baseline: Figure | undefined): number | undefined {
  if (viewer === undefined || baseline === undefined) return undefined;
  if (!('value' in viewer) || !('value' in baseline)) return undefined;
  if (baseline.value === 0 || !Number.isFinite(viewer.value) || !Number.isFinite(baseline.value)) return undefined;
  return viewer.value / baseline.value;
}

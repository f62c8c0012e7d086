/**
 * What the benchmark measures and how one measured figure is represented. Pure data and types,
 * shared by the runner, the statistics, the table and the targets.
 */

/** Every bench page, in table order. */
export const PAGES = ['viewer', 'baseline', 'fcose', 'sigma'] as const;
export type PageName = (typeof PAGES)[number];

/** The best peers: the viewer's ratio is taken against the better of these per figure. */
export const PEERS = ['fcose', 'sigma'] as const;
export type PeerName = (typeof PEERS)[number];

/** Column titles of the pages. */
export const PAGE_TITLES: { readonly [page in PageName]: string } = {
  viewer: 'viewer',
  baseline: 'cola baseline',
  fcose: 'fcose',
  sigma: 'sigma',
};

/** Extra Chromium flags per page: sigma draws with WebGL, which needs software GL here. */
export const PAGE_BROWSER_ARGS: { readonly [page in PageName]?: readonly string[] } = {
  sigma: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
};

/** Every figure the benchmark records, in table order. */
export const METRICS = {
  firstFrameMs: { label: 'first frame', unit: 'ms', better: 'lower' },
  settledMs: { label: 'settled', unit: 'ms', better: 'lower' },
  longestTaskMs: { label: 'longest task (less script eval.)', unit: 'ms', better: 'lower' },
  scriptEvalMs: { label: 'longest script evaluation', unit: 'ms', better: 'lower' },
  clickMs: { label: 'click→highlight, at ready', unit: 'ms', better: 'lower' },
  clickQuietMs: { label: 'click→highlight, quiet', unit: 'ms', better: 'lower' },
  redrawsPerSecond: { label: 'pan/zoom redraws', unit: '/s', better: 'higher' },
  frameP95Ms: { label: 'frame p95', unit: 'ms', better: 'lower' },
  searchMs: { label: 'search→result', unit: 'ms', better: 'lower' },
  heapMB: { label: 'JS heap', unit: 'MB', better: 'lower' },
} as const satisfies Record<string, { label: string; unit: string; better: 'lower' | 'higher' }>;
export type MetricKey = keyof typeof METRICS;
export const METRIC_KEYS = Object.keys(METRICS) as MetricKey[];

/** Why a figure has no value. `timed-out` sorts as +∞ in a median; the others are left out. */
export const OUTCOMES = ['timed-out', 'skipped', 'unavailable', 'failed'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** One measured figure: a number, or the reason there is none. */
export type Figure = { readonly value: number } | { readonly outcome: Outcome; readonly reason?: string };

/** The figures of one page on one graph in one run (or their medians). */
export type FigureSet = { readonly [key in MetricKey]: Figure };

/** A figure with a value. */
export function valueOf(figure: Figure | undefined): number | undefined {
  return figure !== undefined && 'value' in figure ? figure.value : undefined;
}

/** A figure set where every metric has the same outcome (a page that could not run at all). */
export function uniformFigures(outcome: Outcome, reason?: string): FigureSet {
  const figure: Figure = reason === undefined ? { outcome } : { outcome, reason };
  return Object.fromEntries(METRIC_KEYS.map((k) => [k, figure])) as FigureSet;
}

/** The shape of a benchmark result file (bench-results/latest.json). */
import type { Figure, FigureSet, PageName } from './figures';
import type { Target, Verdict } from './targets';

export interface MachineInfo {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGB: number;
  readonly os: string;
  readonly chromium: string;
  readonly node: string;
}

export interface GraphResult {
  readonly name: string;
  readonly nodes: number;
  readonly edges: number;
  /** Median figures per page. */
  readonly medians: { readonly [page in PageName]?: FigureSet };
  /** Every run's figures per page, for anyone who wants the spread. */
  readonly runs: { readonly [page in PageName]?: readonly FigureSet[] };
}

export interface BundleSize {
  /** Sum of the gzip sizes of the files, in bytes. */
  readonly gzipBytes: Figure;
  readonly rawBytes?: number;
  readonly files: readonly string[];
}

/** A page's bundle: all it could load, and what it fetched before settling on the first graph run. */
export interface PageBundle {
  readonly all: BundleSize;
  readonly firstLoad?: BundleSize & { readonly graph: string };
}

/** A target checked on one graph of the run (an every-graph target gives one per graph). */
export interface TargetResult extends Target {
  readonly figure: Figure | undefined;
  /** The figure of `relativeTo` on the same graph, for a relative target. */
  readonly peerFigure?: Figure;
  readonly verdict: Verdict;
}

export interface BundleTargetResult {
  readonly limitBytes: number;
  readonly figure: Figure | undefined;
  readonly verdict: Verdict;
}

export interface BenchReport {
  readonly startedAt: string;
  readonly durationSeconds: number;
  readonly options: {
    readonly runs: number;
    /** Runs on graphs of more than LARGE_GRAPH_NODES nodes. */
    readonly largeRuns?: number;
    readonly timeoutMs: number;
    readonly baselineMax: number;
    readonly seed: number;
    readonly pages: readonly PageName[];
  };
  readonly machine: MachineInfo;
  /** gzip size of what each page loads beyond its own harness: the element, or the peer's libraries. */
  readonly bundles: { readonly [page in PageName]?: PageBundle };
  readonly graphs: readonly GraphResult[];
  readonly targets: readonly TargetResult[];
  /** The viewer's first-load bundle against its limit. */
  readonly bundleTarget?: BundleTargetResult;
  /** Things a reader must know: skipped graphs, an unavailable element, … */
  readonly notes: readonly string[];
}

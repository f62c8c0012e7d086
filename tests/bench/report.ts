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

export interface TargetResult extends Target {
  readonly figure: Figure | undefined;
  readonly verdict: Verdict;
}

export interface BenchReport {
  readonly startedAt: string;
  readonly durationSeconds: number;
  readonly options: {
    readonly runs: number;
    readonly timeoutMs: number;
    readonly baselineMax: number;
    readonly seed: number;
    readonly pages: readonly PageName[];
  };
  readonly machine: MachineInfo;
  /** gzip size of what each page loads beyond its own harness: the element, or Cytoscape + cola. */
  readonly bundles: { readonly [page in PageName]?: BundleSize };
  readonly graphs: readonly GraphResult[];
  readonly targets: readonly TargetResult[];
  /** Things a reader must know: skipped graphs, an unavailable element, … */
  readonly notes: readonly string[];
}

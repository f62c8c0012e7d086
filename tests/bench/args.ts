/** Command-line options of `npm run bench`. Pure: parses an argv array, throws on bad input. */
import { PAGES, type PageName } from './figures';

/**
 * A graph to run: the bundled article graph (with its curated positions), the same graph with its
 * positions removed, or a seeded synthetic graph (never with positions). A curator's graph is one
 * without positions such as a curator has just written: the stripped article graph, and a
 * 300-node synthetic graph.
 */
export type GraphSpec =
  | { readonly kind: 'article' }
  | { readonly kind: 'curator-article' }
  | { readonly kind: 'synthetic'; readonly nodes: number; readonly curator?: boolean };

/** Size of the curator's synthetic graph. */
export const CURATOR_NODES = 300;
/** What `curator` stands for in --sizes and --filter. */
export const CURATOR_GRAPHS: readonly GraphSpec[] = [{ kind: 'curator-article' }, { kind: 'synthetic', nodes: CURATOR_NODES, curator: true }];

export interface BenchOptions {
  readonly graphs: readonly GraphSpec[];
  readonly pages: readonly PageName[];
  /** Graph names (see graphName) a --filter asked for; empty means all. */
  readonly graphFilter: readonly string[];
  readonly runs: number;
  /** Runs per graph and page for graphs of more than LARGE_GRAPH_NODES nodes. */
  readonly largeRuns: number;
  readonly timeoutMs: number;
  /** Largest synthetic graph the baseline is run on. */
  readonly baselineMax: number;
  readonly seed: number;
  readonly outDir: string;
  /** Write a CPU profile of each load (navigation → settled) to <outDir>/profiles/. Skews the figures. */
  readonly profile: boolean;
  readonly help: boolean;
}

export const DEFAULT_SIZES = [100, 1000, 5000, 20_000] as const;

/** Graphs above this many nodes are "large": they get --large-runs runs. */
export const LARGE_GRAPH_NODES = 2000;

export const USAGE = `Usage: npm run bench -- [options]
  --sizes LIST         graphs to run: node counts, "article" and/or "curator" (default article,curator,${DEFAULT_SIZES.join(',')})
  --runs N             runs per graph and page; every figure is the median (default 3)
  --large-runs N       runs on graphs of more than ${LARGE_GRAPH_NODES} nodes (default: --runs if given, else 1)
  --timeout SECONDS    cap per measurement, reported as "timed out" (default 120); a page other than
                       the viewer that misses it on one graph is skipped on larger ones
  --baseline-max N     largest graph the baseline runs on (default 2000)
  --filter LIST        pages (${PAGES.join(' | ')}) and/or graph names (article, curator,
                       curator-article, curator-300, synthetic-1000, or just 1000)
  --seed N             seed of the synthetic graphs (default 20241128)
  --out DIR            where results go (default bench-results)
  --profile            save a CPU profile of each load (open in DevTools); slows the figures down
  --help`;

/** The display name of a graph, also its file name in the served folder. */
export function graphName(spec: GraphSpec): string {
  if (spec.kind !== 'synthetic') return spec.kind;
  return spec.curator === true ? `curator-${spec.nodes}` : `synthetic-${spec.nodes}`;
}

function positiveInteger(flag: string, text: string | undefined): number {
  if (text === undefined || !/^\d[\d_]*$/.test(text.trim())) throw new Error(`${flag} needs a positive integer, got ${JSON.stringify(text)}`);
  const n = Number(text.trim().replace(/_/g, ''));
  if (!(n >= 1) || !Number.isSafeInteger(n)) throw new Error(`${flag} needs a positive integer, got ${JSON.stringify(text)}`);
  return n;
}

function parseSizes(text: string | undefined): GraphSpec[] {
  if (text === undefined || text.trim() === '') throw new Error('--sizes needs a list such as 100,1000 or article,curator,100');
  const specs: GraphSpec[] = [];
  for (const item of text.split(',').map((s) => s.trim()).filter((s) => s !== '')) {
    const items: readonly GraphSpec[] =
      item === 'article' ? [{ kind: 'article' }] : item === 'curator' ? CURATOR_GRAPHS : [{ kind: 'synthetic', nodes: positiveInteger('--sizes', item) }];
    for (const spec of items) if (!specs.some((s) => graphName(s) === graphName(spec))) specs.push(spec);
  }
  return specs;
}

/** Parses `process.argv.slice(2)`. Accepts `--flag value` and `--flag=value`. */
export function parseArgs(argv: readonly string[]): BenchOptions {
  let graphs: GraphSpec[] = [{ kind: 'article' }, ...CURATOR_GRAPHS, ...DEFAULT_SIZES.map((nodes) => ({ kind: 'synthetic', nodes }) as const)];
  const pages = new Set<PageName>();
  const graphFilter: string[] = [];
  let runs: number | undefined;
  let largeRuns: number | undefined;
  let timeoutMs = 120_000;
  let baselineMax = 2000;
  let seed = 20241128;
  let outDir = 'bench-results';
  let profile = false;
  let help = false;

  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    const eq = arg.indexOf('=');
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string | undefined => {
      if (inline !== undefined) return inline;
      i += 1;
      return argv[i];
    };
    switch (flag) {
      case '--sizes': graphs = parseSizes(value()); break;
      case '--runs': runs = positiveInteger(flag, value()); break;
      case '--large-runs': largeRuns = positiveInteger(flag, value()); break;
      case '--timeout': timeoutMs = positiveInteger(flag, value()) * 1000; break;
      case '--baseline-max': baselineMax = positiveInteger(flag, value()); break;
      case '--seed': seed = positiveInteger(flag, value()); break;
      case '--out': {
        const dir = value();
        if (dir === undefined || dir === '') throw new Error('--out needs a folder');
        outDir = dir;
        break;
      }
      case '--filter': {
        const text = value();
        if (text === undefined || text.trim() === '') throw new Error(`--filter needs a page (${PAGES.join(', ')}) or a graph name`);
        for (const term of text.split(',').map((s) => s.trim()).filter((s) => s !== '')) {
          if ((PAGES as readonly string[]).includes(term)) pages.add(term as PageName);
          else if (term === 'curator') graphFilter.push(...CURATOR_GRAPHS.map(graphName));
          else graphFilter.push(/^\d+$/.test(term) ? `synthetic-${term}` : term);
        }
        break;
      }
      case '--profile': profile = true; break;
      case '--help': case '-h': help = true; break;
      default: throw new Error(`unknown option ${JSON.stringify(arg)}\n${USAGE}`);
    }
  }
  if (graphFilter.length > 0) {
    graphs = graphs.filter((g) => graphFilter.includes(graphName(g)));
    if (graphs.length === 0) throw new Error(`--filter ${graphFilter.join(',')} matches none of the graphs to run`);
  }
  return {
    graphs,
    pages: pages.size > 0 ? PAGES.filter((p) => pages.has(p)) : [...PAGES],
    graphFilter,
    runs: runs ?? 3,
    // One run of each large graph keeps the default run near 15 minutes; an explicit --runs means every graph.
    largeRuns: largeRuns ?? runs ?? 1,
    timeoutMs,
    baselineMax,
    seed,
    outDir,
    profile,
    help,
  };
}

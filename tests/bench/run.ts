/**
 * `npm run bench`: builds the bench pages with Vite, writes the graphs, serves the folder on
 * 127.0.0.1, measures every graph × page in real headless Chromium (median of --runs), and writes
 * bench-results/bench-<timestamp>.json, bench-results/latest.json and a markdown table.
 */
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { graphName, parseArgs, USAGE, type BenchOptions, type GraphSpec } from './args';
import { buildPages, pageHtml } from './build-pages';
import { measureBundle } from './bundle-size';
import { METRIC_KEYS, uniformFigures, type FigureSet, type PageName } from './figures';
import { generateGraph } from './generate-graph';
import { describeMachine } from './machine';
import { requireChromium } from '../browser/browser';
import { chromiumVersion, measureRun } from './measure';
import type { BenchReport, BundleSize, GraphResult, TargetResult } from './report';
import { serveFolder } from './static-server';
import { medianFigure } from './stats';
import { formatFigure, formatReport } from './table';
import { checkTarget, TARGETS } from './targets';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ARTICLE_GRAPH = 'data/russia-iran-ai-blockchain.json';

const log = (message: string): void => {
  process.stderr.write(`${message}\n`);
};

interface PreparedGraph {
  readonly name: string;
  readonly path: string;
  readonly nodes: number;
  readonly edges: number;
}

/** Writes one graph into the served folder; undefined (with a note) when it cannot. */
function prepareGraph(spec: GraphSpec, options: BenchOptions, siteDir: string, notes: string[]): PreparedGraph | undefined {
  const name = graphName(spec);
  const path = `graphs/${name}.json`;
  mkdirSync(join(siteDir, 'graphs'), { recursive: true });
  if (spec.kind === 'article') {
    const source = join(ROOT, ARTICLE_GRAPH);
    if (!existsSync(source)) {
      notes.push(`The bundled article graph (${ARTICLE_GRAPH}) is absent: skipped.`);
      return undefined;
    }
    copyFileSync(source, join(siteDir, path));
    // Sizes come from the page once it has settled; the file is only counted here as a fallback.
    return { name, path, nodes: Number.NaN, edges: Number.NaN };
  }
  const doc = generateGraph({ nodes: spec.nodes, seed: options.seed });
  writeFileSync(join(siteDir, path), JSON.stringify(doc));
  return { name, path, nodes: doc.nodes.length, edges: doc.edges.length };
}

function summary(figures: FigureSet): string {
  return METRIC_KEYS.filter((k) => 'value' in figures[k] || ('outcome' in figures[k] && figures[k].outcome === 'timed-out'))
    .map((k) => `${k.replace(/Ms$|MB$|PerSecond$/, '')} ${formatFigure(k, figures[k])}`)
    .join(', ');
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if (options.help) {
    console.log(USAGE);
    return;
  }
  // Before the minutes of building: without a browser there is nothing to measure (one message, exit 1).
  log(`bench: Chromium at ${requireChromium()}`);
  const startedAt = new Date();
  const outDir = resolve(ROOT, options.outDir);
  const siteDir = join(outDir, 'site');
  const notes: string[] = [];
  if (options.profile) notes.push('Run with --profile: unminified build (bundle sizes are not comparable) and the CPU profiler slows every figure down; profiles are in profiles/.');

  log(`bench: building ${options.pages.join(' + ')} with Vite into ${siteDir}`);
  const built = await buildPages(ROOT, siteDir, options.pages, { minify: !options.profile });
  for (const [page, problem] of Object.entries(built.problems)) notes.push(`${page} page: ${problem}`);
  if (options.pages.includes('viewer') && !existsSync(join(ROOT, 'src/define.ts'))) {
    notes.push('The viewer element (src/define.ts) does not exist yet: viewer figures are "unavailable".');
  }
  const bundles: { [page in PageName]?: BundleSize } = {};
  for (const page of options.pages) if (built.pages[page] !== undefined) bundles[page] = measureBundle(siteDir, pageHtml(page));

  const graphs = options.graphs.map((spec) => ({ spec, prepared: prepareGraph(spec, options, siteDir, notes) }));
  const server = await serveFolder(siteDir);
  log(`bench: serving ${server.url}`);
  const machine = describeMachine(await chromiumVersion());
  const results: GraphResult[] = [];
  /** A page that is unavailable once is unavailable for every graph: no need to relaunch. */
  const unavailable: { [page in PageName]?: FigureSet } = {};

  try {
    for (const { spec, prepared } of graphs) {
      if (prepared === undefined) continue;
      const medians: { [page in PageName]?: FigureSet } = {};
      const runs: { [page in PageName]?: FigureSet[] } = {};
      let nodes = prepared.nodes;
      let edges = prepared.edges;
      for (const page of options.pages) {
        const htmlPath = built.pages[page];
        if (htmlPath === undefined) {
          medians[page] = uniformFigures('unavailable', built.problems[page]);
          continue;
        }
        if (unavailable[page] !== undefined) {
          medians[page] = unavailable[page];
          continue;
        }
        if (page === 'baseline' && spec.kind === 'synthetic' && spec.nodes > options.baselineMax) {
          medians[page] = uniformFigures('skipped', `baseline runs up to ${options.baselineMax} nodes (--baseline-max)`);
          continue;
        }
        const pageRuns: FigureSet[] = [];
        for (let run = 1; run <= options.runs; run += 1) {
          const previous = pageRuns[pageRuns.length - 1];
          if (previous !== undefined && 'outcome' in previous.settledMs && previous.settledMs.outcome === 'timed-out') {
            // The same graph will not settle faster next time: keep the time for the other graphs.
            log(`  ${prepared.name} ${page} run ${run}/${options.runs}: not repeated (the previous run timed out)`);
            pageRuns.push(previous);
            continue;
          }
          const result = await measureRun({
            siteUrl: server.url,
            page,
            pageHtml: htmlPath,
            graphPath: prepared.path,
            timeoutMs: options.timeoutMs,
            ...(options.profile ? { profilePath: join(outDir, 'profiles', `${prepared.name}-${page}-${run}.cpuprofile`) } : {}),
          });
          for (const note of result.notes) if (!notes.includes(note)) notes.push(note);
          if (result.nodes !== undefined && Number.isNaN(nodes)) nodes = result.nodes;
          if (result.edges !== undefined && Number.isNaN(edges)) edges = result.edges;
          pageRuns.push(result.figures);
          log(`  ${prepared.name} ${page} run ${run}/${options.runs}: ${summary(result.figures) || JSON.stringify(result.figures.firstFrameMs)}`);
          if (METRIC_KEYS.every((k) => 'outcome' in result.figures[k] && result.figures[k].outcome === 'unavailable')) {
            unavailable[page] = result.figures;
            break;
          }
        }
        runs[page] = pageRuns;
        medians[page] = Object.fromEntries(METRIC_KEYS.map((k) => [k, medianFigure(pageRuns.map((r) => r[k]))])) as FigureSet;
      }
      results.push({ name: prepared.name, nodes, edges, medians, runs });
    }
  } finally {
    await server.close();
  }

  const ran = new Set(results.map((r) => r.name));
  const targets: TargetResult[] = TARGETS.filter((t) => ran.has(t.graph === 'article' ? 'article' : `synthetic-${t.graph}`)).map((t) => {
    const graph = results.find((r) => r.name === (t.graph === 'article' ? 'article' : `synthetic-${t.graph}`));
    const figure = graph?.medians.viewer?.[t.metric];
    return { ...t, figure, verdict: checkTarget(t, figure) };
  });

  const report: BenchReport = {
    startedAt: startedAt.toISOString(),
    durationSeconds: Math.round((Date.now() - startedAt.getTime()) / 1000),
    options: { runs: options.runs, timeoutMs: options.timeoutMs, baselineMax: options.baselineMax, seed: options.seed, pages: options.pages },
    machine,
    bundles,
    graphs: results,
    targets,
    notes,
  };
  mkdirSync(outDir, { recursive: true });
  const json = `${JSON.stringify(report, (_key, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? null : value), 2)}\n`;
  const stamp = report.startedAt.replace(/[:.]/g, '-');
  writeFileSync(join(outDir, `bench-${stamp}.json`), json);
  writeFileSync(join(outDir, 'latest.json'), json);
  console.log(formatReport(report));
  log(`\nbench: ${report.durationSeconds} s; results in ${join(options.outDir, `bench-${stamp}.json`)} and ${join(options.outDir, 'latest.json')}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});

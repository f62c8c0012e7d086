/**
 * The entry points: files → graph document (+ report), graph document → files (+ report), for
 * every format. Pure functions over text and bytes, so the CLI and an in-page editor share them.
 */
import type { GraphDocument } from '../format/types';
import { assembleGraph, type AssembleOptions } from './assemble';
import { readCsv, writeCsv } from './csv';
import { readCytoscape, writeCytoscape } from './cytoscape';
import type { FlattenOptions } from './flatten';
import { readGexf, writeGexf } from './gexf';
import { readGraphml, writeGraphml } from './graphml';
import { ReportBuilder, type InterchangeProblem } from './report';
import type { GraphTable, InputFile, OutputFile } from './table';

export const INTERCHANGE_FORMATS = ['csv', 'gexf', 'graphml', 'cyjs'] as const;
export type InterchangeFormat = (typeof INTERCHANGE_FORMATS)[number];

/** The format a file name says (`.csv`/`.tsv`, `.gexf`, `.graphml`, `.cyjs`/`.json`); undefined when it says none. */
export function formatFromFileName(name: string): InterchangeFormat | undefined {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  switch (extension) {
    case 'csv':
    case 'tsv':
    case 'txt':
      return 'csv';
    case 'gexf':
      return 'gexf';
    case 'graphml':
    case 'xml':
      return 'graphml';
    case 'cyjs':
    case 'json':
      return 'cyjs';
    default:
      return undefined;
  }
}

export interface ImportOptions extends AssembleOptions {
  /** The format of every file; default: from each file's extension. */
  readonly format?: InterchangeFormat;
}

export interface ImportResult {
  /** The graph, when it loads without errors (the loader has checked it). */
  readonly graph?: GraphDocument;
  /** Problems located in the input files, then notes on what was changed or kept in data. */
  readonly problems: readonly InterchangeProblem[];
}

const READERS: Record<Exclude<InterchangeFormat, 'csv'>, (file: InputFile, report: ReportBuilder) => GraphTable | undefined> = {
  gexf: readGexf,
  graphml: readGraphml,
  cyjs: readCytoscape,
};

/**
 * Reads one graph: one GEXF, GraphML or Cytoscape JSON file, or up to three CSV files (nodes,
 * edges, sources). The result validates with zero errors, or there is no graph and the
 * problems say why and where.
 */
export function importGraph(files: readonly InputFile[], options: ImportOptions = {}): ImportResult {
  const report = new ReportBuilder();
  if (files.length === 0) {
    report.error('no-files', 'no file to import');
    return { problems: report.problems };
  }
  const formats = files.map((file) => options.format ?? formatFromFileName(file.name));
  const unknown = files.find((_, index) => formats[index] === undefined);
  if (unknown) {
    report.error('unknown-format', `cannot tell the format of ${unknown.name} from its name; give the format (csv, gexf, graphml or cyjs)`, { file: unknown.name });
    return { problems: report.problems };
  }
  const format = formats[0] as InterchangeFormat;
  if (formats.some((other) => other !== format) || (format !== 'csv' && files.length > 1) || files.length > 3) {
    report.error('one-graph-at-a-time', 'import one graph at a time: one GEXF, GraphML or Cytoscape file, or a nodes.csv / edges.csv / sources.csv set; combine graphs with merge');
    return { problems: report.problems };
  }
  const table = format === 'csv' ? readCsv(files, report) : READERS[format](files[0] as InputFile, report);
  if (!table || report.hasErrors) return { problems: report.problems };
  const fallbackTitle = (files[0] as InputFile).name.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  const assembled = assembleGraph(table, { fallbackTitle, ...options });
  return { ...(assembled.graph ? { graph: assembled.graph } : {}), problems: [...report.problems, ...assembled.problems] };
}

export type ExportOptions = FlattenOptions;

export interface ExportResult {
  /** Suggested names (`graph.gexf`; `nodes.csv`, `edges.csv`, `sources.csv`) and texts. */
  readonly files: readonly OutputFile[];
  /** What the target could not hold, and what it holds differently. */
  readonly problems: readonly InterchangeProblem[];
}

/** Writes a (valid) graph document in another format. */
export function exportGraph(graph: GraphDocument, format: InterchangeFormat, options: ExportOptions = {}): ExportResult {
  switch (format) {
    case 'csv':
      return writeCsv(graph, options);
    case 'gexf':
      return writeGexf(graph, options);
    case 'graphml':
      return writeGraphml(graph, options);
    case 'cyjs':
      return writeCytoscape(graph, options);
  }
}

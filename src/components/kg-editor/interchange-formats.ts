/**
 * Issue 12's formats in the editor: spreadsheets (CSV), GEXF, GraphML and Cytoscape JSON, read
 * and written by src/interchange and registered through the editor's format door
 * (file-formats.ts). The editor page loads this as its own chunk after it starts; neither the
 * reader (kg-viewer.js) nor the package's editor chunk holds papaparse and fast-xml-parser (a host
 * page that wants them calls `registerInterchangeFormats`, as the editor page does).
 */
import { exportGraph, formatInterchangeProblem, importGraph, type InterchangeFormat, type InterchangeProblem } from '../../interchange/index';
import type { GraphDocument } from '../../format/types';
import { registerGraphFileFormat, type GraphFileFormat, type ReportLine, type WrittenFile } from './file-formats';

const LABELS: Record<InterchangeFormat, string> = {
  csv: 'CSV (spreadsheet)',
  gexf: 'GEXF (Gephi)',
  graphml: 'GraphML (yEd, Gephi)',
  cyjs: 'Cytoscape JSON',
};

const EXTENSIONS: Record<InterchangeFormat, readonly string[]> = {
  csv: ['.csv', '.tsv'],
  gexf: ['.gexf'],
  graphml: ['.graphml'],
  cyjs: ['.cyjs', '.json'],
};

const MIME: Record<InterchangeFormat, string> = {
  csv: 'text/csv',
  gexf: 'application/xml',
  graphml: 'application/xml',
  cyjs: 'application/json',
};

/** Every extension the editor opens besides the graph file's own `.json`. */
export const INTERCHANGE_EXTENSIONS: readonly string[] = [...new Set(Object.values(EXTENSIONS).flat())];

export function reportLineOf(problem: InterchangeProblem): ReportLine {
  return { severity: problem.severity, text: formatInterchangeProblem(problem) };
}

/**
 * Whether `.json` text is Cytoscape's (`cy.json()`, an elements array, a `.cyjs` saved as
 * `.json`) rather than a graph file: Cytoscape puts everything under `elements`.
 */
export function isCytoscapeJson(text: string): boolean {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return false;
  }
  if (Array.isArray(value)) return value.some((item) => typeof item === 'object' && item !== null && 'data' in item);
  return typeof value === 'object' && value !== null && 'elements' in value && !('nodes' in value);
}

function formatOf(id: InterchangeFormat): GraphFileFormat {
  return {
    id,
    label: LABELS[id],
    extensions: EXTENSIONS[id],
    ...(id === 'cyjs' ? { claims: (name: string, text: string) => !name.toLowerCase().endsWith('.json') || isCytoscapeJson(text) } : {}),
    async read(files) {
      const inputs = await Promise.all(files.map(async (file) => ({ name: file.name, content: new Uint8Array(await file.arrayBuffer()) })));
      const result = importGraph(inputs, { format: id });
      return { ...(result.graph ? { graph: result.graph } : {}), problems: result.problems.map(reportLineOf) };
    },
    write(doc: GraphDocument, baseName: string) {
      const result = exportGraph(doc, id);
      // One file takes the graph's name; a spreadsheet set keeps nodes.csv, edges.csv, sources.csv (import tells them apart by name).
      const files: WrittenFile[] = result.files.map((file) => ({
        name: result.files.length === 1 ? `${baseName}${file.name.slice(file.name.lastIndexOf('.'))}` : file.name,
        text: file.text,
        type: MIME[id],
      }));
      return { files, warnings: result.problems.map(reportLineOf) };
    },
  };
}

let registered = false;

/** Registers the four formats once (the editor's session and the editor page both ask). */
export function registerInterchangeFormats(): void {
  if (registered) return;
  registered = true;
  for (const id of ['csv', 'gexf', 'graphml', 'cyjs'] as const) registerGraphFileFormat(formatOf(id));
}

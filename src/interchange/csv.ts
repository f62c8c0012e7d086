/**
 * Spreadsheets: `nodes.csv`, `edges.csv` and optionally `sources.csv`, read with papaparse.
 * One row per element, one column per field (columns are documented in README.md). Problems
 * are located as `file:row:column`, the header being row 1, as a spreadsheet numbers them.
 * Written files start with a byte order mark and use CRLF, so Excel opens Arabic text as UTF-8.
 */
import Papa from 'papaparse';
import type { GraphDocument } from '../format/types';
import * as names from './conventions';
import { flattenGraph, type FlattenOptions, type TargetAbilities } from './flatten';
import { ReportBuilder, type InterchangeProblem, type Origin } from './report';
import type { AttributeValue, GraphTable, InputFile, OutputFile, TableEdge, TableElement } from './table';
import { canonicalNumberOrText } from './text';
import { decodeText } from './decode';

export type CsvRole = 'nodes' | 'edges' | 'sources';

/** What a CSV file holds, from its name (`nodes.csv`, `my-edges.csv`), else from its header. */
export function csvRole(name: string, header: readonly string[]): CsvRole {
  const base = name.replace(/^.*[\\/]/, '').toLowerCase();
  if (/source/.test(base)) return 'sources';
  if (/edge|link|relation/.test(base)) return 'edges';
  if (/node|vert/.test(base)) return 'nodes';
  const lower = header.map((column) => column.trim().toLowerCase());
  return lower.includes('source') && lower.includes('target') ? 'edges' : 'nodes';
}

interface ParsedCsv {
  readonly file: string;
  readonly header: string[];
  readonly rows: string[][];
}

/** Parses one CSV file; problems go to `report`. Undefined when nothing usable came out. */
function parseCsvFile(input: InputFile, report: ReportBuilder): ParsedCsv | undefined {
  const file = input.name;
  const text = decodeText(input, report);
  if (text === undefined) return undefined;
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: 'greedy', delimitersToGuess: [',', ';', '\t'] });
  for (const error of parsed.errors) {
    // Rows that merely have more or fewer cells than the header are fine in a spreadsheet.
    if (error.type === 'FieldMismatch') continue;
    if (error.code === 'UndetectableDelimiter') continue;
    report.error(`csv-${error.code.replace(/[A-Z]/g, (c, at: number) => (at === 0 ? c.toLowerCase() : `-${c.toLowerCase()}`))}`, error.message, { file, ...(error.row === undefined ? {} : { row: error.row + 1 }) });
  }
  const [header, ...rows] = parsed.data;
  if (!header) {
    report.error('csv-empty', 'the file has no header row', { file });
    return undefined;
  }
  const names = header.map((column) => column.trim());
  const seen = new Map<string, number>();
  names.forEach((column, index) => {
    const key = column.toLowerCase();
    if (column === '') {
      if (rows.some((row) => (row[index] ?? '').trim() !== '')) report.error('csv-unnamed-column', `column ${index + 1} has values but no name in the header`, { file, row: 1, column: index + 1 });
      return;
    }
    const first = seen.get(key);
    if (first !== undefined) report.error('csv-duplicate-column', `the column "${column}" appears twice (columns ${first + 1} and ${index + 1})`, { file, row: 1, column: index + 1 });
    else seen.set(key, index);
  });
  return { file, header: names, rows };
}

/** A cell as written by a spreadsheet: the apostrophe this exporter puts before `=`, `+`, `-`, `@` removed. */
function cellValue(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

/** Rows → elements; every non-empty cell an attribute, located by row and column. */
function elementsOf(csv: ParsedCsv, role: CsvRole, report: ReportBuilder): (TableElement | TableEdge)[] {
  const { file, header, rows } = csv;
  const column = (name: string): number => header.findIndex((column) => column.toLowerCase() === name);
  const idColumn = column('id');
  const sourceColumn = column('source');
  const targetColumn = column('target');
  const shapeColumn = column(role === 'edges' ? 'line' : 'shape');
  if (role === 'edges') {
    for (const [name, at] of [['source', sourceColumn], ['target', targetColumn]] as const) {
      if (at < 0) report.error('csv-missing-column', `an edges file needs a "${name}" column (the id of the node the edge starts or ends at)`, { file, row: 1 });
    }
    if (sourceColumn < 0 || targetColumn < 0) return [];
  }
  if (role === 'sources' && idColumn < 0) {
    report.error('csv-missing-column', 'a sources file needs an "id" column (the id evidence uses in source_id)', { file, row: 1 });
    return [];
  }
  const elements: (TableElement | TableEdge)[] = [];
  rows.forEach((cells, index) => {
    const row = index + 2;
    const origin: Origin = { file, row };
    const attributes: [string, AttributeValue][] = [];
    const attributeOrigins = new Map<string, Origin>();
    header.forEach((name, at) => {
      if (name === '' || at === shapeColumn) return;
      const text = cellValue(cells[at] ?? '');
      if (text.trim() === '') return;
      attributes.push([name, names.isReservedName(name) || role === 'sources' ? text : canonicalNumberOrText(text.trim())]);
      attributeOrigins.set(name, { file, row, column: at + 1 });
    });
    const id = idColumn >= 0 ? (cells[idColumn] ?? '').trim() : '';
    const shape = shapeColumn >= 0 ? (cells[shapeColumn] ?? '').trim() : '';
    const common = { attributes, attributeOrigins, origin, ...(id === '' ? {} : { id }), ...(shape === '' ? {} : { shape }) };
    if (role !== 'edges') {
      elements.push(common);
      return;
    }
    const source = (cells[sourceColumn] ?? '').trim();
    const target = (cells[targetColumn] ?? '').trim();
    if (source === '' || target === '') {
      const at = source === '' ? sourceColumn : targetColumn;
      report.error('csv-missing-value', `the edge has no ${source === '' ? 'source' : 'target'}`, { file, row, column: at + 1 });
      return;
    }
    elements.push({ ...common, source, target });
  });
  return elements;
}

/** Reads up to three CSV files (nodes, edges, sources; which is which from name or header) into a table. */
export function readCsv(files: readonly InputFile[], report: ReportBuilder): GraphTable | undefined {
  const byRole = new Map<CsvRole, { csv: ParsedCsv }>();
  for (const input of files) {
    const csv = parseCsvFile(input, report);
    if (!csv) continue;
    const role = csvRole(input.name, csv.header);
    const earlier = byRole.get(role);
    if (earlier) {
      report.error('csv-two-files-one-role', `both ${earlier.csv.file} and ${input.name} look like the ${role} file; name them nodes.csv, edges.csv and sources.csv`, { file: input.name });
      continue;
    }
    byRole.set(role, { csv });
  }
  if (report.hasErrors) return undefined;
  const of = (role: CsvRole) => {
    const entry = byRole.get(role);
    return entry ? elementsOf(entry.csv, role, report) : [];
  };
  const nodes = of('nodes');
  const edges = of('edges') as TableEdge[];
  const sources = byRole.has('sources') ? of('sources') : undefined;
  if (report.hasErrors) return undefined;
  if (nodes.length === 0 && edges.length === 0) {
    report.error('csv-no-rows', 'the files hold no nodes and no edges', { file: files[0]?.name ?? '' });
    return undefined;
  }
  return { directed: true, nodes, edges, ...(sources ? { sources } : {}) };
}

// ── writing ──────────────────────────────────────────────────────────────────────────────

export const CSV_ABILITIES: TargetAbilities = { name: 'CSV', evidence: true, meta: false, structuredValues: false, nodeShapes: true, lineStyles: true };

/** Excel shows at most this many characters in a cell. */
const SPREADSHEET_CELL_LIMIT = 32_767;

/** A cell a spreadsheet will not run as a formula: `=`, `+`, `@` and a non-numeric `-` get an apostrophe. */
function safeCell(value: AttributeValue | undefined): string {
  if (value === undefined || value === null) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (/^[=+\-@\t\r]/.test(text) && !/^-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i.test(text)) return `'${text}`;
  return text;
}

function columnsOf(elements: readonly TableElement[], leading: readonly string[]): string[] {
  const present = new Set<string>();
  for (const element of elements) for (const [name] of element.attributes) present.add(name);
  const isEvidence = (name: string): boolean => /^(quote|source_id|by)(_\d+)?$/.test(name);
  const ordered = leading.filter((name) => name === 'id' || present.has(name) || /^(x|y|color|size|shape|line|weight|directed|source|target)$/.test(name));
  const rest = [...present].filter((name) => !ordered.includes(name));
  const evidence = rest.filter(isEvidence).sort((a, b) => evidenceRank(a) - evidenceRank(b));
  return [...ordered, ...rest.filter((name) => !isEvidence(name)), ...evidence];
}

function evidenceRank(name: string): number {
  const match = /^(quote|source_id|by)(?:_(\d+))?$/.exec(name);
  return Number(match?.[2] ?? 1) * 3 + ['quote', 'source_id', 'by'].indexOf(match?.[1] ?? '');
}

function localizedColumns(base: string, languages: readonly string[]): string[] {
  return languages.map((lang) => `${base}_${lang}`);
}

function toCsv(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  return `\uFEFF${Papa.unparse({ fields: [...columns], data: rows.map((row) => [...row]) }, { newline: '\r\n' })}\r\n`;
}

/** The graph as nodes.csv, edges.csv and (when it has sources) sources.csv, with what CSV cannot hold. */
export function writeCsv(graph: GraphDocument, options: FlattenOptions = {}): { files: OutputFile[]; problems: InterchangeProblem[] } {
  const flat = flattenGraph(graph, CSV_ABILITIES, options);
  const report = new ReportBuilder();
  report.problems.push(...flat.problems);
  const { table, languages } = flat;
  const visible = (element: TableElement, name: string): AttributeValue | undefined => element.attributes.find(([key]) => key === name)?.[1];

  const nodeLeading = ['id', 'type', ...localizedColumns(names.LABEL, languages), ...localizedColumns(names.DESCRIPTION, languages), ...localizedColumns(names.ALIASES, languages), 'x', 'y', 'color', 'size', 'shape'];
  const nodeColumns = columnsOf(table.nodes, nodeLeading).filter((name) => name !== 'x' && name !== 'y' || table.nodes.some((node) => node.position))
    .filter((name) => !['color', 'size', 'shape'].includes(name) || table.nodes.some((node) => node[name as 'color' | 'size' | 'shape'] !== undefined));
  const nodeRows = table.nodes.map((node) => nodeColumns.map((name) => {
    if (name === 'id') return safeCell(node.id);
    if (name === 'x') return safeCell(node.position?.x);
    if (name === 'y') return safeCell(node.position?.y);
    if (name === 'color' || name === 'size' || name === 'shape') return safeCell(node[name]);
    return safeCell(visible(node, name));
  }));

  const undirected = table.edges.some((edge) => edge.directed === false);
  const edgeLeading = ['id', 'source', 'target', 'type', ...(undirected ? ['directed'] : []), 'status', ...localizedColumns(names.LABEL, languages), ...localizedColumns(names.DESCRIPTION, languages), names.WHEN_DATE, ...localizedColumns(names.WHEN_TEXT, languages), names.TOPICS, names.LINK_NAMES[0], 'color', 'line', 'weight'];
  const edgeColumns = columnsOf(table.edges, edgeLeading)
    .filter((name) => !['color', 'line', 'weight'].includes(name) || table.edges.some((edge) => (name === 'line' ? edge.shape : edge[name as 'color' | 'weight']) !== undefined));
  const edgeRows = table.edges.map((edge) => edgeColumns.map((name) => {
    if (name === 'id' || name === 'source' || name === 'target') return safeCell(edge[name]);
    if (name === 'directed') return edge.directed === false ? 'false' : 'true';
    if (name === 'color' || name === 'weight') return safeCell(edge[name]);
    if (name === 'line') return safeCell(edge.shape);
    return safeCell(visible(edge, name));
  }));

  const files: OutputFile[] = [{ name: 'nodes.csv', text: toCsv(nodeColumns, nodeRows) }, { name: 'edges.csv', text: toCsv(edgeColumns, edgeRows) }];
  const sources = table.sources ?? [];
  if (sources.length > 0) {
    const sourceColumns = columnsOf(sources, ['id', ...localizedColumns(names.TITLE, languages), 'lang', 'url', 'published', 'text']);
    const long = sources.filter((source) => String(visible(source, 'text') ?? '').length > SPREADSHEET_CELL_LIMIT);
    if (long.length > 0) report.warning('csv-long-cell', `${long.length} source texts are longer than ${SPREADSHEET_CELL_LIMIT.toLocaleString('en')} characters; Excel cuts such cells (LibreOffice does not)`);
    files.push({ name: 'sources.csv', text: toCsv(sourceColumns, sources.map((source) => sourceColumns.map((name) => safeCell(visible(source, name))))) });
  }
  return { files, problems: report.problems };
}

/**
 * The editor's door for other file formats (issue 12's importers and exporters plug in here):
 * a format can read files into a graph document for "open" and write the document out for the
 * export menu, saying what it cannot hold. The editor itself knows only the graph file (JSON).
 * A page registers formats once (`registerGraphFileFormat`) before or after the editor loads.
 */
import type { GraphDocument } from '../../format/types';

/** One line of an import or export report; a plain string is a warning. */
export interface ReportLine {
  readonly severity: 'error' | 'warning' | 'info';
  readonly text: string;
}

export interface WrittenFile {
  readonly name: string;
  readonly text: string;
  /** MIME type of the download. */
  readonly type: string;
}

export interface GraphFileFormat {
  /** Short id, e.g. `gexf`. */
  readonly id: string;
  /** What the menu calls it, e.g. `GEXF (Gephi)`. */
  readonly label: string;
  /** File name endings it reads, with the dot: `.gexf`. */
  readonly extensions: readonly string[];
  /** Reads dropped or picked files into a graph document (validated by the editor like any file). */
  read?(files: readonly File[]): Promise<{ readonly graph?: unknown; readonly problems?: readonly (string | ReportLine)[] }>;
  /** Writes the document; `warnings` say what the format could not hold (shown before the download, never dropped silently). */
  write?(doc: GraphDocument, baseName: string): { readonly files: readonly WrittenFile[]; readonly warnings: readonly (string | ReportLine)[] };
  /** Whether this format reads this file when its name alone does not tell (`.json`: a graph file or Cytoscape's). */
  claims?(name: string, text: string): boolean;
}

const FORMATS = new Map<string, GraphFileFormat>();
const LISTENERS = new Set<() => void>();

/** Adds (or replaces) a format. Page-level configuration, shared by every editor on the page. */
export function registerGraphFileFormat(format: GraphFileFormat): void {
  FORMATS.set(format.id, format);
  for (const listener of LISTENERS) listener();
}

/** Calls `listener` whenever a format is registered (an export menu drawn earlier shows it); returns the unsubscribe. */
export function onGraphFileFormats(listener: () => void): () => void {
  LISTENERS.add(listener);
  return () => LISTENERS.delete(listener);
}

export function graphFileFormats(): readonly GraphFileFormat[] {
  return [...FORMATS.values()];
}

/**
 * The registered format that reads this file, if any (else it is a graph file). A format with
 * `claims` decides from the text, read only when its extension matches.
 */
export async function formatForFile(file: File): Promise<GraphFileFormat | undefined> {
  const lower = file.name.toLowerCase();
  for (const format of graphFileFormats()) {
    if (!format.read || !format.extensions.some((ext) => lower.endsWith(ext.toLowerCase()))) continue;
    if (!format.claims || format.claims(file.name, await file.text())) return format;
  }
  return undefined;
}

/** A report line from what a format gave: a plain string is a warning. */
export function reportLine(line: string | ReportLine): ReportLine {
  return typeof line === 'string' ? { severity: 'warning', text: line } : line;
}

/** What an import said, waiting for the editor to show it once the document it made is loaded. */
export interface OpeningReport {
  readonly name: string;
  readonly lines: readonly ReportLine[];
}

const OPENING_REPORTS = new WeakMap<object, OpeningReport>();

/** Hands an import's report to the editor that will load `doc` (the page sets `graph` to it next). */
export function noteOpeningReport(doc: object, report: OpeningReport): void {
  OPENING_REPORTS.set(doc, report);
}

/** The report of the import that made `doc`, once. */
export function takeOpeningReport(doc: object): OpeningReport | undefined {
  const report = OPENING_REPORTS.get(doc);
  OPENING_REPORTS.delete(doc);
  return report;
}

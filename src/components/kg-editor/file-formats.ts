/**
 * The editor's door for other file formats (issue 12's importers and exporters plug in here):
 * a format can read files into a graph document for "open" and write the document out for the
 * export menu, saying what it cannot hold. The editor itself knows only the graph file (JSON).
 * A page registers formats once (`registerGraphFileFormat`) before or after the editor loads.
 */
import type { GraphDocument } from '../../format/types';

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
  read?(files: readonly File[]): Promise<{ readonly graph?: unknown; readonly problems?: readonly string[] }>;
  /** Writes the document; `warnings` say what the format could not hold (never dropped silently). */
  write?(doc: GraphDocument, baseName: string): { readonly files: readonly WrittenFile[]; readonly warnings: readonly string[] };
}

const FORMATS = new Map<string, GraphFileFormat>();

/** Adds (or replaces) a format. Page-level configuration, shared by every editor on the page. */
export function registerGraphFileFormat(format: GraphFileFormat): void {
  FORMATS.set(format.id, format);
}

export function graphFileFormats(): readonly GraphFileFormat[] {
  return [...FORMATS.values()];
}

/** The registered format that reads a file with this name, if any. */
export function formatForFile(name: string): GraphFileFormat | undefined {
  const lower = name.toLowerCase();
  return graphFileFormats().find((format) => format.read && format.extensions.some((ext) => lower.endsWith(ext.toLowerCase())));
}

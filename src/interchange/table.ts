/**
 * The form every format is read into and written from: elements with an id, named attributes
 * in file order, and the visual properties the formats share. Reading a format is only syntax
 * (file → table); what attribute names mean is decided once, in assemble.ts and flatten.ts, so
 * a `label_ar` column and a `label_ar` GEXF attribute mean the same thing.
 */
import type { Origin } from './report';

/** An attribute value as a file carries it. */
export type AttributeValue = string | number | boolean | null | readonly unknown[] | { readonly [key: string]: unknown };

export interface TableElement {
  /** The id as the file has it (cleaned and made unique later). */
  readonly id?: string;
  /** Named values in file order; names as the file spells them. */
  readonly attributes: ReadonlyArray<readonly [string, AttributeValue]>;
  /** Where each attribute came from (a spreadsheet cell), when known. */
  readonly attributeOrigins?: ReadonlyMap<string, Origin>;
  readonly position?: { readonly x: number; readonly y: number };
  /** `#rrggbb`. */
  readonly color?: string;
  readonly size?: number;
  /** A node shape (one of NODE_SHAPES) or an edge line style (one of LINE_STYLES). */
  readonly shape?: string;
  /** The element this one is drawn inside (a yEd group, a GEXF parent, a Cytoscape compound). */
  readonly parent?: string;
  readonly origin: Origin;
}

export interface TableEdge extends TableElement {
  readonly source: string;
  readonly target: string;
  /** Undefined: the graph's default. */
  readonly directed?: boolean;
  readonly weight?: number;
}

export interface GraphTable {
  readonly title?: string;
  readonly description?: string;
  /** Whether edges without their own direction are directed. */
  readonly directed: boolean;
  readonly nodes: readonly TableElement[];
  readonly edges: readonly TableEdge[];
  /** Documents evidence points into (spreadsheets only: sources.csv). */
  readonly sources?: readonly TableElement[];
}

/** One file handed to an importer: its name (for messages and format detection) and content. */
export interface InputFile {
  readonly name: string;
  readonly content: string | Uint8Array;
}

/** One file an exporter produced: a suggested name and its text. */
export interface OutputFile {
  readonly name: string;
  readonly text: string;
}

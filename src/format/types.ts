/**
 * The graph file, version 1, as TypeScript types.
 *
 * These types describe a document that has passed validation. Every object also keeps
 * fields this version does not know (the index signatures), because curators' unknown
 * fields must survive load → edit → save. See src/format/README.md for the meaning of
 * each field and the rules the loader enforces. The object kinds are declared once more, with
 * their schema and checks, in src/format/kinds.ts, typed against these types so that the two
 * cannot disagree without a type error.
 */

/** A BCP 47 language tag such as `ar` or `en`. */
export type LanguageTag = string;

/** Text in one language (a plain string) or in several (language tag → text). */
export type LocalizedText = string | { readonly [lang: LanguageTag]: string };

/** Fields a graph file may carry that this version of the format does not know. */
export interface UnknownFields {
  readonly [key: string]: unknown;
}

/** ISO 8601 calendar date at year, month or day precision: `2024`, `2024-12`, `2024-12-03`. */
export type CalendarDate = string;

export const BUILTIN_STATUSES = [
  'signed',
  'agreed',
  'offered',
  'proposed',
  'planned',
  'announced',
  'stated',
] as const;
export type BuiltinStatus = (typeof BUILTIN_STATUSES)[number];

export const NODE_SHAPES = [
  'ellipse',
  'round-rectangle',
  'rectangle',
  'diamond',
  'hexagon',
  'octagon',
  'triangle',
  'round-triangle',
  'pentagon',
  'star',
  'tag',
  'barrel',
] as const;
export type NodeShape = (typeof NODE_SHAPES)[number];

export const LINE_STYLES = ['solid', 'dashed', 'dotted'] as const;
export type LineStyle = (typeof LINE_STYLES)[number];

export interface StatusDefinition extends UnknownFields {
  readonly label: LocalizedText;
  readonly description?: LocalizedText;
}

export interface GraphMeta extends UnknownFields {
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
  /** Languages the file provides; the first is the default. */
  readonly languages: readonly LanguageTag[];
  readonly license?: string;
  readonly updated?: CalendarDate;
  readonly curators?: readonly string[];
  /** Statuses beyond the built-in ones, with their labels. */
  readonly statuses?: { readonly [status: string]: StatusDefinition };
}

export interface Source extends UnknownFields {
  readonly id: string;
  readonly title?: LocalizedText;
  /** Language the source is written in. */
  readonly lang?: LanguageTag;
  readonly url?: string;
  readonly published?: CalendarDate;
  /** The full text, so quotes can be checked, shown and highlighted in context. */
  readonly text?: string;
}

export interface NodeType extends UnknownFields {
  readonly label: LocalizedText;
  readonly description?: LocalizedText;
  /** `#rgb` or `#rrggbb`; when absent a categorical scale assigns one. */
  readonly color?: string;
  readonly shape?: NodeShape;
}

export interface EdgeType extends UnknownFields {
  readonly label: LocalizedText;
  /** Label of the relation read from target to source, e.g. "member of" ↔ "has member". */
  readonly inverseLabel?: LocalizedText;
  readonly description?: LocalizedText;
  /** Whether the relation has a direction (an arrow is drawn only then). Default true. */
  readonly directed?: boolean;
  readonly line?: LineStyle;
  readonly color?: string;
}

export interface Evidence extends UnknownFields {
  /** Id of a source in `sources`. */
  readonly source: string;
  /** Exact substring of the source's text. */
  readonly quote: string;
  /** Id of the node (person, organization) that made the claim the quote reports. */
  readonly by?: string;
}

export interface Link extends UnknownFields {
  /** `http:`, `https:` or `mailto:` only. */
  readonly url: string;
  readonly title?: LocalizedText;
}

export interface Position extends UnknownFields {
  readonly x: number;
  readonly y: number;
}

export interface GraphNode extends UnknownFields {
  readonly id: string;
  readonly type: string;
  readonly label: LocalizedText;
  readonly aliases?: readonly LocalizedText[];
  readonly description?: LocalizedText;
  readonly evidence?: readonly Evidence[];
  readonly links?: readonly Link[];
  /** A layout position a curator pinned. */
  readonly position?: Position;
  /** Free-form extra fields, kept as they are. */
  readonly data?: UnknownFields;
}

export interface TimeReference extends UnknownFields {
  readonly date?: CalendarDate;
  /** What the source says in words ("last November"); never turned into a guessed date. */
  readonly text?: LocalizedText;
}

export interface GraphEdge extends UnknownFields {
  readonly id: string;
  readonly type: string;
  readonly source: string;
  readonly target: string;
  readonly label?: LocalizedText;
  readonly description?: LocalizedText;
  /** How firm the relation is: a built-in status or one declared in `meta.statuses`. */
  readonly status?: string;
  readonly when?: TimeReference;
  /** Ids of nodes the relation is about. */
  readonly topics?: readonly string[];
  readonly evidence?: readonly Evidence[];
  readonly links?: readonly Link[];
  readonly data?: UnknownFields;
}

export interface TourStep extends UnknownFields {
  readonly title?: LocalizedText;
  readonly caption: LocalizedText;
  readonly nodes?: readonly string[];
  readonly edges?: readonly string[];
}

export interface Tour extends UnknownFields {
  readonly id: string;
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
  readonly steps: readonly TourStep[];
}

export interface GraphDocument extends UnknownFields {
  readonly $schema?: string;
  readonly format: 'kg-graph';
  readonly version: 1;
  readonly meta: GraphMeta;
  readonly sources?: readonly Source[];
  readonly nodeTypes: { readonly [type: string]: NodeType };
  readonly edgeTypes: { readonly [type: string]: EdgeType };
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  readonly tours?: readonly Tour[];
}

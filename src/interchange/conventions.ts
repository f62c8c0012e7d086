/**
 * What attribute and column names mean, for every format: the names flatten.ts writes and
 * assemble.ts reads back. Matching is case-insensitive (`Label`, `label`); a `data.` prefix
 * marks a free-form field whose name would otherwise mean something (`data.type`).
 */

/** Names whose value gives a node its type (first one present wins). */
export const NODE_TYPE_NAMES = ['type', 'kind', 'category', 'group', 'node_type', 'nodetype'] as const;
/** Names whose value gives an edge its type (first one present wins). */
export const EDGE_TYPE_NAMES = ['type', 'kind', 'relation', 'relationship', 'interaction', 'edge_type', 'edgetype'] as const;

/** Localized texts: `label`, `label_ar`, `description_en`, `aliases_fa`, `when_text_en`, `title_ar`. */
export const LABEL = 'label';
export const DESCRIPTION = 'description';
export const ALIASES = 'aliases';
export const WHEN_TEXT = 'when_text';
export const TITLE = 'title';
/** Read as a label when there is no `label` (Cytoscape's and yEd's node name). */
export const NAME = 'name';

export const X = 'x';
export const Y = 'y';
export const COLOR_NAMES = ['color', 'colour'] as const;
export const SIZE = 'size';
export const WEIGHT = 'weight';
export const DIRECTED = 'directed';
export const STATUS = 'status';
export const WHEN_DATE = 'when_date';
export const TOPICS = 'topics';
export const LINK_NAMES = ['links', 'link', 'url'] as const;
export const PARENT = 'parent';

/** Evidence columns; a second piece of evidence uses `quote_2`, `source_id_2`, `by_2`, and so on. */
export const QUOTE = 'quote';
export const SOURCE_ID = 'source_id';
export const BY = 'by';

/** Prefix of a free-form `data` field whose bare name is one of the names above. */
export const DATA_PREFIX = 'data.';

/** Source columns (sources.csv). */
export const SOURCE_FIELDS = ['id', 'lang', 'url', 'published', 'text'] as const;

/** Every name that means something on a node or an edge (data fields with these names get the `data.` prefix). */
export function isReservedName(name: string): boolean {
  const lower = name.toLowerCase();
  if (RESERVED.has(lower)) return true;
  if (/^(quote|source_id|by)_\d+$/.test(lower)) return true;
  return /^(label|description|aliases|when_text|title)[_.-]/.test(lower);
}

const RESERVED = new Set<string>([
  'id', 'source', 'target',
  ...NODE_TYPE_NAMES, ...EDGE_TYPE_NAMES,
  LABEL, DESCRIPTION, ALIASES, WHEN_TEXT, NAME, X, Y, ...COLOR_NAMES, 'r', 'g', 'b', SIZE, WEIGHT, DIRECTED, STATUS,
  WHEN_DATE, TOPICS, ...LINK_NAMES, PARENT, QUOTE, SOURCE_ID, BY,
]);

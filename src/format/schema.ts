/**
 * JSON Schema (draft 2020-12) for version 1 of the graph file: the single source of truth
 * for public/schema/kg-graph-v1.schema.json, which `npm run schema` writes from here.
 *
 * The schema gives editors hover help, autocompletion and structural checks (types,
 * required fields, patterns). Rules that need the whole document — references resolve,
 * ids unique, quotes are substrings of their source, language tags listed in
 * `meta.languages`, limits — are the loader's job, not the schema's.
 *
 * Every object kind is built from a property table typed against src/format/types.ts
 * (`PropertyTable<GraphNode>` etc.): adding, removing or making optional a field in the
 * types without doing the same here fails the type check, and a unit test compares the
 * generated schema with a hand-written list of the same keys.
 */
import { characterClass, INVISIBLE_RANGES } from './characters';
import { MAX_ID_LENGTH } from './rules/ids';
import {
  BUILTIN_STATUSES,
  LINE_STYLES,
  NODE_SHAPES,
  type BuiltinStatus,
  type EdgeType,
  type Evidence,
  type GraphDocument,
  type GraphEdge,
  type GraphMeta,
  type GraphNode,
  type LineStyle,
  type Link,
  type NodeShape,
  type NodeType,
  type Position,
  type Source,
  type StatusDefinition,
  type TimeReference,
  type Tour,
  type TourStep,
} from './types';

/** The subset of JSON Schema 2020-12 this schema uses. */
export interface JsonSchema {
  readonly $schema?: string;
  readonly $id?: string;
  readonly $ref?: string;
  readonly $comment?: string;
  readonly $defs?: { readonly [name: string]: JsonSchema };
  readonly title?: string;
  readonly description?: string;
  readonly examples?: readonly unknown[];
  readonly default?: unknown;
  readonly type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'null';
  readonly const?: unknown;
  readonly enum?: readonly unknown[];
  readonly anyOf?: readonly JsonSchema[];
  readonly oneOf?: readonly JsonSchema[];
  readonly properties?: { readonly [name: string]: JsonSchema };
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | JsonSchema;
  readonly propertyNames?: JsonSchema;
  readonly minProperties?: number;
  readonly items?: JsonSchema;
  readonly minItems?: number;
  readonly uniqueItems?: boolean;
  readonly pattern?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
}

/** Keys an object type declares by name, without its index signature. */
type KnownKeys<T> = keyof {
  [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K];
};
type IsRequired<T, K extends PropertyKey> = K extends keyof T
  ? object extends Pick<T, K>
    ? false
    : true
  : never;

/** One property of an object kind: its schema and whether the types require it. */
export interface PropertyEntry<Required extends boolean> {
  readonly required: Required;
  readonly schema: JsonSchema;
}

/**
 * Every declared property of `T`, in the order a canonical file writes them; `required`
 * must agree with the type (`true` exactly when the property is not optional).
 */
export type PropertyTable<T> = {
  readonly [K in KnownKeys<T>]-?: PropertyEntry<IsRequired<T, K>>;
};

interface Annotations {
  readonly title: string;
  readonly description: string;
  readonly examples?: readonly unknown[];
}

/** An object kind: its annotations, then the properties it knows; unknown fields are allowed (kept). */
function objectKind<T>(annotations: Annotations, table: PropertyTable<T>): JsonSchema {
  const entries = Object.entries(table) as [string, PropertyEntry<boolean>][];
  return {
    ...annotations,
    type: 'object',
    properties: Object.fromEntries(entries.map(([key, entry]) => [key, entry.schema])),
    required: entries.filter(([, entry]) => entry.required).map(([key]) => key),
    // Curators' unknown fields survive load → edit → save, so they are allowed everywhere.
    additionalProperties: true,
  };
}

/** Names under `$defs`. */
type DefinitionName =
  | 'id'
  | 'languageTag'
  | 'localizedText'
  | 'calendarDate'
  | 'color'
  | 'url'
  | 'status'
  | 'nodeShape'
  | 'lineStyle'
  | 'freeData'
  | Exclude<ObjectKind, 'document'>;

const ref = (name: DefinitionName, annotations: Annotations): JsonSchema => ({
  $ref: `#/$defs/${name}`,
  ...annotations,
});
const required = (schema: JsonSchema): PropertyEntry<true> => ({ required: true, schema });
const optional = (schema: JsonSchema): PropertyEntry<false> => ({ required: false, schema });

// ── Patterns ────────────────────────────────────────────────────────────────────────────
// Written with \u escapes so the JSON file stays ASCII and the patterns read the same in
// every ECMA-262 engine (ajv and VS Code compile them with the `u` flag).

/** Characters an id may not contain: the loader's own list (characters.ts). */
const FORBIDDEN_ID_CHARACTERS = characterClass(INVISIBLE_RANGES);

/** Id: no surrounding whitespace, none of the forbidden characters. */
export const ID_PATTERN = `^[^\\s${FORBIDDEN_ID_CHARACTERS}](?:[^${FORBIDDEN_ID_CHARACTERS}]*[^\\s${FORBIDDEN_ID_CHARACTERS}])?$`;
/** ISO 8601 calendar date at year, month or day precision. */
export const CALENDAR_DATE_PATTERN =
  '^[0-9]{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]))?)?$';
/** `#rgb` or `#rrggbb`. */
export const COLOR_PATTERN = '^#(?:[0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})$';
/** A BCP 47 language tag, loosely: a primary language subtag, then subtags. */
export const LANGUAGE_TAG_PATTERN = '^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$';
/** Tabs and newlines, which the WHATWG URL parser removes anywhere in a URL. */
const URL_IGNORED = '[\\t\\n\\r]*';
/** A case-insensitive scheme name that may be interrupted by ignored characters, as browsers read it. */
const schemeName = (name: string): string =>
  [...name].map((letter) => `[${letter.toUpperCase()}${letter}]`).join(URL_IGNORED);
/**
 * Starts with `http:`, `https:` or `mailto:` as a browser parses it (leading spaces and controls
 * stripped, tabs and newlines ignored), so `java\tscript:` fails and nothing the loader accepts
 * does. The loader also checks that the rest parses as a URL.
 */
export const URL_PATTERN =
  `^[\\u0000-\\u0020]*(?:${schemeName('http')}(?:${URL_IGNORED}[Ss])?|${schemeName('mailto')})${URL_IGNORED}:`;
/** Maximum length of an id, in characters. */
/** Re-exported from the rule that enforces it, so schema and loader share one number. */
export { MAX_ID_LENGTH };

// ── Value kinds ─────────────────────────────────────────────────────────────────────────

const STATUS_MEANINGS: { readonly [S in BuiltinStatus]: string } = {
  signed: 'Formally signed by the parties (a treaty, a memorandum).',
  agreed: 'Agreed by the parties, not (yet) signed.',
  offered: 'Offered by one party to another.',
  proposed: 'Proposed or suggested, not agreed.',
  planned: 'Planned or scheduled for the future.',
  announced: 'Publicly announced.',
  stated: 'Stated or claimed by someone (see the evidence `by`).',
};

const SHAPE_MEANINGS: { readonly [S in NodeShape]: string } = {
  ellipse: 'An ellipse (a circle for equal width and height).',
  'round-rectangle': 'A rectangle with rounded corners.',
  rectangle: 'A rectangle.',
  diamond: 'A diamond.',
  hexagon: 'A hexagon.',
  octagon: 'An octagon.',
  triangle: 'A triangle.',
  'round-triangle': 'A triangle with rounded corners.',
  pentagon: 'A pentagon.',
  star: 'A five-pointed star.',
  tag: 'A tag (a rectangle with one pointed side).',
  barrel: 'A barrel.',
};

const LINE_MEANINGS: { readonly [L in LineStyle]: string } = {
  solid: 'A solid line (the default).',
  dashed: 'A dashed line, e.g. for proposals.',
  dotted: 'A dotted line, e.g. for statements.',
};

const definitions = {
  id: {
    title: 'Id',
    description:
      `A non-empty string, no surrounding whitespace, at most ${MAX_ID_LENGTH} characters, without ` +
      'control, bidi-control or invisible characters. Unicode is fine (`مصر`). Node and edge ids ' +
      'share one namespace.',
    type: 'string',
    minLength: 1,
    maxLength: MAX_ID_LENGTH,
    pattern: ID_PATTERN,
    examples: ['russia', 'ru-ir-mou', 'مصر'],
  },
  languageTag: {
    title: 'Language tag',
    description: 'A BCP 47 language tag such as `ar` or `en`.',
    type: 'string',
    pattern: LANGUAGE_TAG_PATTERN,
    examples: ['ar', 'en', 'fa', 'ru'],
  },
  localizedText: {
    title: 'Localized text',
    description:
      'A string (text in the file\'s default language, the first of `meta.languages`) or an object ' +
      'of language tag → text. Every tag used must be listed in `meta.languages`. A reader asking ' +
      'for a missing language falls back to the first listed language that has the text.',
    anyOf: [
      { title: 'Text in the default language', type: 'string', examples: ['Russia'] },
      {
        title: 'Text per language',
        type: 'object',
        propertyNames: { $ref: '#/$defs/languageTag' },
        additionalProperties: { type: 'string' },
        examples: [{ en: 'Russia', ar: 'روسيا' }],
      },
    ],
    examples: ['Russia', { en: 'Russia', ar: 'روسيا' }],
  },
  calendarDate: {
    title: 'Calendar date',
    description:
      'ISO 8601 calendar date at year, month or day precision. What a source only says in words ' +
      'stays in text: a guessed date is worse than none.',
    type: 'string',
    pattern: CALENDAR_DATE_PATTERN,
    examples: ['2024', '2024-12', '2024-12-03'],
  },
  color: {
    title: 'Color',
    description: '`#rgb` or `#rrggbb`.',
    type: 'string',
    pattern: COLOR_PATTERN,
    examples: ['#1f77b4', '#c00'],
  },
  url: {
    title: 'URL',
    description: 'An absolute `http:`, `https:` or `mailto:` URL; other schemes are refused.',
    type: 'string',
    pattern: URL_PATTERN,
    examples: ['https://example.org/article', 'mailto:curator@example.org'],
  },
  status: {
    title: 'Status',
    description:
      'How firm a relation is: a built-in status, or one the file declares in `meta.statuses`. ' +
      'A signed memorandum and a mere proposal must not look the same.',
    anyOf: [
      ...BUILTIN_STATUSES.map((status) => ({
        title: status,
        description: STATUS_MEANINGS[status],
        type: 'string' as const,
        const: status,
      })),
      {
        title: 'Declared status',
        description: 'A status declared in `meta.statuses`.',
        type: 'string',
        minLength: 1,
      },
    ],
    examples: ['signed', 'proposed'],
  },
  nodeShape: {
    title: 'Node shape',
    description: 'How nodes of this type are drawn.',
    oneOf: NODE_SHAPES.map((shape) => ({
      title: shape,
      description: SHAPE_MEANINGS[shape],
      type: 'string' as const,
      const: shape,
    })),
    examples: ['round-rectangle', 'ellipse'],
  },
  lineStyle: {
    title: 'Line style',
    description: 'How edges of this type are drawn.',
    oneOf: LINE_STYLES.map((line) => ({
      title: line,
      description: LINE_MEANINGS[line],
      type: 'string' as const,
      const: line,
    })),
    examples: ['dashed'],
  },
  freeData: {
    title: 'Extra data',
    description: 'Free-form extra fields, kept as they are. The viewer does not interpret them.',
    type: 'object',
    additionalProperties: true,
    examples: [{ wikidata: 'Q159' }],
  },
  meta: objectKind<GraphMeta>(
    {
      title: 'Graph metadata',
      description: 'Title, languages and provenance of the graph.',
      examples: [{ title: { en: 'Russia and Iran', ar: 'روسيا وإيران' }, languages: ['ar', 'en'] }],
    },
    {
      title: required(
        ref('localizedText', {
          title: 'Title',
          description: 'Title of the graph.',
          examples: [{ en: 'Russia and Iran cooperate on AI', ar: 'روسيا وإيران' }],
        }),
      ),
      description: optional(
        ref('localizedText', {
          title: 'Description',
          description: 'What the graph shows, for the reader.',
          examples: [{ en: 'Who agreed what, according to one article.' }],
        }),
      ),
      languages: required({
        title: 'Languages',
        description:
          'Language tags the file provides; the first is the default. Every tag used in localized ' +
          'text must be listed here.',
        type: 'array',
        items: { $ref: '#/$defs/languageTag' },
        minItems: 1,
        uniqueItems: true,
        examples: [['ar', 'en']],
      }),
      license: optional({
        title: 'License',
        description: 'License of the graph data, preferably an SPDX identifier.',
        type: 'string',
        examples: ['CC-BY-4.0'],
      }),
      updated: optional(
        ref('calendarDate', {
          title: 'Updated',
          description: 'When the graph was last updated.',
          examples: ['2026-11-28'],
        }),
      ),
      curators: optional({
        title: 'Curators',
        description: 'Names of the people who curate the graph.',
        type: 'array',
        items: { type: 'string' },
        examples: [['A. Curator']],
      }),
      statuses: optional({
        title: 'Declared statuses',
        description: 'Statuses beyond the built-in ones, by name, with their labels.',
        type: 'object',
        propertyNames: { $ref: '#/$defs/id' },
        additionalProperties: { $ref: '#/$defs/statusDefinition' },
        examples: [{ rumoured: { label: { en: 'rumoured', ar: 'مُشاع' } } }],
      }),
    },
  ),
  statusDefinition: objectKind<StatusDefinition>(
    {
      title: 'Status definition',
      description: 'A status declared by the file, with the label shown in legends and filters.',
      examples: [{ label: { en: 'rumoured' } }],
    },
    {
      label: required(
        ref('localizedText', {
          title: 'Label',
          description: 'Name of the status as shown to readers.',
          examples: [{ en: 'rumoured', ar: 'مُشاع' }],
        }),
      ),
      description: optional(
        ref('localizedText', {
          title: 'Description',
          description: 'What the status means.',
          examples: [{ en: 'Reported by others, not confirmed by the parties.' }],
        }),
      ),
    },
  ),
  source: objectKind<Source>(
    {
      title: 'Source',
      description: 'A document that evidence quotes point into.',
      examples: [{ id: 'article', lang: 'ar', title: { ar: 'روسيا وإيران' }, text: '…' }],
    },
    {
      id: required(
        ref('id', { title: 'Id', description: 'Unique among sources.', examples: ['article'] }),
      ),
      title: optional(
        ref('localizedText', {
          title: 'Title',
          description: 'Title of the document.',
          examples: [{ en: 'Russia and Iran cooperate on AI and blockchain' }],
        }),
      ),
      lang: optional(
        ref('languageTag', {
          title: 'Language',
          description: 'Language the document is written in.',
          examples: ['ar'],
        }),
      ),
      url: optional(
        ref('url', {
          title: 'URL',
          description: 'Where the document is published.',
          examples: ['https://example.org/article'],
        }),
      ),
      published: optional(
        ref('calendarDate', {
          title: 'Published',
          description: 'When the document was published, only as precisely as known.',
          examples: ['2024-12'],
        }),
      ),
      text: optional({
        title: 'Text',
        description:
          'The full text, so quotes can be checked, shown and highlighted in context. Evidence ' +
          'quotes must be exact substrings of it.',
        type: 'string',
        examples: ['اتفقت حكومتا روسيا وإيران على التعاون…'],
      }),
    },
  ),
  nodeType: objectKind<NodeType>(
    {
      title: 'Node type',
      description: 'A kind of node: its label in legends and filters, and how its nodes are drawn.',
      examples: [{ label: { en: 'Country', ar: 'دولة' }, color: '#1f77b4', shape: 'round-rectangle' }],
    },
    {
      label: required(
        ref('localizedText', {
          title: 'Label',
          description: 'Name of the type in legends and filters.',
          examples: [{ en: 'Country', ar: 'دولة' }],
        }),
      ),
      description: optional(
        ref('localizedText', {
          title: 'Description',
          description: 'What belongs to this type.',
          examples: [{ en: 'A sovereign state.' }],
        }),
      ),
      color: optional(
        ref('color', {
          title: 'Color',
          description: 'Fill color of the nodes; when absent a categorical scale assigns one.',
          examples: ['#1f77b4'],
        }),
      ),
      shape: optional(
        ref('nodeShape', {
          title: 'Shape',
          description: 'Shape of the nodes; ellipse when absent.',
          examples: ['round-rectangle'],
        }),
      ),
    },
  ),
  edgeType: objectKind<EdgeType>(
    {
      title: 'Edge type',
      description: 'A kind of relation: its labels, whether it has a direction, how it is drawn.',
      examples: [{ label: { en: 'proposal' }, directed: true, line: 'dashed' }],
    },
    {
      label: required(
        ref('localizedText', {
          title: 'Label',
          description: 'Name of the relation read from source to target.',
          examples: [{ en: 'member of', ar: 'عضو في' }],
        }),
      ),
      inverseLabel: optional(
        ref('localizedText', {
          title: 'Inverse label',
          description: 'Name of the relation read from target to source ("has member").',
          examples: [{ en: 'has member', ar: 'يضم' }],
        }),
      ),
      description: optional(
        ref('localizedText', {
          title: 'Description',
          description: 'What the relation means.',
          examples: [{ en: 'A formal agreement between the two ends.' }],
        }),
      ),
      directed: optional({
        title: 'Directed',
        description: 'Whether the relation has a direction; an arrow is drawn only then.',
        type: 'boolean',
        default: true,
        examples: [true, false],
      }),
      line: optional(
        ref('lineStyle', {
          title: 'Line',
          description: 'Line style of the edges; solid when absent.',
          examples: ['dashed'],
        }),
      ),
      color: optional(
        ref('color', {
          title: 'Color',
          description: 'Line color of the edges; when absent a categorical scale assigns one.',
          examples: ['#7f7f7f'],
        }),
      ),
    },
  ),
  evidence: objectKind<Evidence>(
    {
      title: 'Evidence',
      description: 'A quote from a source that supports the node or edge.',
      examples: [{ source: 'article', quote: 'روسيا وإيران', by: 'iranian-official' }],
    },
    {
      source: required(
        ref('id', {
          title: 'Source',
          description: 'Id of a source in `sources`.',
          examples: ['article'],
        }),
      ),
      quote: required({
        title: 'Quote',
        description:
          "Exact substring of the source's text (checked when the text is present), whatever it contains.",
        type: 'string',
        minLength: 1,
        examples: ['مذكرة تفاهم جديدة'],
      }),
      by: optional(
        ref('id', {
          title: 'Claimed by',
          description: 'Id of the node (person, organization) that made the claim the quote reports.',
          examples: ['iranian-official'],
        }),
      ),
    },
  ),
  link: objectKind<Link>(
    {
      title: 'Link',
      description: 'A link to read more.',
      examples: [{ url: 'https://en.wikipedia.org/wiki/Russia', title: { en: 'Wikipedia' } }],
    },
    {
      url: required(
        ref('url', {
          title: 'URL',
          description: '`http:`, `https:` or `mailto:` only.',
          examples: ['https://en.wikipedia.org/wiki/Russia'],
        }),
      ),
      title: optional(
        ref('localizedText', {
          title: 'Title',
          description: 'Text of the link.',
          examples: [{ en: 'Wikipedia' }],
        }),
      ),
    },
  ),
  position: objectKind<Position>(
    {
      title: 'Position',
      description: 'A layout position a curator pinned, in model coordinates.',
      examples: [{ x: 120.5, y: -40 }],
    },
    {
      x: required({ title: 'x', description: 'Horizontal position.', type: 'number', examples: [120.5] }),
      y: required({ title: 'y', description: 'Vertical position (down is positive).', type: 'number', examples: [-40] }),
    },
  ),
  node: objectKind<GraphNode>(
    {
      title: 'Node',
      description: 'An entity: a country, a person, an organization, a technology…',
      examples: [{ id: 'russia', type: 'country', label: { en: 'Russia', ar: 'روسيا' } }],
    },
    {
      id: required(
        ref('id', {
          title: 'Id',
          description: 'Unique among nodes and edges (one namespace).',
          examples: ['russia'],
        }),
      ),
      type: required(
        ref('id', {
          title: 'Type',
          description: 'A key of `nodeTypes`.',
          examples: ['country'],
        }),
      ),
      label: required(
        ref('localizedText', {
          title: 'Label',
          description: 'Name shown on the node; an empty or invisible-only label counts as missing.',
          examples: [{ en: 'Russia', ar: 'روسيا' }],
        }),
      ),
      aliases: optional({
        title: 'Aliases',
        description: 'Other names search should find, e.g. a capital standing for its country.',
        type: 'array',
        items: { $ref: '#/$defs/localizedText' },
        examples: [[{ en: 'Moscow', ar: 'موسكو' }]],
      }),
      description: optional(
        ref('localizedText', {
          title: 'Description',
          description: 'Longer text for the details panel; may contain line breaks.',
          examples: [{ en: 'Country in Eastern Europe and Northern Asia.' }],
        }),
      ),
      evidence: optional({
        title: 'Evidence',
        description: 'Quotes from sources about this node.',
        type: 'array',
        items: { $ref: '#/$defs/evidence' },
        examples: [[{ source: 'article', quote: 'روسيا' }]],
      }),
      links: optional({
        title: 'Links',
        description: 'Links to read more.',
        type: 'array',
        items: { $ref: '#/$defs/link' },
        examples: [[{ url: 'https://en.wikipedia.org/wiki/Russia' }]],
      }),
      position: optional(
        ref('position', {
          title: 'Position',
          description: 'A layout position a curator pinned.',
          examples: [{ x: 120.5, y: -40 }],
        }),
      ),
      data: optional(
        ref('freeData', {
          title: 'Data',
          description: 'Free-form extra fields, kept as they are.',
          examples: [{ wikidata: 'Q159' }],
        }),
      ),
    },
  ),
  timeReference: objectKind<TimeReference>(
    {
      title: 'Time',
      description: 'When the relation happened or holds: a date if the source gives one, else words.',
      examples: [{ date: '2024-12' }, { text: { en: 'last November', ar: 'في نوفمبر الماضي' } }],
    },
    {
      date: optional(
        ref('calendarDate', {
          title: 'Date',
          description: 'Only as precisely as the source says it; never guessed.',
          examples: ['2024-12'],
        }),
      ),
      text: optional(
        ref('localizedText', {
          title: 'Text',
          description: 'What the source says in words ("last November"); never turned into a date.',
          examples: [{ en: 'last November' }],
        }),
      ),
    },
  ),
  edge: objectKind<GraphEdge>(
    {
      title: 'Edge',
      description:
        'A relation between two nodes. Self-loops and parallel edges are allowed (two treaties ' +
        'between the same countries are two edges).',
      examples: [
        { id: 'ru-ir-mou', type: 'agreement', source: 'russia', target: 'iran', status: 'signed' },
      ],
    },
    {
      id: required(
        ref('id', {
          title: 'Id',
          description: 'Unique among nodes and edges (one namespace).',
          examples: ['ru-ir-mou'],
        }),
      ),
      type: required(
        ref('id', { title: 'Type', description: 'A key of `edgeTypes`.', examples: ['agreement'] }),
      ),
      source: required(
        ref('id', {
          title: 'Source node',
          description: 'Id of the node the relation starts from.',
          examples: ['russia'],
        }),
      ),
      target: required(
        ref('id', {
          title: 'Target node',
          description: 'Id of the node the relation points to.',
          examples: ['iran'],
        }),
      ),
      label: optional(
        ref('localizedText', {
          title: 'Label',
          description: "Text on the edge; the edge type's label when absent.",
          examples: [{ en: 'memorandum of understanding' }],
        }),
      ),
      description: optional(
        ref('localizedText', {
          title: 'Description',
          description: 'Longer text for the details panel; may contain line breaks.',
          examples: [{ en: 'Cooperation in AI, blockchain and cybersecurity.' }],
        }),
      ),
      status: optional(
        ref('status', {
          title: 'Status',
          description: 'How firm the relation is: a built-in status or one declared in `meta.statuses`.',
          examples: ['signed'],
        }),
      ),
      when: optional(
        ref('timeReference', {
          title: 'When',
          description: 'When the relation happened or holds.',
          examples: [{ date: '2024-12' }],
        }),
      ),
      topics: optional({
        title: 'Topics',
        description: 'Ids of nodes the relation is about.',
        type: 'array',
        items: { $ref: '#/$defs/id' },
        examples: [['ai', 'blockchain']],
      }),
      evidence: optional({
        title: 'Evidence',
        description: 'Quotes from sources that support the relation.',
        type: 'array',
        items: { $ref: '#/$defs/evidence' },
        examples: [[{ source: 'article', quote: 'مذكرة تفاهم جديدة' }]],
      }),
      links: optional({
        title: 'Links',
        description: 'Links to read more.',
        type: 'array',
        items: { $ref: '#/$defs/link' },
        examples: [[{ url: 'https://example.org/mou' }]],
      }),
      data: optional(
        ref('freeData', {
          title: 'Data',
          description: 'Free-form extra fields, kept as they are.',
          examples: [{ confidence: 'high' }],
        }),
      ),
    },
  ),
  tourStep: objectKind<TourStep>(
    {
      title: 'Tour step',
      description: 'One step of a guided tour: what to highlight and what to say about it.',
      examples: [{ nodes: ['russia', 'iran'], edges: ['ru-ir-mou'], caption: { en: 'The memorandum.' } }],
    },
    {
      title: optional(
        ref('localizedText', {
          title: 'Title',
          description: 'Heading of the step.',
          examples: [{ en: 'The memorandum' }],
        }),
      ),
      nodes: optional({
        title: 'Nodes',
        description: 'Ids of the nodes the step highlights.',
        type: 'array',
        items: { $ref: '#/$defs/id' },
        examples: [['russia', 'iran']],
      }),
      edges: optional({
        title: 'Edges',
        description: 'Ids of the edges the step highlights.',
        type: 'array',
        items: { $ref: '#/$defs/id' },
        examples: [['ru-ir-mou']],
      }),
      caption: required(
        ref('localizedText', {
          title: 'Caption',
          description: 'What the step says.',
          examples: [{ en: 'Russia and Iran signed a memorandum of understanding.' }],
        }),
      ),
    },
  ),
  tour: objectKind<Tour>(
    {
      title: 'Tour',
      description: 'A guided tour: steps a reader walks through in order.',
      examples: [{ id: 'intro', title: { en: 'Introduction' }, steps: [{ caption: { en: 'Start here.' } }] }],
    },
    {
      id: required(ref('id', { title: 'Id', description: 'Unique among tours.', examples: ['intro'] })),
      title: required(
        ref('localizedText', {
          title: 'Title',
          description: 'Name of the tour.',
          examples: [{ en: 'Introduction' }],
        }),
      ),
      description: optional(
        ref('localizedText', {
          title: 'Description',
          description: 'What the tour shows.',
          examples: [{ en: 'The agreement in five steps.' }],
        }),
      ),
      steps: required({
        title: 'Steps',
        description: 'The steps, in order.',
        type: 'array',
        items: { $ref: '#/$defs/tourStep' },
        examples: [[{ caption: { en: 'Start here.' } }]],
      }),
    },
  ),
} as const satisfies { readonly [name in DefinitionName]: JsonSchema };

const root = objectKind<GraphDocument>(
  {
    title: 'kg-viewer graph file, version 1',
    description:
      'One knowledge graph: its sources, its vocabulary of node and edge types, its nodes and ' +
      'edges, and optional guided tours. See src/format/README.md of kg-viewer.',
    examples: [
      {
        format: 'kg-graph',
        version: 1,
        meta: { title: { en: 'Example' }, languages: ['en'] },
        nodeTypes: { country: { label: 'Country' } },
        edgeTypes: { agreement: { label: 'agreement' } },
        nodes: [{ id: 'a', type: 'country', label: 'A' }],
        edges: [],
      },
    ],
  },
  {
    $schema: optional({
      title: 'Schema',
      description: 'Where editors find this schema, for validation and autocompletion.',
      type: 'string',
      examples: ['../public/schema/kg-graph-v1.schema.json'],
    }),
    format: required({
      title: 'Format',
      description: 'Always `kg-graph`.',
      type: 'string',
      const: 'kg-graph',
      examples: ['kg-graph'],
    }),
    version: required({
      title: 'Version',
      description: 'Version of the format; loaders refuse other versions with a clear message.',
      type: 'integer',
      const: 1,
      examples: [1],
    }),
    meta: required(
      ref('meta', {
        title: 'Metadata',
        description: 'Title, languages and provenance of the graph.',
        examples: [{ title: 'Example', languages: ['en'] }],
      }),
    ),
    sources: optional({
      title: 'Sources',
      description: 'Documents that evidence quotes point into.',
      type: 'array',
      items: { $ref: '#/$defs/source' },
      examples: [[{ id: 'article', lang: 'ar', text: '…' }]],
    }),
    nodeTypes: required({
      title: 'Node types',
      description: 'Node types by id: labels, colors and shapes. Style comes from types, never from nodes.',
      type: 'object',
      propertyNames: { $ref: '#/$defs/id' },
      additionalProperties: { $ref: '#/$defs/nodeType' },
      examples: [{ country: { label: { en: 'Country' }, color: '#1f77b4', shape: 'round-rectangle' } }],
    }),
    edgeTypes: required({
      title: 'Edge types',
      description: 'Edge types by id: labels, direction and line styles.',
      type: 'object',
      propertyNames: { $ref: '#/$defs/id' },
      additionalProperties: { $ref: '#/$defs/edgeType' },
      examples: [{ agreement: { label: { en: 'agreement' }, directed: false } }],
    }),
    nodes: required({
      title: 'Nodes',
      description: 'The entities of the graph.',
      type: 'array',
      items: { $ref: '#/$defs/node' },
      examples: [[{ id: 'russia', type: 'country', label: 'Russia' }]],
    }),
    edges: required({
      title: 'Edges',
      description: 'The relations between nodes.',
      type: 'array',
      items: { $ref: '#/$defs/edge' },
      examples: [[{ id: 'e1', type: 'agreement', source: 'russia', target: 'iran' }]],
    }),
    tours: optional({
      title: 'Tours',
      description: 'Guided tours through the graph.',
      type: 'array',
      items: { $ref: '#/$defs/tour' },
      examples: [[{ id: 'intro', title: 'Introduction', steps: [{ caption: 'Start here.' }] }]],
    }),
  },
);

/** Path of the generated schema file, relative to the repository root. */
export const SCHEMA_FILE_PATH = 'public/schema/kg-graph-v1.schema.json';

/** The JSON Schema of the graph file, version 1. */
export const GRAPH_SCHEMA: JsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $comment: 'Generated from src/format/schema.ts by `npm run schema`; do not edit by hand.',
  ...root,
  $defs: definitions,
};

/** Object kinds of the format, by the name of their definition (`document` is the root). */
export const OBJECT_KINDS = [
  'document',
  'meta',
  'statusDefinition',
  'source',
  'nodeType',
  'edgeType',
  'evidence',
  'link',
  'position',
  'node',
  'timeReference',
  'edge',
  'tourStep',
  'tour',
] as const;
export type ObjectKind = (typeof OBJECT_KINDS)[number];

/**
 * Declared keys of an object kind in canonical (schema) order, e.g. for a serializer that
 * places keys an editor adds; keys a file already has keep their order.
 */
export function schemaKeyOrder(kind: ObjectKind): readonly string[] {
  const schema = kind === 'document' ? root : definitions[kind];
  return Object.keys(schema.properties ?? {});
}

/** The schema file's text: 2-space indent, newline at the end. */
export function schemaText(): string {
  return `${JSON.stringify(GRAPH_SCHEMA, null, 2)}\n`;
}

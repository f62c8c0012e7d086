/**
 * The object kinds of the graph file, each declared once: the help an editor shows for it, and
 * its fields in canonical order, each with its JSON Schema and the loader's check. Everything
 * else is derived from here: the schema's object definitions (schema.ts), the loader's shape
 * checks (`checkObject` in rules/shapes.ts) and the key order of new keys (`KEY_ORDER`).
 *
 * The declarations are typed against src/format/types.ts (`Fields<GraphNode>` etc.): a field the
 * types have and a declaration lacks, a declared field the types do not have, or a field required
 * on one side only, fails the type check.
 */
import type { Annotations, JsonSchema } from './json-schema';
import { checkId } from './rules/ids';
import { checkObject, checkIdMap, checkNumber, checkQuote, checkSourceText, checkStringList, checkFreeObject, type ObjectShape, type ValueCheck } from './rules/shapes';
import { checkLanguageTag, checkLocalizedText, type TextRole } from './rules/text';
import { checkArray, checkBoolean, checkColor, checkDate, checkEnum, checkString, checkUrl } from './rules/values';
import {
  LINE_STYLES,
  NODE_SHAPES,
  type EdgeType,
  type Evidence,
  type GraphDocument,
  type GraphEdge,
  type GraphMeta,
  type GraphNode,
  type Link,
  type NodeType,
  type Position,
  type Source,
  type StatusDefinition,
  type TimeReference,
  type Tour,
  type TourStep,
} from './types';
import { ref, type ValueKind } from './value-schemas';

/** Each object kind, by the name of its schema definition, and the type a loaded one has. */
interface KindTypes {
  document: GraphDocument;
  meta: GraphMeta;
  statusDefinition: StatusDefinition;
  source: Source;
  nodeType: NodeType;
  edgeType: EdgeType;
  evidence: Evidence;
  link: Link;
  position: Position;
  node: GraphNode;
  timeReference: TimeReference;
  edge: GraphEdge;
  tourStep: TourStep;
  tour: Tour;
}

/** The name of an object kind (`document` is the file itself). */
export type ObjectKind = keyof KindTypes;

/** Keys an object type declares by name, without its index signature. */
type KnownKeys<T> = keyof {
  [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K];
};
type IsRequired<T, K extends PropertyKey> = K extends keyof T ? (object extends Pick<T, K> ? false : true) : never;

/** One field of an object kind: whether it is required, its schema, and the loader's check of its value. */
export interface FieldDeclaration<Required extends boolean = boolean> {
  readonly required: Required;
  readonly schema: JsonSchema;
  readonly check: ValueCheck;
}

/** Every field `T` declares, in canonical order; `required` agrees with the type. */
export type Fields<T> = {
  readonly [K in KnownKeys<T>]-?: FieldDeclaration<IsRequired<T, K>>;
};

/** An object kind: how messages name it, its editor help, its fields. */
export interface KindDeclaration<T> extends ObjectShape {
  readonly help: Annotations;
  readonly fields: Fields<T>;
}

/** A field's schema and check; the check may depend on whether the field is required. */
type FieldValue = { readonly schema: JsonSchema; readonly check: ValueCheck } | ((required: boolean) => { readonly schema: JsonSchema; readonly check: ValueCheck });

/** Help for a field: every field shows examples. */
type FieldHelp = Required<Annotations>;

const required = (value: FieldValue): FieldDeclaration<true> => ({ required: true, ...(typeof value === 'function' ? value(true) : value) });
const optional = (value: FieldValue): FieldDeclaration<false> => ({ required: false, ...(typeof value === 'function' ? value(false) : value) });

/** A schema written in place: the help first, then `body`, then the examples (the order editors list them in). */
const inline = (help: FieldHelp, body: JsonSchema): JsonSchema => ({ title: help.title, description: help.description, ...body, examples: help.examples });

/** Checks an object of `kind` (looked up when it runs, so kinds can refer to one another). */
const checkKind =
  (kind: ObjectKind): ValueCheck =>
  (ctx, value, pointer) =>
    checkObject(ctx, value, pointer, OBJECT_KINDS[kind]);

// ── Kinds of field ─────────────────────────────────────────────────────────────────────────

/** Localized text in a role; required text that is blank counts as missing. */
const text = (role: TextRole, help: FieldHelp) => (isRequired: boolean) => ({
  schema: ref('localizedText', help),
  check: ((ctx, value, pointer) => checkLocalizedText(ctx, value, pointer, role, isRequired)) satisfies ValueCheck,
});
/** The id of the object itself (`what` names the kind in messages). */
const ownId = (what: string, help: FieldHelp) => ({ schema: ref('id', help), check: ((ctx, value, pointer) => void checkId(ctx, value, pointer, what)) satisfies ValueCheck });
/** The id of another object; whether it resolves is the reference rules' job. */
const reference = (help: FieldHelp) => ({ schema: ref('id', help), check: ((ctx, value, pointer) => void checkString(ctx, value, pointer)) satisfies ValueCheck });
/** A value of a value kind, with its check. */
const valueField = (kind: ValueKind, help: FieldHelp, check: ValueCheck) => ({ schema: ref(kind, help), check });
/** An object of another kind. */
const objectOf = (kind: Exclude<ObjectKind, 'document'>, help: FieldHelp) => ({ schema: ref(kind, help), check: checkKind(kind) });
/** A list of objects of another kind. */
const listOf = (kind: Exclude<ObjectKind, 'document'>, help: FieldHelp) => ({
  schema: inline(help, { type: 'array', items: { $ref: `#/$defs/${kind}` } }),
  check: ((ctx, list, pointer) => checkArray(ctx, list, pointer, (element, at) => checkKind(kind)(ctx, element, at))) satisfies ValueCheck,
});
/** A list of ids of other objects. */
const idList = (help: FieldHelp) => ({ schema: inline(help, { type: 'array', items: { $ref: '#/$defs/id' } }), check: checkStringList });
/** An object of id → object of another kind (types, statuses). */
const mapOf = (kind: Exclude<ObjectKind, 'document'>, help: FieldHelp) => ({
  schema: inline(help, { type: 'object', propertyNames: { $ref: '#/$defs/id' }, additionalProperties: { $ref: `#/$defs/${kind}` } }),
  check: checkIdMap(() => OBJECT_KINDS[kind]),
});
/** A field whose schema and check are written out. */
const plain = (schema: JsonSchema, check: ValueCheck) => ({ schema, check });
/** Checked before the shape rules run (format and version, languages), so not again here. */
const checkedFirst: ValueCheck = () => undefined;

// ── The kinds ──────────────────────────────────────────────────────────────────────────────

/** Every object kind, in the order the schema lists them. */
export const OBJECT_KINDS: { readonly [K in ObjectKind]: KindDeclaration<KindTypes[K]> } = {
  document: {
    what: 'graph',
    help: {
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
    fields: {
      $schema: optional(
        plain(
          inline(
            { title: 'Schema', description: 'Where editors find this schema, for validation and autocompletion.', examples: ['../public/schema/kg-graph-v1.schema.json'] },
            { type: 'string' },
          ),
          (ctx, value, pointer) => void checkString(ctx, value, pointer),
        ),
      ),
      format: required(plain(inline({ title: 'Format', description: 'Always `kg-graph`.', examples: ['kg-graph'] }, { type: 'string', const: 'kg-graph' }), checkedFirst)),
      version: required(
        plain(
          inline({ title: 'Version', description: 'Version of the format; loaders refuse other versions with a clear message.', examples: [1] }, { type: 'integer', const: 1 }),
          checkedFirst,
        ),
      ),
      meta: required(objectOf('meta', { title: 'Metadata', description: 'Title, languages and provenance of the graph.', examples: [{ title: 'Example', languages: ['en'] }] })),
      sources: optional(listOf('source', { title: 'Sources', description: 'Documents that evidence quotes point into.', examples: [[{ id: 'article', lang: 'ar', text: '…' }]] })),
      nodeTypes: required(
        mapOf('nodeType', {
          title: 'Node types',
          description: 'Node types by id: labels, colors and shapes. Style comes from types, never from nodes.',
          examples: [{ country: { label: { en: 'Country' }, color: '#1f77b4', shape: 'round-rectangle' } }],
        }),
      ),
      edgeTypes: required(
        mapOf('edgeType', {
          title: 'Edge types',
          description: 'Edge types by id: labels, direction and line styles.',
          examples: [{ agreement: { label: { en: 'agreement' }, directed: false } }],
        }),
      ),
      nodes: required(listOf('node', { title: 'Nodes', description: 'The entities of the graph.', examples: [[{ id: 'russia', type: 'country', label: 'Russia' }]] })),
      edges: required(
        listOf('edge', { title: 'Edges', description: 'The relations between nodes.', examples: [[{ id: 'e1', type: 'agreement', source: 'russia', target: 'iran' }]] }),
      ),
      tours: optional(
        listOf('tour', { title: 'Tours', description: 'Guided tours through the graph.', examples: [[{ id: 'intro', title: 'Introduction', steps: [{ caption: 'Start here.' }] }]] }),
      ),
    },
  },

  meta: {
    what: 'meta',
    help: {
      title: 'Graph metadata',
      description: 'Title, languages and provenance of the graph.',
      examples: [{ title: { en: 'Russia and Iran', ar: 'روسيا وإيران' }, languages: ['ar', 'en'] }],
    },
    fields: {
      title: required(text('label', { title: 'Title', description: 'Title of the graph.', examples: [{ en: 'Russia and Iran cooperate on AI', ar: 'روسيا وإيران' }] })),
      description: optional(
        text('description', { title: 'Description', description: 'What the graph shows, for the reader.', examples: [{ en: 'Who agreed what, according to one article.' }] }),
      ),
      languages: required(
        plain(
          inline(
            {
              title: 'Languages',
              description:
                'Language tags the file provides; the first is the default. Every tag used in localized ' +
                'text must be listed here.',
              examples: [['ar', 'en']],
            },
            { type: 'array', items: { $ref: '#/$defs/languageTag' }, minItems: 1, uniqueItems: true },
          ),
          checkedFirst, // every localized text depends on it (rules/document.ts)
        ),
      ),
      license: optional(
        plain(
          inline({ title: 'License', description: 'License of the graph data, preferably an SPDX identifier.', examples: ['CC-BY-4.0'] }, { type: 'string' }),
          (ctx, value, pointer) => void checkString(ctx, value, pointer),
        ),
      ),
      updated: optional(valueField('calendarDate', { title: 'Updated', description: 'When the graph was last updated.', examples: ['2026-11-28'] }, checkDate)),
      curators: optional(
        plain(
          inline({ title: 'Curators', description: 'Names of the people who curate the graph.', examples: [['A. Curator']] }, { type: 'array', items: { type: 'string' } }),
          checkStringList,
        ),
      ),
      statuses: optional(
        mapOf('statusDefinition', {
          title: 'Declared statuses',
          description: 'Statuses beyond the built-in ones, by name, with their labels.',
          examples: [{ rumoured: { label: { en: 'rumoured', ar: 'مُشاع' } } }],
        }),
      ),
    },
  },

  statusDefinition: {
    what: 'status',
    help: {
      title: 'Status definition',
      description: 'A status declared by the file, with the label shown in legends and filters.',
      examples: [{ label: { en: 'rumoured' } }],
    },
    fields: {
      label: required(text('label', { title: 'Label', description: 'Name of the status as shown to readers.', examples: [{ en: 'rumoured', ar: 'مُشاع' }] })),
      description: optional(
        text('description', { title: 'Description', description: 'What the status means.', examples: [{ en: 'Reported by others, not confirmed by the parties.' }] }),
      ),
    },
  },

  source: {
    what: 'source',
    help: {
      title: 'Source',
      description: 'A document that evidence quotes point into.',
      examples: [{ id: 'article', lang: 'ar', title: { ar: 'روسيا وإيران' }, text: '…' }],
    },
    fields: {
      id: required(ownId('source', { title: 'Id', description: 'Unique among sources.', examples: ['article'] })),
      title: optional(text('label', { title: 'Title', description: 'Title of the document.', examples: [{ en: 'Russia and Iran cooperate on AI and blockchain' }] })),
      lang: optional(
        valueField('languageTag', { title: 'Language', description: 'Language the document is written in.', examples: ['ar'] }, (ctx, tag, pointer) => void checkLanguageTag(ctx, tag, pointer)),
      ),
      url: optional(valueField('url', { title: 'URL', description: 'Where the document is published.', examples: ['https://example.org/article'] }, checkUrl)),
      published: optional(
        valueField('calendarDate', { title: 'Published', description: 'When the document was published, only as precisely as known.', examples: ['2024-12'] }, checkDate),
      ),
      text: optional(
        plain(
          inline(
            {
              title: 'Text',
              description:
                'The full text, so quotes can be checked, shown and highlighted in context. Evidence ' +
                'quotes must be exact substrings of it.',
              examples: ['اتفقت حكومتا روسيا وإيران على التعاون…'],
            },
            { type: 'string' },
          ),
          checkSourceText,
        ),
      ),
    },
  },

  nodeType: {
    what: 'node type',
    help: {
      title: 'Node type',
      description: 'A kind of node: its label in legends and filters, and how its nodes are drawn.',
      examples: [{ label: { en: 'Country', ar: 'دولة' }, color: '#1f77b4', shape: 'round-rectangle' }],
    },
    fields: {
      label: required(text('label', { title: 'Label', description: 'Name of the type in legends and filters.', examples: [{ en: 'Country', ar: 'دولة' }] })),
      description: optional(text('description', { title: 'Description', description: 'What belongs to this type.', examples: [{ en: 'A sovereign state.' }] })),
      color: optional(
        valueField('color', { title: 'Color', description: 'Fill color of the nodes; when absent a categorical scale assigns one.', examples: ['#1f77b4'] }, checkColor),
      ),
      shape: optional(
        valueField('nodeShape', { title: 'Shape', description: 'Shape of the nodes; ellipse when absent.', examples: ['round-rectangle'] }, (ctx, shape, pointer) =>
          checkEnum(ctx, shape, pointer, NODE_SHAPES, 'unknown-shape', 'node shape'),
        ),
      ),
    },
  },

  edgeType: {
    what: 'edge type',
    help: {
      title: 'Edge type',
      description: 'A kind of relation: its labels, whether it has a direction, how it is drawn.',
      examples: [{ label: { en: 'proposal' }, directed: true, line: 'dashed' }],
    },
    fields: {
      label: required(text('label', { title: 'Label', description: 'Name of the relation read from source to target.', examples: [{ en: 'member of', ar: 'عضو في' }] })),
      inverseLabel: optional(
        text('label', { title: 'Inverse label', description: 'Name of the relation read from target to source ("has member").', examples: [{ en: 'has member', ar: 'يضم' }] }),
      ),
      description: optional(
        text('description', { title: 'Description', description: 'What the relation means.', examples: [{ en: 'A formal agreement between the two ends.' }] }),
      ),
      directed: optional(
        plain(
          inline({ title: 'Directed', description: 'Whether the relation has a direction; an arrow is drawn only then.', examples: [true, false] }, { type: 'boolean', default: true }),
          (ctx, flag, pointer) => void checkBoolean(ctx, flag, pointer),
        ),
      ),
      line: optional(
        valueField('lineStyle', { title: 'Line', description: 'Line style of the edges; solid when absent.', examples: ['dashed'] }, (ctx, line, pointer) =>
          checkEnum(ctx, line, pointer, LINE_STYLES, 'unknown-line-style', 'line style'),
        ),
      ),
      color: optional(
        valueField('color', { title: 'Color', description: 'Line color of the edges; when absent a categorical scale assigns one.', examples: ['#7f7f7f'] }, checkColor),
      ),
    },
  },

  evidence: {
    what: 'evidence',
    help: {
      title: 'Evidence',
      description: 'A quote from a source that supports the node or edge.',
      examples: [{ source: 'article', quote: 'روسيا وإيران', by: 'iranian-official' }],
    },
    fields: {
      source: required(reference({ title: 'Source', description: 'Id of a source in `sources`.', examples: ['article'] })),
      quote: required(
        plain(
          inline(
            {
              title: 'Quote',
              description: "Exact substring of the source's text (checked when the text is present), whatever it contains.",
              examples: ['مذكرة تفاهم جديدة'],
            },
            { type: 'string', minLength: 1 },
          ),
          checkQuote,
        ),
      ),
      by: optional(
        reference({ title: 'Claimed by', description: 'Id of the node (person, organization) that made the claim the quote reports.', examples: ['iranian-official'] }),
      ),
    },
  },

  link: {
    what: 'link',
    help: {
      title: 'Link',
      description: 'A link to read more.',
      examples: [{ url: 'https://en.wikipedia.org/wiki/Russia', title: { en: 'Wikipedia' } }],
    },
    fields: {
      url: required(valueField('url', { title: 'URL', description: '`http:`, `https:` or `mailto:` only.', examples: ['https://en.wikipedia.org/wiki/Russia'] }, checkUrl)),
      title: optional(text('label', { title: 'Title', description: 'Text of the link.', examples: [{ en: 'Wikipedia' }] })),
    },
  },

  position: {
    what: 'position',
    expected: 'an object {"x": …, "y": …}',
    help: {
      title: 'Position',
      description: 'A layout position a curator pinned, in model coordinates.',
      examples: [{ x: 120.5, y: -40 }],
    },
    fields: {
      // Finiteness is checked for every number in the file (non-finite-number), not here.
      x: required(plain(inline({ title: 'x', description: 'Horizontal position.', examples: [120.5] }, { type: 'number' }), checkNumber)),
      y: required(plain(inline({ title: 'y', description: 'Vertical position (down is positive).', examples: [-40] }, { type: 'number' }), checkNumber)),
    },
  },

  node: {
    what: 'node',
    help: {
      title: 'Node',
      description: 'An entity: a country, a person, an organization, a technology…',
      examples: [{ id: 'russia', type: 'country', label: { en: 'Russia', ar: 'روسيا' } }],
    },
    fields: {
      id: required(ownId('node', { title: 'Id', description: 'Unique among nodes and edges (one namespace).', examples: ['russia'] })),
      type: required(reference({ title: 'Type', description: 'A key of `nodeTypes`.', examples: ['country'] })),
      label: required(
        text('label', { title: 'Label', description: 'Name shown on the node; an empty or invisible-only label counts as missing.', examples: [{ en: 'Russia', ar: 'روسيا' }] }),
      ),
      aliases: optional(
        plain(
          inline(
            { title: 'Aliases', description: 'Other names search should find, e.g. a capital standing for its country.', examples: [[{ en: 'Moscow', ar: 'موسكو' }]] },
            { type: 'array', items: { $ref: '#/$defs/localizedText' } },
          ),
          (ctx, aliases, pointer) => checkArray(ctx, aliases, pointer, (alias, at) => checkLocalizedText(ctx, alias, at, 'label', false)),
        ),
      ),
      description: optional(
        text('description', { title: 'Description', description: 'Longer text for the details panel; may contain line breaks.', examples: [{ en: 'Country in Eastern Europe and Northern Asia.' }] }),
      ),
      evidence: optional(listOf('evidence', { title: 'Evidence', description: 'Quotes from sources about this node.', examples: [[{ source: 'article', quote: 'روسيا' }]] })),
      links: optional(listOf('link', { title: 'Links', description: 'Links to read more.', examples: [[{ url: 'https://en.wikipedia.org/wiki/Russia' }]] })),
      position: optional(objectOf('position', { title: 'Position', description: 'A layout position a curator pinned.', examples: [{ x: 120.5, y: -40 }] })),
      data: optional(valueField('freeData', { title: 'Data', description: 'Free-form extra fields, kept as they are.', examples: [{ wikidata: 'Q159' }] }, checkFreeObject)),
    },
  },

  timeReference: {
    what: 'time reference',
    help: {
      title: 'Time',
      description: 'When the relation happened or holds: a date if the source gives one, else words.',
      examples: [{ date: '2024-12' }, { text: { en: 'last November', ar: 'في نوفمبر الماضي' } }],
    },
    fields: {
      date: optional(valueField('calendarDate', { title: 'Date', description: 'Only as precisely as the source says it; never guessed.', examples: ['2024-12'] }, checkDate)),
      text: optional(text('label', { title: 'Text', description: 'What the source says in words ("last November"); never turned into a date.', examples: [{ en: 'last November' }] })),
    },
  },

  edge: {
    what: 'edge',
    help: {
      title: 'Edge',
      description:
        'A relation between two nodes. Self-loops and parallel edges are allowed (two treaties ' +
        'between the same countries are two edges).',
      examples: [{ id: 'ru-ir-mou', type: 'agreement', source: 'russia', target: 'iran', status: 'signed' }],
    },
    fields: {
      id: required(ownId('edge', { title: 'Id', description: 'Unique among nodes and edges (one namespace).', examples: ['ru-ir-mou'] })),
      type: required(reference({ title: 'Type', description: 'A key of `edgeTypes`.', examples: ['agreement'] })),
      source: required(reference({ title: 'Source node', description: 'Id of the node the relation starts from.', examples: ['russia'] })),
      target: required(reference({ title: 'Target node', description: 'Id of the node the relation points to.', examples: ['iran'] })),
      label: optional(text('label', { title: 'Label', description: "Text on the edge; the edge type's label when absent.", examples: [{ en: 'memorandum of understanding' }] })),
      description: optional(
        text('description', {
          title: 'Description',
          description: 'Longer text for the details panel; may contain line breaks.',
          examples: [{ en: 'Cooperation in AI, blockchain and cybersecurity.' }],
        }),
      ),
      // Whether it is built in or declared is a reference rule (rules/references.ts).
      status: optional(
        valueField(
          'status',
          { title: 'Status', description: 'How firm the relation is: a built-in status or one declared in `meta.statuses`.', examples: ['signed'] },
          (ctx, status, pointer) => void checkString(ctx, status, pointer),
        ),
      ),
      when: optional(objectOf('timeReference', { title: 'When', description: 'When the relation happened or holds.', examples: [{ date: '2024-12' }] })),
      topics: optional(idList({ title: 'Topics', description: 'Ids of nodes the relation is about.', examples: [['ai', 'blockchain']] })),
      evidence: optional(
        listOf('evidence', { title: 'Evidence', description: 'Quotes from sources that support the relation.', examples: [[{ source: 'article', quote: 'مذكرة تفاهم جديدة' }]] }),
      ),
      links: optional(listOf('link', { title: 'Links', description: 'Links to read more.', examples: [[{ url: 'https://example.org/mou' }]] })),
      data: optional(valueField('freeData', { title: 'Data', description: 'Free-form extra fields, kept as they are.', examples: [{ confidence: 'high' }] }, checkFreeObject)),
    },
  },

  tourStep: {
    what: 'tour step',
    help: {
      title: 'Tour step',
      description: 'One step of a guided tour: what to highlight and what to say about it.',
      examples: [{ nodes: ['russia', 'iran'], edges: ['ru-ir-mou'], caption: { en: 'The memorandum.' } }],
    },
    fields: {
      title: optional(text('label', { title: 'Title', description: 'Heading of the step.', examples: [{ en: 'The memorandum' }] })),
      nodes: optional(idList({ title: 'Nodes', description: 'Ids of the nodes the step highlights.', examples: [['russia', 'iran']] })),
      edges: optional(idList({ title: 'Edges', description: 'Ids of the edges the step highlights.', examples: [['ru-ir-mou']] })),
      caption: required(
        text('description', { title: 'Caption', description: 'What the step says.', examples: [{ en: 'Russia and Iran signed a memorandum of understanding.' }] }),
      ),
    },
  },

  tour: {
    what: 'tour',
    help: {
      title: 'Tour',
      description: 'A guided tour: steps a reader walks through in order.',
      examples: [{ id: 'intro', title: { en: 'Introduction' }, steps: [{ caption: { en: 'Start here.' } }] }],
    },
    fields: {
      id: required(ownId('tour', { title: 'Id', description: 'Unique among tours.', examples: ['intro'] })),
      title: required(text('label', { title: 'Title', description: 'Name of the tour.', examples: [{ en: 'Introduction' }] })),
      description: optional(text('description', { title: 'Description', description: 'What the tour shows.', examples: [{ en: 'The agreement in five steps.' }] })),
      steps: required(listOf('tourStep', { title: 'Steps', description: 'The steps, in order.', examples: [[{ caption: { en: 'Start here.' } }]] })),
    },
  },
};

/** The names of the object kinds, in declaration order. */
export const OBJECT_KIND_NAMES = Object.freeze(Object.keys(OBJECT_KINDS) as ObjectKind[]);

/**
 * Declared keys of each object kind in canonical order, for a formatter placing keys an editor
 * adds (`withFields` in serialize.ts); keys a file already has keep their order.
 */
export const KEY_ORDER: { readonly [K in ObjectKind]: readonly string[] } = Object.freeze(
  Object.fromEntries(OBJECT_KIND_NAMES.map((kind) => [kind, Object.freeze(Object.keys(OBJECT_KINDS[kind].fields))])) as { [K in ObjectKind]: readonly string[] },
);

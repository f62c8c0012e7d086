/**
 * The object kinds of the graph file, each declared once: its fields in canonical order, each
 * with its JSON Schema (structure only) and the loader's check. Everything else is derived from
 * here: the schema's object definitions (schema.ts), the loader's shape checks (`checkObject` in
 * rules/shapes.ts) and the key order of new keys (`KEY_ORDER`).
 *
 * The help a schema-aware editor shows (titles, descriptions, examples) is in kind-help.ts, keyed
 * by the same kind and field names: only the schema needs it, so a page that loads graphs does not
 * carry it.
 *
 * The declarations are typed against src/format/types.ts (`Fields<GraphNode>` etc.): a field the
 * types have and a declaration lacks, a declared field the types do not have, or a field required
 * on one side only, fails the type check.
 */
import type { JsonSchema } from './json-schema';
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
import type { DefinitionName, ValueKind } from './value-schemas';

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

/** The names of the fields of an object kind. */
export type FieldName<K extends ObjectKind> = KnownKeys<KindTypes[K]>;

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

/** An object kind: how messages name it, its fields. */
export interface KindDeclaration<T> extends ObjectShape {
  readonly fields: Fields<T>;
}

/** A field's schema and check; the check may depend on whether the field is required. */
type FieldValue = { readonly schema: JsonSchema; readonly check: ValueCheck } | ((required: boolean) => { readonly schema: JsonSchema; readonly check: ValueCheck });

const required = (value: FieldValue): FieldDeclaration<true> => ({ required: true, ...(typeof value === 'function' ? value(true) : value) });
const optional = (value: FieldValue): FieldDeclaration<false> => ({ required: false, ...(typeof value === 'function' ? value(false) : value) });

/** A reference to a definition of the schema (value-schemas.ts, or another object kind). */
const ref = (name: DefinitionName): JsonSchema => ({ $ref: `#/$defs/${name}` });

/** Checks an object of `kind` (looked up when it runs, so kinds can refer to one another). */
const checkKind =
  (kind: ObjectKind): ValueCheck =>
  (ctx, value, pointer) =>
    checkObject(ctx, value, pointer, OBJECT_KINDS[kind]);

// ── Kinds of field ─────────────────────────────────────────────────────────────────────────

/** Localized text in a role; required text that is blank counts as missing. */
const text = (role: TextRole) => (isRequired: boolean) => ({
  schema: ref('localizedText'),
  check: ((ctx, value, pointer) => checkLocalizedText(ctx, value, pointer, role, isRequired)) satisfies ValueCheck,
});
/** The id of the object itself (`what` names the kind in messages). */
const ownId = (what: string) => ({ schema: ref('id'), check: ((ctx, value, pointer) => void checkId(ctx, value, pointer, what)) satisfies ValueCheck });
/** A string with no rule beyond being one. */
const checkAnyString: ValueCheck = (ctx, value, pointer) => void checkString(ctx, value, pointer);
/** The id of another object; whether it resolves is the reference rules' job. */
const reference = () => ({ schema: ref('id'), check: checkAnyString });
/** A value of a value kind, with its check. */
const valueField = (kind: ValueKind, check: ValueCheck) => ({ schema: ref(kind), check });
/** An object of another kind. */
const objectOf = (kind: Exclude<ObjectKind, 'document'>) => ({ schema: ref(kind), check: checkKind(kind) });
/** A list of objects of another kind. */
const listOf = (kind: Exclude<ObjectKind, 'document'>) => ({
  schema: { type: 'array', items: ref(kind) } satisfies JsonSchema,
  check: ((ctx, list, pointer) => checkArray(ctx, list, pointer, (element, at) => checkKind(kind)(ctx, element, at))) satisfies ValueCheck,
});
/** A list of ids of other objects. */
const idList = () => ({ schema: { type: 'array', items: ref('id') } satisfies JsonSchema, check: checkStringList });
/** An object of id → object of another kind (types, statuses). */
const mapOf = (kind: Exclude<ObjectKind, 'document'>) => ({
  schema: { type: 'object', propertyNames: ref('id'), additionalProperties: ref(kind) } satisfies JsonSchema,
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
    fields: {
      $schema: optional(plain({ type: 'string' }, checkAnyString)),
      format: required(plain({ type: 'string', const: 'kg-graph' }, checkedFirst)),
      version: required(plain({ type: 'integer', const: 1 }, checkedFirst)),
      meta: required(objectOf('meta')),
      sources: optional(listOf('source')),
      nodeTypes: required(mapOf('nodeType')),
      edgeTypes: required(mapOf('edgeType')),
      nodes: required(listOf('node')),
      edges: required(listOf('edge')),
      tours: optional(listOf('tour')),
    },
  },

  meta: {
    what: 'meta',
    fields: {
      title: required(text('label')),
      description: optional(text('description')),
      languages: required(
        plain(
          { type: 'array', items: ref('languageTag'), minItems: 1, uniqueItems: true },
          checkedFirst, // every localized text depends on it (rules/document.ts)
        ),
      ),
      license: optional(plain({ type: 'string' }, checkAnyString)),
      updated: optional(valueField('calendarDate', checkDate)),
      curators: optional(plain({ type: 'array', items: { type: 'string' } }, checkStringList)),
      statuses: optional(mapOf('statusDefinition')),
    },
  },

  statusDefinition: {
    what: 'status',
    fields: {
      label: required(text('label')),
      description: optional(text('description')),
    },
  },

  source: {
    what: 'source',
    fields: {
      id: required(ownId('source')),
      title: optional(text('label')),
      lang: optional(valueField('languageTag', (ctx, tag, pointer) => void checkLanguageTag(ctx, tag, pointer))),
      url: optional(valueField('url', checkUrl)),
      published: optional(valueField('calendarDate', checkDate)),
      text: optional(plain({ type: 'string' }, checkSourceText)),
    },
  },

  nodeType: {
    what: 'node type',
    fields: {
      label: required(text('label')),
      description: optional(text('description')),
      color: optional(valueField('color', checkColor)),
      shape: optional(valueField('nodeShape', (ctx, shape, pointer) => checkEnum(ctx, shape, pointer, NODE_SHAPES, 'unknown-shape', 'node shape'))),
    },
  },

  edgeType: {
    what: 'edge type',
    fields: {
      label: required(text('label')),
      inverseLabel: optional(text('label')),
      description: optional(text('description')),
      directed: optional(plain({ type: 'boolean', default: true }, (ctx, flag, pointer) => void checkBoolean(ctx, flag, pointer))),
      line: optional(valueField('lineStyle', (ctx, line, pointer) => checkEnum(ctx, line, pointer, LINE_STYLES, 'unknown-line-style', 'line style'))),
      color: optional(valueField('color', checkColor)),
    },
  },

  evidence: {
    what: 'evidence',
    fields: {
      source: required(reference()),
      quote: required(plain({ type: 'string', minLength: 1 }, checkQuote)),
      by: optional(reference()),
    },
  },

  link: {
    what: 'link',
    fields: {
      url: required(valueField('url', checkUrl)),
      title: optional(text('label')),
    },
  },

  position: {
    what: 'position',
    expected: 'an object {"x": …, "y": …}',
    fields: {
      // Finiteness is checked for every number in the file (non-finite-number), not here.
      x: required(plain({ type: 'number' }, checkNumber)),
      y: required(plain({ type: 'number' }, checkNumber)),
    },
  },

  node: {
    what: 'node',
    fields: {
      id: required(ownId('node')),
      type: required(reference()),
      label: required(text('label')),
      aliases: optional(
        plain({ type: 'array', items: ref('localizedText') }, (ctx, aliases, pointer) =>
          checkArray(ctx, aliases, pointer, (alias, at) => checkLocalizedText(ctx, alias, at, 'label', false)),
        ),
      ),
      description: optional(text('description')),
      evidence: optional(listOf('evidence')),
      links: optional(listOf('link')),
      position: optional(objectOf('position')),
      data: optional(valueField('freeData', checkFreeObject)),
    },
  },

  timeReference: {
    what: 'time reference',
    fields: {
      date: optional(valueField('calendarDate', checkDate)),
      text: optional(text('label')),
    },
  },

  edge: {
    what: 'edge',
    fields: {
      id: required(ownId('edge')),
      type: required(reference()),
      source: required(reference()),
      target: required(reference()),
      label: optional(text('label')),
      description: optional(text('description')),
      // Whether it is built in or declared is a reference rule (rules/references.ts).
      status: optional(valueField('status', checkAnyString)),
      when: optional(objectOf('timeReference')),
      topics: optional(idList()),
      evidence: optional(listOf('evidence')),
      links: optional(listOf('link')),
      data: optional(valueField('freeData', checkFreeObject)),
    },
  },

  tourStep: {
    what: 'tour step',
    fields: {
      title: optional(text('label')),
      nodes: optional(idList()),
      edges: optional(idList()),
      caption: required(text('description')),
      evidence: optional(listOf('evidence')),
    },
  },

  tour: {
    what: 'tour',
    fields: {
      id: required(ownId('tour')),
      title: required(text('label')),
      description: optional(text('description')),
      steps: required(listOf('tourStep')),
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

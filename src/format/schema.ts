/**
 * JSON Schema (draft 2020-12) for version 1 of the graph file, put together from the value
 * definitions (value-schemas.ts), the object kinds (kinds.ts) and their help (kind-help.ts);
 * `npm run schema` writes it to public/schema/kg-graph-v1.schema.json.
 *
 * The schema gives editors hover help, autocompletion and structural checks (types, required
 * fields, patterns). Rules that need the whole document — references resolve, ids unique,
 * quotes are substrings of their source, language tags listed in `meta.languages`, limits — are
 * the loader's job, not the schema's.
 */
import type { Annotations, JsonSchema } from './json-schema';
import { KIND_HELP, type FieldHelp } from './kind-help';
import { KEY_ORDER, OBJECT_KIND_NAMES, OBJECT_KINDS, type FieldDeclaration, type ObjectKind } from './kinds';
import { VALUE_DEFINITIONS } from './value-schemas';

export type { JsonSchema } from './json-schema';
export { OBJECT_KIND_NAMES, type ObjectKind } from './kinds';
export { CALENDAR_DATE_PATTERN, COLOR_PATTERN, ID_PATTERN, LANGUAGE_TAG_PATTERN, MAX_ID_LENGTH, URL_PATTERN } from './value-schemas';

/**
 * A field's schema with its help, in the order editors list them: a reference first, then title
 * and description, the rest of the schema, the examples last.
 */
function withHelp(schema: JsonSchema, help: FieldHelp): JsonSchema {
  const { $ref, ...body } = schema;
  return { ...($ref === undefined ? {} : { $ref }), title: help.title, description: help.description, ...body, examples: help.examples };
}

/** The schema of one object kind: its help, then its properties; unknown fields are allowed (kept). */
function kindSchema(kind: ObjectKind): JsonSchema {
  const fields: { readonly [name: string]: FieldDeclaration } = OBJECT_KINDS[kind].fields;
  const { help, fields: fieldHelp }: { readonly help: Annotations; readonly fields: { readonly [name: string]: FieldHelp } } = KIND_HELP[kind];
  const entries = Object.entries(fields);
  const helpOf = (key: string): FieldHelp => {
    const found = fieldHelp[key];
    if (found === undefined) throw new Error(`kind-help.ts has no help for ${kind}.${key}`);
    return found;
  };
  return {
    ...help,
    type: 'object',
    properties: Object.fromEntries(entries.map(([key, field]) => [key, withHelp(field.schema, helpOf(key))])),
    required: entries.filter(([, field]) => field.required).map(([key]) => key),
    // Curators' unknown fields survive load → edit → save, so they are allowed everywhere.
    additionalProperties: true,
  };
}

/** Path of the generated schema file, relative to the repository root. */
export const SCHEMA_FILE_PATH = 'public/schema/kg-graph-v1.schema.json';

/** The JSON Schema of the graph file, version 1. */
export const GRAPH_SCHEMA: JsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $comment: 'Generated from src/format/schema.ts by `npm run schema`; do not edit by hand.',
  ...kindSchema('document'),
  $defs: {
    ...VALUE_DEFINITIONS,
    ...Object.fromEntries(OBJECT_KIND_NAMES.filter((kind) => kind !== 'document').map((kind) => [kind, kindSchema(kind)])),
  },
};

/**
 * Declared keys of an object kind in canonical (schema) order, e.g. for a serializer that
 * places keys an editor adds; keys a file already has keep their order.
 */
export function schemaKeyOrder(kind: ObjectKind): readonly string[] {
  return KEY_ORDER[kind];
}

/** The schema file's text: 2-space indent, newline at the end. */
export function schemaText(): string {
  return `${JSON.stringify(GRAPH_SCHEMA, null, 2)}\n`;
}

/**
 * The JSON Schema of the values the graph file is made of (ids, language tags, localized text,
 * dates, colors, URLs, statuses, shapes, line styles, free data): their patterns and their
 * `$defs` entries. The object kinds built from them are declared in kinds.ts; schema.ts puts
 * the whole schema together.
 */
import { characterClass, INVISIBLE_RANGES } from './characters';
import type { JsonSchema } from './json-schema';
import type { ObjectKind } from './kinds';
import { MAX_ID_LENGTH } from './rules/ids';
import { BUILTIN_STATUSES, LINE_STYLES, NODE_SHAPES, type BuiltinStatus, type LineStyle, type NodeShape } from './types';

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
/** Maximum length of an id, in characters; the rule that enforces it owns the number. */
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

export const VALUE_DEFINITIONS = {
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
} as const satisfies { readonly [name: string]: JsonSchema };

/** Names of the value definitions under `$defs`. */
export type ValueKind = keyof typeof VALUE_DEFINITIONS;

/** Names under `$defs`: the value kinds, then the object kinds (the document is the root, not a definition). */
export type DefinitionName = ValueKind | Exclude<ObjectKind, 'document'>;

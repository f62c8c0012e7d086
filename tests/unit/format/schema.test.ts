import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { KEY_ORDER, validateGraph } from '../../../src/format/index';
import { FORBIDDEN_IN_ID } from '../../../src/format/characters';
import {
  GRAPH_SCHEMA,
  ID_PATTERN,
  OBJECT_KIND_NAMES,
  SCHEMA_FILE_PATH,
  schemaKeyOrder,
  schemaText,
  type JsonSchema,
  type ObjectKind,
} from '../../../src/format/schema';
import { BUILTIN_STATUSES, LINE_STYLES, NODE_SHAPES } from '../../../src/format/types';

const root = join(import.meta.dirname, '../../..');
const validDir = join(root, 'tests/fixtures/graphs/valid');
const dataDir = join(root, 'data');

function compile() {
  // Strict: unknown keywords, type-less constraints and dangling `required` are errors.
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  return ajv.compile(GRAPH_SCHEMA);
}
let compiled: ReturnType<typeof compile> | undefined;
/** The compiled validator, built once for the file (compiling is the slow part). */
const validator = () => (compiled ??= compile());

async function jsonFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.filter((name) => name.endsWith('.json')).sort().map((name) => join(dir, name));
}

async function readJson(path: string): Promise<unknown> {
  return JSON.parse((await readFile(path, 'utf8')).replace(/^\uFEFF/, '')) as unknown;
}

function definition(kind: ObjectKind): JsonSchema {
  if (kind === 'document') return GRAPH_SCHEMA;
  const found = GRAPH_SCHEMA.$defs?.[kind];
  if (!found) throw new Error(`no $defs/${kind}`);
  return found;
}

describe('the generated schema file', () => {
  test('equals what src/format/schema.ts generates (run `npm run schema` after editing it)', async () => {
    const committed = await readFile(join(root, SCHEMA_FILE_PATH), 'utf8');
    expect(committed).toBe(schemaText());
  });

  test('is draft 2020-12 and compiles with ajv in strict mode', () => {
    expect(GRAPH_SCHEMA.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(() => compile()).not.toThrow();
  });

  test('is plain JSON: parsing its text gives back the same object', () => {
    expect(JSON.parse(schemaText())).toEqual(GRAPH_SCHEMA);
  });
});

describe('valid graph files pass the schema', async () => {
  const files = [...(await jsonFiles(validDir)), ...(await jsonFiles(dataDir))];

  test('there are valid fixtures to check', () => {
    expect(files.length).toBeGreaterThanOrEqual(2);
  });

  test.each(files.map((file) => [file.slice(root.length + 1), file]))('%s', async (_name, file) => {
    const validate = validator();
    const ok = validate(await readJson(file));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the cases poke into arbitrary JSON
type Doc = Record<string, any>;

/** A fresh copy of the every-field fixture, changed by `mutate`. */
async function everyFieldWith(mutate: (doc: Doc) => void): Promise<unknown> {
  const doc = (await readJson(join(validDir, 'every-field.json'))) as Doc;
  mutate(doc);
  return doc;
}

// Each case breaks the structure in one way; the schema must refuse it and point at the place.
const structuralCases: [string, string, (doc: Doc) => void][] = [
  ['wrong format', '/format', (d) => (d.format = 'graphml')],
  ['version 2', '/version', (d) => (d.version = 2)],
  ['version as string', '/version', (d) => (d.version = '1')],
  ['missing meta', '', (d) => delete d.meta],
  ['missing nodes', '', (d) => delete d.nodes],
  ['missing edges', '', (d) => delete d.edges],
  ['missing nodeTypes', '', (d) => delete d.nodeTypes],
  ['nodes not an array', '/nodes', (d) => (d.nodes = {})],
  ['meta.languages empty', '/meta/languages', (d) => (d.meta.languages = [])],
  ['meta.languages with a non-tag', '/meta/languages/0', (d) => (d.meta.languages = ['english language'])],
  ['meta.title missing', '/meta', (d) => delete d.meta.title],
  ['meta.updated not a date', '/meta/updated', (d) => (d.meta.updated = '28/11/2026')],
  ['meta.updated month 13', '/meta/updated', (d) => (d.meta.updated = '2024-13')],
  ['numeric node id', '/nodes/0/id', (d) => (d.nodes[0].id = 7)],
  ['empty node id', '/nodes/0/id', (d) => (d.nodes[0].id = '')],
  ['id with surrounding space', '/nodes/0/id', (d) => (d.nodes[0].id = ' russia')],
  ['id with a bidi control', '/nodes/0/id', (d) => (d.nodes[0].id = 'coun\u2066try')],
  ['id with a zero-width space', '/nodes/0/id', (d) => (d.nodes[0].id = 'rus\u200Bsia')],
  ['id with a control character', '/nodes/0/id', (d) => (d.nodes[0].id = 'rus\u0007sia')],
  ['id longer than 128', '/nodes/0/id', (d) => (d.nodes[0].id = 'x'.repeat(129))],
  ['node without label', '/nodes/1', (d) => delete d.nodes[1].label],
  ['label a number', '/nodes/1/label', (d) => (d.nodes[1].label = 42)],
  ['label with a non-string translation', '/nodes/1/label/en', (d) => (d.nodes[1].label = { en: 1 })],
  ['position with a string', '/nodes/0/position/x', (d) => (d.nodes[0].position.x = '1')],
  ['position without y', '/nodes/0/position', (d) => delete d.nodes[0].position.y],
  ['javascript: link', '/nodes/0/links/0/url', (d) => (d.nodes[0].links[0].url = 'javascript:alert(1)')],
  ['empty quote', '/nodes/0/evidence/0/quote', (d) => (d.nodes[0].evidence[0].quote = '')],
  ['evidence without quote', '/nodes/0/evidence/0', (d) => delete d.nodes[0].evidence[0].quote],
  ['edge without target', '/edges/0', (d) => delete d.edges[0].target],
  ['status a number', '/edges/0/status', (d) => (d.edges[0].status = 3)],
  ['when.date in words', '/edges/0/when/date', (d) => (d.edges[0].when.date = 'last November')],
  ['topics not an array', '/edges/0/topics', (d) => (d.edges[0].topics = 'ai')],
  ['color name', '/nodeTypes/country/color', (d) => (d.nodeTypes.country.color = 'blue')],
  ['color #rrggbbaa', '/nodeTypes/country/color', (d) => (d.nodeTypes.country.color = '#11223344')],
  ['unknown shape', '/nodeTypes/country/shape', (d) => (d.nodeTypes.country.shape = 'blob')],
  ['unknown line style', '/edgeTypes/proposal/line', (d) => (d.edgeTypes.proposal.line = 'wavy')],
  ['directed as string', '/edgeTypes/proposal/directed', (d) => (d.edgeTypes.proposal.directed = 'yes')],
  ['node type without label', '/nodeTypes/person', (d) => delete d.nodeTypes.person.label],
  ['tour without steps', '/tours/0', (d) => delete d.tours[0].steps],
  ['tour step without caption', '/tours/0/steps/1', (d) => delete d.tours[0].steps[1].caption],
  ['declared status without label', '/meta/statuses/rumoured', (d) => delete d.meta.statuses.rumoured.label],
  ['source published in words', '/sources/0/published', (d) => (d.sources[0].published = 'December')],
  ['data not an object', '/nodes/0/data', (d) => (d.nodes[0].data = 'x')],
];

describe('structurally broken graphs fail the schema at the broken place', () => {
  test.each(structuralCases)('%s', async (_name, pointer, mutate) => {
    const validate = validator();
    expect(validate(await everyFieldWith(mutate))).toBe(false);
    const places = (validate.errors ?? []).map((error) => error.instancePath);
    expect(places).toContain(pointer);
  });

  test('unknown fields are allowed everywhere', async () => {
    const validate = validator();
    const doc = await everyFieldWith((d) => {
      d['x-new'] = { any: ['thing'] };
      d.meta['x-new'] = 1;
      d.nodes[0]['x-new'] = null;
      d.edges[0].when['x-new'] = true;
      d.nodes[0].evidence[0]['x-new'] = 'y';
    });
    expect(validate(doc)).toBe(true);
  });

  test('a status declared by the file and every built-in status are accepted', async () => {
    const validate = validator();
    for (const status of [...BUILTIN_STATUSES, 'rumoured']) {
      expect(validate(await everyFieldWith((d) => (d.edges[0].status = status)))).toBe(true);
    }
  });

  test('every built-in shape and line style is accepted', async () => {
    const validate = validator();
    for (const shape of NODE_SHAPES) {
      expect(validate(await everyFieldWith((d) => (d.nodeTypes.country.shape = shape)))).toBe(true);
    }
    for (const line of LINE_STYLES) {
      expect(validate(await everyFieldWith((d) => (d.edgeTypes.proposal.line = line)))).toBe(true);
    }
  });

  test('Unicode ids, year-only dates and #rgb colors are accepted', async () => {
    const validate = validator();
    const doc = await everyFieldWith((d) => {
      d.nodes[2].id = 'مصر';
      d.edges[0].topics = ['مصر'];
      d.meta.updated = '2026';
      d.nodeTypes.country.color = '#ABC';
    });
    expect(validate.errors ?? []).toEqual([]);
    expect(validate(doc)).toBe(true);
  });
});

// The kinds and their fields are declared once (src/format/kinds.ts) and typed against
// src/format/types.ts; kinds.types.test.ts shows that a disagreement fails the type check.
describe('schema and types agree', () => {
  test('the schema defines every object kind, and its properties are the declared fields in order', () => {
    for (const kind of OBJECT_KIND_NAMES) {
      const schema = definition(kind);
      const order = schemaKeyOrder(kind);
      expect(Object.keys(schema.properties ?? {}), kind).toEqual([...order]);
      expect(new Set(order).size).toBe(order.length);
      expect(order.length, kind).toBeGreaterThan(0);
      expect(schema.additionalProperties).toBe(true);
    }
    expect(OBJECT_KIND_NAMES.length).toBe(14);
    expect(schemaKeyOrder('node').slice(0, 3)).toEqual(['id', 'type', 'label']);
  });

  test('the status, shape and line lists are the ones types.ts exports', () => {
    const consts = (name: string, branch: 'anyOf' | 'oneOf') =>
      (GRAPH_SCHEMA.$defs?.[name]?.[branch] ?? []).flatMap((s) => ('const' in s ? [s.const] : []));
    expect(consts('status', 'anyOf')).toEqual([...BUILTIN_STATUSES]);
    expect(consts('nodeShape', 'oneOf')).toEqual([...NODE_SHAPES]);
    expect(consts('lineStyle', 'oneOf')).toEqual([...LINE_STYLES]);
  });
});

describe('editor help', () => {
  /** Every schema reachable as a property of some object, with its path for the message. */
  function propertySchemas(schema: JsonSchema, path: string): [string, JsonSchema][] {
    const own = Object.entries(schema.properties ?? {}).map(
      ([key, value]) => [`${path}.${key}`, value] as [string, JsonSchema],
    );
    return own;
  }

  test('every property has a title, a description and examples', () => {
    const all = OBJECT_KIND_NAMES.flatMap((kind) => propertySchemas(definition(kind), kind));
    expect(all.length).toBeGreaterThan(50);
    const missing = all
      .filter(([, s]) => !s.title || !s.description || !s.examples || s.examples.length === 0)
      .map(([path]) => path);
    expect(missing).toEqual([]);
  });

  test('every definition has a title and a description', () => {
    const missing = Object.entries(GRAPH_SCHEMA.$defs ?? {})
      .filter(([, s]) => !s.title || !s.description)
      .map(([name]) => name);
    expect(missing).toEqual([]);
  });

  test('property examples are valid against the property schema', () => {
    const ajv = new Ajv2020({ strict: true });
    ajv.addSchema(GRAPH_SCHEMA, 'graph');
    for (const kind of OBJECT_KIND_NAMES) {
      const base = kind === 'document' ? 'graph#' : `graph#/$defs/${kind}`;
      for (const [key, property] of Object.entries(definition(kind).properties ?? {})) {
        const validate = ajv.getSchema(`${base}/properties/${key.replace('$', '%24')}`);
        expect(validate, `${kind}.${key}`).toBeDefined();
        for (const example of property.examples ?? []) {
          expect(validate?.(example), `${kind}.${key}: ${JSON.stringify(example)}`).toBe(true);
        }
      }
    }
  });
});

// ── The schema never refuses what the loader accepts, and refuses structure the loader refuses ──

/** Every JSON pointer path (as key arrays) in a value, the root excluded. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((element, index) => [index, element])
    : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...paths(child, [...prefix, key])]);
}

/** Replaces (or with `undefined`, deletes) the value at `path` in `doc`. */
function setAt(doc: Doc, path: readonly (string | number)[], replacement: unknown): void {
  let parent: Doc = doc;
  for (const key of path.slice(0, -1)) parent = parent[key] as Doc;
  // Array indices are used as property keys too: `parent` is a plain record for this purpose.
  const last = String(path[path.length - 1]);
  const container: Record<string, unknown> = parent;
  if (replacement === undefined && !Array.isArray(parent)) delete container[last];
  else container[last] = replacement;
}

describe('schema and loader agree', () => {
  test('the loader refuses every structurally broken graph the schema refuses', async () => {
    const accepted: string[] = [];
    for (const [name, , mutate] of structuralCases) {
      if (validateGraph(await everyFieldWith(mutate)).ok) accepted.push(name);
    }
    expect(accepted).toEqual([]);
  });

  test.each([
    ['a URL with leading spaces', (d: Doc) => (d.nodes[0].links[0].url = ' https://example.org')],
    ['a URL without slashes', (d: Doc) => (d.nodes[0].links[0].url = 'http:example.org')],
    ['an upper-case scheme', (d: Doc) => (d.nodes[0].links[0].url = 'HTTPS://EXAMPLE.ORG')],
    ['a tab inside the scheme', (d: Doc) => (d.nodes[0].links[0].url = 'ht\ttps://example.org')],
    ['an empty description object', (d: Doc) => (d.nodes[0].description = {})],
    ['a blank optional label', (d: Doc) => (d.edges[0].label = ' ')],
    ['an empty tour', (d: Doc) => (d.tours[0].steps = [])],
    ['integer-like keys in data', (d: Doc) => (d.nodes[0].data = { '10': 1, '2': 2 })],
    ['an id of 128 characters', (d: Doc) => {
      d.nodes[2].id = 'x'.repeat(128);
      d.edges[0].topics = ['x'.repeat(128)];
      d.tours[0].steps[1].nodes = ['x'.repeat(128)];
      d.edges[1].target = 'x'.repeat(128);
    }],
    ['an id with inner spaces', (d: Doc) => {
      d.nodeTypes['a type'] = d.nodeTypes.person;
      d.nodes[3].type = 'a type';
    }],
  ] as [string, (d: Doc) => void][])('the schema accepts what the loader accepts: %s', async (_name, mutate) => {
    const doc = await everyFieldWith(mutate);
    const loaded = validateGraph(doc);
    expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const validate = validator();
    validate(doc);
    expect(validate.errors ?? []).toEqual([]);
  });

  test('random damage: whenever the loader accepts the result, so does the schema', async () => {
    const original = (await readJson(join(validDir, 'every-field.json'))) as Doc;
    const all = paths(original);
    const validate = validator();
    let acceptedByLoader = 0;
    fc.assert(
      fc.property(
        fc.nat({ max: all.length - 1 }),
        fc.oneof(fc.constant(undefined), fc.jsonValue({ maxDepth: 2 }), fc.string(), fc.constantFrom('', ' ', 'a\u2066', '#fff', '2024-02', 'https://x.org')),
        (index, replacement) => {
          const doc = structuredClone(original);
          setAt(doc, all[index] as (string | number)[], replacement);
          if (!validateGraph(doc).ok) return true;
          acceptedByLoader++;
          return validate(doc) || (expect.fail(`schema refused ${JSON.stringify(all[index])} = ${JSON.stringify(replacement)}: ${JSON.stringify(validate.errors)}`), false);
        },
      ),
      { numRuns: 400 },
    );
    // Not vacuous: many damaged documents still load (unknown fields, changed texts, …).
    expect(acceptedByLoader).toBeGreaterThan(50);
  });

  test('an id character is forbidden by the schema exactly when the loader forbids it', () => {
    const idPattern = new RegExp(ID_PATTERN, 'u');
    const disagreements: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue; // lone surrogates: not text
      const character = String.fromCharCode(code);
      if (idPattern.test(`a${character}b`) === FORBIDDEN_IN_ID.test(character)) {
        disagreements.push(`U+${code.toString(16).toUpperCase().padStart(4, '0')}`);
      }
    }
    expect(disagreements).toEqual([]);
  });

  test("the schema's key order is the loader's KEY_ORDER (used when the editor adds keys)", () => {
    expect(Object.keys(KEY_ORDER)).toEqual([...OBJECT_KIND_NAMES]);
    for (const kind of OBJECT_KIND_NAMES) expect([...KEY_ORDER[kind]], kind).toEqual(Object.keys(definition(kind).properties ?? {}));
    expect(schemaKeyOrder('tourStep')).toEqual(['title', 'nodes', 'edges', 'caption']);
  });

  // Where every-field.json has an object of each kind (the first one holding a field is used).
  const instances: Record<ObjectKind, string[][]> = {
    document: [[]],
    meta: [['meta']],
    statusDefinition: [['meta', 'statuses', 'rumoured']],
    source: [['sources', '0']],
    nodeType: [['nodeTypes', 'country']],
    edgeType: [['edgeTypes', 'agreement']],
    evidence: [['nodes', '0', 'evidence', '0']],
    link: [['nodes', '0', 'links', '0']],
    position: [['nodes', '0', 'position']],
    node: [['nodes', '0']],
    timeReference: [['edges', '0', 'when']],
    edge: [['edges', '0']],
    tourStep: [['tours', '0', 'steps', '0'], ['tours', '0', 'steps', '1']],
    tour: [['tours', '0']],
  };

  test.each(OBJECT_KIND_NAMES.map((kind) => [kind]))('%s: a field the schema requires is one the loader misses, and no other', async (kind) => {
    const original = (await readJson(join(validDir, 'every-field.json'))) as Doc;
    const validate = validator();
    const requiredBySchema = new Set(definition(kind).required ?? []);
    for (const field of schemaKeyOrder(kind)) {
      const path = instances[kind].find((at) => Object.hasOwn(at.reduce((object: Doc, key) => object[key] as Doc, original), field));
      expect(path, `every-field.json has a ${kind} with "${field}"`).toBeDefined();
      const doc = structuredClone(original);
      setAt(doc, [...(path as string[]), field], undefined);
      const pointer = (path as string[]).map((key) => `/${key}`).join('');
      const missingInLoader = validateGraph(doc, { limits: { maxProblems: 1000 } }).problems.some((p) => p.code === 'missing-field' && p.pointer === `${pointer}/${field}`);
      validate(doc);
      const missingInSchema = (validate.errors ?? []).some((e) => e.keyword === 'required' && e.instancePath === pointer && (e.params as { missingProperty?: string }).missingProperty === field);
      expect([field, missingInLoader, missingInSchema]).toEqual([field, requiredBySchema.has(field), requiredBySchema.has(field)]);
    }
  });
});

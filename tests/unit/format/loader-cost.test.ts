// The loader's own cost on large broken files, measured by counting work (calls the loader makes),
// never by the clock: each case took seconds to minutes before its fix.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { loadGraphText, validateGraph } from '../../../src/format/index';
import { JsonLocations } from '../../../src/format/json/locations';
import { baseDoc, expectOne, textOf } from './helpers';

afterEach(() => {
  vi.restoreAllMocks();
});

/** A valid graph with `count` declared statuses `s0…` and `count` edges whose status is a typo of none of them. */
function manyStatuses(count: number): Record<string, unknown> {
  const doc = baseDoc();
  doc.meta.statuses = Object.fromEntries(Array.from({ length: count }, (_, i) => [`declared-status-${i}`, { label: `S${i}` }]));
  doc.edges = Array.from({ length: count }, (_, i) => ({ id: `e${i}`, type: 'agreement', source: 'russia', target: 'iran', status: `unknown-${i}` }));
  return doc;
}

describe('did-you-mean suggestions', () => {
  test('1,000 unknown statuses against 1,000 declared ones normalise each candidate once, not once per unknown status', () => {
    const text = textOf(manyStatuses(1000));
    const normalize = vi.spyOn(String.prototype, 'normalize');
    const result = loadGraphText(text, { limits: { maxProblems: 5000, maxParallelEdges: 5000 } });
    const calls = normalize.mock.calls.length;
    normalize.mockRestore();
    expect(result.problems.filter((p) => p.code === 'unknown-status')).toHaveLength(1000);
    // Before: 1,000 × 1,000 = 1,000,000 normalisations. Now the candidates once, and each suggested word.
    expect(calls).toBeLessThan(10_000);
  });

  test('unknown statuses share the suggestion budget with every other did-you-mean', () => {
    const doc = baseDoc();
    doc.edges.push(...Array.from({ length: 300 }, (_, i) => ({ id: `e${i}`, type: 'agreement', source: 'russia', target: 'iran', status: 'rumored' })));
    const normalize = vi.spyOn(String.prototype, 'normalize');
    const result = validateGraph(doc, { limits: { maxProblems: 10, maxParallelEdges: 5000 } });
    const calls = normalize.mock.calls.length;
    normalize.mockRestore();
    const problems = result.problems.filter((p) => p.code === 'unknown-status');
    expect(problems).toHaveLength(10);
    expect(result.totalProblems).toBe(300);
    for (const problem of problems) expect(problem.hint).toMatch(/^did you mean "rumoured"\? \(statuses are signed, .* or ones declared in meta\.statuses\)$/);
    // Before: a suggestion for each of the 300, folding the 8 candidates each time (2,700 calls).
    expect(calls).toBeLessThan(100);
  });
});

describe('the problem cap is applied as problems are found', () => {
  test('50,000 blank aliases: 200 problems reported, the total counted, only the kept ones located', () => {
    const doc = baseDoc();
    doc.nodes[1].aliases = Array.from({ length: 50_000 }, () => ' ');
    const text = textOf(doc);
    const offsetsOf = vi.spyOn(JsonLocations.prototype, 'offsetsOf');
    const result = loadGraphText(text);
    const located = offsetsOf.mock.calls.reduce((sum, [requests]) => sum + requests.length, 0);
    expect(result.ok).toBe(true); // blank aliases are warnings
    expect(result.problems).toHaveLength(200);
    expect(result.totalProblems).toBe(50_000);
    expect(result.problems[0]).toMatchObject({ code: 'blank-text', pointer: '/nodes/1/aliases/0' });
    expect(result.problems[199]).toMatchObject({ code: 'blank-text', pointer: '/nodes/1/aliases/199' });
    // Before: all 50,000 were located and sorted.
    expect(located).toBeLessThanOrEqual(2 * 200);
  });

  test('errors still come first when many warnings are found before them', () => {
    const doc = baseDoc();
    doc.nodes[1].aliases = Array.from({ length: 50 }, () => ' ');
    doc.edges[0].type = 'treaty';
    doc.edges[1].status = 'whispered';
    for (const result of [loadGraphText(textOf(doc), { limits: { maxProblems: 5 } }), validateGraph(doc, { limits: { maxProblems: 5 } })]) {
      expect(result.ok).toBe(false);
      expect(result.problems.map((p) => p.code)).toEqual(['unknown-edge-type', 'unknown-status', 'blank-text', 'blank-text', 'blank-text']);
      expect(result.problems[2]?.pointer).toBe('/nodes/1/aliases/0');
      expect(result.totalProblems).toBe(52);
    }
  });

  test('errors past the cap still make the file fail, and JSON problems are capped too', () => {
    const keys = Array.from({ length: 5000 }, () => '"a": 1').join(', ');
    const text = textOf(baseDoc()).replace('"id": "iran",', `"id": "iran", "data": {${keys}},`);
    const result = loadGraphText(text, { limits: { maxProblems: 10 } });
    expect(result.ok).toBe(false);
    expect(result.problems).toHaveLength(10);
    expect(result.problems.every((p) => p.code === 'duplicate-key' && p.pointer === '/nodes/1/data/a')).toBe(true);
    expect(result.totalProblems).toBe(4999);
  });
});

describe('validateGraph orders problems without redoing work per problem', () => {
  test('3,000 node types without a label: the node types object has its key order worked out once', () => {
    const doc = baseDoc();
    const nodeTypes: Record<string, unknown> = {};
    for (let i = 0; i < 3000; i++) nodeTypes[`type-${i}`] = { color: '#123456' };
    doc.nodeTypes = { ...doc.nodeTypes, ...nodeTypes };
    const keys = vi.spyOn(Object, 'keys');
    const result = validateGraph(doc, { limits: { maxProblems: 5000 } });
    const onNodeTypes = keys.mock.calls.filter(([object]) => object === doc.nodeTypes).length;
    keys.mockRestore();
    expect(result.problems.filter((p) => p.code === 'missing-field')).toHaveLength(3000);
    expect(result.problems[0]?.pointer).toBe('/nodeTypes/type-0/label');
    expect(result.problems[2999]?.pointer).toBe('/nodeTypes/type-2999/label');
    // Before: once per problem (3,000 times), each followed by a linear search.
    expect(onNodeTypes).toBeLessThan(20);
  });
});

describe('messages quote an excerpt of long values, never the whole value', () => {
  const huge = 'x'.repeat(10_000_000);

  test.each([
    ['a 10 MB URL', (d: Record<string, any>) => (d.nodes[0].links[0].url = huge), 'invalid-url'], // eslint-disable-line @typescript-eslint/no-explicit-any
    ['a 10 MB id with a space', (d: Record<string, any>) => (d.nodes[2].id = ` ${huge}`), 'id-whitespace'], // eslint-disable-line @typescript-eslint/no-explicit-any
    ['a 10 MB status', (d: Record<string, any>) => (d.edges[0].status = huge), 'unknown-status'], // eslint-disable-line @typescript-eslint/no-explicit-any
    ['a 10 MB color', (d: Record<string, any>) => (d.nodeTypes.person.color = huge), 'invalid-color'], // eslint-disable-line @typescript-eslint/no-explicit-any
    ['a 10 MB edge end', (d: Record<string, any>) => (d.edges[0].target = huge), 'dangling-edge-end'], // eslint-disable-line @typescript-eslint/no-explicit-any
    ['a 10 MB language key', (d: Record<string, any>) => (d.nodes[0].label = { en: 'A', [huge]: 'B' }), 'undeclared-language'], // eslint-disable-line @typescript-eslint/no-explicit-any
    ['a 10 MB format', (d: Record<string, any>) => (d.format = huge), 'unknown-format'], // eslint-disable-line @typescript-eslint/no-explicit-any
  ] as const)('%s', (_name, mutate, code) => {
    const doc = baseDoc();
    mutate(doc);
    const problem = validateGraph(doc).problems.find((p) => p.code === code);
    expect(problem, code).toBeDefined();
    expect(problem?.message.length).toBeLessThan(300);
    expect(problem?.hint?.length ?? 0).toBeLessThan(400);
    expect(problem?.message).toMatch(/xxxxxxxxxx…" \(10,000,00[01] characters\)/);
  });

  test('a 1 MB duplicate key in the text', () => {
    const key = JSON.stringify(huge.slice(0, 1_000_000));
    const problem = expectOne(loadGraphText(`{${key}: 1, ${key}: 2}`), 'duplicate-key', { severity: 'error' });
    expect(problem.message).toBe(`the key "${'x'.repeat(80)}…" (1,000,000 characters) appears twice in this object`);
  });

  test('a short value is quoted whole, escaped', () => {
    const doc = baseDoc();
    doc.nodes[0].links[0].url = 'not a url\u202e';
    expect(expectOne(validateGraph(doc), 'invalid-url', {}).message).toBe('"not a url\\u202e" is not an absolute URL');
  });

  test('the languages a hint offers are listed up to ten', () => {
    const doc = baseDoc();
    doc.meta.languages = Array.from({ length: 30 }, (_, i) => `l${String.fromCharCode(97 + (i % 26))}${i < 26 ? '' : 'x'}`);
    doc.meta.title = { fr: 'Titre' };
    const problem = validateGraph(doc).problems.find((p) => p.code === 'undeclared-language' && p.pointer === '/meta/title/fr');
    expect(problem?.hint).toBe('add it to meta.languages, or use one of: "la", "lb", "lc", "ld", "le", "lf", "lg", "lh", "li", "lj", …');
  });
});

describe('a format or version of the wrong type is described by its type', () => {
  test.each([
    [{ format: {}, version: 1 }, 'unknown-format', 'the format is an object, not "kg-graph"'],
    [{ format: [], version: 1 }, 'unknown-format', 'the format is an array, not "kg-graph"'],
    [{ format: null, version: 1 }, 'unknown-format', 'the format is null, not "kg-graph"'],
    [{ format: 7, version: 1 }, 'unknown-format', 'the format is 7, not "kg-graph"'],
    [{ format: 'graphml', version: 1 }, 'unknown-format', 'the format is "graphml", not "kg-graph"'],
    [{ format: 'kg-graph', version: [] }, 'unsupported-version', 'the version is an array; this loader reads version 1 only'],
    [{ format: 'kg-graph', version: {} }, 'unsupported-version', 'the version is an object; this loader reads version 1 only'],
    [{ format: 'kg-graph', version: true }, 'unsupported-version', 'the version is true; this loader reads version 1 only'],
    [{ format: 'kg-graph', version: 2 }, 'unsupported-version', 'this file is version 2; this loader reads version 1 only'],
    [{ format: 'kg-graph', version: '1' }, 'unsupported-version', 'this file is version "1"; this loader reads version 1 only'],
  ])('%j', (doc, code, message) => {
    expect(expectOne(loadGraphText(JSON.stringify(doc)), code, { severity: 'error' }).message).toBe(message);
  });
});

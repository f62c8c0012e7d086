import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { DEFAULT_LIMITS, loadGraphText, serializeGraph, validateGraph } from '../../../src/format/index';
import { baseDoc, expectOne, positionOf, textOf } from './helpers';

describe('prototype keys stay plain data', () => {
  test('{"__proto__":{"polluted":1}} pollutes nothing and is kept as an own property', () => {
    const text = '{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 2}}, "prototype": 3}';
    const result = loadGraphText(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(result.ok).toBe(false); // not a graph file, but parsed without harm
  });

  test('in a graph, proto keys in data and types are own properties that serialize back', () => {
    const doc = baseDoc();
    const text = textOf(doc)
      .replace('"id": "iran",', '"id": "iran",\n      "data": { "__proto__": { "polluted": 1 }, "constructor": "c", "prototype": [1] },')
      .replace('"edgeTypes": {', '"edgeTypes": {\n    "__proto__": { "label": "proto type" },');
    const result = loadGraphText(text);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    if (!result.ok) throw new Error('expected ok');
    const data = result.graph.nodes[1]?.data as Record<string, unknown>;
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.keys(data)).toEqual(['__proto__', 'constructor', 'prototype']);
    expect(Object.getOwnPropertyDescriptor(data, '__proto__')?.value).toEqual({ polluted: 1 });
    expect((data as { polluted?: unknown }).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(result.graph.edgeTypes)).toContain('__proto__');
    // JSON.stringify and our serializer both write them back.
    expect(JSON.stringify(data)).toBe('{"__proto__":{"polluted":1},"constructor":"c","prototype":[1]}');
    const again = loadGraphText(serializeGraph(result.graph));
    expect(again.ok && Object.keys(again.graph.nodes[1]?.data ?? {})).toEqual(['__proto__', 'constructor', 'prototype']);
  });

  test('a reference to "constructor" does not resolve through the prototype chain', () => {
    const doc = baseDoc();
    doc.nodes[1].type = 'constructor';
    doc.edges[0].status = 'toString';
    const result = validateGraph(doc);
    expectOne(result, 'unknown-node-type', { pointer: '/nodes/1/type' });
    expectOne(result, 'unknown-status', { pointer: '/edges/0/status' });
  });

  test('nothing in the file is evaluated', () => {
    const marker = '__kgEvaluated';
    const doc = baseDoc();
    doc.nodes[1].label.en = `"); globalThis.${marker} = 1; ("`;
    doc.nodes[1].data = { toJSON: 'function () { globalThis.__kgEvaluated = 1 }', valueOf: `() => globalThis.${marker}` };
    const result = loadGraphText(textOf(doc));
    expect(result.ok).toBe(true);
    if (result.ok) serializeGraph(result.graph);
    expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();
  });
});

describe('deep nesting', () => {
  test('100,000 levels of arrays return a max-depth error after reading only the first levels, without throwing', () => {
    const depth = 100_000;
    const text = `{"data": ${'['.repeat(depth)}${']'.repeat(depth)}}`;
    // Work is counted, not timed: the parser reads the text one charCodeAt at a time.
    const reads = vi.spyOn(String.prototype, 'charCodeAt');
    const result = loadGraphText(text);
    const charactersRead = reads.mock.calls.length;
    reads.mockRestore();
    // It stops at level 65 of 100,000, having read a few characters per level (the text has 200,011).
    expect(charactersRead).toBeLessThan(20 * DEFAULT_LIMITS.maxDepth);
    expect(result.ok).toBe(false);
    const problem = expectOne(result, 'max-depth', { severity: 'error', line: 1, column: 10 + DEFAULT_LIMITS.maxDepth - 1 });
    expect(problem.message).toMatch(/more than 64 levels/);
  });

  test('100,000 levels of objects too', () => {
    const depth = 100_000;
    const text = '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
    expect(() => loadGraphText(text)).not.toThrow();
    expect(loadGraphText(text).problems.map((p) => p.code)).toEqual(['max-depth']);
  });

  test('the limit can be lowered or raised', () => {
    const text = textOf(baseDoc());
    expectOne(loadGraphText(text, { limits: { maxDepth: 3 } }), 'max-depth', { severity: 'error' });
    expect(loadGraphText(`{"format":"kg-graph","version":1,"x":${'['.repeat(100)}${']'.repeat(100)}}`, { limits: { maxDepth: 200 } }).problems.map((p) => p.code)).not.toContain('max-depth');
  });

  test('a deep value handed over from JavaScript is refused without recursion', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const doc = baseDoc();
    doc.nodes[1].data = { deep };
    const result = validateGraph(doc);
    expect(result.ok).toBe(false);
    expectOne(result, 'max-depth', { severity: 'error' });
  });
});

describe('limits are checked and named', () => {
  test('text over maxTextLength is refused before parsing, naming the limit and the size', () => {
    const text = ` ${'x'.repeat(DEFAULT_LIMITS.maxTextLength)}`;
    const result = loadGraphText(text);
    const problem = expectOne(result, 'text-too-large', { severity: 'error', pointer: '' });
    expect(problem.message).toBe('the file has 20,000,001 characters; the limit is 20,000,000 characters (maxTextLength)');
  });

  test('node and edge counts are checked against maxNodes and maxEdges', () => {
    const doc = baseDoc();
    const nodes = loadGraphText(textOf(doc), { limits: { maxNodes: 2 } });
    expect(expectOne(nodes, 'too-many-nodes', { severity: 'error', pointer: '/nodes', ...positionOf(textOf(doc), '[', textOf(doc).indexOf('"nodes"')) }).message).toMatch(/3 nodes; the limit is 2 \(maxNodes\)/);
    const edges = validateGraph(doc, { limits: { maxEdges: 1 } });
    expect(expectOne(edges, 'too-many-edges', { severity: 'error', pointer: '/edges' }).message).toMatch(/2 edges; the limit is 1 \(maxEdges\)/);
  });

  test('more than maxParallelEdges edges between two nodes are refused, naming the pair, the count and the limit', () => {
    const doc = baseDoc(); // already one edge russia → iran
    for (let i = 0; i < 100; i++) doc.edges.push(i % 2 ? { id: `p${i}`, type: 'agreement', source: 'russia', target: 'iran' } : { id: `p${i}`, type: 'agreement', source: 'iran', target: 'russia' });
    const text = textOf(doc);
    const result = loadGraphText(text);
    expect(result.ok).toBe(false);
    // The 101st edge between the two (edge 2 is official → russia) is the one past the limit.
    const problem = expectOne(result, 'too-many-parallel-edges', { severity: 'error', pointer: '/edges/101', ...positionOf(text, '{', text.lastIndexOf('{', text.indexOf('"id": "p99"'))) });
    expect(problem.message).toBe('101 edges join the nodes "iran" and "russia"; the limit is 100 per pair of nodes (maxParallelEdges)');
    expect(problem.hint).toMatch(/maxParallelEdges/);
    doc.edges.pop();
    expect(validateGraph(doc).problems.map((p) => p.code)).not.toContain('too-many-parallel-edges');
  });

  test('self-loops count per node, and the limit can be changed', () => {
    const doc = baseDoc();
    doc.edges.push({ id: 'loop1', type: 'agreement', source: 'iran', target: 'iran' }, { id: 'loop2', type: 'agreement', source: 'iran', target: 'iran' });
    expect(validateGraph(doc, { limits: { maxParallelEdges: 2 } }).ok).toBe(true);
    const problem = expectOne(validateGraph(doc, { limits: { maxParallelEdges: 1 } }), 'too-many-parallel-edges', { pointer: '/edges/3' });
    expect(problem.message).toBe('2 edges join the node "iran" to itself; the limit is 1 per pair of nodes (maxParallelEdges)');
  });

  test('50,000 parallel edges are refused before any per-edge rule runs', () => {
    const doc = baseDoc();
    // Each edge also has an unknown type: had the per-edge rules run, each would be reported.
    for (let i = 0; i < 50_000; i++) doc.edges.push({ id: `p${i}`, type: 'nope', source: 'russia', target: 'iran' });
    const result = loadGraphText(textOf(doc));
    expect(result.problems.map((p) => p.code)).toEqual(['too-many-parallel-edges']);
    expect(result.totalProblems).toBe(1);
    expect(result.problems[0]?.message).toMatch(/^50,001 edges join the nodes "iran" and "russia"/);
  });

  test('label and description lengths follow the limits given', () => {
    const doc = baseDoc();
    const result = validateGraph(doc, { limits: { maxLabelLength: 4, maxDescriptionLength: 5 } });
    expect(result.problems.filter((p) => p.code === 'label-too-long').map((p) => p.pointer)).toContain('/nodes/0/label/en'); // "Russia"
    expect(result.problems.filter((p) => p.code === 'text-too-long').map((p) => p.pointer)).toEqual(['/meta/description/en', '/sources/0/text', '/edges/0/evidence/0/quote', '/tours/0/steps/0/caption/en']);
  });
});

describe('values from JavaScript that JSON cannot hold', () => {
  test('functions, undefined array elements, NaN, class instances, cycles and lone surrogates are errors', () => {
    const doc = baseDoc();
    doc.nodes[0].data = { f: () => 1, when: new Date(0), list: [1, undefined], n: Number.NaN, [`k\ud800`]: 1, s: 'x\udc00' };
    doc.nodes[1].data = { self: doc.nodes[1] };
    doc.nodes[0].position.x = Number.POSITIVE_INFINITY;
    const result = validateGraph(doc);
    const codes = result.problems.map((p) => `${p.code} ${p.pointer}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'not-json /nodes/0/data/f',
        'not-json /nodes/0/data/when',
        'not-json /nodes/0/data/list/1',
        'non-finite-number /nodes/0/data/n',
        'lone-surrogate /nodes/0/data/k\ud800',
        'lone-surrogate /nodes/0/data/s',
        'non-finite-number /nodes/0/position/x',
        'cyclic-reference /nodes/1/data/self',
      ]),
    );
    expect(result.ok).toBe(false);
  });

  test('a shared (not cyclic) object is fine, and undefined properties are ignored', () => {
    const doc = baseDoc();
    const label = { en: 'Same' };
    doc.nodes[1].label = label;
    doc.nodes[2].label = label;
    doc.nodes[2].description = undefined;
    expect(validateGraph(doc).problems).toEqual([]);
  });

  test('an object shared exponentially often is cut off by the size budget, not walked forever', () => {
    let shared: Record<string, unknown> = { leaf: 1 };
    for (let i = 0; i < 40; i++) shared = { a: shared, b: shared }; // 2^40 paths, 41 levels
    const doc = baseDoc();
    doc.nodes[1].data = shared;
    // Work is counted, not timed: the walk lists the keys of each object it enters.
    const keys = vi.spyOn(Object, 'keys');
    const result = validateGraph(doc, { limits: { maxTextLength: 100_000 } });
    const objectsEntered = keys.mock.calls.length;
    keys.mockRestore();
    // The walk stops once it has seen maxTextLength values (each object it enters holds one or
    // two), not after 2^40 objects.
    expect(objectsEntered).toBeLessThanOrEqual(100_000);
    expect(objectsEntered).toBeGreaterThan(100_000 / 3);
    expectOne(result, 'text-too-large', { severity: 'error', pointer: '' });
  });

  test('anything at all is answered with problems, never an exception', () => {
    for (const value of [undefined, null, 0, 'graph', [], {}, { format: 'kg-graph', version: 1 }, { format: 'kg-graph', version: 1, meta: 1, nodes: {}, edges: null, nodeTypes: [], edgeTypes: 'x' }]) {
      const result = validateGraph(value);
      expect(result.ok).toBe(false);
      expect(result.problems.length).toBeGreaterThan(0);
    }
  });
});

describe('robustness', () => {
  test('damaged files (characters deleted, inserted or swapped) are answered with problems, never an exception', () => {
    const text = textOf(baseDoc());
    fc.assert(
      fc.property(fc.nat(text.length - 1), fc.string({ maxLength: 3, unit: 'binary' }), fc.nat(3), (at, insert, remove) => {
        const damaged = text.slice(0, at) + insert + text.slice(at + remove);
        const result = loadGraphText(damaged);
        if (!result.ok) expect(result.problems.some((p) => p.severity === 'error')).toBe(true);
        for (const problem of result.problems) {
          expect(problem.line).toBeGreaterThanOrEqual(1);
          expect(problem.column).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('any JS value is answered with problems, never an exception', () => {
    fc.assert(
      fc.property(fc.anything({ withBoxedValues: true, withMap: true, withSet: true, withNullPrototype: true, withSparseArray: true }), (value) => {
        const result = validateGraph(value);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

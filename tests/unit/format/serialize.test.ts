import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { KEY_ORDER, loadGraphText, orderedKeys, serializeGraph, serializeJson, withFields, type GraphDocument } from '../../../src/format/index';
import { parseJson } from '../../../src/format/json/parse';
import { baseDoc } from './helpers';

describe('serializeJson', () => {
  test('formats exactly as JSON.stringify(value, null, 2) plus a final newline, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(serializeJson(value)).toBe(`${JSON.stringify(value, null, 2)}\n`);
      }),
      { numRuns: 300 },
    );
  });

  test('keeps non-ASCII text as is and escapes only what JSON requires', () => {
    const out = serializeJson({ ar: 'روسيا', emoji: '😀', tab: 'a\tb', quote: '"', lone: '\ud800', sep: '\u2028' });
    expect(out).toContain('"روسيا"');
    expect(out).toContain('"😀"');
    expect(out).toContain('"a\\tb"');
    expect(out).toContain('"\\""');
    expect(out).toContain('"\\ud800"');
    expect(out).toContain('"\u2028"');
    expect(out.endsWith('}\n')).toBe(true);
  });

  test('drops undefined and function members like JSON.stringify, and refuses cycles', () => {
    expect(serializeJson({ a: undefined, b: () => 1, c: [undefined] })).toBe('{\n  "c": [\n    null\n  ]\n}\n');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => serializeJson(cyclic)).toThrow(TypeError);
  });
});

describe('round trip', () => {
  test('a loaded file serializes back to the same data, key order and unknown fields', () => {
    const text = '{\n  "format": "kg-graph",\n  "x-first": true,\n  "version": 1,\n  "meta": {"languages": ["en"], "title": "T"},\n  "nodeTypes": {"b": {"label": "B"}, "10": {"label": "Ten"}, "2": {"label": "Two"}},\n  "edgeTypes": {"r": {"label": "r", "9": 9, "1": 1}},\n  "nodes": [{"type": "b", "label": "N", "id": "n", "data": {"z": 1, "3": 3, "a": {"20": 0, "1": 1}}}],\n  "edges": [{"id": "e", "type": "r", "source": "n", "target": "n", "x-note": "kept"}]\n}\n';
    const result = loadGraphText(text);
    expect(result.ok).toBe(true);
    const out = serializeGraph(result.graph as GraphDocument);
    expect(Object.keys(JSON.parse(out))).toEqual(['format', 'x-first', 'version', 'meta', 'nodeTypes', 'edgeTypes', 'nodes', 'edges']);
    expect(out.indexOf('"b": {')).toBeLessThan(out.indexOf('"10": {'));
    expect(out.indexOf('"10": {')).toBeLessThan(out.indexOf('"2": {'));
    expect(out.indexOf('"9": 9')).toBeLessThan(out.indexOf('"1": 1'));
    expect(out.indexOf('"z": 1')).toBeLessThan(out.indexOf('"3": 3'));
    const inner = out.indexOf('"a": {');
    expect(out.indexOf('"20": 0', inner)).toBeLessThan(out.indexOf('"1": 1', inner));
    expect(out).toContain('"x-note": "kept"');
    expect(JSON.parse(out)).toEqual(JSON.parse(text));
    expect(serializeGraph(loadGraphText(out).graph as GraphDocument)).toBe(out);
  });

  test('canonical text loads and saves unchanged, so a one-field edit is a one-line diff', () => {
    const canonical = serializeGraph(baseDoc() as GraphDocument);
    const loaded = loadGraphText(canonical);
    expect(serializeGraph(loaded.graph as GraphDocument)).toBe(canonical);
    const edited = serializeGraph(withFields(loaded.graph as GraphDocument, { version: 1, meta: withFields((loaded.graph as GraphDocument).meta, { updated: '2027-01-01' }, 'meta') }));
    const before = canonical.split('\n');
    const after = edited.split('\n');
    expect(after).toHaveLength(before.length);
    expect(before.filter((line, i) => line !== after[i])).toEqual(['    "updated": "2026-11-28",']);
  });

  // Random valid graphs whose unknown fields include integer-like and prototype keys, written as raw text so the key order is the text's own.
  const extraKey = fc.oneof(fc.constantFrom('10', '2', '0', '007', '1e3', '-1', '__proto__', 'constructor', 'prototype', 'x', 'مفتاح', '4294967295', '4294967294'), fc.string({ maxLength: 5 }));
  const entries = (forbidden: readonly string[]) =>
    fc.uniqueArray(fc.tuple(extraKey.filter((key) => !forbidden.includes(key)), fc.jsonValue({ maxDepth: 2 })), { selector: (entry) => entry[0], maxLength: 5 });
  const rawObject = (pairs: readonly (readonly [string, unknown])[], extra: string): string =>
    `{${[...pairs.map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`), ...(extra ? [extra] : [])].join(', ')}}`;
  const label = fc.oneof(fc.constantFrom('Russia', 'روسيا', 'Иран', '日本', 'a😀b'), fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,8}[A-Za-z]$/));
  const graphText = fc
    .record({
      nodeCount: fc.integer({ min: 1, max: 6 }),
      edgeEnds: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 8 }),
      labels: fc.array(label, { minLength: 6, maxLength: 6 }),
      rootExtra: entries([...KEY_ORDER.document]),
      dataEntries: entries([]),
      edgeExtra: entries([...KEY_ORDER.edge]),
      typeExtra: entries([...KEY_ORDER.nodeType]),
      positions: fc.array(fc.option(fc.tuple(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer())), { minLength: 6, maxLength: 6 }),
    })
    .map(({ nodeCount, edgeEnds, labels, rootExtra, dataEntries, edgeExtra, typeExtra, positions }) => {
      const nodes = Array.from({ length: nodeCount }, (_, i) => {
        const position = positions[i];
        return `{"id": "n${i}", "type": "t", "label": {"en": ${JSON.stringify(labels[i])}}${position ? `, "position": {"x": ${JSON.stringify(position[0])}, "y": ${position[1]}}` : ''}, "data": ${rawObject(dataEntries, '')}}`;
      });
      const edges = edgeEnds.map(([a, b], i) => rawObject(edgeExtra, `"id": "e${i}", "type": "r", "source": "n${a % nodeCount}", "target": "n${b % nodeCount}"`));
      const root = `"format": "kg-graph", "version": 1, "meta": {"title": "G", "languages": ["en"]}, "nodeTypes": {"t": ${rawObject(typeExtra, '"label": "T"')}}, "edgeTypes": {"r": {"label": "r"}}, "nodes": [${nodes.join(', ')}], "edges": [${edges.join(', ')}]`;
      return { text: rawObject(rootExtra, root), rootExtra, dataEntries, edgeExtra };
    });

  test('random valid graphs survive parse → serialize → parse, keep key order, and serialize is idempotent', () => {
    fc.assert(
      fc.property(graphText, ({ text, rootExtra, dataEntries, edgeExtra }) => {
        const first = loadGraphText(text);
        expect(first.problems.filter((p) => p.severity === 'error')).toEqual([]);
        const out = serializeGraph(first.graph as GraphDocument);
        const second = loadGraphText(out);
        expect(second.ok).toBe(true);
        expect(serializeGraph(second.graph as GraphDocument)).toBe(out);
        // Same data as the original text (JSON.parse as the independent reader).
        expect(JSON.parse(out)).toEqual(JSON.parse(text));
        // Same key order as the original text, integer-like keys included.
        const graph = second.graph as GraphDocument;
        expect(orderedKeys(graph).slice(0, rootExtra.length)).toEqual(rootExtra.map(([key]) => key));
        expect(orderedKeys(graph.nodes[0]?.data as object)).toEqual(dataEntries.map(([key]) => key));
        if (graph.edges[0]) expect(orderedKeys(graph.edges[0]).slice(0, edgeExtra.length)).toEqual(edgeExtra.map(([key]) => key));
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });
});

describe('withFields and KEY_ORDER', () => {
  test('KEY_ORDER lists the known keys of each object kind in schema order', () => {
    expect(KEY_ORDER.node.slice(0, 3)).toEqual(['id', 'type', 'label']);
    expect(KEY_ORDER.edge.slice(0, 4)).toEqual(['id', 'type', 'source', 'target']);
    expect(KEY_ORDER.document).toEqual(['$schema', 'format', 'version', 'meta', 'sources', 'nodeTypes', 'edgeTypes', 'nodes', 'edges', 'tours']);
  });

  test('inserts a new key where the schema puts it and keeps the rest in place', () => {
    const node = { id: 'a', type: 't', 'x-note': 1, label: 'A', position: { x: 0, y: 0 } };
    expect(Object.keys(withFields(node, { description: 'D' }, 'node'))).toEqual(['id', 'type', 'x-note', 'label', 'description', 'position']);
    expect(Object.keys(withFields(node, { data: {} }, 'node'))).toEqual(['id', 'type', 'x-note', 'label', 'position', 'data']);
    expect(Object.keys(withFields({ label: 'A' }, { id: 'a' }, 'node'))).toEqual(['id', 'label']);
    expect(Object.keys(withFields(node, { extra: 1 }))).toEqual([...Object.keys(node), 'extra']);
  });

  test('replaces and removes values without moving keys, and leaves the original alone', () => {
    const node = { id: 'a', type: 't', label: 'A' };
    const copy = withFields(node, { label: 'B', type: undefined }, 'node');
    expect(copy).toEqual({ id: 'a', label: 'B' });
    expect(node).toEqual({ id: 'a', type: 't', label: 'A' });
  });

  test('keeps integer-like key order and prototype keys of a parsed object', () => {
    const { value } = parseJson('{"z": 1, "10": 2, "__proto__": 3, "2": 4}', { maxDepth: 64 });
    const copy = withFields(value as object, { z: 5, y: 6 });
    expect(orderedKeys(copy)).toEqual(['z', '10', '__proto__', '2', 'y']);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(serializeJson(copy)).toBe('{\n  "z": 5,\n  "10": 2,\n  "__proto__": 3,\n  "2": 4,\n  "y": 6\n}\n');
  });
});

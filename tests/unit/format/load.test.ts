import { describe, expect, test } from 'vitest';
import { formatProblem, loadGraphBytes, loadGraphText, validateGraph, type Problem } from '../../../src/format/index';
import { baseDoc, expectOne, positionOf, textOf } from './helpers';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('loadGraphBytes', () => {
  test('decodes UTF-8, with or without one BOM', () => {
    const text = textOf(baseDoc());
    expect(loadGraphBytes(utf8(text)).ok).toBe(true);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
    const result = loadGraphBytes(withBom);
    expect(result.ok && result.graph.nodes[2]?.label).toBe('مسؤول');
  });

  test('invalid UTF-8 is a located error', () => {
    const text = '{\n  "format": "kg-graph", "x": "ab';
    const bytes = new Uint8Array([...utf8(text), 0xff, ...utf8('"\n}')]);
    const result = loadGraphBytes(bytes);
    expect(result.ok).toBe(false);
    const problem = expectOne(result, 'invalid-utf8', { severity: 'error', line: 2, column: text.split('\n')[1]!.length + 1 });
    expect(problem.message).toContain(`not valid UTF-8: byte ${utf8(text).length} (0xff)`);
  });

  test('an overlong or surrogate UTF-8 sequence is invalid too', () => {
    expect(loadGraphBytes(new Uint8Array([0x5b, 0x22, 0xc0, 0xaf, 0x22, 0x5d])).problems[0]?.code).toBe('invalid-utf8');
    expect(loadGraphBytes(new Uint8Array([0x5b, 0x22, 0xed, 0xa0, 0x80, 0x22, 0x5d])).problems[0]?.code).toBe('invalid-utf8');
  });

  test('UTF-16 is refused with a message that says so (BOM or NUL-byte pattern)', () => {
    const text = '{"format": "kg-graph"}';
    const le = new Uint8Array([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0), 0])]);
    const be = new Uint8Array([0xfe, 0xff, ...[...text].flatMap((c) => [0, c.charCodeAt(0)])]);
    const leNoBom = new Uint8Array([...text].flatMap((c) => [c.charCodeAt(0), 0]));
    const beNoBom = new Uint8Array([...text].flatMap((c) => [0, c.charCodeAt(0)]));
    for (const [bytes, endian] of [[le, 'little'], [be, 'big'], [leNoBom, 'little'], [beNoBom, 'big']] as const) {
      const result = loadGraphBytes(bytes);
      expect(result.ok).toBe(false);
      const problem = expectOne(result, 'utf16-not-supported', { severity: 'error', line: 1, column: 1 });
      expect(problem.message).toBe(`the file is encoded as UTF-16 (${endian}-endian), not UTF-8`);
      expect(problem.hint).toMatch(/save it as UTF-8/);
    }
  });

  test('bytes far over the text limit are refused without decoding', () => {
    const result = loadGraphBytes(new Uint8Array(31), { limits: { maxTextLength: 10 } });
    expect(expectOne(result, 'text-too-large', { severity: 'error' }).message).toMatch(/31 bytes; the limit is 10 characters/);
  });
});

describe('results', () => {
  test('warnings only: ok with the graph and the warnings', () => {
    const doc = baseDoc();
    doc.nodes.push({ id: 'alone', type: 'country', label: 'Alone' });
    const result = loadGraphText(textOf(doc));
    expect(result.ok).toBe(true);
    expect(result.graph?.nodes).toHaveLength(4);
    expect(result.problems.map((p) => p.code)).toEqual(['isolated-node']);
    expect(result.totalProblems).toBe(1);
  });

  test('any error: not ok and no graph', () => {
    const doc = baseDoc();
    doc.edges[0].target = 'irn';
    const result = loadGraphText(textOf(doc));
    expect(result.ok).toBe(false);
    expect(result.graph).toBeUndefined();
  });

  test('all problems in one pass: errors first, then by position in the file', () => {
    const doc = baseDoc();
    doc.nodes.push({ id: 'alone', type: 'country', label: 'Alone' }); // warning, early in the file
    doc.tours[0].steps[0].nodes = ['nowhere']; // error, late
    doc.nodes[0].type = 'contry'; // error, early
    doc.meta.languages = ['ar', 'en', 'en']; // warning, earliest
    const text = textOf(doc);
    const result = loadGraphText(text);
    expect(result.problems.map((p) => `${p.severity} ${p.code}`)).toEqual(['error unknown-node-type', 'error dangling-tour-node', 'warning duplicate-language', 'warning isolated-node']);
    const lines = result.problems.map((p) => p.line as number);
    expect(lines[0]).toBeLessThan(lines[1] as number);
    expect(lines[2]).toBeLessThan(lines[3] as number);
    // The value path sorts the same way, by document order.
    expect(validateGraph(doc).problems.map((p) => p.code)).toEqual(result.problems.map((p) => p.code));
  });

  test('problems are capped at maxProblems; the total is still counted', () => {
    const doc = baseDoc();
    for (let i = 0; i < 30; i++) doc.edges.push({ id: `x${i}`, type: 'agreement', source: `missing-${i}`, target: 'iran' });
    const result = loadGraphText(textOf(doc), { limits: { maxProblems: 10 } });
    expect(result.problems).toHaveLength(10);
    expect(result.totalProblems).toBe(30);
    expect(validateGraph(doc, { limits: { maxProblems: 5 } }).problems).toHaveLength(5);
  });

  test('a missing field is located at the object that lacks it', () => {
    const doc = baseDoc();
    delete doc.edges[1].target;
    const text = textOf(doc);
    const objectStart = text.lastIndexOf('{', text.indexOf('"official-ru"'));
    expectOne(loadGraphText(text), 'missing-field', { pointer: '/edges/1/target', ...positionOf(text, '{', objectStart) });
  });

  test('a problem about a type id points at the key', () => {
    const doc = baseDoc();
    doc.nodeTypes[' padded'] = { label: 'P' };
    const text = textOf(doc);
    expectOne(loadGraphText(text), 'id-whitespace', { pointer: '/nodeTypes/ padded', ...positionOf(text, '" padded"') });
  });

  test('a version other than 1 is refused alone, with no noise from other rules', () => {
    const result = validateGraph({ format: 'kg-graph', version: 2, nodes: 'whatever' });
    expect(result.problems.map((p) => p.code)).toEqual(['unsupported-version']);
    expect(result.problems[0]?.message).toBe('this file is version 2; this loader reads version 1 only');
  });
});

describe('formatProblem', () => {
  const problem: Problem = { code: 'dangling-edge-end', severity: 'error', pointer: '/edges/3/target', line: 57, column: 17, message: 'no node has id "irn"', hint: 'did you mean "iran"?' };

  test('writes file:line:column severity code pointer: message — hint', () => {
    expect(formatProblem(problem, 'data/x.json')).toBe('data/x.json:57:17 error dangling-edge-end /edges/3/target: no node has id "irn" — did you mean "iran"?');
  });

  test('leaves out what it does not have', () => {
    expect(formatProblem({ code: 'empty-file', severity: 'error', pointer: '', message: 'the file is empty' })).toBe('error empty-file: the file is empty');
    expect(formatProblem({ ...problem, line: undefined, column: undefined, hint: undefined }, 'g.json')).toBe('g.json error dangling-edge-end /edges/3/target: no node has id "irn"');
  });

  test('shows control and bidi characters escaped, so a file cannot rewrite the terminal', () => {
    const line = formatProblem({ ...problem, pointer: '/nodes/\u001b[2J', message: 'id "a\u202eb"' });
    expect(line).toContain('/nodes/\\u001b[2J');
    expect(line).toContain('a\\u202eb');
    expect(line.includes('\u001b') || line.includes('\u202e')).toBe(false);
  });

  test('messages from the loader carry hidden characters escaped', () => {
    const doc = baseDoc();
    doc.nodes[2].id = 'coun\u2066try';
    const problem = validateGraph(doc).problems.find((p) => p.code === 'id-forbidden-character');
    expect(problem?.message).toContain('coun\\u2066try');
    expect(problem?.message).not.toContain('\u2066');
  });
});

import { expect, test } from 'vitest';
import { exportGraph, formatInterchangeProblem, importGraph } from '../../../src/interchange/index';
import { bundledGraph, loaderErrors } from './helpers';

const csv = (name: string, text: string) => ({ name, content: text });

test('an edges-only spreadsheet creates its nodes (warned), with types from the type column', () => {
  const result = importGraph([csv('edges.csv', 'source,target,type,weight\nAlice,Bob,knows,2\nBob,Carol,knows,1\n')]);
  expect(result.graph?.nodes.map((node) => node.id)).toEqual(['Alice', 'Bob', 'Carol']);
  expect(result.graph?.edges[0]).toMatchObject({ id: 'Alice-Bob', type: 'knows', data: { weight: 2 } });
  expect(result.problems.map((problem) => problem.code)).toContain('node-created-for-edge');
  expect(loaderErrors(result.graph!)).toEqual([]);
});

test('problems are located as file:row:column (the header is row 1)', () => {
  const result = importGraph([
    csv('nodes.csv', 'id,label_en\na,A\nb,B\n'),
    csv('edges.csv', 'source,target\na,b\na,\n'),
  ]);
  expect(result.graph).toBeUndefined();
  expect(result.problems.map(formatInterchangeProblem)).toContain('edges.csv:3:2 error csv-missing-value: the edge has no target');
});

test("a quote that is not in its source's text is an error at the quote's cell", () => {
  const result = importGraph([
    csv('nodes.csv', 'id,label_en,quote,source_id\na,A,not in the text,doc\nb,B,,\n'),
    csv('edges.csv', 'source,target\na,b\n'),
    csv('sources.csv', 'id,text\ndoc,The whole text.\n'),
  ]);
  expect(result.graph).toBeUndefined();
  const problem = result.problems.find((item) => item.code === 'quote-not-found');
  expect(problem).toMatchObject({ file: 'nodes.csv', row: 2, column: 3, pointer: '/nodes/0/evidence/0/quote' });
});

test('a quote without a source_id is an error (no evidence is invented)', () => {
  const result = importGraph([csv('nodes.csv', 'id,label,quote\na,A,some words\n')]);
  expect(result.graph).toBeUndefined();
  expect(result.problems.map(formatInterchangeProblem)).toContain('nodes.csv:2:3 error evidence-incomplete /nodes/0: quote has a value but source_id is empty: evidence needs both a quote and the id of its source');
});

test('semicolon-separated files with a byte order mark, as European Excel saves them', () => {
  const result = importGraph([csv('nodes.csv', '\uFEFFid;label_ar;label_en;x;y\nmasr;مصر;Egypt;1,5;2\n')]);
  expect(result.graph?.nodes[0]).toMatchObject({ id: 'masr', label: { ar: 'مصر', en: 'Egypt' } });
  expect(result.graph?.meta.languages).toEqual(['ar', 'en']);
});

test('ids the loader would refuse are cleaned; duplicate ids are renamed and warned', () => {
  const result = importGraph([csv('nodes.csv', `id,label\n" a\u200b",A\na,B\n${'x'.repeat(200)},C\n`)]);
  const ids = result.graph?.nodes.map((node) => node.id) ?? [];
  expect(ids[0]).toBe('a');
  expect(ids[1]).toBe('a-2');
  expect(ids[2]).toHaveLength(128);
  expect(result.problems.map((problem) => problem.code)).toContain('duplicate-node-id');
  expect(loaderErrors(result.graph!)).toEqual([]);
});

test('labels with line breaks become one line (labels may not hold control characters)', () => {
  const result = importGraph([csv('nodes.csv', 'id,label\na,"two\nlines"\n')]);
  expect(result.graph?.nodes[0]?.label).toBe('two lines');
});

test('cells that a spreadsheet would run as formulas are written with an apostrophe, which import removes', () => {
  const graph = bundledGraph();
  const edited = { ...graph, nodes: graph.nodes.map((node, index) => (index === 0 ? { ...node, label: { ar: '=HYPERLINK("x")', en: '-cmd' } } : node)) };
  const nodes = exportGraph(edited, 'csv').files.find((file) => file.name === 'nodes.csv')?.text ?? '';
  expect(nodes).toContain(`"'=HYPERLINK(""x"")"`);
  expect(nodes).toContain(",'-cmd,");
  expect(nodes).toContain(',-156.4,'); // negative numbers stay numbers
  const back = importGraph(exportGraph(edited, 'csv').files.map((file) => ({ name: file.name, content: file.text })));
  expect(back.graph?.nodes[0]?.label).toEqual({ ar: '=HYPERLINK("x")', en: '-cmd' });
});

test('written CSV starts with a byte order mark and uses CRLF', () => {
  const nodes = exportGraph(bundledGraph(), 'csv').files[0]?.text ?? '';
  expect(nodes.startsWith('\uFEFFid,type,label_ar,label_en,')).toBe(true);
  expect(nodes.split('\r\n').length).toBeGreaterThan(30);
});

test('bytes that are not UTF-8 are refused with the place of the first bad byte', () => {
  const bytes = new Uint8Array([...new TextEncoder().encode('id,label\na,'), 0xe9, 0x0a]);
  const result = importGraph([{ name: 'nodes.csv', content: bytes }]);
  expect(result.problems[0]).toMatchObject({ code: 'not-utf8', file: 'nodes.csv', line: 2, column: 3 });
});

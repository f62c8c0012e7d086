/**
 * import → export → import keeps what each format can hold; export lists what it cannot.
 */
import { describe, expect, test } from 'vitest';
import type { GraphDocument } from '../../../src/format/index';
import { exportGraph, importGraph, type InterchangeFormat } from '../../../src/interchange/index';
import { bundledGraph, fixture, loaderErrors, plain } from './helpers';

const again = (graph: GraphDocument, format: InterchangeFormat): GraphDocument => {
  const exported = exportGraph(graph, format);
  const result = importGraph(exported.files.map((file) => ({ name: file.name, content: file.text })));
  expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  return result.graph!;
};
const withoutEvidence = (graph: GraphDocument) => ({
  nodes: graph.nodes.map(({ evidence: _evidence, ...node }) => node),
  edges: graph.edges.map(({ evidence: _evidence, ...edge }) => edge),
});

describe.each([
  ['gexf/les-miserables.gexf', 'gexf'],
  ['gexf/rio.gexf', 'gexf'],
  ['graphml/miserables.graphml', 'graphml'],
  ['graphml/yed-groups.graphml', 'graphml'],
  ['cyjs/genemania.cyjs', 'cyjs'],
  ['cyjs/cy-json.json', 'cyjs'],
  ['csv/libreoffice/nodes.csv', 'csv'],
] as const)('%s', (path, format) => {
  test(`import → export as ${format} → import gives the same nodes, edges and types`, () => {
    const files = format === 'csv' ? ['csv/libreoffice/nodes.csv', 'csv/libreoffice/edges.csv', 'csv/libreoffice/sources.csv'] : [path];
    const first = importGraph(files.map(fixture)).graph!;
    const second = again(first, format);
    expect(loaderErrors(second)).toEqual([]);
    expect(plain(second.nodes)).toEqual(plain(first.nodes));
    expect(plain(second.edges)).toEqual(plain(first.edges));
    expect(Object.keys(second.nodeTypes)).toEqual(Object.keys(first.nodeTypes));
    expect(Object.keys(second.edgeTypes)).toEqual(Object.keys(first.edgeTypes));
    expect(second.sources?.length).toBe(first.sources?.length);
  }, 30_000); // rio.gexf has 1,107 edges and the machine is shared
});

describe('the bundled Arabic–English graph', () => {
  const graph = bundledGraph();

  test('CSV keeps every node and edge exactly, evidence and sources included', () => {
    const back = again(graph, 'csv');
    expect(plain(back.nodes)).toEqual(plain(graph.nodes));
    expect(plain(back.edges)).toEqual(plain(graph.edges));
    expect(plain(back.sources)).toEqual(plain(graph.sources));
    expect(back.meta.languages).toEqual(graph.meta.languages);
  });

  test.each(['gexf', 'graphml', 'cyjs'] as const)('%s keeps both languages, statuses, dates, topics, positions and colours; not evidence', (format) => {
    const back = again(graph, format);
    expect(plain(withoutEvidence(back))).toEqual(plain(withoutEvidence(graph)));
    expect(back.meta.languages).toEqual(['ar', 'en']);
    // Type colours come back from the colour written on each element.
    for (const [id, type] of Object.entries(graph.nodeTypes)) if (type.color) expect(back.nodeTypes[id]?.color).toBe(type.color);
  });

  test.each(['gexf', 'graphml', 'cyjs'] as const)('%s export reports the evidence, sources, tours and type labels it cannot hold', (format) => {
    const codes = exportGraph(graph, format).problems.map((problem) => problem.code);
    expect(codes).toEqual(expect.arrayContaining(['not-exported-evidence', 'not-exported-sources', 'not-exported-tours', 'not-exported-type-definitions', 'not-exported-meta']));
  });

  test('CSV export reports tours, type definitions and the graph title, and nothing about evidence', () => {
    const codes = exportGraph(graph, 'csv').problems.map((problem) => problem.code);
    expect(codes).toEqual(expect.arrayContaining(['not-exported-tours', 'not-exported-type-definitions', 'not-exported-meta']));
    expect(codes).not.toContain('not-exported-evidence');
  });

  test('--lang picks the language of the native label (GEXF label attribute)', () => {
    const english = exportGraph(graph, 'gexf', { language: 'en' }).files[0]?.text ?? '';
    const arabic = exportGraph(graph, 'gexf').files[0]?.text ?? '';
    expect(english).toContain('<node id="russia" label="Russia">');
    expect(arabic).toContain('<node id="russia" label="روسيا">');
  });
});

test('line breaks in a description survive GEXF attribute values', () => {
  const graph = bundledGraph();
  const edited = { ...graph, nodes: graph.nodes.map((node, index) => (index === 0 ? { ...node, description: { ar: 'سطر\nسطر', en: 'one\nline\ttwo' } } : node)) };
  for (const format of ['gexf', 'graphml', 'cyjs', 'csv'] as const) expect(again(edited, format).nodes[0]?.description).toEqual({ ar: 'سطر\nسطر', en: 'one\nline\ttwo' });
});

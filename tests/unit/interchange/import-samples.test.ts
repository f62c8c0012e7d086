/**
 * Each real sample imports into a graph the loader accepts with zero errors, with every node
 * and edge of the file present (counted here from the file's own text), and what the file
 * carries kept: labels, types, attributes, positions, colours, weights.
 */
import { describe, expect, test } from 'vitest';
import { importGraph } from '../../../src/interchange/index';
import { fixture, fixtureText, loaderErrors } from './helpers';

const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

describe.each([
  ['gexf/les-miserables.gexf', /<node /g, /<edge /g],
  ['gexf/rio.gexf', /<node /g, /<edge /g],
  ['gexf/data.gexf', /<node /g, /<edge /g],
  ['graphml/miserables.graphml', /<node /g, /<edge /g],
  ['graphml/attributes.graphml', /<node /g, /<edge /g],
  ['graphml/yed-groups.graphml', /<node /g, /<edge /g],
])('%s', (path, nodes, edges) => {
  test('imports every node and edge into a graph with zero loader errors', () => {
    const text = fixtureText(path);
    const result = importGraph([fixture(path)]);
    expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(result.graph?.nodes).toHaveLength(count(text, nodes));
    expect(result.graph?.edges).toHaveLength(count(text, edges));
    expect(loaderErrors(result.graph!)).toEqual([]);
  }, 30_000);
});

type CyElement = { group?: string };
type CyJson = { elements: { nodes: CyElement[]; edges: CyElement[] } };
const split = (json: unknown): [number, number] => {
  if (Array.isArray(json)) return [json.filter((e: CyElement) => e.group === 'nodes').length, json.filter((e: CyElement) => e.group === 'edges').length];
  const { elements } = json as CyJson;
  return [elements.nodes.length, elements.edges.length];
};

describe.each([['cyjs/genemania.cyjs', split], ['cyjs/cy-json.json', split], ['cyjs/elements-array.json', split]])('%s', (path, counts) => {
  test('imports every node and edge into a graph with zero loader errors', () => {
    const [nodes, edges] = counts(JSON.parse(fixtureText(path)) as unknown);
    const result = importGraph([fixture(path)]);
    expect(result.graph?.nodes).toHaveLength(nodes);
    expect(result.graph?.edges).toHaveLength(edges);
    expect(loaderErrors(result.graph!)).toEqual([]);
  }, 30_000);
});

test('Les Misérables (GEXF): labels, attributes, colours, sizes and positions (y up in Gephi, down here)', () => {
  const graph = importGraph([fixture('gexf/les-miserables.gexf')]).graph!;
  expect(graph.meta.title).toBe('Les Misérables, the characters coappearance weighted graph');
  const myriel = graph.nodes.find((node) => node.id === '0.0');
  expect(myriel).toMatchObject({ label: 'Myriel', position: { x: 268.72385, y: -91.18155 } });
  expect(myriel?.data).toMatchObject({ color: '#d8482d', size: 22.714287, Authority: 0.01880342, Hub: 0.01880342 });
  const weighted = graph.edges.filter((edge) => typeof edge.data?.weight === 'number');
  expect(weighted.length).toBeGreaterThan(0);
});

test('Gephi 0.8.1 (rio.gexf): the Category attribute becomes declared node types, each with its one colour', () => {
  const graph = importGraph([fixture('gexf/rio.gexf')]).graph!;
  expect(Object.keys(graph.nodeTypes).sort()).toEqual(['Deep Ecology', 'Green-economy', 'New Ecologism', 'Others', 'Social Ecology']);
  expect(graph.nodeTypes['Green-economy']).toEqual({ label: 'Green-economy', color: '#c55b36' });
  expect(graph.nodes.every((node) => node.data?.Category === undefined)).toBe(true);
});

test('GEXF defaults and typed attributes; a "url" attribute becomes a link', () => {
  const graph = importGraph([fixture('gexf/data.gexf')]).graph!;
  expect(graph.nodes[0]).toMatchObject({ label: 'Gephi', links: [{ url: 'http://gephi.org' }], data: { indegree: 1, frog: true } });
  expect(graph.nodes[3]?.data).toMatchObject({ frog: false });
  // Edge ids 0…4 repeat node ids 0…3: nodes and edges share one namespace.
  expect(graph.edges.map((edge) => edge.id)).toEqual(['edge-0', 'edge-1', 'edge-2', 'edge-3', 'edge-4']);
});

test("Gephi's GraphML: r/g/b, x/y, size and weight are read as colour, position, size and weight", () => {
  const graph = importGraph([fixture('graphml/miserables.graphml')]).graph!;
  const valjean = graph.nodes.find((node) => node.label === 'Valjean');
  expect(valjean?.position).toEqual({ x: -87.93029, y: 6.8120565 });
  expect(valjean?.data).toMatchObject({ color: '#f55b5b', size: 100, 'Modularity Class': 1 });
  expect(Object.keys(valjean?.data ?? {})).not.toContain('r');
  expect(graph.edgeTypes.link?.directed).toBe(false);
});

test('GraphML key defaults apply; a colour name that is not a colour stays as data', () => {
  const graph = importGraph([fixture('graphml/attributes.graphml')]).graph!;
  expect(graph.nodes.map((node) => node.data?.color)).toEqual(['green', 'yellow', 'blue', 'red', 'yellow', 'turquoise']);
});

test('yEd: y:NodeLabel inside data is the label, the geometry centre the position, the fill the colour; groups are kept as parents', () => {
  const graph = importGraph([fixture('graphml/yed-groups.graphml')]).graph!;
  const ivrea = graph.nodes.find((node) => node.id === 'n0');
  expect(ivrea).toMatchObject({
    label: 'Ivrea',
    description: expect.stringContaining('Ivrea is a town'),
    links: [{ url: 'https://www.comune.ivrea.to.it/' }],
    position: { x: 35, y: 113.37646484375 },
  });
  const group = graph.nodes.find((node) => node.id === 'n2');
  expect(group).toMatchObject({ label: 'Northern Italy', type: 'group' });
  expect(graph.nodes.find((node) => node.id === 'n2::n0')?.data?.parent).toBe('n2');
  expect(graph.edges.find((edge) => edge.id === 'e0')?.description).toBe('Length\t246 km (153 mi)');
});

test('Cytoscape desktop (.cyjs): node_type becomes the type, name the label, the rest data', () => {
  const graph = importGraph([fixture('cyjs/genemania.cyjs')]).graph!;
  expect(Object.keys(graph.nodeTypes).sort()).toEqual(['query', 'result']);
  const med6 = graph.nodes.find((node) => node.id === '296');
  expect(med6).toMatchObject({ type: 'result', label: 'H__sapiens__1_-Hs:5285773', position: { x: 147.454345703125, y: -30.69869613647461 } });
  expect(med6?.data).toMatchObject({ gene_name: 'MED6', SUID: 296 });
  expect(graph.edges[0]?.data?.networks).toEqual(['I2D-BioGRID-Yeast2Human', 'I2D-Krogan-Greenblatt-2006-Core-Yeast2Human']);
});

test('cy.json() output and a bare element array import the same graph', () => {
  const fromJson = importGraph([fixture('cyjs/cy-json.json')]).graph!;
  const fromArray = importGraph([fixture('cyjs/elements-array.json')]).graph!;
  expect(fromJson.nodes).toEqual(fromArray.nodes);
  expect(fromJson.edges).toEqual(fromArray.edges);
  expect(fromJson.nodes[0]).toMatchObject({ id: 'n40', position: { x: 50, y: 45 }, data: { weight: 53 } });
});

test('{ elements: [...] } with group fields is read too', () => {
  const text = JSON.stringify({ elements: [{ group: 'nodes', data: { id: 'a', label: 'A' } }, { group: 'nodes', data: { id: 'b', label: 'B' } }, { group: 'edges', data: { id: 'ab', source: 'a', target: 'b' } }] });
  const graph = importGraph([{ name: 'g.json', content: text }]).graph!;
  expect(graph.nodes.map((node) => node.label)).toEqual(['A', 'B']);
  expect(graph.edges).toMatchObject([{ id: 'ab', source: 'a', target: 'b' }]);
});

test('LibreOffice-saved CSV (no BOM, padded rows) imports the bundled graph with sources and quotes checked', () => {
  const result = importGraph(['csv/libreoffice/nodes.csv', 'csv/libreoffice/edges.csv', 'csv/libreoffice/sources.csv'].map(fixture));
  expect(result.problems.filter((problem) => problem.severity !== 'info')).toEqual([]);
  const graph = result.graph!;
  expect(graph.nodes).toHaveLength(count(fixtureText('csv/libreoffice/nodes.csv'), /\n(?=.)/g));
  expect(graph.edges).toHaveLength(count(fixtureText('csv/libreoffice/edges.csv'), /\n(?=.)/g));
  expect(graph.meta.languages).toEqual(['ar', 'en']);
  expect(graph.sources?.[0]?.text).toContain('روسيا وإيران');
  expect(loaderErrors(graph)).toEqual([]);
});

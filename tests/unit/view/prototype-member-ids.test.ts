// Ids that are names of Object.prototype members (`toString`, `constructor`, `__proto__`, …) are
// ordinary ids: as a node id, an edge id, a node type, an edge type, a status and a language tag,
// they load, index, search, filter, route, encode and read like any other.
import { describe, expect, test } from 'vitest';
import { loadGraphText, NODE_SHAPES, validateGraph, type GraphDocument } from '../../../src/format/index';
import { typeCounts, visibility } from '../../../src/model/filters';
import { KnowledgeGraph } from '../../../src/model/knowledge-graph';
import { resolveText } from '../../../src/model/localize';
import { neighbourhood } from '../../../src/model/neighbourhood';
import { shortestPaths } from '../../../src/model/path';
import { relationGroups } from '../../../src/model/relations';
import { SearchIndex } from '../../../src/model/search';
import { edgeTypeLabel, nodeTypeLabel, relationSentence, statusGlyph, statusLabel } from '../../../src/view/describe';
import { nodeColorScale, nodeShape, statusEncoding } from '../../../src/view/encodings';
import { highlightFor } from '../../../src/view/highlight';
import { THEMES } from '../../../src/view/theme';
import { buildGraphView } from '../../../src/view/view-model';
import { uiLanguage, uiStrings } from '../../../src/i18n/strings';

const MEMBERS = Object.getOwnPropertyNames(Object.prototype);

/** A loaded graph where `name` is a node id (or an edge id), a node type, an edge type and a status. */
function graphWith(name: string, as: 'node' | 'edge'): { kg: KnowledgeGraph; doc: GraphDocument } {
  const nodeId = as === 'node' ? name : 'a';
  const edgeId = as === 'edge' ? name : 'e';
  // Written as text, so `__proto__` is a plain key, as in a file.
  const text = JSON.stringify({
    format: 'kg-graph',
    version: 1,
    meta: { title: 'T', languages: ['en'], statuses: { [name]: { label: `status ${name}` } } },
    nodeTypes: { [name]: { label: `node type ${name}` }, plain: { label: 'plain', color: '#123456' } },
    edgeTypes: { [name]: { label: `edge type ${name}`, directed: true } },
    nodes: [
      { id: nodeId, type: name, label: `Node ${name}` },
      { id: 'b', type: 'plain', label: 'Bee' },
      { id: 'c', type: name, label: 'Sea' },
    ],
    edges: [
      { id: edgeId, type: name, source: nodeId, target: 'b', status: name },
      { id: 'e2', type: name, source: 'b', target: 'c' },
    ],
  });
  const result = loadGraphText(text);
  expect(result.problems, name).toEqual([]);
  if (!result.ok) throw new Error(`${name} did not load`);
  return { kg: KnowledgeGraph.from(result.graph), doc: result.graph };
}

describe.each(MEMBERS.map((name) => [name]))('%s', (name) => {
  test('as a node id, node type, edge type and status: loads, validates and is indexed', () => {
    const { kg, doc } = graphWith(name, 'node');
    expect(Object.hasOwn(doc.nodeTypes, name)).toBe(true);
    expect(validateGraph(doc).problems).toEqual([]);
    expect(kg.node(name)?.label).toBe(`Node ${name}`);
    expect(kg.has(name)).toBe(true);
    expect(kg.nodeType(name)?.label).toBe(`node type ${name}`);
    expect(kg.edgeType(name)?.label).toBe(`edge type ${name}`);
    expect(kg.incidentEdges(name).map((e) => e.id)).toEqual(['e']);
    expect(kg.neighbours(name)).toEqual(['b']);
    expect(kg.isDirected(kg.edge('e') as never)).toBe(true);
  });

  test('as a node id: search, filters, paths, neighbourhood and relations', () => {
    const { kg } = graphWith(name, 'node');
    expect(SearchIndex.build(kg).search(`Node ${name}`)[0]?.id).toBe(name);
    const counts = typeCounts(kg);
    expect(counts.nodeTypes.get(name)).toBe(2);
    expect(counts.edgeTypes.get(name)).toBe(2);
    expect(counts.statuses.get(name)).toBe(1);
    const hidden = visibility(kg, { hiddenNodeTypes: new Set([name]), hiddenEdgeTypes: new Set(), hiddenStatuses: new Set() });
    expect([hidden.node(name), hidden.node('b'), hidden.edge('e')]).toEqual([false, true, false]);
    const noStatus = visibility(kg, { hiddenNodeTypes: new Set(), hiddenEdgeTypes: new Set(), hiddenStatuses: new Set([name]) });
    expect([noStatus.edge('e'), noStatus.edge('e2')]).toEqual([false, true]);
    expect(shortestPaths(kg, name, 'c')).toEqual([{ nodes: [name, 'b', 'c'], edges: ['e', 'e2'] }]);
    expect([...neighbourhood(kg, name).nodes].sort()).toEqual([name, 'b'].sort());
    expect(relationGroups(kg, name).map((g) => [g.edgeType, g.direction, g.items.length])).toEqual([[name, 'out', 1]]);
    expect(highlightFor(kg, { kind: 'node', id: name }, [])?.selected.has(name)).toBe(true);
  });

  test('as a type and a status: encodings, words and the view model', () => {
    const { kg, doc } = graphWith(name, 'node');
    const encoding = statusEncoding(name);
    expect(encoding).toEqual({ firm: false, width: 1.8, marker: 'square', glyph: '□' });
    expect(statusGlyph(name)).toBe('□');
    expect(nodeTypeLabel(kg, name, 'en')).toBe(`node type ${name}`);
    expect(edgeTypeLabel(kg, name, 'en')).toBe(`edge type ${name}`);
    expect(statusLabel(kg, name, 'en')).toBe(`status ${name}`);
    expect(relationSentence(kg, kg.edge('e') as never, 'en', 'ltr')).toBe(`Node ${name} — edge type ${name} → Bee`);
    expect(nodeColorScale(doc.nodeTypes, THEMES.light.palette)(name)).toMatch(/^#[0-9a-f]{6}$/i);
    expect(NODE_SHAPES).toContain(nodeShape(name, kg.nodeType(name)));
    const view = buildGraphView(kg, 'en', THEMES.light);
    const node = view.nodes.find((n) => n.id === name);
    expect(node?.color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(NODE_SHAPES).toContain(node?.shape);
    expect(Number.isFinite(node?.size)).toBe(true);
    const edge = view.edges.find((e) => e.id === 'e');
    expect(edge).toMatchObject({ text: `edge type ${name}`, line: 'solid', status: name, directed: true });
    expect(Number.isFinite(edge?.encoding.width)).toBe(true);
  });

  test('as an edge id', () => {
    const { kg } = graphWith(name, 'edge');
    expect(kg.edge(name)?.source).toBe('a');
    expect(kg.has(name)).toBe(true);
    expect(shortestPaths(kg, 'a', 'c')[0]?.edges).toEqual([name, 'e2']);
    expect(highlightFor(kg, { kind: 'edge', id: name }, [])?.elements.edges.has(name)).toBe(true);
    expect(buildGraphView(kg, 'en', THEMES.light).edges.find((e) => e.id === name)?.encoding.width).toBe(1.8);
  });

  test('as a status or type the file does not declare: words fall back to the name itself', () => {
    const { kg } = graphWith('declared', 'node');
    expect(statusLabel(kg, name, 'en')).toBe(name);
    expect(nodeTypeLabel(kg, name, 'en')).toBe(name);
    expect(edgeTypeLabel(kg, name, 'en')).toBe(name);
    expect(statusEncoding(name).width).toBe(1.8);
  });

  test('as a language tag: used when it is a valid tag, refused with a problem when not', () => {
    const text = JSON.stringify({
      format: 'kg-graph',
      version: 1,
      meta: { title: { [name]: 'T' }, languages: [name] },
      nodeTypes: { t: { label: { [name]: 'T' } } },
      edgeTypes: { r: { label: { [name]: 'R' } } },
      nodes: [{ id: 'a', type: 't', label: { [name]: 'Ay' } }, { id: 'b', type: 't', label: { [name]: 'Bee' } }],
      edges: [{ id: 'e', type: 'r', source: 'a', target: 'b' }],
    });
    const result = loadGraphText(text);
    if (/^[A-Za-z]{2,8}$/.test(name)) {
      expect(result.problems).toEqual([]);
      if (!result.ok) throw new Error('not loaded');
      const kg = KnowledgeGraph.from(result.graph);
      expect(resolveText(kg.node('a')?.label, name, kg.languages)).toEqual({ text: 'Ay', lang: name });
      expect(SearchIndex.build(kg).search('Bee')[0]).toMatchObject({ id: 'b', lang: name });
      expect(statusLabel(kg, 'signed', name)).toBe('signed');
      expect(buildGraphView(kg, name, THEMES.light).nodes.map((n) => n.text)).toEqual(['Ay', 'Bee']);
    } else {
      expect(result.ok).toBe(false);
      expect(result.problems.map((p) => p.code)).toContain('invalid-language-tag');
    }
    // Whatever the tag, the UI language falls back to English.
    expect(uiLanguage(name)).toBe('en');
    expect(uiStrings(name)).toBe(uiStrings('en'));
    expect(statusLabel(graphWith('x', 'node').kg, 'none', name)).toBe(uiStrings('en').statusNone);
  });
});

test('the member names tested are the ones this engine has', () => {
  expect(MEMBERS).toEqual(expect.arrayContaining(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', '__lookupGetter__']));
});

/**
 * GraphML (yEd, Gephi, networkx, igraph). `<data>` values become attributes, typed as their
 * `<key>` declares, defaults applied. yEd keeps what it draws inside a `nodegraphics` or
 * `edgegraphics` data element: the label (`y:NodeLabel`, `y:EdgeLabel`), the box
 * (`y:Geometry`, whose centre is the position), the fill colour, the shape, the line style and
 * the arrows. Nested graphs (yEd groups) are flattened; a node keeps its group in `parent`.
 * Written with plain attribute keys (read by Gephi, networkx, igraph) and yEd graphics.
 */
import type { GraphDocument } from '../format/types';
import { flattenGraph, type FlattenOptions, type TargetAbilities } from './flatten';
import { ReportBuilder, type InterchangeProblem } from './report';
import type { AttributeValue, GraphTable, InputFile, OutputFile, TableEdge, TableElement } from './table';
import { hexToRgb, parseColor, toNumber } from './text';
import { attribute, attributes, child, children, descendant, descendants, parseXml, textOf, XmlEscaper, type ParsedXml, type XmlNode } from './xml';

const ARRAYS = new Set(['key', 'graph', 'node', 'edge', 'data', 'hyperedge', 'NodeLabel', 'EdgeLabel', 'GroupNode', 'Point']);

/** yEd's shapes ↔ the viewer's. */
const SHAPES_IN: Record<string, string> = {
  rectangle: 'rectangle', roundrectangle: 'round-rectangle', ellipse: 'ellipse', diamond: 'diamond', hexagon: 'hexagon', octagon: 'octagon',
  triangle: 'triangle', star5: 'star', star6: 'star', star8: 'star', parallelogram: 'rectangle', trapezoid: 'barrel', rectangle3d: 'rectangle',
};
const SHAPES_OUT: Record<string, string> = {
  rectangle: 'rectangle', 'round-rectangle': 'roundrectangle', ellipse: 'ellipse', diamond: 'diamond', hexagon: 'hexagon', octagon: 'octagon',
  triangle: 'triangle', 'round-triangle': 'triangle', star: 'star5', pentagon: 'octagon', tag: 'rectangle', barrel: 'trapezoid',
};
const LINES_IN: Record<string, string> = { line: 'solid', dashed: 'dashed', dotted: 'dotted', dashed_dotted: 'dashed' };

interface Key {
  readonly name: string;
  readonly type: string;
  readonly default?: string;
  /** yEd's `yfiles.type` (nodegraphics, edgegraphics, …) for keys that hold drawings. */
  readonly yfiles?: string;
}

function typedValue(text: string, type: string): AttributeValue {
  switch (type.toLowerCase()) {
    case 'int':
    case 'long':
    case 'float':
    case 'double':
      return toNumber(text) ?? text;
    case 'boolean':
      return text.trim() === 'true' ? true : text.trim() === 'false' ? false : text;
    default:
      return text;
  }
}

interface Graphics {
  label?: string;
  position?: { x: number; y: number };
  color?: string;
  shape?: string;
  /** Edges: false when neither end has an arrow. */
  directed?: boolean;
  line?: string;
}

/** What yEd drew for a node: the active realizer of a group, else the node's own drawing. */
function nodeGraphics(data: XmlNode, counts: { extraLabels: number }): Graphics {
  const realizers = descendant(data, 'Realizers');
  let drawing: XmlNode = data;
  if (realizers) {
    const groups = children(realizers, 'GroupNode');
    drawing = groups[toNumber(attribute(realizers, 'active')) ?? 0] ?? groups[0] ?? data;
  }
  const graphics: Graphics = {};
  const geometry = descendant(drawing, 'Geometry');
  const x = toNumber(attribute(geometry, 'x'));
  const y = toNumber(attribute(geometry, 'y'));
  const width = toNumber(attribute(geometry, 'width')) ?? 0;
  const height = toNumber(attribute(geometry, 'height')) ?? 0;
  if (x !== undefined && y !== undefined) graphics.position = { x: x + width / 2, y: y + height / 2 };
  const fill = descendant(drawing, 'Fill');
  const color = parseColor(attribute(fill, 'color') ?? '');
  if (color && attribute(fill, 'transparent') !== 'true') graphics.color = color;
  const shape = SHAPES_IN[attribute(descendant(drawing, 'Shape'), 'type') ?? ''];
  if (shape) graphics.shape = shape;
  const labels = descendants(drawing, 'NodeLabel').filter((label) => attribute(label, 'visible') !== 'false' && textOf(label).trim() !== '');
  if (labels[0]) graphics.label = textOf(labels[0]);
  counts.extraLabels += Math.max(0, labels.length - 1);
  return graphics;
}

function edgeGraphics(data: XmlNode): Graphics {
  const graphics: Graphics = {};
  const style = descendant(data, 'LineStyle');
  const color = parseColor(attribute(style, 'color') ?? '');
  if (color) graphics.color = color;
  const line = LINES_IN[attribute(style, 'type') ?? ''];
  if (line) graphics.line = line;
  const arrows = descendant(data, 'Arrows');
  if (arrows) graphics.directed = (attribute(arrows, 'target') ?? 'none') !== 'none' || (attribute(arrows, 'source') ?? 'none') !== 'none';
  const label = descendants(data, 'EdgeLabel').find((item) => textOf(item).trim() !== '');
  if (label) graphics.label = textOf(label);
  return graphics;
}

export function readGraphml(input: InputFile, report: ReportBuilder): GraphTable | undefined {
  const parsed = parseXml(input, report, ARRAYS);
  if (!parsed) return undefined;
  const graphml = child(parsed.root, 'graphml');
  const top = children(graphml, 'graph')[0];
  if (!graphml || !top) {
    report.error('graphml-no-graph', 'this is not a GraphML file: no <graphml> element with a <graph> inside', { file: input.name, line: 1, column: 1 });
    return undefined;
  }
  const keys = new Map<string, Key>();
  const defaults = { node: [] as [string, Key][], edge: [] as [string, Key][] };
  for (const key of children(graphml, 'key')) {
    const id = attribute(key, 'id');
    if (id === undefined) continue;
    const fallback = child(key, 'default');
    const declared: Key = {
      name: attribute(key, 'attr.name') ?? id,
      type: attribute(key, 'attr.type') ?? 'string',
      ...(fallback ? { default: textOf(fallback) } : {}),
      ...(attribute(key, 'yfiles.type') !== undefined ? { yfiles: attribute(key, 'yfiles.type') } : {}),
    };
    keys.set(id, declared);
    const domain = attribute(key, 'for') ?? 'all';
    if (declared.default !== undefined && declared.yfiles === undefined) {
      if (domain === 'node' || domain === 'all') defaults.node.push([id, declared]);
      if (domain === 'edge' || domain === 'all') defaults.edge.push([id, declared]);
    }
  }
  const counts = { extraLabels: 0, hyperedges: 0, ports: 0 };
  const nodes: TableElement[] = [];
  const edges: TableEdge[] = [];
  const dataOf = (element: XmlNode, kind: 'node' | 'edge'): { values: [string, AttributeValue][]; graphics: Graphics } => {
    const values: [string, AttributeValue][] = [];
    const seen = new Set<string>();
    let graphics: Graphics = {};
    for (const data of children(element, 'data')) {
      const id = attribute(data, 'key') ?? '';
      const key = keys.get(id);
      if (key?.yfiles === 'nodegraphics') graphics = nodeGraphics(data, counts);
      else if (key?.yfiles === 'edgegraphics') graphics = edgeGraphics(data);
      else if (key?.yfiles !== undefined) continue; // yEd's port and resource data: drawing details
      else {
        seen.add(id);
        const text = textOf(data);
        if (text !== '') values.push([key?.name ?? id, typedValue(text, key?.type ?? 'string')]);
      }
    }
    for (const [id, key] of defaults[kind]) if (!seen.has(id)) values.push([key.name, typedValue(key.default as string, key.type)]);
    return { values, graphics };
  };
  const readGraph = (graph: XmlNode, parent: string | undefined, directedDefault: boolean): void => {
    const directed = (attribute(graph, 'edgedefault') ?? (directedDefault ? 'directed' : 'undirected')) === 'directed';
    for (const node of children(graph, 'node')) {
      const id = attribute(node, 'id');
      const { values, graphics } = dataOf(node, 'node');
      if (graphics.label !== undefined && !values.some(([name]) => name.toLowerCase() === 'label')) values.unshift(['label', graphics.label]);
      // yEd marks group and folder nodes; that is their kind unless the file gives another.
      const folder = attribute(node, 'yfiles.foldertype');
      if (folder !== undefined && folder !== '' && !values.some(([name]) => name.toLowerCase() === 'type')) values.push(['type', folder]);
      if (node.port !== undefined) counts.ports++;
      nodes.push({
        attributes: values,
        origin: parsed.origin(node),
        ...(id !== undefined ? { id } : {}),
        // x and y keys (Gephi's, and this exporter's) are exact; yEd's box corner plus half its size may not be.
        ...(graphics.position && !['x', 'y'].every((axis) => values.some(([name, value]) => name.toLowerCase() === axis && typeof value === 'number')) ? { position: graphics.position } : {}),
        ...(graphics.color ? { color: graphics.color } : {}),
        ...(graphics.shape ? { shape: graphics.shape } : {}),
        ...(parent !== undefined ? { parent } : {}),
      });
      for (const nested of children(node, 'graph')) readGraph(nested, id, directed);
    }
    for (const edge of children(graph, 'edge')) readEdge(edge, directed, parsed);
    counts.hyperedges += children(graph, 'hyperedge').length;
  };
  const readEdge = (edge: XmlNode, directedDefault: boolean, xml: ParsedXml): void => {
    const source = attribute(edge, 'source');
    const target = attribute(edge, 'target');
    if (source === undefined || target === undefined) {
      report.error('graphml-edge-end', `the edge has no ${source === undefined ? 'source' : 'target'}`, xml.origin(edge));
      return;
    }
    const { values, graphics } = dataOf(edge, 'edge');
    if (graphics.label !== undefined && !values.some(([name]) => name.toLowerCase() === 'label')) values.unshift(['label', graphics.label]);
    const own = attribute(edge, 'directed');
    const directed = own !== undefined ? own === 'true' : graphics.directed ?? directedDefault;
    const id = attribute(edge, 'id');
    edges.push({
      source,
      target,
      directed,
      attributes: values,
      origin: xml.origin(edge),
      ...(id !== undefined ? { id } : {}),
      ...(graphics.color ? { color: graphics.color } : {}),
      ...(graphics.line ? { shape: graphics.line } : {}),
    });
  };
  const topDirected = (attribute(top, 'edgedefault') ?? 'directed') === 'directed';
  readGraph(top, undefined, topDirected);
  if (counts.extraLabels > 0) report.info('graphml-extra-labels', `${counts.extraLabels} extra yEd labels were left out; each node keeps its first visible label`, { file: input.name });
  if (counts.hyperedges > 0) report.warning('graphml-hyperedges', `${counts.hyperedges} hyperedges were left out: the format has edges between two nodes only`, { file: input.name });
  if (report.hasErrors) return undefined;
  const graphValues = dataOf(top, 'node').values;
  const title = graphValues.find(([name]) => /^(title|name|label)$/i.test(name))?.[1];
  const description = graphValues.find(([name]) => /^description$/i.test(name))?.[1];
  return {
    directed: topDirected,
    nodes,
    edges,
    ...(typeof title === 'string' && title.trim() !== '' ? { title } : {}),
    ...(typeof description === 'string' && description.trim() !== '' ? { description } : {}),
  };
}

// ── writing ──────────────────────────────────────────────────────────────────────────────

export const GRAPHML_ABILITIES: TargetAbilities = { name: 'GraphML', evidence: false, meta: true, structuredValues: false, nodeShapes: true, lineStyles: true };

function graphmlType(values: readonly AttributeValue[]): string {
  if (values.every((value) => typeof value === 'number')) return 'double';
  if (values.every((value) => typeof value === 'boolean')) return 'boolean';
  return 'string';
}

/** The graph as GraphML with yEd graphics, with what GraphML cannot hold. */
export function writeGraphml(graph: GraphDocument, options: FlattenOptions = {}): { files: OutputFile[]; problems: InterchangeProblem[] } {
  const flat = flattenGraph(graph, GRAPHML_ABILITIES, options);
  const report = new ReportBuilder();
  report.problems.push(...flat.problems);
  const { table, labels } = flat;
  const escape = new XmlEscaper();

  // Keys: one per attribute name and element kind; `label`, x and y, r g b, size and weight as Gephi names them.
  const keyLines: string[] = [];
  const keyIds = { node: new Map<string, string>(), edge: new Map<string, string>() };
  const declareKeys = (elements: readonly TableElement[], kind: 'node' | 'edge', extra: [string, AttributeValue[]][]): void => {
    const byName = new Map<string, AttributeValue[]>(extra);
    for (const element of elements) {
      for (const [name, value] of element.attributes) {
        let values = byName.get(name);
        if (!values) byName.set(name, (values = []));
        values.push(value);
      }
    }
    for (const [name, values] of byName) {
      const id = `${kind[0]}${keyIds[kind].size}`;
      keyIds[kind].set(name, id);
      keyLines.push(`  <key${attributes(escape, [['id', id], ['for', kind], ['attr.name', name], ['attr.type', graphmlType(values)]])}/>`);
    }
  };
  const nodeExtra: [string, AttributeValue[]][] = [['label', ['']]];
  if (table.nodes.some((node) => node.position)) nodeExtra.push(['x', [0]], ['y', [0]]);
  if (table.nodes.some((node) => node.color)) nodeExtra.push(['r', [0]], ['g', [0]], ['b', [0]]);
  if (table.nodes.some((node) => node.size !== undefined)) nodeExtra.push(['size', [0]]);
  declareKeys(table.nodes.map((node) => ({ ...node, attributes: node.attributes.filter(([name]) => !nodeExtra.some(([extra]) => extra === name)) })), 'node', nodeExtra);
  const edgeExtra: [string, AttributeValue[]][] = [];
  if (table.edges.some((edge) => labels.has(edge.id ?? ''))) edgeExtra.push(['label', ['']]);
  if (table.edges.some((edge) => edge.weight !== undefined)) edgeExtra.push(['weight', [0]]);
  declareKeys(table.edges.map((edge) => ({ ...edge, attributes: edge.attributes.filter(([name]) => !edgeExtra.some(([extra]) => extra === name)) })), 'edge', edgeExtra);
  keyLines.push('  <key for="node" id="yn" yfiles.type="nodegraphics"/>', '  <key for="edge" id="ye" yfiles.type="edgegraphics"/>');

  const dataLine = (kind: 'node' | 'edge', name: string, value: AttributeValue | undefined): string => {
    const id = keyIds[kind].get(name);
    if (id === undefined || value === undefined || value === null) return '';
    const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
    return `      <data key="${id}">${escape.text(text)}</data>\n`;
  };
  let approximateShapes = 0;
  const nodes = table.nodes.map((node) => {
    const label = labels.get(node.id ?? '') ?? node.id ?? '';
    let inner = dataLine('node', 'label', label);
    if (node.position) inner += dataLine('node', 'x', node.position.x) + dataLine('node', 'y', node.position.y);
    if (node.color) {
      const [r, g, b] = hexToRgb(node.color);
      inner += dataLine('node', 'r', r) + dataLine('node', 'g', g) + dataLine('node', 'b', b);
    }
    if (node.size !== undefined) inner += dataLine('node', 'size', node.size);
    for (const [name, value] of node.attributes) if (!nodeExtra.some(([extra]) => extra === name)) inner += dataLine('node', name, value);
    const size = node.size ?? 30;
    const shape = node.shape === undefined ? undefined : SHAPES_OUT[node.shape];
    if (node.shape !== undefined && (shape === undefined || SHAPES_IN[shape] !== node.shape)) approximateShapes++;
    inner += [
      '      <data key="yn">',
      '        <y:ShapeNode>',
      `          <y:Geometry${attributes(escape, [['height', size], ['width', size], ['x', (node.position?.x ?? 0) - size / 2], ['y', (node.position?.y ?? 0) - size / 2]])}/>`,
      `          <y:Fill color="${(node.color ?? '#cccccc').toUpperCase()}" transparent="false"/>`,
      `          <y:NodeLabel>${escape.text(label)}</y:NodeLabel>`,
      `          <y:Shape type="${shape ?? 'ellipse'}"/>`,
      '        </y:ShapeNode>',
      '      </data>',
    ].join('\n');
    return `    <node${attributes(escape, [['id', node.id]])}>\n${inner}\n    </node>`;
  });
  const edges = table.edges.map((edge) => {
    const label = labels.get(edge.id ?? '');
    let inner = label !== undefined ? dataLine('edge', 'label', label) : '';
    if (edge.weight !== undefined) inner += dataLine('edge', 'weight', edge.weight);
    for (const [name, value] of edge.attributes) if (!edgeExtra.some(([extra]) => extra === name)) inner += dataLine('edge', name, value);
    const line = edge.shape === 'dashed' ? 'dashed' : edge.shape === 'dotted' ? 'dotted' : 'line';
    inner += [
      '      <data key="ye">',
      '        <y:PolyLineEdge>',
      `          <y:LineStyle color="${(edge.color ?? '#000000').toUpperCase()}" type="${line}" width="1.0"/>`,
      `          <y:Arrows source="none" target="${edge.directed === false ? 'none' : 'standard'}"/>`,
      ...(label !== undefined ? [`          <y:EdgeLabel>${escape.text(label)}</y:EdgeLabel>`] : []),
      '        </y:PolyLineEdge>',
      '      </data>',
    ].join('\n');
    const directed = table.directed === (edge.directed !== false) ? undefined : String(edge.directed !== false);
    return `    <edge${attributes(escape, [['id', edge.id], ['source', edge.source], ['target', edge.target], ['directed', directed]])}>\n${inner}\n    </edge>`;
  });
  const graphData: string[] = [];
  if (table.title !== undefined || table.description !== undefined) {
    keyLines.unshift('  <key id="gt" for="graph" attr.name="title" attr.type="string"/>', '  <key id="gd" for="graph" attr.name="description" attr.type="string"/>');
    if (table.title !== undefined) graphData.push(`    <data key="gt">${escape.text(table.title)}</data>`);
    if (table.description !== undefined) graphData.push(`    <data key="gd">${escape.text(table.description)}</data>`);
  }
  const text = [
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:y="http://www.yworks.com/xml/graphml" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">',
    ...keyLines,
    `  <graph id="G" edgedefault="${table.directed ? 'directed' : 'undirected'}">`,
    ...graphData,
    ...nodes,
    ...edges,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
  if (approximateShapes > 0) report.warning('graphml-approximate-shapes', `${approximateShapes} nodes have shapes yEd draws only approximately`);
  if (escape.dropped > 0) report.warning('xml-characters-dropped', `${escape.dropped} characters that XML cannot hold were left out`);
  return { files: [{ name: 'graph.graphml', text }], problems: report.problems };
}

/**
 * GEXF (Gephi, Gephi Lite, sigma.js), versions 1.1 to 1.3. Node and edge attributes (typed as
 * declared, defaults applied) become attributes; `viz:` colour, position, size and shape become
 * the visual properties. Gephi's y axis points up and the viewer's down, so y changes sign on
 * the way in and out. Written as GEXF 1.3.
 */
import type { GraphDocument } from '../format/types';
import { flattenGraph, type FlattenOptions, type TargetAbilities } from './flatten';
import { ReportBuilder, type InterchangeProblem } from './report';
import type { AttributeValue, GraphTable, InputFile, OutputFile, TableEdge, TableElement } from './table';
import { hexToRgb, parseColor, rgbToHex, toNumber } from './text';
import { attribute, attributes, child, children, parseXml, textOf, XmlEscaper, type ParsedXml, type XmlNode } from './xml';

const ARRAYS = new Set(['attributes', 'attribute', 'node', 'edge', 'attvalue', 'spell', 'nodes', 'edges', 'graph']);

/** GEXF node shapes ↔ the viewer's. */
const SHAPES_IN: Record<string, string> = { disc: 'ellipse', square: 'rectangle', triangle: 'triangle', diamond: 'diamond' };
const SHAPES_OUT: Record<string, string> = { ellipse: 'disc', rectangle: 'square', 'round-rectangle': 'square', triangle: 'triangle', 'round-triangle': 'triangle', diamond: 'diamond' };

interface AttributeDeclaration {
  readonly title: string;
  readonly type: string;
  readonly default?: string;
}

function typedValue(text: string, type: string): AttributeValue {
  const lower = type.toLowerCase();
  if (['integer', 'long', 'float', 'double', 'short', 'byte', 'bigdecimal', 'biginteger'].includes(lower)) return toNumber(text) ?? text;
  if (lower === 'boolean') return text.trim() === 'true' ? true : text.trim() === 'false' ? false : text;
  if (lower.startsWith('list')) {
    const inner = text.trim().replace(/^\[(.*)\]$/s, '$1');
    const items = (text.trim().startsWith('[') ? inner.split(',') : inner.split('|')).map((item) => item.trim().replace(/^(["'])(.*)\1$/s, '$2')).filter((item) => item !== '');
    const itemType = lower.slice(4);
    return items.map((item) => typedValue(item, itemType)) as AttributeValue;
  }
  return text;
}

function declarations(graph: XmlNode, kind: 'node' | 'edge'): Map<string, AttributeDeclaration> {
  const declared = new Map<string, AttributeDeclaration>();
  for (const group of children(graph, 'attributes')) {
    if ((attribute(group, 'class') ?? 'node') !== kind) continue;
    for (const item of children(group, 'attribute')) {
      const id = attribute(item, 'id');
      if (id === undefined) continue;
      const fallback = child(item, 'default');
      declared.set(id, { title: attribute(item, 'title') ?? id, type: attribute(item, 'type') ?? 'string', ...(fallback ? { default: textOf(fallback) } : {}) });
    }
  }
  return declared;
}

function attributeValues(element: XmlNode, declared: Map<string, AttributeDeclaration>, counts: { dynamic: number; undeclared: number }): [string, AttributeValue][] {
  const values: [string, AttributeValue][] = [];
  const seen = new Set<string>();
  for (const group of children(element, 'attvalues')) {
    for (const item of children(group, 'attvalue')) {
      const key = attribute(item, 'for') ?? attribute(item, 'id');
      const text = attribute(item, 'value');
      if (key === undefined || text === undefined) continue;
      if (seen.has(key)) {
        counts.dynamic++;
        continue;
      }
      seen.add(key);
      const declaration = declared.get(key);
      if (!declaration) counts.undeclared++;
      values.push([declaration?.title ?? key, typedValue(text, declaration?.type ?? 'string')]);
    }
  }
  for (const [key, declaration] of declared) {
    if (!seen.has(key) && declaration.default !== undefined) values.push([declaration.title, typedValue(declaration.default, declaration.type)]);
  }
  return values;
}

function vizColor(element: XmlNode): string | undefined {
  const color = child(element, 'color');
  if (!color) return undefined;
  const hex = attribute(color, 'hex');
  return hex !== undefined ? parseColor(hex) : rgbToHex(attribute(color, 'r'), attribute(color, 'g'), attribute(color, 'b'));
}

export function readGexf(input: InputFile, report: ReportBuilder): GraphTable | undefined {
  const parsed = parseXml(input, report, ARRAYS);
  if (!parsed) return undefined;
  const gexf = child(parsed.root, 'gexf');
  const graph = children(gexf, 'graph')[0];
  if (!gexf || !graph) {
    report.error('gexf-no-graph', 'this is not a GEXF file: no <gexf> element with a <graph> inside', { file: input.name, line: 1, column: 1 });
    return undefined;
  }
  const counts = { dynamic: 0, undeclared: 0 };
  const nodeDeclared = declarations(graph, 'node');
  const edgeDeclared = declarations(graph, 'edge');
  const nodes: TableElement[] = [];
  const readNodes = (container: XmlNode, parent: string | undefined): void => {
    for (const list of children(container, 'nodes')) {
      for (const node of children(list, 'node')) {
        const id = attribute(node, 'id');
        const values: [string, AttributeValue][] = [];
        const label = attribute(node, 'label');
        if (label !== undefined) values.push(['label', label]);
        values.push(...attributeValues(node, nodeDeclared, counts));
        const position = child(node, 'position');
        const x = toNumber(attribute(position, 'x'));
        const y = toNumber(attribute(position, 'y'));
        const color = vizColor(node);
        const size = toNumber(attribute(child(node, 'size'), 'value'));
        const shape = SHAPES_IN[attribute(child(node, 'shape'), 'value') ?? ''];
        const pid = attribute(node, 'pid') ?? parent;
        nodes.push({
          attributes: values,
          origin: parsed.origin(node),
          ...(id !== undefined ? { id } : {}),
          ...(x !== undefined && y !== undefined ? { position: { x, y: y === 0 ? 0 : -y } } : {}),
          ...(color ? { color } : {}),
          ...(size !== undefined ? { size } : {}),
          ...(shape ? { shape } : {}),
          ...(pid !== undefined ? { parent: pid } : {}),
        });
        readNodes(node, id);
      }
    }
  };
  readNodes(graph, undefined);
  const defaultType = attribute(graph, 'defaultedgetype') ?? 'undirected';
  const edges: TableEdge[] = [];
  for (const list of children(graph, 'edges')) {
    for (const edge of children(list, 'edge')) {
      const source = attribute(edge, 'source');
      const target = attribute(edge, 'target');
      if (source === undefined || target === undefined) {
        report.error('gexf-edge-end', `the edge has no ${source === undefined ? 'source' : 'target'}`, parsed.origin(edge));
        continue;
      }
      const values: [string, AttributeValue][] = [];
      const label = attribute(edge, 'label');
      if (label !== undefined) values.push(['label', label]);
      const kind = attribute(edge, 'kind');
      if (kind !== undefined) values.push(['kind', kind]);
      values.push(...attributeValues(edge, edgeDeclared, counts));
      const type = attribute(edge, 'type');
      const id = attribute(edge, 'id');
      const weight = toNumber(attribute(edge, 'weight'));
      const color = vizColor(edge);
      const thickness = toNumber(attribute(child(edge, 'thickness'), 'value'));
      if (thickness !== undefined) values.push(['thickness', thickness]);
      const line = attribute(child(edge, 'shape'), 'value');
      edges.push({
        source,
        target,
        attributes: values,
        origin: parsed.origin(edge),
        ...(id !== undefined ? { id } : {}),
        ...(type !== undefined ? { directed: type === 'directed' } : {}),
        ...(weight !== undefined ? { weight } : {}),
        ...(color ? { color } : {}),
        ...(line && ['solid', 'dotted', 'dashed'].includes(line) ? { shape: line } : {}),
      });
    }
  }
  if (counts.dynamic > 0) report.info('gexf-dynamic-not-kept', `${counts.dynamic} attribute values for other time spans were left out; the first value of each attribute is kept`, { file: input.name });
  if (report.hasErrors) return undefined;
  return { directed: defaultType === 'directed', nodes, edges, ...metaOf(gexf, parsed) };
}

function metaOf(gexf: XmlNode, _parsed: ParsedXml): { title?: string; description?: string } {
  const meta = child(gexf, 'meta');
  if (!meta) return {};
  // GEXF spells these in lower case; some writers capitalise them (Les Misérables has <Title>).
  const field = (name: string): string | undefined => {
    const node = child(meta, name) ?? child(meta, name[0]?.toUpperCase() + name.slice(1));
    const text = node ? textOf(node).trim() : '';
    return text === '' ? undefined : text;
  };
  const title = field('title');
  const description = field('description');
  return { ...(title ? { title } : {}), ...(description ? { description } : {}) };
}

// ── writing ──────────────────────────────────────────────────────────────────────────────

export const GEXF_ABILITIES: TargetAbilities = { name: 'GEXF', evidence: false, meta: true, structuredValues: false, nodeShapes: true, lineStyles: true };

function gexfType(values: readonly AttributeValue[]): string {
  if (values.every((value) => typeof value === 'number')) return 'double';
  if (values.every((value) => typeof value === 'boolean')) return 'boolean';
  return 'string';
}

function declare(elements: readonly TableElement[], kind: 'node' | 'edge', escape: XmlEscaper): { xml: string; names: string[] } {
  const byName = new Map<string, AttributeValue[]>();
  for (const element of elements) {
    for (const [name, value] of element.attributes) {
      // A node's label is the <node label>; an edge's label and kind are attributes of <edge>.
      let values = byName.get(name);
      if (!values) byName.set(name, (values = []));
      values.push(value);
    }
  }
  const names = [...byName.keys()];
  if (names.length === 0) return { xml: '', names };
  const lines = names.map((name) => `      <attribute${attributes(escape, [['id', name], ['title', name], ['type', gexfType(byName.get(name) ?? [])]])}/>`);
  return { xml: `    <attributes class="${kind}" mode="static">\n${lines.join('\n')}\n    </attributes>\n`, names };
}

function attvalues(element: TableElement, escape: XmlEscaper): string {
  if (element.attributes.length === 0) return '';
  const lines = element.attributes.map(([name, value]) => `          <attvalue${attributes(escape, [['for', name], ['value', typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value)]])}/>`);
  return `        <attvalues>\n${lines.join('\n')}\n        </attvalues>\n`;
}

function vizColorOut(color: string | undefined): string {
  if (color === undefined) return '';
  const [r, g, b] = hexToRgb(color);
  return `        <viz:color r="${r}" g="${g}" b="${b}"/>\n`;
}

/** The graph as GEXF 1.3, with what GEXF cannot hold. */
export function writeGexf(graph: GraphDocument, options: FlattenOptions = {}): { files: OutputFile[]; problems: InterchangeProblem[] } {
  const flat = flattenGraph(graph, GEXF_ABILITIES, options);
  const report = new ReportBuilder();
  report.problems.push(...flat.problems);
  const { table, labels } = flat;
  const escape = new XmlEscaper();
  let approximateShapes = 0;
  const nodeDeclarations = declare(table.nodes, 'node', escape);
  const edgeDeclarations = declare(table.edges, 'edge', escape);
  const nodes = table.nodes.map((node) => {
    let inner = attvalues(node, escape) + vizColorOut(node.color);
    if (node.position) inner += `        <viz:position x="${node.position.x}" y="${node.position.y === 0 ? 0 : -node.position.y}" z="0"/>\n`;
    if (node.size !== undefined) inner += `        <viz:size value="${node.size}"/>\n`;
    if (node.shape !== undefined) {
      const shape = SHAPES_OUT[node.shape];
      if (shape === undefined || SHAPES_IN[shape] !== node.shape) approximateShapes++;
      if (shape !== undefined) inner += `        <viz:shape value="${shape}"/>\n`;
    }
    const open = `      <node${attributes(escape, [['id', node.id], ['label', labels.get(node.id ?? '') ?? node.id]])}`;
    return inner === '' ? `${open}/>` : `${open}>\n${inner}      </node>`;
  });
  const edges = table.edges.map((edge) => {
    let inner = attvalues(edge, escape) + vizColorOut(edge.color);
    if (edge.shape !== undefined) inner += `        <viz:shape value="${edge.shape}"/>\n`;
    const open = `      <edge${attributes(escape, [
      ['id', edge.id],
      ['source', edge.source],
      ['target', edge.target],
      // The default is undirected as soon as one edge is; directed edges then say so.
      ['type', table.directed || edge.directed === false ? undefined : 'directed'],
      ['label', labels.get(edge.id ?? '')],
      ['weight', edge.weight],
    ])}`;
    return inner === '' ? `${open}/>` : `${open}>\n${inner}      </edge>`;
  });
  const meta = [`    <creator>kg-viewer</creator>`];
  if (table.title !== undefined) meta.push(`    <title>${escape.text(table.title)}</title>`);
  if (table.description !== undefined) meta.push(`    <description>${escape.text(table.description)}</description>`);
  const updated = graph.meta.updated;
  const text = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta${updated !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(updated) ? ` lastmodifieddate="${updated}"` : ''}>`,
    ...meta,
    '  </meta>',
    `  <graph defaultedgetype="${table.directed ? 'directed' : 'undirected'}" mode="static">`,
    `${nodeDeclarations.xml}${edgeDeclarations.xml}    <nodes>`,
    ...nodes.map((line) => `  ${line}`),
    '    </nodes>',
    '    <edges>',
    ...edges.map((line) => `  ${line}`),
    '    </edges>',
    '  </graph>',
    '</gexf>',
    '',
  ].join('\n');
  if (approximateShapes > 0) report.warning('gexf-approximate-shapes', `${approximateShapes} nodes have shapes GEXF only knows approximately (disc, square, triangle, diamond)`);
  if (escape.dropped > 0) report.warning('xml-characters-dropped', `${escape.dropped} characters that XML cannot hold were left out`);
  return { files: [{ name: 'graph.gexf', text }], problems: report.problems };
}

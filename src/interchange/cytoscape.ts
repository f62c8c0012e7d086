/**
 * Cytoscape JSON: `.cyjs` from Cytoscape desktop (`{ data, elements: { nodes, edges } }`) and
 * what `cy.json()` and cytoscape.js apps write (`{ elements: [...] }`, `{ elements: { nodes, edges } }`,
 * or a bare element array). Read with the project's own JSON parser, so problems are located
 * by line and column. `data` fields become attributes; `position` the position.
 */
import { parseJson } from '../format/json/parse';
import { serializeJson } from '../format/serialize';
import { DEFAULT_LIMITS } from '../format/limits';
import { LINE_STYLES, NODE_SHAPES, type GraphDocument } from '../format/types';
import { decodeText } from './decode';
import { flattenGraph, type FlattenOptions, type TargetAbilities } from './flatten';
import { ReportBuilder, type InterchangeProblem, type Origin } from './report';
import type { AttributeValue, GraphTable, InputFile, OutputFile, TableEdge, TableElement } from './table';
import { makeRecord, toNumber } from './text';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Element fields that are view state (selection, grabbing), not data. */
const VIEW_STATE = new Set(['group', 'selected', 'selectable', 'locked', 'grabbable', 'grabbed', 'pannable', 'removed', 'renderedPosition', 'scratch']);
/** Top-level cy.json() fields that describe the view. */
const VIEW_FIELDS = new Set(['style', 'zoom', 'pan', 'minZoom', 'maxZoom', 'zoomingEnabled', 'userZoomingEnabled', 'panningEnabled', 'userPanningEnabled', 'boxSelectionEnabled', 'autolock', 'autoungrabify', 'autounselectify', 'renderer', 'layout']);

export function readCytoscape(input: InputFile, report: ReportBuilder): GraphTable | undefined {
  const file = input.name;
  const text = decodeText(input, report);
  if (text === undefined) return undefined;
  const parsed = parseJson(text, { maxDepth: DEFAULT_LIMITS.maxDepth });
  const at = (pointer: string): Origin => ({ file, ...parsed.locations.positionOf(pointer) });
  for (const issue of parsed.issues) {
    const { line, column } = parsed.locations.lineColumn(issue.offset);
    report.error(issue.code, issue.message, { file, line, column });
  }
  if (parsed.fatal || report.hasErrors) return undefined;
  const root = parsed.value;

  // Where the elements are, and under which pointer.
  let list: { value: unknown; pointer: string; group?: 'nodes' | 'edges' }[] = [];
  const collect = (value: unknown, pointer: string, group?: 'nodes' | 'edges'): void => {
    if (Array.isArray(value)) list.push(...value.map((element, index) => ({ value: element, pointer: `${pointer}/${index}`, ...(group ? { group } : {}) })));
  };
  if (Array.isArray(root)) collect(root, '');
  else if (isObject(root)) {
    const elements = root.elements;
    if (Array.isArray(elements)) collect(elements, '/elements');
    else if (isObject(elements)) {
      collect(elements.nodes, '/elements/nodes', 'nodes');
      collect(elements.edges, '/elements/edges', 'edges');
    } else if (Array.isArray(root.nodes) || Array.isArray(root.edges)) {
      collect(root.nodes, '/nodes', 'nodes');
      collect(root.edges, '/edges', 'edges');
    }
    const view = Object.keys(root).filter((key) => VIEW_FIELDS.has(key));
    if (view.length > 0) report.info('view-not-kept', `the view settings (${view.join(', ')}) are not kept: the viewer styles graphs from their types`, { file });
  }
  if (list.length === 0 && !(isObject(root) && (isObject(root.elements) || Array.isArray(root.elements)))) {
    report.error('cyjs-no-elements', 'this is not Cytoscape JSON: no "elements" (nodes and edges) found', { file, line: 1, column: 1 });
    return undefined;
  }
  list = list.filter(({ value, pointer }) => {
    if (isObject(value) && isObject(value.data)) return true;
    report.error('cyjs-bad-element', 'an element needs a "data" object', at(pointer));
    return false;
  });
  if (report.hasErrors) return undefined;

  const nodes: TableElement[] = [];
  const edges: TableEdge[] = [];
  let viewState = 0;
  for (const { value, pointer, group } of list) {
    const element = value as Record<string, unknown>;
    const data = element.data as Record<string, unknown>;
    const isEdge = group === 'edges' || element.group === 'edges' || (group === undefined && element.group !== 'nodes' && data.source !== undefined && data.target !== undefined);
    const attributes: [string, AttributeValue][] = [];
    const skip = isEdge ? ['id', 'source', 'target', 'parent', 'line'] : ['id', 'parent', 'shape'];
    for (const [key, field] of Object.entries(data)) if (!skip.includes(key)) attributes.push([key, field as AttributeValue]);
    if (element.classes !== undefined && element.classes !== '' && !(Array.isArray(element.classes) && element.classes.length === 0)) {
      attributes.push(['classes', Array.isArray(element.classes) ? element.classes.join(' ') : (element.classes as AttributeValue)]);
    }
    if (Object.keys(element).some((key) => VIEW_STATE.has(key) && key !== 'group')) viewState++;
    const id = data.id === undefined || data.id === null ? undefined : String(data.id);
    const parent = data.parent === undefined || data.parent === null ? undefined : String(data.parent);
    const common = { attributes, origin: at(pointer), ...(id !== undefined ? { id } : {}), ...(parent !== undefined ? { parent } : {}) };
    if (isEdge) {
      if (data.source === undefined || data.target === undefined || data.source === null || data.target === null) {
        report.error('cyjs-edge-end', `the edge has no ${data.source == null ? 'source' : 'target'}`, at(`${pointer}/data`));
        continue;
      }
      const line = typeof data.line === 'string' && (LINE_STYLES as readonly string[]).includes(data.line) ? data.line : undefined;
      if (data.line !== undefined && line === undefined) attributes.push(['line', data.line as AttributeValue]);
      edges.push({ ...common, source: String(data.source), target: String(data.target), ...(line ? { shape: line } : {}) });
    } else {
      const position = isObject(element.position) ? { x: toNumber(element.position.x), y: toNumber(element.position.y) } : undefined;
      const shape = typeof data.shape === 'string' && (NODE_SHAPES as readonly string[]).includes(data.shape) ? data.shape : undefined;
      if (data.shape !== undefined && shape === undefined) attributes.push(['shape', data.shape as AttributeValue]);
      nodes.push({ ...common, ...(position && position.x !== undefined && position.y !== undefined ? { position: { x: position.x, y: position.y } } : {}), ...(shape ? { shape } : {}) });
    }
  }
  if (viewState > 0) report.info('view-state-not-kept', `${viewState} elements carry view state (selected, locked, grabbable…), which is not kept`, { file });
  if (report.hasErrors) return undefined;
  const graphData = isObject(root) && isObject(root.data) ? root.data : {};
  const title = typeof graphData.title === 'string' ? graphData.title : typeof graphData.name === 'string' ? graphData.name : undefined;
  const description = typeof graphData.description === 'string' ? graphData.description : undefined;
  return { directed: true, nodes, edges, ...(title ? { title } : {}), ...(description ? { description } : {}) };
}

export const CYTOSCAPE_ABILITIES: TargetAbilities = { name: 'Cytoscape JSON', evidence: false, meta: true, structuredValues: true, nodeShapes: true, lineStyles: true };

/** The graph as Cytoscape desktop's `.cyjs` (also what cytoscape.js reads with `cy.json(…)` or `cy.add(…)`). */
export function writeCytoscape(graph: GraphDocument, options: FlattenOptions = {}): { files: OutputFile[]; problems: InterchangeProblem[] } {
  const flat = flattenGraph(graph, CYTOSCAPE_ABILITIES, options);
  const { table, labels } = flat;
  const data = (element: TableElement, first: [string, unknown][], renames: Record<string, string> = {}): Record<string, unknown> =>
    makeRecord([...first, ...element.attributes.map(([key, value]) => [renames[key] ?? key, value] as [string, unknown])]);
  const nodes = table.nodes.map((node) => {
    const fields: [string, unknown][] = [['id', node.id], ['name', labels.get(node.id ?? '') ?? node.id]];
    if (node.color !== undefined) fields.push(['color', node.color]);
    if (node.size !== undefined) fields.push(['size', node.size]);
    if (node.shape !== undefined) fields.push(['shape', node.shape]);
    const element: [string, unknown][] = [['data', data(node, fields)]];
    if (node.position) element.push(['position', makeRecord([['x', node.position.x], ['y', node.position.y]])]);
    return makeRecord(element);
  });
  const edges = table.edges.map((edge) => {
    const fields: [string, unknown][] = [['id', edge.id], ['source', edge.source], ['target', edge.target]];
    if (edge.directed === false) fields.push(['directed', false]);
    if (edge.color !== undefined) fields.push(['color', edge.color]);
    if (edge.weight !== undefined) fields.push(['weight', edge.weight]);
    if (edge.shape !== undefined) fields.push(['line', edge.shape]);
    // Cytoscape desktop calls the kind of a relation its "interaction".
    return makeRecord([['data', data(edge, fields, { type: 'interaction' })]]);
  });
  const graphData: [string, unknown][] = [['name', table.title ?? 'graph']];
  if (table.description !== undefined) graphData.push(['description', table.description]);
  const document = makeRecord([
    ['format_version', '1.0'],
    ['generated_by', 'kg-viewer'],
    ['target_cytoscapejs_version', '~2.1'],
    ['data', makeRecord(graphData)],
    ['elements', makeRecord([['nodes', nodes], ['edges', edges]])],
  ]);
  return { files: [{ name: 'graph.cyjs', text: serializeJson(document) }], problems: [...flat.problems] };
}

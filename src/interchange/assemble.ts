/**
 * Table → graph document: the one place that decides what attribute names mean (see
 * conventions.ts), hands out ids the loader accepts, declares the types the elements use, and
 * then runs the project's loader over the result. Loader problems are reported where the
 * element came from (`nodes.csv:5:3`), so an import never writes a file the loader refuses.
 */
import { isBlank } from '../format/characters';
import { BUILTIN_STATUSES, LINE_STYLES, NODE_SHAPES, type GraphDocument, type LocalizedText } from '../format/types';
import { validateGraph } from '../format/load';
import * as names from './conventions';
import { ReportBuilder, type InterchangeProblem, type Origin } from './report';
import type { AttributeValue, GraphTable, TableElement } from './table';
import { IdSpace, languageColumn, makeRecord, parseColor, rgbToHex, splitList, toNumber } from './text';

export interface AssembleOptions {
  /** Language of text that does not say its language (a plain `label`); default: the first `label_<lang>` found, else `en`. */
  readonly language?: string;
  /** The graph's title; default: the file's own title, else `fallbackTitle`. */
  readonly title?: string;
  /** Title when neither the option nor the file gives one (the CLI passes the file name). */
  readonly fallbackTitle?: string;
}

export interface AssembleResult {
  /** The document, when the loader accepts it (no errors). */
  readonly graph?: GraphDocument;
  readonly problems: readonly InterchangeProblem[];
}

export const DEFAULT_NODE_TYPE = 'node';
export const DEFAULT_EDGE_TYPE = 'link';

/** Attribute lookup by lower-cased name, remembering which names were read. */
class Attributes {
  readonly #byName = new Map<string, { name: string; value: AttributeValue }>();
  readonly #used = new Set<string>();
  constructor(readonly element: TableElement) {
    for (const [name, value] of element.attributes) {
      const key = name.toLowerCase();
      if (!this.#byName.has(key)) this.#byName.set(key, { name, value });
    }
  }
  /** The value of the first present (non-empty) name; marks it read. */
  take(...candidates: readonly string[]): AttributeValue | undefined {
    for (const candidate of candidates) {
      const entry = this.#byName.get(candidate.toLowerCase());
      if (entry && !isEmpty(entry.value)) {
        this.#used.add(candidate.toLowerCase());
        return entry.value;
      }
    }
    return undefined;
  }
  /** The value of the first present (non-empty) name, without marking it read. */
  peek(...candidates: readonly string[]): AttributeValue | undefined {
    for (const candidate of candidates) {
      const entry = this.#byName.get(candidate.toLowerCase());
      if (entry && !isEmpty(entry.value)) return entry.value;
    }
    return undefined;
  }
  /** Text of the first present name. */
  text(...candidates: readonly string[]): string | undefined {
    const value = this.take(...candidates);
    return value === undefined ? undefined : valueText(value);
  }
  /** Where an attribute came from (a spreadsheet cell), else the element. */
  origin(name: string): Origin {
    const entry = this.#byName.get(name.toLowerCase());
    return (entry && this.element.attributeOrigins?.get(entry.name)) ?? this.element.origin;
  }
  /**
   * `base` and `base_<lang>` attributes as [lang, text] pairs (plain `base` in `defaultLang`);
   * marks them read. A plain `base` that repeats a `base_<lang>` text is dropped: formats with
   * one native label slot carry the first language there too, whatever `defaultLang` is.
   */
  localized(base: string, defaultLang: string): [string, string][] {
    const suffixed: [string, string][] = [];
    let plain: string | undefined;
    for (const [key, { name, value }] of this.#byName) {
      if (isEmpty(value)) continue;
      if (key === base) plain = valueText(value);
      else {
        const column = languageColumn(name, [base]);
        if (!column) continue;
        suffixed.push([column.lang, valueText(value)]);
      }
      this.#used.add(key);
    }
    if (plain === undefined || suffixed.some(([, text]) => text.trim() === plain?.trim())) return suffixed;
    return [[defaultLang, plain], ...suffixed];
  }
  /** Numbered groups: `quote`, `quote_2`, … → index 1, 2, … */
  numbered(base: string): Map<number, string> {
    const result = new Map<number, string>();
    for (const [key, { value }] of this.#byName) {
      const match = key === base ? ['', '1'] : new RegExp(`^${base}_(\\d+)$`).exec(key);
      if (!match || isEmpty(value)) continue;
      result.set(Number(match[1]), valueText(value));
      this.#used.add(key);
    }
    return result;
  }
  /** Attributes nobody read, in file order, with a `data.` prefix removed. */
  rest(): [string, AttributeValue][] {
    const rest: [string, AttributeValue][] = [];
    const seen = new Set<string>();
    for (const [name, value] of this.element.attributes) {
      const key = name.toLowerCase();
      if (this.#used.has(key) || seen.has(key) || isEmpty(value)) continue;
      seen.add(key);
      const field = name.startsWith(names.DATA_PREFIX) && name.length > names.DATA_PREFIX.length ? name.slice(names.DATA_PREFIX.length) : name;
      rest.push([field, value]);
    }
    return rest;
  }
}

function isEmpty(value: AttributeValue | undefined): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function valueText(value: AttributeValue): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'string' ? item : JSON.stringify(item))).join(' | ');
  return JSON.stringify(value);
}

/** A label: one line, no control characters (the loader refuses them in labels). */
function labelText(text: string, counts: Counts): string {
  // eslint-disable-next-line no-control-regex -- controls are what a label may not carry
  const clean = text.replace(/\s*[\r\n\t]+\s*/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '').trim();
  if (clean !== text.trim()) counts.labelsJoined++;
  return clean;
}

/** A description: line feeds and tabs kept, other control characters removed. */
function descriptionText(text: string): string {
  // eslint-disable-next-line no-control-regex -- controls other than \n and \t are not allowed in descriptions
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '').trim();
}

function localizedOf(pairs: readonly [string, string][], defaultLang: string): LocalizedText | undefined {
  const kept = pairs.filter(([, text]) => !isBlank(text));
  if (kept.length === 0) return undefined;
  if (kept.length === 1 && kept[0]?.[0] === defaultLang) return kept[0][1];
  return makeRecord(kept) as LocalizedText;
}

interface Counts {
  labelsJoined: number;
  labelsFromId: number;
  idsChanged: number;
  nodesCreated: string[];
  unknownStatuses: Set<string>;
  stubSources: string[];
}

const SAFE_URL = /^(https?:|mailto:)/i;
function isSafeUrl(text: string): boolean {
  if (!SAFE_URL.test(text.trim())) return false;
  try {
    const url = new URL(text.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:';
  } catch {
    return false;
  }
}

const DATE = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Per-type visual values, declared on the type only when every element of the type agrees. */
class Uniform {
  readonly #values = new Map<string, Set<string | undefined>>();
  note(type: string, value: string | undefined): void {
    let set = this.#values.get(type);
    if (!set) this.#values.set(type, (set = new Set()));
    set.add(value);
  }
  /** The one value every element of `type` has, if any. */
  of(type: string): string | undefined {
    const set = this.#values.get(type);
    if (!set || set.size !== 1) return undefined;
    return [...set][0];
  }
}

/** Builds the document from a table; runs the loader over it. */
export function assembleGraph(table: GraphTable, options: AssembleOptions = {}): AssembleResult {
  const report = new ReportBuilder();
  const counts: Counts = { labelsJoined: 0, labelsFromId: 0, idsChanged: 0, nodesCreated: [], unknownStatuses: new Set(), stubSources: [] };
  const origins = new Map<string, Origin>(); // pointer → where it came from

  const nodeAttributes = table.nodes.map((node) => new Attributes(node));
  const edgeAttributes = table.edges.map((edge) => new Attributes(edge));
  const sourceAttributes = (table.sources ?? []).map((source) => new Attributes(source));
  const defaultLang = options.language ?? firstLanguage([...nodeAttributes, ...edgeAttributes]) ?? 'en';
  const languages = [defaultLang];
  const noteLanguage = (lang: string): void => {
    if (!languages.includes(lang)) languages.push(lang);
  };

  // ── sources (spreadsheets only) ──
  const sourceIds = new IdSpace();
  const sources: Record<string, unknown>[] = [];
  const sourceByRaw = new Map<string, string>();
  sourceAttributes.forEach((attributes, index) => {
    const raw = attributes.text('id') ?? '';
    const id = sourceIds.claim(raw, `source-${index + 1}`);
    if (raw !== '' && !sourceByRaw.has(raw)) sourceByRaw.set(raw, id);
    const title = attributes.localized(names.TITLE, defaultLang).map(([lang, text]) => [lang, labelText(text, counts)] as [string, string]);
    title.forEach(([lang]) => noteLanguage(lang));
    const fields: [string, unknown][] = [['id', id]];
    const titleText = localizedOf(title, defaultLang);
    if (titleText !== undefined) fields.push(['title', titleText]);
    for (const field of ['lang', 'url', 'published'] as const) {
      const value = attributes.text(field);
      if (value !== undefined) fields.push([field, value.trim()]);
    }
    const text = attributes.take('text');
    if (text !== undefined) fields.push(['text', valueText(text).replace(/\r\n?/g, '\n')]);
    for (const [name, value] of attributes.rest()) fields.push([name, value]);
    sources.push(makeRecord(fields));
    origins.set(`/sources/${index}`, attributes.element.origin);
  });

  // ── node ids first, so edges, topics and attributions can find them ──
  const ids = new IdSpace();
  const nodeByRaw = new Map<string, string>();
  const nodeIds = table.nodes.map((node, index) => {
    const attributes = nodeAttributes[index] as Attributes;
    const raw = node.id ?? attributes.text('id');
    const id = ids.claim(raw ?? attributes.text(names.LABEL, names.NAME), `node-${index + 1}`);
    if (raw !== undefined && raw !== id) {
      if (nodeByRaw.has(raw)) report.warning('duplicate-node-id', `a second node has id "${raw}"; it is kept as "${id}" and edges go to the first`, node.origin);
      else counts.idsChanged++;
    }
    if (raw !== undefined && !nodeByRaw.has(raw)) nodeByRaw.set(raw, id);
    nodeByRaw.set(id, nodeByRaw.get(id) ?? id);
    return id;
  });

  // Edges may name nodes the node list lacks (an edges-only spreadsheet): those are created.
  const extraNodes: { id: string; raw: string; origin: Origin }[] = [];
  const nodeFor = (raw: string, origin: Origin): string => {
    const known = nodeByRaw.get(raw);
    if (known !== undefined) return known;
    const id = ids.claim(raw, `node-${table.nodes.length + extraNodes.length + 1}`);
    nodeByRaw.set(raw, id);
    extraNodes.push({ id, raw, origin });
    counts.nodesCreated.push(raw);
    return id;
  };

  // ── nodes ──
  const nodeTypes = new Map<string, string>(); // type value → type id
  const nodeTypeIds = new IdSpace();
  const nodeColors = new Uniform();
  const nodeShapes = new Uniform();
  const typeOfNode = (value: string | undefined): string => {
    const key = value === undefined ? DEFAULT_NODE_TYPE : labelText(value, counts);
    let id = nodeTypes.get(key);
    if (id === undefined) nodeTypes.set(key, (id = nodeTypeIds.claim(key, DEFAULT_NODE_TYPE)));
    return id;
  };
  const evidenceOf = (attributes: Attributes, pointer: string): Record<string, unknown>[] | undefined => {
    const quotes = attributes.numbered(names.QUOTE);
    const sourcesOf = attributes.numbered(names.SOURCE_ID);
    const bys = attributes.numbered(names.BY);
    const numbers = [...new Set([...quotes.keys(), ...sourcesOf.keys(), ...bys.keys()])].sort((a, b) => a - b);
    const evidence: Record<string, unknown>[] = [];
    for (const n of numbers) {
      const suffix = n === 1 ? '' : `_${n}`;
      const quote = quotes.get(n);
      const rawSource = sourcesOf.get(n)?.trim();
      const at = `${pointer}/evidence/${evidence.length}`;
      if (quote === undefined || rawSource === undefined) {
        const missing = quote === undefined ? `${names.QUOTE}${suffix}` : `${names.SOURCE_ID}${suffix}`;
        const present = quote === undefined ? `${names.SOURCE_ID}${suffix}` : `${names.QUOTE}${suffix}`;
        report.error('evidence-incomplete', `${present} has a value but ${missing} is empty: evidence needs both a quote and the id of its source`, attributes.origin(present), pointer);
        continue;
      }
      let source = sourceByRaw.get(rawSource);
      if (source === undefined) {
        source = sourceIds.claim(rawSource, `source-${sources.length + 1}`);
        sourceByRaw.set(rawSource, source);
        sources.push(makeRecord([['id', source]]));
        counts.stubSources.push(source);
      }
      const fields: [string, unknown][] = [['source', source], ['quote', quote]];
      const by = bys.get(n)?.trim();
      if (by !== undefined) fields.push(['by', nodeByRaw.get(by) ?? by]);
      origins.set(`${at}/quote`, attributes.origin(`${names.QUOTE}${suffix}`));
      origins.set(`${at}/source`, attributes.origin(`${names.SOURCE_ID}${suffix}`));
      if (by !== undefined) origins.set(`${at}/by`, attributes.origin(`${names.BY}${suffix}`));
      evidence.push(makeRecord(fields));
    }
    return evidence.length > 0 ? evidence : undefined;
  };
  const linksOf = (attributes: Attributes, data: [string, unknown][]): Record<string, unknown>[] | undefined => {
    const text = attributes.text(...names.LINK_NAMES);
    if (text === undefined) return undefined;
    const urls = splitList(text).filter((url) => url !== '');
    const safe = urls.filter(isSafeUrl);
    if (safe.length < urls.length) data.push(['links', text]);
    return safe.length > 0 ? safe.map((url) => makeRecord([['url', url]])) : undefined;
  };

  const nodes = table.nodes.map((node, index) => {
    const attributes = nodeAttributes[index] as Attributes;
    const id = nodeIds[index] as string;
    const pointer = `/nodes/${index}`;
    origins.set(pointer, node.origin);
    attributes.take('id');
    const type = typeOfNode(attributes.text(...names.NODE_TYPE_NAMES));
    let labels = attributes.localized(names.LABEL, defaultLang).map(([lang, text]) => [lang, labelText(text, counts)] as [string, string]);
    // Cytoscape and yEd name nodes `name`: it is the label when there is no `label`, and is
    // dropped when it repeats the label (kg-viewer's Cytoscape export writes both).
    const name = attributes.take(names.NAME);
    const nameText = name === undefined ? undefined : labelText(valueText(name), counts);
    if (labels.length === 0 && nameText) labels = [[defaultLang, nameText]];
    const keepName = name !== undefined && labels.every(([, text]) => text !== nameText);
    labels.forEach(([lang]) => noteLanguage(lang));
    let label = localizedOf(labels, defaultLang);
    if (label === undefined) {
      label = node.id !== undefined && !isBlank(node.id) ? labelText(node.id, counts) || id : id;
      counts.labelsFromId++;
    }
    const fields: [string, unknown][] = [['id', id], ['type', type], ['label', label]];
    const aliases = aliasesOf(attributes, defaultLang, counts, noteLanguage);
    if (aliases) fields.push(['aliases', aliases]);
    const descriptions = attributes.localized(names.DESCRIPTION, defaultLang).map(([lang, text]) => [lang, descriptionText(text)] as [string, string]);
    descriptions.forEach(([lang]) => noteLanguage(lang));
    const description = localizedOf(descriptions, defaultLang);
    if (description !== undefined) fields.push(['description', description]);
    const data: [string, unknown][] = [];
    if (keepName) data.push([names.NAME, name]);
    const evidence = evidenceOf(attributes, pointer);
    if (evidence) fields.push(['evidence', evidence]);
    const links = linksOf(attributes, data);
    if (links) fields.push(['links', links]);
    const x = toNumber(attributes.take(names.X));
    const y = toNumber(attributes.take(names.Y));
    const position = node.position ?? (x !== undefined && y !== undefined ? { x, y } : undefined);
    if (position) fields.push(['position', makeRecord([['x', position.x], ['y', position.y]])]);
    const namedColor = colorOf(attributes);
    const color = node.color ?? namedColor;
    nodeColors.note(type, color);
    nodeShapes.note(type, node.shape);
    const namedSize = toNumber(attributes.take(names.SIZE));
    const size = node.size ?? namedSize;
    if (size !== undefined) data.push([names.SIZE, size]);
    if (node.parent !== undefined) data.push([names.PARENT, nodeByRaw.get(node.parent) ?? node.parent]);
    for (const entry of attributes.rest()) data.push(entry);
    return { fields, data, type, color, shape: node.shape };
  });

  // ── edges ──
  const edgeTypes = new Map<string, { id: string; value: string; directed: boolean }>();
  const edgeTypeIds = new IdSpace();
  const edgeColors = new Uniform();
  const edgeLines = new Uniform();
  const typeOfEdge = (value: string | undefined, directed: boolean): string => {
    const base = value === undefined ? DEFAULT_EDGE_TYPE : labelText(value, counts);
    const key = `${directed ? 'd' : 'u'}:${base}`;
    let type = edgeTypes.get(key);
    if (type === undefined) {
      // A type whose edges disagree on direction is split: the second kind gets its own type.
      const other = edgeTypes.get(`${directed ? 'u' : 'd'}:${base}`);
      const id = edgeTypeIds.claim(other ? `${base}-${directed ? 'directed' : 'undirected'}` : base, DEFAULT_EDGE_TYPE);
      edgeTypes.set(key, (type = { id, value: base, directed }));
    }
    return type.id;
  };
  // Nodes and edges share one id namespace: when a file numbers both from 0, every edge id gets
  // an `edge-` prefix (all of them, so the ids stay alike).
  const prefixEdges = table.edges.some((edge) => edge.id !== undefined && nodeByRaw.has(edge.id));
  let edgesPrefixed = 0;
  const edges = table.edges.map((edge, index) => {
    const attributes = edgeAttributes[index] as Attributes;
    const pointer = `/edges/${index}`;
    origins.set(pointer, edge.origin);
    for (const name of ['id', 'source', 'target']) attributes.take(name);
    const source = nodeFor(edge.source, attributes.origin('source'));
    const target = nodeFor(edge.target, attributes.origin('target'));
    const directedValue = attributes.take(names.DIRECTED);
    const directed = edge.directed ?? booleanOf(directedValue) ?? table.directed;
    const type = typeOfEdge(attributes.text(...names.EDGE_TYPE_NAMES), directed);
    const rawId = edge.id !== undefined && !isBlank(edge.id) ? edge.id : undefined;
    const base = rawId === undefined ? `${source}-${target}` : prefixEdges ? `edge-${rawId}` : rawId;
    const id = ids.claim(base, `edge-${index + 1}`);
    if (rawId !== undefined && prefixEdges) edgesPrefixed++;
    else if (rawId !== undefined && rawId !== id) counts.idsChanged++;
    const fields: [string, unknown][] = [['id', id], ['type', type], ['source', source], ['target', target]];
    const labels = attributes.localized(names.LABEL, defaultLang).map(([lang, text]) => [lang, labelText(text, counts)] as [string, string]);
    labels.forEach(([lang]) => noteLanguage(lang));
    const label = localizedOf(labels, defaultLang);
    if (label !== undefined) fields.push(['label', label]);
    const descriptions = attributes.localized(names.DESCRIPTION, defaultLang).map(([lang, text]) => [lang, descriptionText(text)] as [string, string]);
    descriptions.forEach(([lang]) => noteLanguage(lang));
    const description = localizedOf(descriptions, defaultLang);
    if (description !== undefined) fields.push(['description', description]);
    const data: [string, unknown][] = [];
    const status = attributes.text(names.STATUS)?.trim();
    if (status !== undefined) {
      if ((BUILTIN_STATUSES as readonly string[]).includes(status)) fields.push(['status', status]);
      else {
        data.push([names.STATUS, status]);
        counts.unknownStatuses.add(status);
      }
    }
    const when: [string, unknown][] = [];
    const date = attributes.text(names.WHEN_DATE)?.trim();
    if (date !== undefined) {
      if (DATE.test(date)) when.push(['date', date]);
      else data.push([names.WHEN_DATE, date]);
    }
    const whenTexts = attributes.localized(names.WHEN_TEXT, defaultLang).map(([lang, text]) => [lang, labelText(text, counts)] as [string, string]);
    whenTexts.forEach(([lang]) => noteLanguage(lang));
    const whenText = localizedOf(whenTexts, defaultLang);
    if (whenText !== undefined) when.push(['text', whenText]);
    if (when.length > 0) fields.push(['when', makeRecord(when)]);
    const topics = attributes.text(names.TOPICS);
    if (topics !== undefined) {
      fields.push(['topics', splitList(topics).filter((topic) => topic !== '').map((topic) => nodeByRaw.get(topic) ?? topic)]);
      origins.set(`${pointer}/topics`, attributes.origin(names.TOPICS));
    }
    const evidence = evidenceOf(attributes, pointer);
    if (evidence) fields.push(['evidence', evidence]);
    const links = linksOf(attributes, data);
    if (links) fields.push(['links', links]);
    const namedColor = colorOf(attributes);
    const color = edge.color ?? namedColor;
    edgeColors.note(type, color);
    edgeLines.note(type, edge.shape);
    const namedWeight = toNumber(attributes.take(names.WEIGHT));
    const weight = edge.weight ?? namedWeight;
    if (weight !== undefined) data.push([names.WEIGHT, weight]);
    if (edge.parent !== undefined) data.push([names.PARENT, edge.parent]);
    if (directedValue !== undefined && booleanOf(directedValue) === undefined) data.push([names.DIRECTED, directedValue]);
    for (const entry of attributes.rest()) data.push(entry);
    return { fields, data, type, color, shape: edge.shape };
  });

  if (edgesPrefixed > 0) report.info('edge-ids-prefixed', `edge ids repeat node ids (nodes and edges share one namespace), so ${edgesPrefixed} edge ids start with "edge-"`);

  // ── finishing: visual values on the types when uniform, else on each element ──
  const finish = (element: { fields: [string, unknown][]; data: [string, unknown][]; type: string; color?: string; shape?: string }, uniformColor: string | undefined, uniformShape: string | undefined, shapeName: string) => {
    if (element.color !== undefined && uniformColor === undefined) element.data.unshift([names.COLOR_NAMES[0], element.color]);
    if (element.shape !== undefined && uniformShape === undefined) element.data.unshift([shapeName, element.shape]);
    if (element.data.length > 0) element.fields.push(['data', makeRecord(element.data.map(([key, value]) => [key, dataValue(value)]))]);
    return makeRecord(element.fields);
  };
  const nodeList = nodes.map((node) => finish(node, nodeColors.of(node.type), validShape(nodeShapes.of(node.type)), 'shape'));
  for (const extra of extraNodes) {
    nodeList.push(makeRecord([['id', extra.id], ['type', typeOfNode(undefined)], ['label', labelText(extra.raw, counts) || extra.id]]));
    origins.set(`/nodes/${nodeList.length - 1}`, extra.origin);
  }
  const edgeList = edges.map((edge) => finish(edge, edgeColors.of(edge.type), validLine(edgeLines.of(edge.type)), 'line'));

  const nodeTypeRecord = makeRecord([...nodeTypes].map(([value, id]) => {
    const fields: [string, unknown][] = [['label', value === DEFAULT_NODE_TYPE && id === DEFAULT_NODE_TYPE ? 'Node' : value]];
    const color = nodeColors.of(id);
    if (color !== undefined) fields.push(['color', color]);
    const shape = validShape(nodeShapes.of(id));
    if (shape !== undefined) fields.push(['shape', shape]);
    return [id, makeRecord(fields)];
  }));
  const edgeTypeRecord = makeRecord([...edgeTypes.values()].map(({ id, value, directed }) => {
    const fields: [string, unknown][] = [['label', value === DEFAULT_EDGE_TYPE ? 'Link' : value]];
    if (!directed) fields.push(['directed', false]);
    const line = validLine(edgeLines.of(id));
    if (line !== undefined) fields.push(['line', line]);
    const color = edgeColors.of(id);
    if (color !== undefined) fields.push(['color', color]);
    return [id, makeRecord(fields)];
  }));

  const title = options.title ?? table.title ?? options.fallbackTitle ?? 'Imported graph';
  const meta: [string, unknown][] = [['title', labelText(title, counts) || 'Imported graph']];
  if (table.description !== undefined && !isBlank(table.description)) meta.push(['description', descriptionText(table.description)]);
  meta.push(['languages', languages]);
  const document: [string, unknown][] = [['format', 'kg-graph'], ['version', 1], ['meta', makeRecord(meta)]];
  if (sources.length > 0) document.push(['sources', sources]);
  document.push(['nodeTypes', nodeTypeRecord], ['edgeTypes', edgeTypeRecord], ['nodes', nodeList], ['edges', edgeList]);
  const graph = makeRecord(document) as unknown as GraphDocument;

  summarize(report, counts, table);
  const checked = validateGraph(graph);
  for (const problem of checked.problems) {
    const origin = originOf(origins, problem.pointer);
    report.add(problem.severity, problem.code, problem.hint ? `${problem.message} — ${problem.hint}` : problem.message, origin, problem.pointer);
  }
  if (checked.totalProblems > checked.problems.length) {
    report.info('more-problems', `${checked.totalProblems - checked.problems.length} more problems found by the loader are not listed`);
  }
  return checked.ok && !report.hasErrors ? { graph: checked.graph, problems: report.problems } : { problems: report.problems };
}

function summarize(report: ReportBuilder, counts: Counts, table: GraphTable): void {
  if (counts.idsChanged > 0) report.info('ids-changed', `${counts.idsChanged} ids were changed to ids the format accepts (made unique, hidden characters removed, or nodes and edges sharing one id)`);
  if (counts.labelsFromId > 0) report.info('label-from-id', `${counts.labelsFromId} nodes have no label in the file; their id is their label`);
  if (counts.labelsJoined > 0) report.info('label-one-line', `${counts.labelsJoined} labels had line breaks or control characters; they are written on one line`);
  if (counts.nodesCreated.length > 0) {
    report.warning('node-created-for-edge', `${counts.nodesCreated.length} edge ends name no node in the file; a node was created for each: ${sample(counts.nodesCreated)}`, table.edges[0]?.origin);
  }
  if (counts.unknownStatuses.size > 0) {
    report.info('status-kept-as-data', `status values that are not built-in statuses are kept in data.status: ${sample([...counts.unknownStatuses])}`);
  }
  if (counts.stubSources.length > 0) {
    report.info('source-without-text', `sources named by evidence but not listed in a sources file were created without text (quotes cannot be checked): ${sample(counts.stubSources)}`);
  }
}

function sample(items: readonly string[]): string {
  const shown = items.slice(0, 5).map((item) => `"${item}"`).join(', ');
  return items.length > 5 ? `${shown} and ${items.length - 5} more` : shown;
}

/** The origin recorded for the longest prefix of `pointer`. */
function originOf(origins: ReadonlyMap<string, Origin>, pointer: string): Origin | undefined {
  for (let at = pointer; ; at = at.slice(0, at.lastIndexOf('/'))) {
    const origin = origins.get(at);
    if (origin) return origin;
    if (at === '') return undefined;
  }
}

function firstLanguage(attributes: readonly Attributes[]): string | undefined {
  for (const element of attributes) {
    for (const [name] of element.element.attributes) {
      const column = languageColumn(name, [names.LABEL]);
      if (column) return column.lang;
    }
  }
  return undefined;
}

function aliasesOf(attributes: Attributes, defaultLang: string, counts: Counts, noteLanguage: (lang: string) => void): LocalizedText[] | undefined {
  const columns = attributes.localized(names.ALIASES, defaultLang);
  if (columns.length === 0) return undefined;
  const lists = columns.map(([lang, text]) => [lang, splitList(text)] as const);
  const length = Math.max(...lists.map(([, items]) => items.length));
  const aliases: LocalizedText[] = [];
  for (let i = 0; i < length; i++) {
    const alias = localizedOf(lists.map(([lang, items]) => [lang, labelText(items[i] ?? '', counts)] as [string, string]), defaultLang);
    if (alias !== undefined) aliases.push(alias);
  }
  aliases.forEach((alias) => (typeof alias === 'string' ? noteLanguage(defaultLang) : Object.keys(alias).forEach(noteLanguage)));
  return aliases.length > 0 ? aliases : undefined;
}

function colorOf(attributes: Attributes): string | undefined {
  // Read only what parses: a `color` of "yellow" stays in data as the file has it.
  const named = attributes.peek(...names.COLOR_NAMES);
  const color = named === undefined ? undefined : parseColor(valueText(named));
  if (color !== undefined) attributes.take(...names.COLOR_NAMES);
  const rgb = rgbToHex(attributes.peek('r'), attributes.peek('g'), attributes.peek('b'));
  if (rgb !== undefined) ['r', 'g', 'b'].forEach((channel) => attributes.take(channel));
  return color ?? rgb;
}

function booleanOf(value: AttributeValue | undefined): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    const text = value.trim().toLowerCase();
    if (text === 'true' || text === 'yes' || text === '1') return true;
    if (text === 'false' || text === 'no' || text === '0') return false;
  }
  return undefined;
}

function validShape(shape: string | undefined): string | undefined {
  return shape !== undefined && (NODE_SHAPES as readonly string[]).includes(shape) ? shape : undefined;
}
function validLine(line: string | undefined): string | undefined {
  return line !== undefined && (LINE_STYLES as readonly string[]).includes(line) ? line : undefined;
}

/** A data value the loader accepts (JSON has no NaN or Infinity). */
function dataValue(value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return value;
}

/**
 * Graph document → table, for the exporters: every text in every language, statuses, dates,
 * topics and links become named attributes (the names assemble.ts reads back); colours, shapes,
 * sizes and positions become the table's visual properties. What the target cannot hold is
 * listed in the report, never dropped in silence.
 */
import type { GraphDocument, GraphEdge, GraphNode, LocalizedText } from '../format/types';
import * as names from './conventions';
import { ReportBuilder, type InterchangeProblem } from './report';
import type { AttributeValue, GraphTable, TableEdge, TableElement } from './table';
import { joinList, toNumber } from './text';

/** What a target format can hold beyond nodes, edges and their attributes. */
export interface TargetAbilities {
  /** The format's name, for messages. */
  readonly name: string;
  /** Evidence (quote, source_id, by) as attributes, and sources as a table. */
  readonly evidence: boolean;
  /** A graph title and description. */
  readonly meta: boolean;
  /** Whether attribute values may be objects and lists (JSON) rather than text. */
  readonly structuredValues: boolean;
  /** Node shapes it can draw. */
  readonly nodeShapes: boolean;
  /** Edge line styles it can draw. */
  readonly lineStyles: boolean;
}

export interface FlattenOptions {
  /** Language of the format's native label (GEXF `label`, yEd's node label); default: the file's first language. */
  readonly language?: string;
}

export interface FlatGraph {
  readonly table: GraphTable;
  /** Languages in the order the attributes use them (the native-label language first). */
  readonly languages: readonly string[];
  /** The native label of each node and edge (by id), in `languages[0]` or the nearest language that has one. */
  readonly labels: ReadonlyMap<string, string>;
  readonly problems: readonly InterchangeProblem[];
}

/** Texts of a localized text, in the given language order (a plain string is the file's first language). */
function textsOf(text: LocalizedText | undefined, fileLanguage: string): Map<string, string> {
  const texts = new Map<string, string>();
  if (typeof text === 'string') texts.set(fileLanguage, text);
  else if (text && typeof text === 'object') for (const [lang, value] of Object.entries(text)) if (typeof value === 'string') texts.set(lang, value);
  return texts;
}

/** The text in `lang`, else the first language that has one. */
function resolved(text: LocalizedText | undefined, languages: readonly string[], fileLanguage: string): string | undefined {
  const texts = textsOf(text, fileLanguage);
  for (const lang of languages) {
    const value = texts.get(lang);
    if (value !== undefined && value.trim() !== '') return value;
  }
  return [...texts.values()].find((value) => value.trim() !== '');
}

export function flattenGraph(graph: GraphDocument, target: TargetAbilities, options: FlattenOptions = {}): FlatGraph {
  const report = new ReportBuilder();
  const fileLanguage = graph.meta.languages[0] ?? 'en';
  const primary = options.language ?? fileLanguage;
  const languages = [primary, ...graph.meta.languages.filter((lang) => lang !== primary)];
  const labels = new Map<string, string>();
  const losses = new Losses();

  const localized = (attributes: [string, AttributeValue][], base: string, text: LocalizedText | undefined): void => {
    const texts = textsOf(text, fileLanguage);
    for (const lang of [...languages, ...[...texts.keys()].filter((lang) => !languages.includes(lang))]) {
      const value = texts.get(lang);
      if (value !== undefined) attributes.push([`${base}_${lang}`, value]);
    }
  };
  const dataAttributes = (attributes: [string, AttributeValue][], data: Record<string, unknown> | undefined, skip: readonly string[]): void => {
    if (!data) return;
    for (const [key, value] of Object.entries(data)) {
      if (skip.includes(key)) continue;
      const name = names.isReservedName(key) ? `${names.DATA_PREFIX}${key}` : key;
      if (value !== null && typeof value === 'object' && !target.structuredValues) {
        attributes.push([name, JSON.stringify(value)]);
        losses.count('json-text', 1);
      } else attributes.push([name, value as AttributeValue]);
    }
  };
  const unknownFields = (element: GraphNode | GraphEdge, known: readonly string[], attributes: [string, AttributeValue][]): void => {
    for (const [key, value] of Object.entries(element)) {
      if (known.includes(key)) continue;
      losses.count('unknown-fields', 1);
      attributes.push([names.isReservedName(key) ? `${names.DATA_PREFIX}${key}` : key, (value !== null && typeof value === 'object' && !target.structuredValues ? JSON.stringify(value) : value) as AttributeValue]);
    }
  };
  const evidence = (attributes: [string, AttributeValue][], element: GraphNode | GraphEdge): void => {
    const list = element.evidence ?? [];
    if (list.length === 0) return;
    if (!target.evidence) {
      losses.count('evidence', list.length);
      losses.count('evidence-elements', 1);
      return;
    }
    list.forEach((item, index) => {
      const suffix = index === 0 ? '' : `_${index + 1}`;
      attributes.push([`${names.QUOTE}${suffix}`, item.quote], [`${names.SOURCE_ID}${suffix}`, item.source]);
      if (item.by !== undefined) attributes.push([`${names.BY}${suffix}`, item.by]);
      if (Object.keys(item).some((key) => key !== 'source' && key !== 'quote' && key !== 'by')) losses.count('evidence-fields', 1);
    });
  };
  const links = (attributes: [string, AttributeValue][], element: GraphNode | GraphEdge): void => {
    const list = element.links ?? [];
    if (list.length === 0) return;
    const joined = joinList(list.map((link) => link.url));
    if (joined === undefined) losses.count('links', list.length);
    else attributes.push([names.LINK_NAMES[0], joined]);
    if (list.some((link) => link.title !== undefined)) losses.count('link-titles', list.filter((link) => link.title !== undefined).length);
  };
  const aliases = (attributes: [string, AttributeValue][], list: readonly LocalizedText[] | undefined): void => {
    if (!list || list.length === 0) return;
    const perLanguage = new Map<string, string[]>();
    list.forEach((alias, index) => {
      for (const [lang, text] of textsOf(alias, fileLanguage)) {
        let items = perLanguage.get(lang);
        if (!items) perLanguage.set(lang, (items = []));
        while (items.length < index) items.push('');
        items.push(text);
      }
    });
    for (const lang of [...languages, ...[...perLanguage.keys()].filter((lang) => !languages.includes(lang))]) {
      const items = perLanguage.get(lang);
      if (!items) continue;
      const joined = joinList(items);
      if (joined === undefined) losses.count('aliases', items.length);
      else attributes.push([`${names.ALIASES}_${lang}`, joined]);
    }
  };

  const NODE_FIELDS = ['id', 'type', 'label', 'aliases', 'description', 'evidence', 'links', 'position', 'data'];
  const nodes: TableElement[] = graph.nodes.map((node) => {
    const attributes: [string, AttributeValue][] = [['type', node.type]];
    localized(attributes, names.LABEL, node.label);
    localized(attributes, names.DESCRIPTION, node.description);
    aliases(attributes, node.aliases);
    links(attributes, node);
    evidence(attributes, node);
    const data = node.data as Record<string, unknown> | undefined;
    dataAttributes(attributes, data, [names.COLOR_NAMES[0], names.SIZE, 'shape']);
    unknownFields(node, NODE_FIELDS, attributes);
    const label = resolved(node.label, languages, fileLanguage) ?? node.id;
    labels.set(node.id, label);
    const type = graph.nodeTypes[node.type];
    const color = (typeof data?.color === 'string' ? data.color : undefined) ?? type?.color;
    const size = toNumber(data?.size);
    const shape = (typeof data?.shape === 'string' ? data.shape : undefined) ?? type?.shape;
    return {
      id: node.id,
      attributes,
      origin: {},
      ...(node.position ? { position: { x: node.position.x, y: node.position.y } } : {}),
      ...(color !== undefined ? { color } : {}),
      ...(size !== undefined ? { size } : {}),
      ...(shape !== undefined ? { shape } : {}),
    };
  });

  const EDGE_FIELDS = ['id', 'type', 'source', 'target', 'label', 'description', 'status', 'when', 'topics', 'evidence', 'links', 'data'];
  const edges: TableEdge[] = graph.edges.map((edge) => {
    const attributes: [string, AttributeValue][] = [['type', edge.type]];
    localized(attributes, names.LABEL, edge.label);
    localized(attributes, names.DESCRIPTION, edge.description);
    if (edge.status !== undefined) attributes.push([names.STATUS, edge.status]);
    if (edge.when?.date !== undefined) attributes.push([names.WHEN_DATE, edge.when.date]);
    if (edge.when?.text !== undefined) localized(attributes, names.WHEN_TEXT, edge.when.text);
    if (edge.when && Object.keys(edge.when).some((key) => key !== 'date' && key !== 'text')) losses.count('unknown-fields', 1);
    if (edge.topics && edge.topics.length > 0) {
      const joined = joinList(edge.topics);
      if (joined === undefined) losses.count('topics', edge.topics.length);
      else attributes.push([names.TOPICS, joined]);
    }
    links(attributes, edge);
    evidence(attributes, edge);
    const data = edge.data as Record<string, unknown> | undefined;
    dataAttributes(attributes, data, [names.COLOR_NAMES[0], names.WEIGHT, 'line']);
    unknownFields(edge, EDGE_FIELDS, attributes);
    const label = resolved(edge.label, languages, fileLanguage);
    if (label !== undefined) labels.set(edge.id, label);
    const type = graph.edgeTypes[edge.type];
    const color = (typeof data?.color === 'string' ? data.color : undefined) ?? type?.color;
    const weight = toNumber(data?.weight);
    const line = (typeof data?.line === 'string' ? data.line : undefined) ?? type?.line;
    return {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      directed: type?.directed !== false,
      attributes,
      origin: {},
      ...(color !== undefined ? { color } : {}),
      ...(weight !== undefined ? { weight } : {}),
      ...(line !== undefined ? { shape: line } : {}),
    };
  });

  const sources: TableElement[] | undefined = target.evidence
    ? (graph.sources ?? []).map((source) => {
        const attributes: [string, AttributeValue][] = [['id', source.id]];
        localized(attributes, names.TITLE, source.title);
        for (const [key, value] of Object.entries(source)) {
          if (key === 'id' || key === 'title') continue;
          attributes.push([key, (value !== null && typeof value === 'object' ? JSON.stringify(value) : value) as AttributeValue]);
        }
        return { id: source.id, attributes, origin: {} };
      })
    : undefined;
  if (!target.evidence && (graph.sources?.length ?? 0) > 0) losses.count('sources', graph.sources?.length ?? 0);

  const title = resolved(graph.meta.title, languages, fileLanguage);
  const description = resolved(graph.meta.description, languages, fileLanguage);
  const table: GraphTable = {
    ...(target.meta && title !== undefined ? { title } : {}),
    ...(target.meta && description !== undefined ? { description } : {}),
    directed: edges.every((edge) => edge.directed !== false),
    nodes,
    edges,
    ...(sources ? { sources } : {}),
  };

  reportLosses(report, losses, graph, target, languages);
  return { table, languages, labels, problems: report.problems };
}

/** Counts of things not carried, by kind. */
class Losses {
  readonly counts = new Map<string, number>();
  count(kind: string, by: number): void {
    this.counts.set(kind, (this.counts.get(kind) ?? 0) + by);
  }
  get(kind: string): number {
    return this.counts.get(kind) ?? 0;
  }
}

function reportLosses(report: ReportBuilder, losses: Losses, graph: GraphDocument, target: TargetAbilities, languages: readonly string[]): void {
  const format = target.name;
  const lost = (code: string, message: string): void => report.warning(code, `${message} — ${format} has no place for it`);
  if (losses.get('evidence') > 0) lost('not-exported-evidence', `${losses.get('evidence')} evidence quotes on ${losses.get('evidence-elements')} nodes and edges are not written`);
  if (losses.get('sources') > 0) lost('not-exported-sources', `${losses.get('sources')} sources (with their text) are not written`);
  if ((graph.tours?.length ?? 0) > 0) lost('not-exported-tours', `${graph.tours?.length} guided tours are not written`);
  if (losses.get('link-titles') > 0) lost('not-exported-link-titles', `${losses.get('link-titles')} link titles are not written (the URLs are, in a "links" attribute)`);
  if (losses.get('links') + losses.get('aliases') + losses.get('topics') > 0) {
    report.warning('not-exported-list-items', `${losses.get('links') + losses.get('aliases') + losses.get('topics')} links, aliases or topics contain "|", the list separator, and are not written`);
  }
  if (losses.get('evidence-fields') > 0) lost('not-exported-evidence-fields', `${losses.get('evidence-fields')} evidence items carry fields besides source, quote and by, which are not written`);
  if (losses.get('json-text') > 0) report.info('exported-as-json-text', `${losses.get('json-text')} data values that are objects or lists are written as JSON text (they come back as text)`);
  if (losses.get('unknown-fields') > 0) report.info('exported-unknown-fields', `${losses.get('unknown-fields')} fields this format version does not know are written as attributes (they come back inside data)`);

  const typeDetails: string[] = [];
  const nodeTypes = Object.values(graph.nodeTypes);
  const edgeTypes = Object.values(graph.edgeTypes);
  if ([...nodeTypes, ...edgeTypes].some((type) => type.label !== undefined)) typeDetails.push('labels (only the type id is written)');
  if ([...nodeTypes, ...edgeTypes].some((type) => type.description !== undefined)) typeDetails.push('descriptions');
  if (edgeTypes.some((type) => type.inverseLabel !== undefined)) typeDetails.push('inverse labels');
  if (!target.nodeShapes && nodeTypes.some((type) => type.shape !== undefined)) typeDetails.push('node shapes');
  if (!target.lineStyles && edgeTypes.some((type) => type.line !== undefined)) typeDetails.push('line styles');
  if (typeDetails.length > 0) lost('not-exported-type-definitions', `node and edge types lose their ${typeDetails.join(', ')}; colours are written on each element`);

  const meta = graph.meta as unknown as Record<string, unknown>;
  const metaLost = Object.keys(meta).filter((key) => key !== 'languages' && !(target.meta && (key === 'title' || key === 'description')));
  if (metaLost.length > 0) lost('not-exported-meta', `graph fields ${metaLost.map((key) => `meta.${key}`).join(', ')} are not written`);
  const topLost = Object.keys(graph).filter((key) => !['$schema', 'format', 'version', 'meta', 'sources', 'nodeTypes', 'edgeTypes', 'nodes', 'edges', 'tours'].includes(key));
  if (topLost.length > 0) lost('not-exported-fields', `top-level fields ${topLost.join(', ')} are not written`);
  if (languages.length > 1) {
    report.info('exported-languages', `text in ${languages.length} languages is written as label_<lang>, description_<lang>… attributes; the format's own label is in ${languages[0]}`);
  }
}

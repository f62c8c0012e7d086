/**
 * What a handout says besides its picture: the title (and the tour step or selection it shows),
 * a legend of the node types, relation types and statuses in it, and the numbered quotes behind
 * its elements with their sources. Pure, so Node tests read the same handout the reader saves;
 * the SVG, the PNG and the printed page all lay out this one content.
 */
import type { Evidence, LineStyle, NodeShape } from '../../format/types';
import type { KnowledgeGraph } from '../../model/knowledge-graph';
import { resolveText } from '../../model/localize';
import { statusKey } from '../../model/filters';
import { directionOf, formatNumber } from '../../i18n/strings';
import { tourStrings } from '../../i18n/tour-strings';
import { edgeTypeLabel, nodeTypeLabel, statusGlyph, statusLabel } from '../describe';
import { edgeLineStyle, nodeShape } from '../encodings';
import { factLabel } from '../fact-words';
import { baseDirection } from '../text-direction';
import { tourById } from '../tour';
import type { Selection, TourPosition } from '../view-state';

/** A piece of text with the language and direction it is written in. */
export interface HandoutText {
  readonly text: string;
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
}

export interface LegendNodeType {
  readonly type: string;
  readonly label: string;
  readonly color: string;
  readonly shape: NodeShape;
}

export interface LegendEdgeType {
  readonly type: string;
  readonly label: string;
  readonly line: LineStyle;
  readonly directed: boolean;
}

export interface LegendStatus {
  readonly status: string;
  readonly label: string;
  readonly glyph: string;
}

export interface HandoutQuote {
  /** Counted from 1, in the order the quotes come in their sources. */
  readonly number: number;
  readonly quote: HandoutText;
  readonly sourceId: string;
  /** The source's title in the reader's language (its id when it has none). */
  readonly source: HandoutText;
  /** The facts this quote backs, in words ("Iran — proposed → SCO"). */
  readonly facts: readonly string[];
}

export interface HandoutSource {
  readonly id: string;
  readonly title: HandoutText;
  readonly url?: string;
  readonly published?: string;
}

export interface HandoutContent {
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  readonly title: HandoutText;
  /** The tour step ("Step 3 of 8 — caption") or the selection the picture shows. */
  readonly subtitle?: HandoutText;
  readonly legend: {
    readonly nodeTypes: readonly LegendNodeType[];
    readonly edgeTypes: readonly LegendEdgeType[];
    readonly statuses: readonly LegendStatus[];
  };
  readonly quotes: readonly HandoutQuote[];
  /** Element id → the numbers of its quotes, for the badges on the picture. */
  readonly badges: ReadonlyMap<string, readonly number[]>;
  readonly sources: readonly HandoutSource[];
  /** Quotes left out past `maxQuotes`. */
  readonly leftOut: number;
  /** The headings, in the reader's language. */
  readonly words: { readonly legend: string; readonly nodeTypes: string; readonly edgeTypes: string; readonly statuses: string; readonly quotes: string; readonly sources: string; readonly backs: string; readonly leftOut: string };
}

export interface HandoutOptions {
  /** Colour of a node type, as the view draws it. */
  readonly colors: (type: string) => string;
  readonly tour?: TourPosition | null;
  readonly selection?: Selection | null;
  /** At most this many quotes are listed (a whole large graph in view would make a book). */
  readonly maxQuotes?: number;
  /** The UI strings of the reader's language for the legend headings (from strings.ts). */
  readonly headings: { readonly nodeTypes: string; readonly edgeTypes: string; readonly statuses: string };
}

const DEFAULT_MAX_QUOTES = 60;

const textIn = (text: string, lang: string): HandoutText => ({ text, lang, dir: baseDirection(text) === 'rtl' || (text.trim() === '' && directionOf(lang) === 'rtl') ? 'rtl' : 'ltr' });

/** The handout for the elements shown (`nodes`, `edges`: ids in view, or the lit ones). */
export function handoutContent(
  kg: KnowledgeGraph,
  shown: { readonly nodes: readonly string[]; readonly edges: readonly string[] },
  lang: string,
  options: HandoutOptions,
): HandoutContent {
  const t = tourStrings(lang);
  const titleText = resolveText(kg.document.meta.title, lang, kg.languages);
  const title = textIn(titleText?.text ?? '', titleText?.lang ?? lang);
  const subtitle = subtitleFor(kg, lang, options);

  const nodes = shown.nodes.map((id) => kg.node(id)).filter((n) => n !== undefined);
  const edges = shown.edges.map((id) => kg.edge(id)).filter((e) => e !== undefined);
  const nodeTypes = unique(nodes.map((n) => n.type)).map((type) => ({
    type,
    label: nodeTypeLabel(kg, type, lang),
    color: options.colors(type),
    shape: nodeShape(type, kg.nodeType(type)),
  }));
  const edgeTypes = unique(edges.map((e) => e.type)).map((type) => ({
    type,
    label: edgeTypeLabel(kg, type, lang),
    line: edgeLineStyle(kg.edgeType(type)),
    directed: kg.edgeType(type)?.directed !== false,
  }));
  const statuses = unique(edges.map((e) => statusKey(e))).map((status) => ({ status, label: statusLabel(kg, status, lang), glyph: statusGlyph(status) }));

  // Every quote once (by source and words), with the facts it backs, in reading order of its source.
  const byQuote = new Map<string, { evidence: Evidence; facts: string[]; elements: string[]; order: number }>();
  const sourceOrder = new Map(kg.sources.map((s, i) => [s.id, i]));
  for (const element of [...nodes, ...edges]) {
    for (const evidence of element.evidence ?? []) {
      if (typeof evidence?.quote !== 'string' || evidence.quote === '') continue;
      const key = `${evidence.source}\u0000${evidence.quote}`;
      let entry = byQuote.get(key);
      if (!entry) {
        const text = kg.source(evidence.source)?.text;
        const at = typeof text === 'string' ? text.indexOf(evidence.quote) : -1;
        entry = { evidence, facts: [], elements: [], order: at < 0 ? Number.MAX_SAFE_INTEGER : at };
        byQuote.set(key, entry);
      }
      if (!entry.elements.includes(element.id)) {
        entry.elements.push(element.id);
        entry.facts.push(factLabel(kg, element.id, lang));
      }
    }
  }
  const ordered = [...byQuote.values()].sort(
    (a, b) => (sourceOrder.get(a.evidence.source) ?? 1e9) - (sourceOrder.get(b.evidence.source) ?? 1e9) || a.order - b.order,
  );
  const max = options.maxQuotes ?? DEFAULT_MAX_QUOTES;
  const listed = ordered.slice(0, max);
  const badges = new Map<string, number[]>();
  const quotes: HandoutQuote[] = listed.map((entry, i) => {
    const number = i + 1;
    for (const id of entry.elements) badges.set(id, [...(badges.get(id) ?? []), number]);
    const source = kg.source(entry.evidence.source);
    const sourceTitle = resolveText(source?.title, lang, kg.languages);
    return {
      number,
      quote: textIn(entry.evidence.quote, source?.lang ?? lang),
      sourceId: entry.evidence.source,
      source: textIn(sourceTitle?.text ?? entry.evidence.source, sourceTitle?.lang ?? lang),
      facts: entry.facts,
    };
  });
  const sources = unique(quotes.map((q) => q.sourceId)).map((id): HandoutSource => {
    const source = kg.source(id);
    const sourceTitle = resolveText(source?.title, lang, kg.languages);
    return {
      id,
      title: textIn(sourceTitle?.text ?? id, sourceTitle?.lang ?? lang),
      ...(source?.url ? { url: source.url } : {}),
      ...(source?.published ? { published: source.published } : {}),
    };
  });
  const leftOut = ordered.length - listed.length;
  return {
    lang,
    dir: directionOf(lang),
    title,
    ...(subtitle ? { subtitle } : {}),
    legend: { nodeTypes, edgeTypes, statuses },
    quotes,
    badges,
    sources,
    leftOut,
    words: {
      legend: t.legend,
      nodeTypes: options.headings.nodeTypes,
      edgeTypes: options.headings.edgeTypes,
      statuses: options.headings.statuses,
      quotes: t.sourcesAndQuotes,
      sources: t.sources,
      backs: t.backs,
      leftOut: leftOut > 0 ? t.moreQuotesLeftOut(leftOut) : '',
    },
  };
}

function subtitleFor(kg: KnowledgeGraph, lang: string, options: HandoutOptions): HandoutText | undefined {
  const position = options.tour;
  const tour = position ? tourById(kg, position.id) : undefined;
  const step = tour && position ? tour.steps[position.step - 1] : undefined;
  if (tour && step && position) {
    const tourTitle = resolveText(tour.title, lang, kg.languages)?.text ?? tour.id;
    const caption = resolveText(step.caption, lang, kg.languages);
    const counter = tourStrings(lang).stepOf(position.step, tour.steps.length);
    // A dash, not a middle dot: in Arabic text a dot reads as the digit zero (٠).
    return textIn(`${tourTitle} — ${counter}: ${caption?.text ?? ''}`, caption?.lang ?? lang);
  }
  if (options.selection) return textIn(factLabel(kg, options.selection.id, lang), lang);
  return undefined;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** Badge text for an element's quote numbers: "3", "3, 7", "3, 7…". */
export function badgeText(numbers: readonly number[], lang: string): string {
  const shown = numbers.slice(0, 2).map((n) => formatNumber(n, lang));
  return `${shown.join(directionOf(lang) === 'rtl' ? '، ' : ', ')}${numbers.length > 2 ? '…' : ''}`;
}

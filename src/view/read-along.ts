/**
 * Read-along: the source text in paragraphs, the facts whose quotes lie in a paragraph, and
 * which paragraph counts as the one being read. Pure, so Node tests reach it; the source panel
 * observes the paragraphs and the element lights what this module says.
 */
import type { KnowledgeGraph } from '../model/knowledge-graph';
import type { Visibility } from '../model/filters';
import type { ElementSet } from '../model/neighbourhood';
import { elementsIn, sourceSpans, type SourceSpan } from '../model/evidence-index';

export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** The paragraphs of a text: its lines that are not blank, as `[start, end)` without the line break. */
export function paragraphsOf(text: string): TextRange[] {
  const paragraphs: TextRange[] = [];
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    // A Windows line end leaves its \r out of the paragraph.
    const trimmedEnd = end > start && text[end - 1] === '\r' ? end - 1 : end;
    if (text.slice(start, trimmedEnd).trim() !== '') paragraphs.push({ start, end: trimmedEnd });
    if (newline < 0) break;
    start = newline + 1;
  }
  return paragraphs;
}

/** A part of a span inside a paragraph, with the whole span it was cut from. */
export interface SpanPart extends SourceSpan {
  readonly whole: SourceSpan;
}

/** The parts of sorted, gap-free spans that lie in `[start, end)`, cut at its edges. */
export function spansWithin(spans: readonly SourceSpan[], range: TextRange): SpanPart[] {
  const out: SpanPart[] = [];
  for (const span of spans) {
    if (span.end <= range.start) continue;
    if (span.start >= range.end) break;
    out.push({ start: Math.max(span.start, range.start), end: Math.min(span.end, range.end), elements: span.elements, whole: span });
  }
  return out;
}

// The quote spans of a source, worked out once per graph and source (a graph never changes).
const SPANS = new WeakMap<KnowledgeGraph, Map<string, SourceSpan[]>>();

function spansOf(kg: KnowledgeGraph, sourceId: string): SourceSpan[] {
  let bySource = SPANS.get(kg);
  if (!bySource) SPANS.set(kg, (bySource = new Map()));
  let spans = bySource.get(sourceId);
  if (!spans) bySource.set(sourceId, (spans = sourceSpans(kg, sourceId)));
  return spans;
}

/**
 * The facts whose quotes lie (wholly or partly) in a stretch of a source: the nodes and the
 * edges that are shown, each list in the order their quotes start in the text.
 */
export function factsIn(kg: KnowledgeGraph, sourceId: string, range: TextRange, visible?: Visibility): { nodes: string[]; edges: string[] } {
  const ids = elementsIn(spansOf(kg, sourceId), range.start, range.end);
  const nodes = ids.filter((id) => kg.node(id) !== undefined && (!visible || visible.node(id)));
  const edges = ids.filter((id) => kg.edge(id) !== undefined && (!visible || visible.edge(id)));
  return { nodes, edges };
}

/** What read-along lights for a paragraph: its facts, and the two ends of each edge among them. */
export function readAlongElements(kg: KnowledgeGraph, sourceId: string, range: TextRange, visible?: Visibility): ElementSet {
  const facts = factsIn(kg, sourceId, range, visible);
  const nodes = new Set(facts.nodes);
  const edges = new Set<string>();
  for (const id of facts.edges) {
    const edge = kg.edge(id);
    if (!edge || (visible && (!visible.node(edge.source) || !visible.node(edge.target)))) continue;
    edges.add(id);
    nodes.add(edge.source);
    nodes.add(edge.target);
  }
  return { nodes, edges };
}

/** A paragraph as the reader's screen shows it. */
export interface ParagraphInView {
  readonly index: number;
  /** How many px of it are on screen (0 when it is not). */
  readonly visibleHeight: number;
  /** Whether any fact is quoted in it. */
  readonly hasFacts: boolean;
}

/**
 * The paragraph being read: of those on screen that back a fact, the one with most of itself
 * on screen (the earlier on a tie); undefined when none is.
 */
export function readingParagraph(paragraphs: Iterable<ParagraphInView>): number | undefined {
  let best: ParagraphInView | undefined;
  for (const p of paragraphs) {
    if (!p.hasFacts || !(p.visibleHeight > 0)) continue;
    if (!best || p.visibleHeight > best.visibleHeight || (p.visibleHeight === best.visibleHeight && p.index < best.index)) best = p;
  }
  return best?.index;
}

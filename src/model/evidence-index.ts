import type { Evidence, GraphEdge, GraphNode } from '../format/types';
import type { KnowledgeGraph } from './knowledge-graph';

/** A stretch `[start, end)` of a source text (UTF-16 offsets) and the nodes/edges whose quotes cover it. */
export interface SourceSpan {
  readonly start: number;
  readonly end: number;
  /** Ids of nodes/edges whose evidence quotes cover this stretch, nodes first, in document order. */
  readonly elements: readonly string[];
}

/** Where an evidence quote sits in its source text: its first occurrence, `[start, end)`. */
export function quoteRange(kg: KnowledgeGraph, evidence: Evidence): { start: number; end: number } | undefined {
  const text = kg.source(evidence.source)?.text;
  if (typeof text !== 'string' || typeof evidence.quote !== 'string' || evidence.quote === '') return undefined;
  const start = text.indexOf(evidence.quote);
  return start < 0 ? undefined : { start, end: start + evidence.quote.length };
}

/**
 * The parts of a source's text that some evidence quote covers, as sorted, non-overlapping
 * segments, each listing every element whose quotes cover it. Where quotes overlap, the shared
 * stretch is its own segment listing all of them; neighbouring stretches covered by the same
 * elements are merged. Text no quote covers is not listed (see {@link fillGaps}).
 */
export function sourceSpans(kg: KnowledgeGraph, sourceId: string): SourceSpan[] {
  if (typeof kg.source(sourceId)?.text !== 'string') return [];
  const ranges: { start: number; end: number; element: string; order: number }[] = [];
  const elements = [...kg.nodes, ...kg.edges];
  elements.forEach((element, order) => {
    for (const evidence of element.evidence ?? []) {
      if (evidence?.source !== sourceId) continue;
      const range = quoteRange(kg, evidence);
      if (range) ranges.push({ ...range, element: element.id, order });
    }
  });
  if (ranges.length === 0) return [];

  // Sweep over every start and end: between two consecutive boundaries the covering set is constant.
  const boundaries = [...new Set(ranges.flatMap((r) => [r.start, r.end]))].sort((a, b) => a - b);
  const startsAt = new Map<number, typeof ranges>();
  const endsAt = new Map<number, typeof ranges>();
  for (const r of ranges) {
    if (!startsAt.has(r.start)) startsAt.set(r.start, []);
    if (!endsAt.has(r.end)) endsAt.set(r.end, []);
    startsAt.get(r.start)?.push(r);
    endsAt.get(r.end)?.push(r);
  }
  // How many quotes of each element are open (an element may quote overlapping stretches twice).
  const open = new Map<string, { count: number; order: number }>();
  const spans: SourceSpan[] = [];
  for (let i = 0; i < boundaries.length - 1; i++) {
    const at = boundaries[i] as number;
    for (const r of endsAt.get(at) ?? []) {
      const entry = open.get(r.element) as { count: number; order: number };
      if (--entry.count === 0) open.delete(r.element);
    }
    for (const r of startsAt.get(at) ?? []) {
      const entry = open.get(r.element);
      if (entry) entry.count++;
      else open.set(r.element, { count: 1, order: r.order });
    }
    if (open.size === 0) continue;
    const ids = [...open].sort((a, b) => a[1].order - b[1].order).map(([id]) => id);
    const end = boundaries[i + 1] as number;
    const previous = spans[spans.length - 1];
    if (previous && previous.end === at && sameIds(previous.elements, ids)) {
      spans[spans.length - 1] = { start: previous.start, end, elements: previous.elements };
    } else {
      spans.push({ start: at, end, elements: ids });
    }
  }
  return spans;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/**
 * Spans covering the whole of `[0, textLength)`: the given sorted, non-overlapping spans with the
 * uncovered stretches between them added as spans with no elements. Handy for rendering.
 */
export function fillGaps(spans: readonly SourceSpan[], textLength: number): SourceSpan[] {
  const result: SourceSpan[] = [];
  let cursor = 0;
  for (const span of spans) {
    if (span.start > cursor) result.push({ start: cursor, end: span.start, elements: [] });
    result.push(span);
    cursor = span.end;
  }
  if (cursor < textLength) result.push({ start: cursor, end: textLength, elements: [] });
  return result;
}

/** Ids of the elements whose quotes cover `offset` (binary search over sorted spans); [] if none. */
export function elementsAt(spans: readonly SourceSpan[], offset: number): readonly string[] {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = spans[middle] as SourceSpan;
    if (offset < span.start) high = middle - 1;
    else if (offset >= span.end) low = middle + 1;
    else return span.elements;
  }
  return [];
}

/** Ids of the elements whose quotes overlap `[start, end)` — e.g. a sentence the reader points at. */
export function elementsIn(spans: readonly SourceSpan[], start: number, end: number): string[] {
  const found = new Set<string>();
  for (const span of spans) {
    if (span.end <= start) continue;
    if (span.start >= end) break;
    for (const id of span.elements) found.add(id);
  }
  return [...found];
}

/** A quote attributed to someone, with the node or edge it is evidence for. */
export interface AttributedClaim {
  readonly element: GraphNode | GraphEdge;
  readonly kind: 'node' | 'edge';
  readonly evidence: Evidence;
}

/**
 * Evidence whose `by` names the node: what a person or organization is reported to have said,
 * nodes first, then edges, in document order. O(total evidence).
 */
export function claimsBy(kg: KnowledgeGraph, nodeId: string): AttributedClaim[] {
  const claims: AttributedClaim[] = [];
  const collect = (element: GraphNode | GraphEdge, kind: 'node' | 'edge') => {
    for (const evidence of element.evidence ?? []) if (evidence?.by === nodeId) claims.push({ element, kind, evidence });
  };
  for (const node of kg.nodes) collect(node, 'node');
  for (const edge of kg.edges) collect(edge, 'edge');
  return claims;
}

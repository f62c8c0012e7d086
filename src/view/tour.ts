/**
 * Tours as the viewer plays them: which tours a file offers, what a step lights, which quotes
 * its card shows, and which key moves which way. Steps are counted from 1 wherever a person or
 * a URL sees them; `step` arguments here count the same way. Pure, so Node tests reach it.
 */
import type { Evidence, Tour, TourStep } from '../format/types';
import type { KnowledgeGraph } from '../model/knowledge-graph';
import type { Visibility } from '../model/filters';
import type { ElementSet } from '../model/neighbourhood';
import { quoteRange } from '../model/evidence-index';

/** The tours a reader can play: those with steps, each id once (the first wins, as the model does). */
export function playableTours(kg: KnowledgeGraph): Tour[] {
  const seen = new Set<string>();
  const tours: Tour[] = [];
  for (const tour of kg.document.tours ?? []) {
    if (seen.has(tour.id) || !Array.isArray(tour.steps) || tour.steps.length === 0) continue;
    seen.add(tour.id);
    tours.push(tour);
  }
  return tours;
}

export function tourById(kg: KnowledgeGraph, id: string): Tour | undefined {
  return playableTours(kg).find((t) => t.id === id);
}

/** Step `step` (from 1) of a tour, if it has one. */
export function tourStep(tour: Tour, step: number): TourStep | undefined {
  return Number.isInteger(step) && step >= 1 ? tour.steps[step - 1] : undefined;
}

/**
 * What a step lights: its nodes and edges that exist and are shown, and the two ends of each
 * such edge (an edge is drawn only between its nodes).
 */
export function stepElements(kg: KnowledgeGraph, step: TourStep, visible?: Visibility): ElementSet {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const showsNode = (id: string): boolean => kg.node(id) !== undefined && (!visible || visible.node(id));
  for (const id of step.nodes ?? []) if (showsNode(id)) nodes.add(id);
  for (const id of step.edges ?? []) {
    const edge = kg.edge(id);
    if (!edge || (visible && !visible.edge(id)) || !showsNode(edge.source) || !showsNode(edge.target)) continue;
    edges.add(id);
    nodes.add(edge.source);
    nodes.add(edge.target);
  }
  return { nodes, edges };
}

/** A quote a step's card shows, with where it sits in its source (for "Show in source"). */
export interface StepQuote {
  readonly evidence: Evidence;
  /** `[start, end)` in the source's text; absent when the source has no text to show. */
  readonly range?: { readonly start: number; readonly end: number };
}

/**
 * The quotes behind a step: its own `evidence` when it has some; else the quotes of its edges
 * (or of its nodes, for a step without edges). Each quote once; a quote that lies inside
 * another quote shown from the same source is left out (the longer one says it); in reading
 * order of the source, quotes without a place in a text last.
 */
export function stepQuotes(kg: KnowledgeGraph, step: TourStep): StepQuote[] {
  const own = step.evidence?.length ? step.evidence : undefined;
  const fromElements = (ids: readonly string[] | undefined, find: (id: string) => { evidence?: readonly Evidence[] } | undefined) =>
    (ids ?? []).flatMap((id) => find(id)?.evidence ?? []);
  const candidates =
    own ??
    (step.edges?.length ? fromElements(step.edges, (id) => kg.edge(id)) : fromElements(step.nodes, (id) => kg.node(id)));
  const unique: StepQuote[] = [];
  const seen = new Set<string>();
  for (const evidence of candidates) {
    if (typeof evidence?.quote !== 'string' || evidence.quote === '') continue;
    const key = `${evidence.source}\u0000${evidence.quote}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const range = quoteRange(kg, evidence);
    unique.push(range ? { evidence, range } : { evidence });
  }
  const inside = (q: StepQuote, other: StepQuote): boolean =>
    q !== other && q.evidence.source === other.evidence.source && other.evidence.quote.includes(q.evidence.quote) && other.evidence.quote !== q.evidence.quote;
  return unique
    .filter((q) => !unique.some((other) => inside(q, other)))
    .map((q, order) => ({ q, order }))
    .sort((a, b) => positionKey(a.q) - positionKey(b.q) || a.order - b.order)
    .map(({ q }) => q);
}

const positionKey = (q: StepQuote): number => q.range?.start ?? Number.MAX_SAFE_INTEGER;

export type TourKeyAction = 'next' | 'previous' | 'exit';

/**
 * What a key does on a tour's card. The arrow that points along the reading direction goes on:
 * → in a left-to-right language, ← in a right-to-left one (in Arabic ← is next).
 */
export function tourKeyAction(key: string, dir: 'ltr' | 'rtl'): TourKeyAction | undefined {
  if (key === 'Escape') return 'exit';
  if (key === 'ArrowRight') return dir === 'rtl' ? 'previous' : 'next';
  if (key === 'ArrowLeft') return dir === 'rtl' ? 'next' : 'previous';
  return undefined;
}

/**
 * Relations and types in words, for panels and the text view: "Iran — proposed →
 * Shanghai Cooperation Organization". Pure, so Node tests read the same words readers see.
 */
import type { GraphEdge } from '../format/types';
import type { KnowledgeGraph } from '../model/knowledge-graph';
import { resolveText } from '../model/localize';
import { STATUS_LABELS, uiLanguage, uiStrings } from '../i18n/strings';
import { statusEncoding } from './encodings';
import { edgeText, nodeText } from './view-model';

// Types and statuses are looked up as own properties or through the model's maps: a file may
// name them `toString` or `constructor`.

export function nodeTypeLabel(kg: KnowledgeGraph, type: string, lang: string): string {
  return resolveText(kg.nodeType(type)?.label, lang, kg.languages)?.text ?? type;
}

export function edgeTypeLabel(kg: KnowledgeGraph, type: string, lang: string): string {
  return resolveText(kg.edgeType(type)?.label, lang, kg.languages)?.text ?? type;
}

/** A status in words: the file's own label for declared statuses, else the built-in word. */
export function statusLabel(kg: KnowledgeGraph, status: string, lang: string): string {
  if (status === 'none') return uiStrings(lang).statusNone;
  const statuses = kg.document.meta.statuses ?? {};
  if (Object.hasOwn(statuses, status)) {
    const text = resolveText(statuses[status]?.label, lang, kg.languages)?.text;
    if (text) return text;
  }
  const builtin = STATUS_LABELS[uiLanguage(lang)];
  return Object.hasOwn(builtin, status) ? (builtin[status] as string) : status;
}

/** Glyph matching the status marker drawn on edges (shape, not colour). */
export function statusGlyph(status: string): string {
  return statusEncoding(status === 'none' ? undefined : status).glyph;
}

/** The arrow that points from the first to the last word in a line of this direction. */
export function forwardArrow(dir: 'ltr' | 'rtl'): string {
  return dir === 'rtl' ? '←' : '→';
}

export interface RelationWords {
  readonly from: { readonly id: string; readonly text: string };
  readonly relation: string;
  readonly to: { readonly id: string; readonly text: string };
  readonly directed: boolean;
}

/** The parts of an edge read as a sentence, in the document's direction (source first). */
export function relationWords(kg: KnowledgeGraph, edge: GraphEdge, lang: string): RelationWords {
  const from = kg.node(edge.source);
  const to = kg.node(edge.target);
  return {
    from: { id: edge.source, text: from ? nodeText(kg, from, lang) : edge.source },
    relation: edgeText(kg, edge, lang),
    to: { id: edge.target, text: to ? nodeText(kg, to, lang) : edge.target },
    directed: kg.isDirected(edge),
  };
}

/** An edge as one plain sentence: "Iran — proposed → SCO" (or "— … —" when undirected). */
export function relationSentence(kg: KnowledgeGraph, edge: GraphEdge, lang: string, dir: 'ltr' | 'rtl'): string {
  const w = relationWords(kg, edge, lang);
  return `${w.from.text} — ${w.relation} ${w.directed ? forwardArrow(dir) : '—'} ${w.to.text}`;
}

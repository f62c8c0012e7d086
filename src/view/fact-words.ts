/**
 * Facts in words for what a tour step or read-along lights: a node's label, a relation as a
 * sentence, and the sentence a screen reader hears. Pure, so Node tests read the same words.
 */
import type { KnowledgeGraph } from '../model/knowledge-graph';
import { directionOf } from '../i18n/strings';
import { tourStrings } from '../i18n/tour-strings';
import { relationSentence } from './describe';
import { nodeText } from './view-model';

/** A node's label, or an edge as "Iran — proposed → SCO"; the id for anything else. */
export function factLabel(kg: KnowledgeGraph, id: string, lang: string): string {
  const node = kg.node(id);
  if (node) return nodeText(kg, node, lang);
  const edge = kg.edge(id);
  return edge ? relationSentence(kg, edge, lang, directionOf(lang)) : id;
}

/** How many labels an announcement reads out before it stops listing. */
const ANNOUNCED_LABELS = 6;

/** "Lit 3 facts: Russia; Iran; Russia — signed → Iran" (relations first: they say most). */
export function litAnnouncement(kg: KnowledgeGraph, facts: { readonly nodes: readonly string[]; readonly edges: readonly string[] }, lang: string): string {
  const ids = [...facts.edges, ...facts.nodes];
  if (ids.length === 0) return tourStrings(lang).nothingInParagraph;
  const labels = ids.slice(0, ANNOUNCED_LABELS).map((id) => factLabel(kg, id, lang));
  const separator = directionOf(lang) === 'rtl' ? '؛ ' : '; ';
  return tourStrings(lang).litFacts(ids.length, `${labels.join(separator)}${ids.length > ANNOUNCED_LABELS ? '…' : ''}`);
}

/**
 * What the viewer's live region says when the selection or keyboard focus moves, in the
 * reader's language. Pure, so Node tests read what a screen reader hears.
 */
import type { KnowledgeGraph } from '../model/knowledge-graph';
import { directionOf, uiStrings } from '../i18n/strings';
import { nodeTypeLabel, relationSentence } from './describe';
import { nodeText } from './view-model';
import type { Selection } from './view-state';

/** "Selected Iran, country, 9 relations." / "Selection cleared." */
export function selectionAnnouncement(kg: KnowledgeGraph, selection: Selection | null, lang: string): string {
  const s = uiStrings(lang);
  if (!selection) return s.selectionCleared;
  if (selection.kind === 'node') {
    const node = kg.node(selection.id);
    return node ? s.selected(nodeText(kg, node, lang), nodeTypeLabel(kg, node.type, lang), kg.incidentEdges(node.id).length) : '';
  }
  const edge = kg.edge(selection.id);
  return edge ? s.selected(relationSentence(kg, edge, lang, directionOf(lang)), s.edge, 1) : '';
}

/** "Iran, country": a node reached with the arrow keys. */
export function focusAnnouncement(kg: KnowledgeGraph, id: string, lang: string): string {
  const node = kg.node(id);
  return node ? `${nodeText(kg, node, lang)}, ${nodeTypeLabel(kg, node.type, lang)}` : '';
}

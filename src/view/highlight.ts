/**
 * What the spotlight shows for a view state: the selected element with its neighbourhood, and
 * every shortest path asked for. Pure, so Node tests reach it; the renderer only draws it.
 */
import type { Visibility } from '../model/filters';
import type { KnowledgeGraph } from '../model/knowledge-graph';
import { widerNeighbourhood, type Depth, type ElementSet } from '../model/neighbourhood';
import type { GraphPath } from '../model/path';
import type { Selection } from './view-state';

export interface Highlight {
  /** Elements drawn in the spotlight, above the veil. */
  readonly elements: ElementSet;
  /** Ids drawn as selected (focus ring) and as part of a path. */
  readonly selected: ReadonlySet<string>;
  readonly path: ReadonlySet<string>;
}

/** The highlight for a selection (`depth` steps around it) and paths, or null when nothing is lit. */
export function highlightFor(
  kg: KnowledgeGraph,
  selection: Selection | null,
  paths: readonly GraphPath[],
  visible?: Visibility,
  depth: Depth = 1,
): Highlight | null {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const path = new Set<string>();
  for (const p of paths) {
    for (const id of p.nodes) {
      nodes.add(id);
      path.add(id);
    }
    for (const id of p.edges) {
      edges.add(id);
      path.add(id);
    }
  }
  const selected = new Set<string>();
  if (selection) {
    const hood = widerNeighbourhood(kg, selection.id, depth, visible);
    hood.nodes.forEach((id) => nodes.add(id));
    hood.edges.forEach((id) => edges.add(id));
    selected.add(selection.id);
  }
  if (nodes.size === 0 && edges.size === 0) return null;
  return { elements: { nodes, edges }, selected, path };
}

/**
 * A highlight with more elements lit beside the selection and paths: a tour's step, the facts of
 * the paragraph read along. Null when nothing at all is lit.
 */
export function withLit(highlight: Highlight | null, ...lit: readonly ElementSet[]): Highlight | null {
  const extra = lit.filter((set) => set.nodes.size > 0 || set.edges.size > 0);
  if (extra.length === 0) return highlight;
  const nodes = new Set(highlight?.elements.nodes);
  const edges = new Set(highlight?.elements.edges);
  for (const set of extra) {
    set.nodes.forEach((id) => nodes.add(id));
    set.edges.forEach((id) => edges.add(id));
  }
  return { elements: { nodes, edges }, selected: highlight?.selected ?? new Set(), path: highlight?.path ?? new Set() };
}

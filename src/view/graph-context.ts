/**
 * What one loaded graph gives a viewer, built once per document: the model, type counts for
 * the legend, and the universe the view state is sanitised against.
 */
import type { GraphDocument } from '../format/types';
import { KnowledgeGraph } from '../model/knowledge-graph';
import { typeCounts, visibility } from '../model/filters';
import type { Selection, StateUniverse } from './view-state';
import type { FilterState } from '../model/filters';

export interface GraphContext {
  readonly kg: KnowledgeGraph;
  readonly counts: ReturnType<typeof typeCounts>;
  readonly universe: StateUniverse;
  /** Whether a node or edge is shown under these filters. */
  isVisible(selection: Selection, filters: FilterState): boolean;
}

export function buildGraphContext(document: GraphDocument): GraphContext {
  const kg = KnowledgeGraph.from(document);
  const counts = typeCounts(kg);
  const universe: StateUniverse = {
    languages: kg.languages,
    hasNode: (id) => kg.node(id) !== undefined,
    hasEdge: (id) => kg.edge(id) !== undefined,
    nodeTypes: new Set(counts.nodeTypes.keys()),
    edgeTypes: new Set(counts.edgeTypes.keys()),
    statuses: new Set(counts.statuses.keys()),
    tours: tourLengths(kg),
  };
  return {
    kg,
    counts,
    universe,
    isVisible(selection, filters) {
      const v = visibility(kg, filters);
      return selection.kind === 'node' ? v.node(selection.id) : v.edge(selection.id);
    },
  };
}

/** Tour id → number of steps, for tours that have steps (the first of a repeated id wins). */
function tourLengths(kg: KnowledgeGraph): Map<string, number> {
  const tours = new Map<string, number>();
  for (const tour of kg.document.tours ?? []) {
    if (!tours.has(tour.id) && tour.steps.length > 0) tours.set(tour.id, tour.steps.length);
  }
  return tours;
}

/** The language a viewer opens in: the one asked for when the file has it, else the file's first. */
export function openingLanguage(kg: KnowledgeGraph, asked: string | undefined): string {
  return asked && kg.languages.includes(asked) ? asked : (kg.languages[0] ?? 'en');
}

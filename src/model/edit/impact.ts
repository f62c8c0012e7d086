/**
 * What else a removal touches, so the editor can list it before the curator confirms and the
 * command can carry it out: a node's edges, the tour steps that name it or its edges (trimmed,
 * or removed when nothing is left in them), the edges that have it as a topic, and the evidence
 * attributed to it.
 */
import type { GraphDocument } from '../../format/types';

export interface TourStepImpact {
  readonly tour: string;
  /** Index of the step in its tour, before the removal. */
  readonly step: number;
  /** Whether the step goes (it named nothing else) or is only trimmed. */
  readonly removed: boolean;
}

export interface RemovalImpact {
  /** Edges that go with the node (or the edge itself). */
  readonly edges: readonly string[];
  readonly tourSteps: readonly TourStepImpact[];
  /** Edges that keep existing but lose the node from their `topics`. */
  readonly topicOf: readonly string[];
  /** Nodes and edges whose evidence loses its `by` (the node said it). */
  readonly attributedBy: readonly string[];
}

/** What removing the node with this id takes with it. */
export function nodeRemovalImpact(doc: GraphDocument, id: string): RemovalImpact {
  const edges = (doc.edges ?? []).filter((edge) => edge.source === id || edge.target === id).map((edge) => edge.id);
  const goneEdges = new Set(edges);
  const topicOf = (doc.edges ?? []).filter((edge) => !goneEdges.has(edge.id) && Array.isArray(edge.topics) && edge.topics.includes(id)).map((edge) => edge.id);
  const attributedBy = [...(doc.nodes ?? []).filter((node) => node.id !== id), ...(doc.edges ?? []).filter((edge) => !goneEdges.has(edge.id))]
    .filter((element) => Array.isArray(element.evidence) && element.evidence.some((evidence) => evidence.by === id))
    .map((element) => element.id);
  return { edges, tourSteps: tourStepImpact(doc, new Set([id]), goneEdges), topicOf, attributedBy };
}

/** What removing the edge with this id takes with it. */
export function edgeRemovalImpact(doc: GraphDocument, id: string): RemovalImpact {
  return { edges: [id], tourSteps: tourStepImpact(doc, new Set(), new Set([id])), topicOf: [], attributedBy: [] };
}

function tourStepImpact(doc: GraphDocument, nodes: ReadonlySet<string>, edges: ReadonlySet<string>): TourStepImpact[] {
  const impact: TourStepImpact[] = [];
  for (const tour of doc.tours ?? []) {
    (tour.steps ?? []).forEach((step, index) => {
      const stepNodes = Array.isArray(step.nodes) ? step.nodes : [];
      const stepEdges = Array.isArray(step.edges) ? step.edges : [];
      const named = stepNodes.some((n) => nodes.has(n)) || stepEdges.some((e) => edges.has(e));
      if (!named) return;
      const left = stepNodes.filter((n) => !nodes.has(n)).length + stepEdges.filter((e) => !edges.has(e)).length;
      impact.push({ tour: tour.id, step: index, removed: left === 0 });
    });
  }
  return impact;
}

export interface TypeRemovalImpact {
  /** Nodes of the type (a node type), in file order; each goes with its own removal impact. */
  readonly nodes: readonly string[];
  /** Relations that go: those of the type (a relation type), or those of the nodes that go. */
  readonly edges: readonly string[];
  /** Tour steps trimmed or removed. */
  readonly tourSteps: readonly TourStepImpact[];
}

/** What deleting a node or relation type takes with it when cascaded (nothing else refers to a type). */
export function typeRemovalImpact(doc: GraphDocument, kind: 'node' | 'edge', id: string): TypeRemovalImpact {
  if (kind === 'node') {
    const nodes = (Array.isArray(doc.nodes) ? doc.nodes : []).filter((node) => node.type === id).map((node) => node.id);
    const gone = new Set(nodes);
    const edges = (Array.isArray(doc.edges) ? doc.edges : []).filter((edge) => gone.has(edge.source) || gone.has(edge.target)).map((edge) => edge.id);
    return { nodes, edges, tourSteps: tourStepImpact(doc, gone, new Set(edges)) };
  }
  const edges = (Array.isArray(doc.edges) ? doc.edges : []).filter((edge) => edge.type === id).map((edge) => edge.id);
  return { nodes: [], edges, tourSteps: tourStepImpact(doc, new Set(), new Set(edges)) };
}

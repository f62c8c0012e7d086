/**
 * The view model: flat, renderer-ready fields for every node and edge (label text already
 * localized and direction-isolated, colour, size, shape, line, status marker). Built once
 * per graph; a language or theme change rebuilds only the fields it affects.
 */
import type { GraphEdge, GraphNode } from '../format/types';
import type { KnowledgeGraph } from '../model/knowledge-graph';
import { resolveText } from '../model/localize';
import { statusKey } from '../model/filters';
import {
  edgeLineStyle,
  nodeColorScale,
  nodeShape,
  nodeSizeScale,
  statusEncoding,
  type StatusEncoding,
} from './encodings';
import { canvasLabel, shorten } from './text-direction';
import type { ThemeTokens } from './theme';
import { LARGE_GRAPH_ELEMENTS, SMALL_GRAPH_MAX_NODES } from './thresholds';

/**
 * Level of detail by size. Curved edges with status markers and label halos cost Cytoscape
 * about a second per thousand nodes (edge control points, label outlines), so graphs above
 * SMALL_GRAPH_MAX_NODES get straight edges without markers on the main canvas, drawn apart from
 * Cytoscape (render/edge-layer.ts; the spotlight still draws the selected neighbourhood in full).
 * Above LARGE_GRAPH_ELEMENTS the viewport also moves as a cached texture and the canvas is drawn
 * at 1x pixel ratio.
 */
export type Detail = 'full' | 'simple-edges' | 'large';

/** How much detail a graph of this size is drawn with. */
export function detailFor(nodes: number, edges: number): Detail {
  if (nodes + edges > LARGE_GRAPH_ELEMENTS) return 'large';
  return nodes > SMALL_GRAPH_MAX_NODES ? 'simple-edges' : 'full';
}

export interface NodeView {
  readonly id: string;
  readonly type: string;
  /** Plain localized label. */
  readonly text: string;
  /** Label for the canvas: shortened, wrapped, direction-isolated. */
  readonly label: string;
  /** Full label for the canvas, shown on hover and selection. */
  readonly fullLabel: string;
  readonly color: string;
  readonly shape: string;
  readonly size: number;
  /** Its number of relations (KnowledgeGraph.degree): sizes it, and orders whose name is placed first. */
  readonly degree: number;
  readonly position?: { readonly x: number; readonly y: number };
}

export interface EdgeView {
  readonly id: string;
  readonly type: string;
  readonly source: string;
  readonly target: string;
  readonly text: string;
  readonly label: string;
  readonly directed: boolean;
  readonly line: string;
  readonly status: string;
  readonly encoding: StatusEncoding;
}

export interface GraphView {
  readonly nodes: readonly NodeView[];
  readonly edges: readonly EdgeView[];
  /** How much detail the main canvas draws (see detailFor). */
  readonly detail: Detail;
}

/** Localized label of a node (falls back per the format's rule; the id as a last resort). */
export function nodeText(kg: KnowledgeGraph, node: GraphNode, lang: string): string {
  return resolveText(node.label, lang, kg.languages)?.text ?? node.id;
}

/** Localized label of an edge: its own label, else its type's label. */
export function edgeText(kg: KnowledgeGraph, edge: GraphEdge, lang: string): string {
  return (
    resolveText(edge.label, lang, kg.languages)?.text ??
    resolveText(kg.edgeType(edge.type)?.label, lang, kg.languages)?.text ??
    edge.type
  );
}

export function buildGraphView(kg: KnowledgeGraph, lang: string, tokens: ThemeTokens): GraphView {
  const colors = nodeColorScale(kg.document.nodeTypes, tokens.palette, tokens.background);
  const sizes = nodeSizeScale(kg.nodes.map((n) => kg.degree(n.id)));
  const detail = detailFor(kg.nodes.length, kg.edges.length);
  // Most edges share their type's label: wrap each distinct text once (60,000 edges, a handful of texts).
  const edgeLabels = new Map<string, string>();
  const edgeLabel = (text: string): string => {
    let label = edgeLabels.get(text);
    if (label === undefined) edgeLabels.set(text, (label = canvasLabel(text, 24, 2)));
    return label;
  };
  const nodes = kg.nodes.map((node): NodeView => {
    const text = nodeText(kg, node, lang);
    const degree = kg.degree(node.id);
    return {
      id: node.id,
      type: node.type,
      text,
      label: canvasLabel(shorten(text, 40)),
      // Same line length as the short label so the full one drawn over it lines up.
      fullLabel: canvasLabel(text, 18, 8),
      color: colors(node.type),
      shape: nodeShape(node.type, kg.nodeType(node.type)),
      size: sizes(degree),
      degree,
      ...(node.position ? { position: { x: node.position.x, y: node.position.y } } : {}),
    };
  });
  const edges = kg.edges.map((edge): EdgeView => {
    const text = edgeText(kg, edge, lang);
    return {
      id: edge.id,
      type: edge.type,
      source: edge.source,
      target: edge.target,
      text,
      label: edgeLabel(text),
      directed: kg.isDirected(edge),
      line: edgeLineStyle(kg.edgeType(edge.type)),
      status: statusKey(edge),
      encoding: statusEncoding(edge.status),
    };
  });
  return { nodes, edges, detail };
}

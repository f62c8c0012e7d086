/**
 * The data a node or an edge carries in a Cytoscape instance (read by the stylesheet), made from
 * its view. One place, because three parts add elements: the renderer at mount, the spotlight
 * and the editor's element sync.
 */
import type cytoscape from 'cytoscape';
import type { EdgeView, NodeView } from '../view/view-model';

export function nodeData(n: NodeView): cytoscape.NodeDataDefinition {
  return { id: n.id, type: n.type, label: n.label, fullLabel: n.fullLabel, color: n.color, shape: n.shape, size: n.size, degree: n.degree };
}

export function edgeData(e: EdgeView): cytoscape.EdgeDataDefinition {
  return {
    id: e.id,
    source: e.source,
    target: e.target,
    type: e.type,
    label: e.label,
    directed: e.directed,
    line: e.line,
    status: e.status,
    width: e.encoding.width,
    marker: e.encoding.marker,
    markerFill: e.encoding.firm ? 'filled' : 'hollow',
  };
}

/**
 * Brings a mounted renderer in line with a new view of an edited (or reloaded) graph without
 * mounting it again: the camera, the positions of what stayed, and the selection all stay.
 * Elements that went are removed, new ones added (a node where the file pins it, else beside its
 * neighbours, else at `placeAt` or the middle of the view), an edge whose ends changed is
 * replaced, a pinned node whose position changed moves. Loaded on demand (edit mode, live file
 * reload), so the reader's bundle does not carry it.
 */
import type cytoscape from 'cytoscape';
import type { EdgeView, GraphView } from '../view/view-model';
import { CytoscapeRenderer } from './cytoscape-renderer';
import { edgeData, nodeData } from './element-data';
import type { GraphRenderer } from './renderer';

export interface SyncOptions {
  /** Where a new node without a position and without placed neighbours goes (model coordinates). */
  readonly placeAt?: { readonly x: number; readonly y: number };
}

export interface SyncResult {
  readonly added: number;
  readonly removed: number;
  readonly moved: number;
}

export function syncElements(renderer: GraphRenderer, view: GraphView, options: SyncOptions = {}): SyncResult {
  const cy = renderer.cy;
  if (!cy) throw new Error('editing needs the Cytoscape renderer');
  const nodes = new Map(view.nodes.map((n) => [n.id, n]));
  // The edges that changed, from the view drawn to the new one. The main instance holds the drawn
  // view's edges, or none above the full-detail size: the edge layer draws them there, and
  // updateView() below gives it the new ones.
  const { gone, fresh: freshEdges } = edgeChanges(renderer.view.edges, view.edges);
  const edgesInCy = !(renderer instanceof CytoscapeRenderer && renderer.edgesApart);
  let addedNodes = 0;
  let removed = gone.length;
  let moved = 0;
  cy.batch(() => {
    // Removals first: an id may pass from an edge to a node (or back) in one edit.
    if (edgesInCy) for (const id of gone) cy.getElementById(id).remove();
    cy.nodes().forEach((node) => {
      if (!nodes.has(node.id())) {
        node.remove();
        removed++;
      }
    });
    const fresh: cytoscape.ElementDefinition[] = [];
    const centre = options.placeAt ?? viewCentre(cy);
    for (const n of view.nodes) {
      const existing = cy.getElementById(n.id);
      if (existing.nonempty()) {
        const p = existing.position();
        if (n.position && (p.x !== n.position.x || p.y !== n.position.y)) {
          existing.position({ x: n.position.x, y: n.position.y });
          moved++;
        }
        continue;
      }
      const position = n.position ? { x: n.position.x, y: n.position.y } : besideNeighbours(cy, view, n.id) ?? jitter(centre, addedNodes);
      fresh.push({ group: 'nodes', data: nodeData(n), position });
      addedNodes++;
    }
    if (fresh.length) cy.add(fresh);
    if (edgesInCy && freshEdges.length) cy.add(freshEdges.map((e): cytoscape.ElementDefinition => ({ group: 'edges', data: edgeData(e) })));
  });
  renderer.updateView(view);
  return { added: addedNodes + freshEdges.length, removed, moved };
}

/** Edges of `before` that are not in `after` with the same ends (ids), and edges of `after` new or re-ended. */
function edgeChanges(before: readonly EdgeView[], after: readonly EdgeView[]): { gone: string[]; fresh: EdgeView[] } {
  const had = new Map(before.map((e) => [e.id, e]));
  const wanted = new Map(after.map((e) => [e.id, e]));
  const same = (a: EdgeView | undefined, b: EdgeView): boolean => a !== undefined && a.source === b.source && a.target === b.target;
  return {
    gone: before.filter((e) => !same(wanted.get(e.id), e)).map((e) => e.id),
    fresh: after.filter((e) => !same(had.get(e.id), e)),
  };
}

/** The middle of what the camera shows, in model coordinates. */
function viewCentre(cy: cytoscape.Core): { x: number; y: number } {
  const extent = cy.extent();
  return { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
}

/** The mean position of a new node's neighbours already on the canvas, a little off it. */
function besideNeighbours(cy: cytoscape.Core, view: GraphView, id: string): { x: number; y: number } | undefined {
  let x = 0;
  let y = 0;
  let count = 0;
  for (const e of view.edges) {
    const other = e.source === id ? e.target : e.target === id ? e.source : undefined;
    if (other === undefined || other === id) continue;
    const node = cy.getElementById(other);
    if (node.empty()) continue;
    const p = node.position();
    x += p.x;
    y += p.y;
    count++;
  }
  return count ? { x: x / count + 40, y: y / count + 40 } : undefined;
}

/** Several new nodes at one spot are fanned out so they do not hide each other. */
function jitter(p: { x: number; y: number }, n: number): { x: number; y: number } {
  return n === 0 ? { x: p.x, y: p.y } : { x: p.x + 50 * Math.cos(n), y: p.y + 50 * Math.sin(n) };
}

/**
 * Pointer input on the main canvas: taps, what is under the pointer, and dragging.
 *
 * Above SMALL_GRAPH_MAX_NODES elements ignore pointer events (see stylesheet.ts): Cytoscape's own
 * pressing and hovering restyle the element, which redraws the whole canvas (130 ms at 1,000
 * nodes, seconds at 20,000). There the canvas is hit-tested here instead, and pressed nodes are
 * dragged here.
 */
import type cytoscape from 'cytoscape';
import type { Point } from './fit';
import { CLASSES } from './stylesheet';

interface HitTarget {
  readonly id: string;
  /** The node's live position object: Cytoscape and the layout update it in place. */
  readonly position: Point;
  readonly radius: number;
}

/**
 * Which visible node is at a model position. A linear scan over cached targets: a fraction of a
 * millisecond at 20,000 nodes, and no index to keep up to date while the layout moves nodes.
 */
export class NodeHitTest {
  readonly #cy: cytoscape.Core;
  #targets: HitTarget[] | undefined;

  constructor(cy: cytoscape.Core) {
    this.#cy = cy;
  }

  /** Call after visibility or node sizes changed. */
  invalidate(): void {
    this.#targets = undefined;
  }

  /** The visible node under a model position, if any (the topmost, i.e. last drawn, wins). */
  nodeAt(position: Point): string | undefined {
    const slack = 3 / this.#cy.zoom();
    let found: string | undefined;
    for (const t of this.#hitTargets()) {
      const r = t.radius + slack;
      const dx = position.x - t.position.x;
      const dy = position.y - t.position.y;
      if (dx * dx + dy * dy <= r * r) found = t.id;
    }
    return found;
  }

  /** Hit-testing is then plain arithmetic instead of three Cytoscape calls per node. */
  #hitTargets(): readonly HitTarget[] {
    if (!this.#targets) {
      const targets: HitTarget[] = [];
      this.#cy.nodes().forEach((n) => {
        if (!n.hasClass(CLASSES.hidden)) targets.push({ id: n.id(), position: n.position(), radius: (n.data('size') as number) / 2 });
      });
      this.#targets = targets;
    }
    return this.#targets;
  }
}

export interface PointerHandlers {
  tapNode(id: string): void;
  tapEdge(id: string): void;
  tapBackground(): void;
  /** The node or edge under the pointer changed (null: none). May repeat the same id. */
  hover(id: string | null): void;
}

/**
 * Listens to the pointer on `cy` (whose canvas is in `container`). With `ownPointer` (elements
 * ignore pointer events) taps on the canvas and hovering are hit-tested with `hits`, and nodes
 * are dragged by enableOwnDrag. Returns a disposer.
 */
export function listenToPointer(
  cy: cytoscape.Core,
  container: HTMLElement,
  hits: NodeHitTest,
  ownPointer: boolean,
  handlers: PointerHandlers,
): () => void {
  let disposed = false;
  const listeners: [events: string, selector: string | undefined, handler: cytoscape.EventHandler][] = [];
  const on = (events: string, selector: string | undefined, handler: cytoscape.EventHandler): void => {
    listeners.push([events, selector, handler]);
    if (selector === undefined) cy.on(events, handler);
    else cy.on(events, selector, handler);
  };

  on('tap', 'node', (ev) => handlers.tapNode(ev.target.id()));
  on('tap', 'edge', (ev) => handlers.tapEdge(ev.target.id()));
  on('tap', undefined, (ev) => {
    if (ev.target !== cy) return;
    const hit = ownPointer ? hits.nodeAt(ev.position) : undefined;
    if (hit) handlers.tapNode(hit);
    else handlers.tapBackground();
  });
  on('mouseover', 'node, edge', (ev) => handlers.hover(ev.target.id()));
  on('mouseout', 'node, edge', () => handlers.hover(null));
  let disposeDrag: (() => void) | undefined;
  if (ownPointer) {
    disposeDrag = enableOwnDrag(cy, hits);
    let pending: Point | undefined;
    on('mousemove', undefined, (ev) => {
      // At most one hit test per frame.
      if (pending === undefined) {
        requestAnimationFrame(() => {
          if (disposed || !pending) return;
          const hit = hits.nodeAt(pending) ?? null;
          pending = undefined;
          handlers.hover(hit);
        });
      }
      pending = { ...ev.position };
    });
  }
  // Cytoscape sends no mouseout when the pointer leaves the canvas straight from a node.
  const onLeave = (): void => handlers.hover(null);
  container.addEventListener('mouseleave', onLeave);
  // Cytoscape caches where its canvas is on screen and forgets it when an ancestor scrolls,
  // but from inside a shadow root it never hears the page scroll: after a reader scrolls an
  // article, clicks and touches would land beside the nodes. Forget it on any scroll.
  const renderer = (cy as unknown as { renderer(): { invalidateContainerClientCoordsCache?(): void } }).renderer();
  const onPageScroll = (): void => renderer.invalidateContainerClientCoordsCache?.();
  container.ownerDocument.addEventListener('scroll', onPageScroll, { capture: true, passive: true });

  return () => {
    if (disposed) return;
    disposed = true;
    container.removeEventListener('mouseleave', onLeave);
    container.ownerDocument.removeEventListener('scroll', onPageScroll, { capture: true });
    disposeDrag?.();
    if (cy.destroyed()) return;
    for (const [events, selector, handler] of listeners) {
      if (selector === undefined) cy.off(events, handler);
      else cy.off(events, selector, handler);
    }
  };
}

/**
 * Dragging a node when elements ignore pointer events: a press on a node turns panning off
 * until release and moves the node with the pointer. Returns a disposer.
 */
function enableOwnDrag(cy: cytoscape.Core, hits: NodeHitTest): () => void {
  let dragged: cytoscape.NodeSingular | undefined;
  let offset = { x: 0, y: 0 };
  const onStart = (ev: cytoscape.EventObject): void => {
    const id = hits.nodeAt(ev.position);
    if (!id) return;
    dragged = cy.getElementById(id) as cytoscape.NodeSingular;
    const p = dragged.position();
    offset = { x: p.x - ev.position.x, y: p.y - ev.position.y };
    cy.userPanningEnabled(false);
  };
  const onDrag = (ev: cytoscape.EventObject): void => {
    if (dragged && !dragged.locked()) dragged.position({ x: ev.position.x + offset.x, y: ev.position.y + offset.y });
  };
  const onEnd = (): void => {
    if (!dragged) return;
    dragged = undefined;
    cy.userPanningEnabled(true);
  };
  cy.on('tapstart', onStart);
  cy.on('tapdrag', onDrag);
  cy.on('tapend', onEnd);
  return () => {
    if (cy.destroyed()) return;
    cy.off('tapstart', onStart);
    cy.off('tapdrag', onDrag);
    cy.off('tapend', onEnd);
  };
}

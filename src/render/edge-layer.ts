/**
 * The main canvas's edges above the full-detail size, drawn on a canvas of our own under
 * Cytoscape's instead of as Cytoscape elements. There every edge is a straight line without
 * marker or label (the spotlight draws the lit ones in full), which a 2D canvas strokes as one
 * path per look (./edge-strokes.ts); as Cytoscape elements each edge costs a style, a bounding
 * box, cached geometry and a draw call, most of the main canvas's time and memory at thousands of
 * edges (20,000 nodes / 50,000 edges: styling 3.6 s, drawing the edges 2.9 s, over 150 MB of
 * element state, measured). Cytoscape keeps the nodes: shapes, names, hit-testing and dragging.
 *
 * It draws in Cytoscape's frame (on its 'render' event) whenever a position or what is shown
 * changed, so lines and nodes move together. While the viewport moves (a pan, a zoom, a camera
 * glide) it moves the last drawing with a CSS transform instead, and draws again once the viewport
 * rests: rasterizing the lines is most of a frame's cost (1,000 nodes / 2,500 edges, a scripted
 * pan: 31–61 redraws/s without the layer shown, 25–35/s drawing it every frame, measured), and a
 * transform costs the compositor nothing. When the moved picture no longer covers the canvas (a
 * pan, a zoom out) it is drawn again every `redrawWhileMovingMs` so that lines come in beside the
 * nodes Cytoscape draws every frame; a huge graph, whose nodes move as a texture too, waits for rest.
 */
import type cytoscape from 'cytoscape';
import type { Visibility } from '../model/filters';
import type { SceneEdge } from '../view/handout/scene';
import type { EdgeView, GraphView } from '../view/view-model';
import { edgeData } from './element-data';
import { cameraTransform, stillCovers, strokeBatches, strokeEdges, type Camera, type StrokeBatch, type StrokeTransform } from './edge-strokes';
import type { Point } from './fit';
import type { SpotlightEdge } from './spotlight';

export interface EdgeLayerOptions {
  /** Canvas pixels per CSS pixel ('auto': the screen's), as the Cytoscape canvas above it. */
  readonly pixelRatio: number | 'auto';
  /**
   * While the view moves, how often (ms) to draw again once the moved picture leaves part of the
   * canvas bare; undefined: only at rest.
   */
  readonly redrawWhileMovingMs?: number;
}

/** How long (ms) a moving viewport must rest before the edges are drawn again. */
const REST_MS = 150;

export class EdgeLayer {
  readonly canvas: HTMLCanvasElement;
  readonly #cy: cytoscape.Core;
  readonly #options: EdgeLayerOptions;
  #color: string;
  #edges: readonly EdgeView[] = [];
  #edgeIndex = new Map<string, number>();
  /** Live position objects of the nodes, by index (Cytoscape and the layouts write into them). */
  #positions: Point[] = [];
  #ends = new Uint32Array(0);
  #hidden = new Uint8Array(0);
  #batches: StrokeBatch[] = [];
  #visible: Visibility | undefined;
  /** The camera the canvas was last drawn with; undefined: draw again. */
  #drawn: Camera | undefined;
  #moving = false;
  /** When the canvas was last drawn, or the view began to move since (performance.now()). */
  #drawnAt = 0;
  #restTimer: ReturnType<typeof setTimeout> | undefined;
  #destroyed = false;
  readonly #onRender = (): void => this.#frame();
  readonly #onViewport = (): void => this.#viewportMoved();
  readonly #onPositions = (): void => {
    this.#drawn = undefined;
  };

  constructor(container: HTMLElement, cy: cytoscape.Core, view: GraphView, color: string, options: EdgeLayerOptions) {
    this.#cy = cy;
    this.#color = color;
    this.#options = options;
    const doc = container.ownerDocument;
    this.canvas = doc.createElement('canvas');
    this.canvas.setAttribute('aria-hidden', 'true');
    this.canvas.dataset['kgLayer'] = 'edges';
    // Under Cytoscape's canvases: before their container, positioned, and no z-index of its own.
    Object.assign(this.canvas.style, { position: 'absolute', left: '0', top: '0', pointerEvents: 'none', transformOrigin: '0 0' });
    container.prepend(this.canvas);
    this.setView(view);
    cy.on('render', this.#onRender);
    cy.on('viewport', this.#onViewport);
    cy.on('position kglayoutpositions', this.#onPositions);
  }

  /** The edges of a new view (after an edit, a language or theme change); nodes are looked up in `cy`. */
  setView(view: GraphView): void {
    this.#edges = view.edges;
    const nodeIndex = new Map<string, number>();
    const positions: Point[] = [];
    this.#cy.nodes().forEach((n) => {
      nodeIndex.set(n.id(), positions.length);
      positions.push(n.position());
    });
    this.#positions = positions;
    this.#edgeIndex = new Map();
    this.#ends = new Uint32Array(2 * view.edges.length);
    // An edge whose end is not drawn points at index `positions.length`: no position, not stroked.
    const missing = positions.length;
    view.edges.forEach((e, i) => {
      this.#edgeIndex.set(e.id, i);
      this.#ends[2 * i] = nodeIndex.get(e.source) ?? missing;
      this.#ends[2 * i + 1] = nodeIndex.get(e.target) ?? missing;
    });
    this.#batches = strokeBatches(view.edges);
    this.#applyVisibility();
  }

  /** Which edges are shown: those `visible` lets through whose two ends it lets through too. */
  setVisibility(visible: Visibility): void {
    this.#visible = visible;
    this.#applyVisibility();
  }

  #applyVisibility(): void {
    const visible = this.#visible;
    this.#hidden = new Uint8Array(this.#edges.length);
    if (visible) {
      const shownNode = new Map<string, boolean>();
      const shown = (id: string): boolean => {
        let v = shownNode.get(id);
        if (v === undefined) shownNode.set(id, (v = visible.node(id)));
        return v;
      };
      this.#edges.forEach((e, i) => {
        if (!visible.edge(e.id) || !shown(e.source) || !shown(e.target)) this.#hidden[i] = 1;
      });
    }
    this.#redraw();
  }

  /** The container changed size: the canvas follows with the next frame. */
  resize(): void {
    this.#redraw();
  }

  setColor(color: string): void {
    this.#color = color;
    this.#redraw();
  }

  /** An edge's data and whether it is shown; undefined for an id that is not an edge. */
  edge(id: string): SpotlightEdge | undefined {
    const i = this.#edgeIndex.get(id);
    if (i === undefined) return undefined;
    const e = this.#edges[i]!;
    return { data: edgeData(e), source: e.source, target: e.target, hidden: this.#hidden[i] === 1 };
  }

  /**
   * The shown edges that cross a screen of `width` × `height` px, as a handout's scene has them:
   * straight, from centre to centre.
   */
  sceneEdges(width: number, height: number): SceneEdge[] {
    const zoom = this.#cy.zoom();
    const pan = this.#cy.pan();
    const screen = (p: Point): Point => ({ x: p.x * zoom + pan.x, y: p.y * zoom + pan.y });
    const out: SceneEdge[] = [];
    this.#edges.forEach((e, i) => {
      if (this.#hidden[i]) return;
      const s = this.#positions[this.#ends[2 * i]!];
      const t = this.#positions[this.#ends[2 * i + 1]!];
      if (!s || !t) return;
      const start = screen(s);
      const end = screen(t);
      if (Math.max(start.x, end.x) < 0 || Math.max(start.y, end.y) < 0 || Math.min(start.x, end.x) > width || Math.min(start.y, end.y) > height) return;
      out.push({ id: e.id, source: e.source, target: e.target, start, end, controls: [], mid: { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 } });
    });
    return out;
  }

  /** Strokes the shown edges into another context (picture exports), with its own transform. */
  strokeInto(ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D, t: StrokeTransform, width: number, height: number): void {
    strokeEdges(ctx, this.#graph(), this.#color, t, width, height);
  }

  /** Draws the canvas for the current camera now (before it is read for a picture or a print). */
  drawNow(): void {
    if (this.#restTimer !== undefined) clearTimeout(this.#restTimer);
    this.#restTimer = undefined;
    this.#moving = false;
    this.#draw();
  }

  destroy(): void {
    if (this.#destroyed) return;
    this.#destroyed = true;
    if (this.#restTimer !== undefined) clearTimeout(this.#restTimer);
    if (!this.#cy.destroyed()) {
      this.#cy.off('render', this.#onRender);
      this.#cy.off('viewport', this.#onViewport);
      this.#cy.off('position kglayoutpositions', this.#onPositions);
    }
    this.canvas.remove();
  }

  #graph(): { positions: readonly Point[]; ends: Uint32Array; hidden: Uint8Array; batches: readonly StrokeBatch[] } {
    return { positions: this.#positions, ends: this.#ends, hidden: this.#hidden, batches: this.#batches };
  }

  /** Something other than the camera changed: draw again with Cytoscape's next frame. */
  #redraw(): void {
    this.#drawn = undefined;
    if (!this.#destroyed && !this.#cy.destroyed()) this.#cy.forceRender();
  }

  #viewportMoved(): void {
    if (!this.#moving) this.#drawnAt = performance.now();
    this.#moving = true;
    if (this.#restTimer !== undefined) clearTimeout(this.#restTimer);
    this.#restTimer = setTimeout(() => {
      this.#restTimer = undefined;
      this.#moving = false;
      if (!this.#destroyed) requestAnimationFrame(() => this.#frame());
    }, REST_MS);
  }

  /** Cytoscape drew a frame (or the viewport came to rest): bring the edges to the same camera. */
  #frame(): void {
    if (this.#destroyed) return;
    const now: Camera = { zoom: this.#cy.zoom(), pan: this.#cy.pan() };
    const drawn = this.#drawn;
    if (drawn && drawn.zoom === now.zoom && drawn.pan.x === now.pan.x && drawn.pan.y === now.pan.y) {
      // Back where it was drawn (a pan that returned): the drawing stands as it is.
      this.canvas.style.transform = '';
      return;
    }
    if (this.#moving && drawn) {
      const every = this.#options.redrawWhileMovingMs;
      const due = every !== undefined && performance.now() - this.#drawnAt >= every;
      if (!due || stillCovers(drawn, now, this.#cy.width(), this.#cy.height())) {
        this.canvas.style.transform = cameraTransform(drawn, now);
        return;
      }
    }
    this.#draw();
  }

  #draw(): void {
    if (this.#destroyed || this.#cy.destroyed()) return;
    const width = this.#cy.width();
    const height = this.#cy.height();
    const ratio = this.#options.pixelRatio === 'auto' ? (this.canvas.ownerDocument.defaultView?.devicePixelRatio ?? 1) : this.#options.pixelRatio;
    const w = Math.max(1, Math.round(width * ratio));
    const h = Math.max(1, Math.round(height * ratio));
    // Assigning a canvas's size clears it even when unchanged.
    if (this.canvas.width !== w || this.canvas.height !== h) {
      this.canvas.width = w;
      this.canvas.height = h;
      this.canvas.style.width = `${width}px`;
      this.canvas.style.height = `${height}px`;
    }
    const ctx = this.canvas.getContext('2d');
    if (!ctx) return;
    performance.mark('kg:edges-start');
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, w, h);
    const zoom = this.#cy.zoom();
    const pan = { ...this.#cy.pan() };
    strokeEdges(ctx, this.#graph(), this.#color, { k: zoom * ratio, tx: pan.x * ratio, ty: pan.y * ratio }, w, h);
    this.canvas.style.transform = '';
    this.#drawn = { zoom, pan };
    this.#drawnAt = performance.now();
    performance.measure('kg:edges', 'kg:edges-start');
  }
}

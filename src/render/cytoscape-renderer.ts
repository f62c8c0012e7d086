/**
 * The only place that talks to Cytoscape. It draws a GraphView, applies visibility and
 * highlight changes with as little restyling as possible, and reports user intents (taps,
 * hovers) through callbacks; it decides nothing about what they mean.
 *
 * Highlighting a neighbourhood does not restyle the whole graph (which costs hundreds of
 * milliseconds at thousands of elements): a translucent veil covers the main canvas and a
 * second, small Cytoscape instance — the spotlight — draws only the highlighted elements
 * above it, following the main viewport. A click therefore costs O(neighbourhood).
 */
import cytoscape from 'cytoscape';
import type { Visibility } from '../model/filters';
import type { EdgeView, GraphView, NodeView } from '../view/view-model';
import type { ThemeTokens } from '../view/theme';
import type { Highlight } from '../view/highlight';
import { seedPositions, startLayout, enableDragRelax, type LayoutRun } from './layout';
import { buildStylesheet, CLASSES } from './stylesheet';

export interface RendererIntents {
  tapNode(id: string): void;
  tapEdge(id: string): void;
  tapBackground(): void;
  hover(id: string | null): void;
}

export interface RendererLayers {
  /** Container of the main graph canvas. */
  readonly graph: HTMLElement;
  /** Veil drawn over the main canvas while something is highlighted. */
  readonly veil: HTMLElement;
  /** Container of the spotlight canvas (above the veil, transparent to pointer events). */
  readonly spotlight: HTMLElement;
}

const SCRATCH = '_kgViewer';

function nodeData(n: NodeView): cytoscape.NodeDataDefinition {
  return { id: n.id, type: n.type, label: n.label, fullLabel: n.fullLabel, color: n.color, shape: n.shape, size: n.size };
}

function edgeData(e: EdgeView): cytoscape.EdgeDataDefinition {
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

/** How much of the canvas, in px from each side, a panel covers. */
export interface Insets {
  readonly left: number;
  readonly right: number;
  readonly bottom: number;
}

export class CytoscapeRenderer {
  readonly cy: cytoscape.Core;
  readonly #spot: cytoscape.Core;
  readonly #layers: RendererLayers;
  #view: GraphView;
  #tokens: ThemeTokens;
  #layout: LayoutRun | undefined;
  #disposeDrag: (() => void) | undefined;
  #highlight: Highlight | null = null;
  #hovered: string | null = null;
  #focused: string | null = null;
  #destroyed = false;
  #hitCache: { id: string; position: { x: number; y: number }; radius: number }[] | undefined;
  readonly #onLeave: () => void;
  readonly #onPageScroll: () => void;

  constructor(layers: RendererLayers, view: GraphView, tokens: ThemeTokens, intents: RendererIntents) {
    this.#layers = layers;
    this.#view = view;
    this.#tokens = tokens;
    const detail = view.detail;
    const large = detail === 'large';
    // Above SIMPLE_EDGES_NODES the renderer handles pointer input itself (see #ownPointer).
    const ownPointer = detail !== 'full';
    const seeds = seedPositions(
      view.nodes.map((n) => ({ id: n.id, type: n.type, ...(n.position ? { position: n.position } : {}) })),
      view.edges,
    );
    const elements: cytoscape.ElementDefinition[] = [];
    for (const n of view.nodes) {
      elements.push({ group: 'nodes', data: nodeData(n), position: { ...(seeds.get(n.id) ?? { x: 0, y: 0 }) } });
    }
    for (const e of view.edges) elements.push({ group: 'edges', data: edgeData(e) });
    this.cy = cytoscape({
      container: layers.graph,
      elements,
      style: buildStylesheet(tokens, { detail, spotlight: false }),
      // Fitting here would measure every label; the viewport is set from the seeds below.
      layout: { name: 'preset', fit: false },
      minZoom: 0.02,
      maxZoom: 6,
      boxSelectionEnabled: false,
      selectionType: 'single',
      autounselectify: true,
      // Level of detail for large graphs: while the viewport moves, draw a cached texture
      // and leave edges out; render at 1x pixel ratio.
      hideEdgesOnViewport: large,
      textureOnViewport: large,
      pixelRatio: large ? 1 : 'auto',
      motionBlur: false,
    });
    // Written into the scratch object: the cy.scratch(name, value) setter restyles every element.
    (this.cy.scratch() as Record<string, unknown>)[SCRATCH] = { owner: this };
    this.#fitSeeds(seeds.values());
    this.#spot = cytoscape({
      container: layers.spotlight,
      style: buildStylesheet(tokens, { detail, spotlight: true }),
      userZoomingEnabled: false,
      userPanningEnabled: false,
      boxSelectionEnabled: false,
      autoungrabify: true,
      autounselectify: true,
      minZoom: 0.02,
      maxZoom: 6,
    });
    layers.veil.style.opacity = '0';
    layers.veil.style.pointerEvents = 'none';
    layers.spotlight.style.pointerEvents = 'none';

    this.cy.on('tap', 'node', (ev) => intents.tapNode(ev.target.id()));
    this.cy.on('tap', 'edge', (ev) => intents.tapEdge(ev.target.id()));
    this.cy.on('tap', (ev) => {
      if (ev.target !== this.cy) return;
      // Bigger graphs: elements ignore pointer events (see stylesheet), we hit-test instead.
      const hit = ownPointer ? this.nodeAt(ev.position) : undefined;
      if (hit) intents.tapNode(hit);
      else intents.tapBackground();
    });
    if (ownPointer) {
      this.#enableOwnDrag();
      let pending: { x: number; y: number } | undefined;
      this.cy.on('mousemove', (ev) => {
        // At most one hit test per frame.
        if (pending === undefined) {
          requestAnimationFrame(() => {
            if (this.#destroyed || !pending) return;
            const hit = this.nodeAt(pending) ?? null;
            pending = undefined;
            if (hit !== this.#hovered) {
              this.#setHover(hit);
              intents.hover(hit);
            }
          });
        }
        pending = { ...ev.position };
      });
    }
    this.cy.on('mouseover', 'node, edge', (ev) => {
      this.#setHover(ev.target.id());
      intents.hover(ev.target.id());
    });
    this.cy.on('mouseout', 'node, edge', () => {
      this.#setHover(null);
      intents.hover(null);
    });
    // Cytoscape sends no mouseout when the pointer leaves the canvas straight from a node.
    this.#onLeave = () => {
      if (this.#hovered === null) return;
      this.#setHover(null);
      intents.hover(null);
    };
    layers.graph.addEventListener('mouseleave', this.#onLeave);
    // Cytoscape caches where its canvas is on screen and forgets it when an ancestor scrolls,
    // but from inside a shadow root it never hears the page scroll: after a reader scrolls an
    // article, clicks and touches would land beside the nodes. Forget it on any scroll.
    const renderer = (this.cy as unknown as { renderer(): { invalidateContainerClientCoordsCache?(): void } }).renderer();
    this.#onPageScroll = () => renderer.invalidateContainerClientCoordsCache?.();
    layers.graph.ownerDocument.addEventListener('scroll', this.#onPageScroll, { capture: true, passive: true });
    // The spotlight follows the main canvas: viewport and the positions of its few nodes.
    this.cy.on('render', () => this.#syncSpotlight());
  }

  /**
   * Fits the view to known positions without asking Cytoscape for bounding boxes, which
   * would compute every element's style and label size up front.
   */
  #fitSeeds(points: Iterable<{ x: number; y: number }>): void {
    let x1 = Infinity;
    let y1 = Infinity;
    let x2 = -Infinity;
    let y2 = -Infinity;
    for (const p of points) {
      if (p.x < x1) x1 = p.x;
      if (p.x > x2) x2 = p.x;
      if (p.y < y1) y1 = p.y;
      if (p.y > y2) y2 = p.y;
    }
    const width = this.cy.width();
    const height = this.cy.height();
    if (!Number.isFinite(x1) || width === 0 || height === 0) return;
    // Room for the largest node and a label below it.
    const margin = 60;
    const zoom = Math.min(2, Math.max(this.cy.minZoom(), Math.min((width - 2 * margin) / Math.max(x2 - x1, 1), (height - 2 * margin) / Math.max(y2 - y1, 1))));
    this.cy.viewport({ zoom, pan: { x: width / 2 - ((x1 + x2) / 2) * zoom, y: height / 2 - ((y1 + y2) / 2) * zoom } });
  }

  get view(): GraphView {
    return this.#view;
  }

  /** Resolves after the first frame with the graph has been drawn. */
  firstFrame(): Promise<void> {
    return new Promise((resolve) => {
      this.cy.one('render', () => resolve());
      // A render may already be pending; make sure one happens.
      this.cy.forceRender();
    });
  }

  /** Runs the layout (animated on first load); pinned positions are kept. */
  /**
   * Runs the layout, keeping positions pinned in the file unless `respectPins` is false (a
   * reader asking to re-run the layout of a graph whose curator pinned every node).
   */
  runLayout(animate: boolean, respectPins = true): LayoutRun {
    this.#layout?.stop();
    const pinned = new Set(respectPins ? this.#view.nodes.filter((n) => n.position).map((n) => n.id) : []);
    const run = startLayout(this.cy, { pinned, animate });
    this.#layout = run;
    if (!this.#disposeDrag) this.#disposeDrag = enableDragRelax(this.cy);
    return run;
  }

  /** Whether the file pins every node's position (the layout then opens as the curator left it). */
  get allPinned(): boolean {
    return this.#view.nodes.length > 0 && this.#view.nodes.every((n) => n.position);
  }

  /** New labels (a language change) or colours (a theme change) for the same graph. */
  updateView(view: GraphView): void {
    this.#view = view;
    this.#hitCache = undefined;
    this.cy.batch(() => {
      for (const n of view.nodes) this.cy.getElementById(n.id).data(nodeData(n));
      for (const e of view.edges) this.cy.getElementById(e.id).data(edgeData(e));
    });
    this.#rebuildSpotlight();
  }

  setTokens(tokens: ThemeTokens): void {
    this.#tokens = tokens;
    this.cy.style(buildStylesheet(tokens, { detail: this.#view.detail, spotlight: false }));
    this.#spot.style(buildStylesheet(tokens, { detail: this.#view.detail, spotlight: true }));
  }

  /** Shows only what `visible` lets through (filters). */
  setVisibility(visible: Visibility): void {
    this.#hitCache = undefined;
    this.cy.batch(() => {
      this.cy.nodes().forEach((n) => {
        n.toggleClass(CLASSES.hidden, !visible.node(n.id()));
      });
      this.cy.edges().forEach((e) => {
        e.toggleClass(CLASSES.hidden, !visible.edge(e.id()));
      });
    });
  }

  /** Highlights a set of elements above a veil over the rest; null clears it. */
  setHighlight(highlight: Highlight | null): void {
    this.#highlight = highlight;
    this.#rebuildSpotlight();
  }

  /** Keyboard focus ring on one node or edge. */
  setFocused(id: string | null): void {
    if (this.#focused === id) return;
    this.#focused = id;
    this.#rebuildSpotlight();
  }

  #setHover(id: string | null): void {
    if (this.#hovered === id) return;
    this.#hovered = id;
    this.#rebuildSpotlight();
  }

  /**
   * Redraws the spotlight: the highlighted elements, plus the hovered and the keyboard-focused
   * one. Hover and focus live only here, so they never restyle (and redraw) the main canvas.
   */
  #rebuildSpotlight(): void {
    const h = this.#highlight;
    const spot = this.#spot;
    const nodes = new Set<string>(h?.elements.nodes);
    const edges = new Set<string>(h?.elements.edges);
    for (const id of [this.#hovered, this.#focused]) {
      if (!id) continue;
      const e = this.cy.getElementById(id);
      if (e.empty()) continue;
      if (e.isEdge()) {
        edges.add(id);
        nodes.add(e.source().id());
        nodes.add(e.target().id());
      } else nodes.add(id);
    }
    spot.batch(() => {
      spot.elements().remove();
      const defs: cytoscape.ElementDefinition[] = [];
      for (const id of nodes) {
        const n = this.cy.getElementById(id);
        if (n.empty() || n.hasClass(CLASSES.hidden)) continue;
        defs.push({ group: 'nodes', data: { ...n.data() }, position: { ...n.position() }, classes: this.#stateClasses(id, h) });
      }
      for (const id of edges) {
        const e = this.cy.getElementById(id);
        if (e.empty() || e.hasClass(CLASSES.hidden)) continue;
        if (!nodes.has(e.data('source')) || !nodes.has(e.data('target'))) continue;
        defs.push({ group: 'edges', data: { ...e.data() }, classes: this.#stateClasses(id, h) });
      }
      spot.add(defs);
    });
    this.#layers.veil.style.opacity = h ? String(this.#tokens.fade) : '0';
    this.#syncSpotlight();
  }

  #stateClasses(id: string, h: Highlight | null): string[] {
    const classes: string[] = [];
    if (h?.selected.has(id)) classes.push(CLASSES.selected);
    if (h?.path.has(id)) classes.push(CLASSES.path);
    if (this.#focused === id) classes.push(CLASSES.focused);
    if (this.#hovered === id) classes.push(CLASSES.hover);
    return classes;
  }

  #syncSpotlight(): void {
    const spot = this.#spot;
    if (this.#destroyed || spot.elements().empty()) return;
    const zoom = this.cy.zoom();
    const pan = this.cy.pan();
    const sp = spot.pan();
    if (spot.zoom() !== zoom || sp.x !== pan.x || sp.y !== pan.y) spot.viewport({ zoom, pan });
    spot.batch(() => {
      spot.nodes().forEach((n) => {
        const p = this.cy.getElementById(n.id()).position();
        const q = n.position();
        if (p.x !== q.x || p.y !== q.y) n.position({ x: p.x, y: p.y });
      });
    });
  }

  /** Id of the node or edge under the pointer, if any. */
  get hovered(): string | null {
    return this.#hovered;
  }

  /** Id of the keyboard-focused node, if any. */
  get focused(): string | null {
    return this.#focused;
  }

  /**
   * Dragging a node when elements ignore pointer events: a press on a node turns panning off
   * until release and moves the node with the pointer. Cytoscape's own pressing restyles the
   * pressed element, which redraws the whole canvas (130 ms at 1,000 nodes, seconds at 20,000).
   */
  #enableOwnDrag(): void {
    let dragged: cytoscape.NodeSingular | undefined;
    let offset = { x: 0, y: 0 };
    this.cy.on('tapstart', (ev) => {
      const id = this.nodeAt(ev.position);
      if (!id) return;
      dragged = this.cy.getElementById(id) as cytoscape.NodeSingular;
      const p = dragged.position();
      offset = { x: p.x - ev.position.x, y: p.y - ev.position.y };
      this.cy.userPanningEnabled(false);
    });
    this.cy.on('tapdrag', (ev) => {
      if (dragged && !dragged.locked()) dragged.position({ x: ev.position.x + offset.x, y: ev.position.y + offset.y });
    });
    this.cy.on('tapend', () => {
      if (!dragged) return;
      dragged = undefined;
      this.cy.userPanningEnabled(true);
    });
  }

  /**
   * The visible node under a model position, if any (the topmost, i.e. last drawn, wins).
   * A linear scan: a fraction of a millisecond at 20,000 nodes, and no index to keep up to date
   * while the layout moves nodes.
   */
  nodeAt(position: { x: number; y: number }): string | undefined {
    const slack = 3 / this.cy.zoom();
    let found: string | undefined;
    for (const t of this.#hitTargets()) {
      const r = t.radius + slack;
      const dx = position.x - t.position.x;
      const dy = position.y - t.position.y;
      if (dx * dx + dy * dy <= r * r) found = t.id;
    }
    return found;
  }

  /**
   * Visible nodes with their live position objects (Cytoscape and the layout update them in
   * place), so a hit test is plain arithmetic instead of three Cytoscape calls per node.
   * Rebuilt after visibility or view changes.
   */
  #hitTargets(): readonly { id: string; position: { x: number; y: number }; radius: number }[] {
    if (!this.#hitCache) {
      const targets: { id: string; position: { x: number; y: number }; radius: number }[] = [];
      this.cy.nodes().forEach((n) => {
        if (!n.hasClass(CLASSES.hidden)) targets.push({ id: n.id(), position: n.position(), radius: (n.data('size') as number) / 2 });
      });
      this.#hitCache = targets;
    }
    return this.#hitCache;
  }

  /** Where a node is on screen, relative to the graph container. */
  renderedPosition(id: string): { x: number; y: number } | undefined {
    const n = this.cy.getElementById(id);
    return n.empty() ? undefined : n.renderedPosition();
  }

  /** Whether an element is on screen, clear of the edges and of what covers the canvas. */
  isInView(id: string, insets: Partial<Insets> = {}, margin = 30): boolean {
    const e = this.cy.getElementById(id);
    if (e.empty()) return false;
    const bb = e.renderedBoundingBox({ includeLabels: false });
    const { left = 0, right = 0, bottom = 0 } = insets;
    return bb.x1 >= left + margin && bb.y1 >= margin && bb.x2 <= this.cy.width() - right - margin && bb.y2 <= this.cy.height() - bottom - margin;
  }

  /** Model positions of nodes, for spatial keyboard navigation. */
  position(id: string): { x: number; y: number } | undefined {
    const n = this.cy.getElementById(id);
    return n.empty() ? undefined : { ...n.position() };
  }

  /**
   * Centres the view on elements (zooming in if they are too small to read, out if they do
   * not fit) within the part of the canvas not covered by a bottom sheet of `bottomInset` px.
   */
  centerOn(ids: Iterable<string>, options: { animate?: boolean; insets?: Insets } = {}): void {
    let coll = this.cy.collection();
    for (const id of ids) coll = coll.union(this.cy.getElementById(id));
    coll = coll.filter((e) => !e.hasClass(CLASSES.hidden));
    if (coll.empty()) return;
    const insets = { left: 0, right: 0, bottom: 0, ...options.insets };
    const width = Math.max(60, this.cy.width() - insets.left - insets.right);
    const height = Math.max(60, this.cy.height() - insets.bottom);
    const box = coll.boundingBox({ includeLabels: true });
    const padding = 40;
    const fitZoom = Math.min((width - 2 * padding) / Math.max(box.w, 1), (height - 2 * padding) / Math.max(box.h, 1));
    const zoom = Math.max(this.cy.minZoom(), Math.min(this.cy.maxZoom(), coll.length > 1 ? Math.min(fitZoom, 1.5) : Math.max(this.cy.zoom(), 0.8)));
    const cx = (box.x1 + box.x2) / 2;
    const cy = (box.y1 + box.y2) / 2;
    const pan = { x: insets.left + width / 2 - cx * zoom, y: height / 2 - cy * zoom };
    this.cy.stop();
    if (options.animate === false) this.cy.viewport({ zoom, pan });
    else this.cy.animate({ zoom, pan, duration: 300, easing: 'ease-in-out-cubic' });
  }

  fit(): void {
    this.cy.animate({ fit: { eles: this.cy.elements(`:visible`), padding: 30 }, duration: 250 } as cytoscape.AnimationOptions);
  }

  zoomBy(factor: number): void {
    const w = this.cy.width();
    const h = this.cy.height();
    this.cy.zoom({ level: this.cy.zoom() * factor, renderedPosition: { x: w / 2, y: h / 2 } });
  }

  /** After the container changed size (or was shown after starting hidden). */
  resize(fitIfNeeded: boolean): void {
    this.cy.resize();
    this.#spot.resize();
    if (fitIfNeeded) this.cy.fit(undefined, 30);
  }

  destroy(): void {
    if (this.#destroyed) return;
    this.#destroyed = true;
    this.#layers.graph.removeEventListener('mouseleave', this.#onLeave);
    this.#layers.graph.ownerDocument.removeEventListener('scroll', this.#onPageScroll, { capture: true });
    this.#layout?.stop();
    this.#disposeDrag?.();
    this.cy.destroy();
    this.#spot.destroy();
  }
}

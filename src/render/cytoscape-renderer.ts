/**
 * The GraphRenderer drawn by Cytoscape. It draws a GraphView, applies visibility and highlight
 * changes with as little restyling as possible, and reports the reader's taps through intents;
 * it decides nothing about what they mean. Its parts: the spotlight (./spotlight.ts), pointer
 * input and hit-testing (./pointer.ts), fitting to known points (./fit.ts), the layout
 * (./layout) and picture export (./export-png.ts). Above the full-detail size the main instance
 * holds only the nodes: the edges are drawn apart, under it (./edge-layer.ts).
 */
import cytoscape from 'cytoscape';
import { cytoscapeInShadow } from './cytoscape-in-shadow';
import type { Visibility } from '../model/filters';
import type { GraphView } from '../view/view-model';
import type { ThemeTokens } from '../view/theme';
import type { Highlight } from '../view/highlight';
import { seedPositions, startLayout, enableDragRelax, type LayoutRun } from './layout';
import { buildStylesheet, CLASSES } from './stylesheet';
import { fitToPoints, revealViewport, type Point } from './fit';
import { Spotlight, edgesOf } from './spotlight';
import { EdgeLayer } from './edge-layer';
import { edgeData, nodeData } from './element-data';
import { NodeHitTest, listenToPointer } from './pointer';
import { exportPng } from './export-png';
import { LabelLayout } from './label-layout';
import { TextMeasure } from './text-measure';
import { snapshotScene } from './snapshot';
import type { Scene } from '../view/handout/scene';
import type { ExportPngOptions, GraphRenderer, Insets, RendererIntents, RendererLayers, RendererOptions } from './renderer';

/** The boxes (canvas px) of the controls floating over the canvas. */
function overlayBoxes(layers: RendererLayers): { x1: number; y1: number; x2: number; y2: number }[] {
  if (!layers.overlays) return [];
  const origin = layers.graph.getBoundingClientRect();
  const boxes: { x1: number; y1: number; x2: number; y2: number }[] = [];
  for (const el of layers.overlays()) {
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.height > 0) boxes.push({ x1: r.left - origin.left, y1: r.top - origin.top, x2: r.right - origin.left, y2: r.bottom - origin.top });
  }
  return boxes;
}

/** Cytoscape's renderer state read by drawnAll (internals: absent, the 'render' event is used). */
interface RenderLoop {
  readonly requestedFrame?: boolean;
  readonly redrawCount?: number;
}

/**
 * Resolves once `cy` has drawn every change requested so far: a frame was drawn and none is
 * pending. Cytoscape's 'render' event alone is not that: it can fire before the frame that draws
 * positions written in bulk (measured at 20,000 nodes: the drawing followed 0.4 s later).
 */
function drawnAll(cy: cytoscape.Core): Promise<void> {
  const loop = (cy as unknown as { renderer(): RenderLoop | undefined }).renderer();
  if (!loop || typeof loop.redrawCount !== 'number' || typeof loop.requestedFrame !== 'boolean') {
    return new Promise((resolve) => cy.one('render', () => resolve()));
  }
  const before = loop.redrawCount;
  return new Promise((resolve) => {
    const check = (): void => {
      if (cy.destroyed() || ((loop.redrawCount ?? 0) > before && !loop.requestedFrame)) resolve();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

/**
 * Below the huge-graph size, how often the edge layer draws again while a pan or zoom out leaves
 * part of the canvas bare: about ten times a second, next to Cytoscape's nodes drawn every frame.
 */
const EDGES_WHILE_MOVING_MS = 100;

/** Camera moves: how long they glide (none under reduced motion). */
const CENTER_MS = 300;
const FIT_MS = 250;
const FIT_PADDING = 30;
/** Room (px) kept around revealed nodes: a name below the lowest, a label beside the outermost. */
const REVEAL_PADDING = 36;

export class CytoscapeRenderer implements GraphRenderer {
  readonly cy: cytoscape.Core;
  readonly #spotlight: Spotlight;
  readonly #labels: LabelLayout;
  readonly #measure: TextMeasure;
  readonly #hits: NodeHitTest;
  readonly #stopPointer: () => void;
  readonly #reducedMotion: boolean;
  /** The main canvas's edges, above the full-detail size; undefined: Cytoscape draws them. */
  readonly #edgeLayer: EdgeLayer | undefined;
  #view: GraphView;
  #tokens: ThemeTokens;
  #layout: LayoutRun | undefined;
  #disposeDrag: (() => void) | undefined;
  #dragRelaxOff = false;
  #highlight: Highlight | null = null;
  #destroyed = false;

  constructor(layers: RendererLayers, view: GraphView, tokens: ThemeTokens, intents: RendererIntents, options: RendererOptions = {}) {
    this.#view = view;
    this.#tokens = tokens;
    this.#reducedMotion = options.reducedMotion ?? false;
    const detail = view.detail;
    const large = detail === 'large';
    const seeds = seedPositions(
      view.nodes.map((n) => ({ id: n.id, type: n.type, ...(n.position ? { position: n.position } : {}) })),
      view.edges,
    );
    const elements: cytoscape.ElementDefinition[] = [];
    for (const n of view.nodes) {
      elements.push({ group: 'nodes', data: nodeData(n), position: { ...(seeds.get(n.id) ?? { x: 0, y: 0 }) } });
    }
    // Above the full-detail size edges are straight unmarked lines: the edge layer draws them.
    const edgesApart = detail !== 'full';
    if (!edgesApart) for (const e of view.edges) elements.push({ group: 'edges', data: edgeData(e) });
    this.cy = cytoscapeInShadow({
      container: layers.graph,
      style: buildStylesheet(tokens, { detail, spotlight: false }),
      // Fitting here would measure every label; the viewport is set from the seeds below.
      layout: { name: 'preset', fit: false },
      minZoom: 0.02,
      maxZoom: 6,
      boxSelectionEnabled: false,
      selectionType: 'single',
      autounselectify: true,
      // Level of detail for large graphs: while the viewport moves, draw a cached texture
      // (the edge layer moves its own drawing likewise); render at 1x pixel ratio.
      textureOnViewport: large,
      pixelRatio: large ? 1 : 'auto',
      motionBlur: false,
    });
    // Added after construction rather than as `elements`: the constructor's layout positions
    // nodes through Cytoscape's memoize, whose plain-object cache answers an id such as
    // "__defineGetter__" with Object.prototype's function (which it then binds as a listener).
    // The elements carry their seed positions, so no layout is needed here.
    this.cy.add(elements);
    this.#edgeLayer = edgesApart
      ? new EdgeLayer(layers.graph, this.cy, view, tokens.edge, { pixelRatio: large ? 1 : 'auto', ...(large ? {} : { redrawWhileMovingMs: EDGES_WHILE_MOVING_MS }) })
      : undefined;
    // 60 px on each side: room for the largest node and a label below it; a few nodes are not blown up past 2x.
    fitToPoints(this.cy, seeds.values(), { padding: 60, margin: 0, maxZoom: 2 });
    // Which names and relation labels are drawn, and where: re-placed after every view change.
    // On a small graph a hover or a selection is named in the next frame; on a bigger one a
    // placement costs more than a frame, and a pan drags the pointer over node after node: the
    // names follow once the pointer rests (1,000 nodes: 13 pan/zoom redraws/s placing every frame).
    const small = detail === 'full';
    const edgeLayer = this.#edgeLayer;
    const edges = edgeLayer ? (id: string) => edgeLayer.edge(id) : edgesOf(this.cy);
    this.#spotlight = new Spotlight(this.cy, edges, layers, tokens, detail, () => this.#labels?.spotlightChanged(small));
    this.#measure = new TextMeasure(tokens.fontFamily);
    this.#labels = new LabelLayout(this.cy, this.#spotlight, this.#measure, {
      covered: () => overlayBoxes(layers),
      // A huge graph places the spotlight's names apart from the main canvas's (see spotlightChanged).
      spotlightApart: large,
    });
    this.#labels.schedule(true);
    this.#hits = new NodeHitTest(this.cy);
    // Above SMALL_GRAPH_MAX_NODES elements ignore pointer events: the canvas is hit-tested instead.
    this.#stopPointer = listenToPointer(this.cy, layers.graph, this.#hits, detail !== 'full', {
      tapNode: (id) => intents.tapNode(id),
      tapEdge: (id) => intents.tapEdge(id),
      tapBackground: () => intents.tapBackground(),
      hover: (id) => this.#spotlight.setHovered(id),
    });
  }

  firstFrame(): Promise<void> {
    return new Promise((resolve) => {
      this.cy.one('render', () => resolve());
      // A render may already be pending; make sure one happens.
      this.cy.forceRender();
    });
  }

  runLayout(options: { readonly respectPins?: boolean } = {}): LayoutRun {
    this.#layout?.stop();
    const respectPins = options.respectPins ?? true;
    const pinned = new Set(respectPins ? this.#view.nodes.filter((n) => n.position).map((n) => n.id) : []);
    const run = startLayout(this.cy, { pinned, animate: !this.#reducedMotion, ...(this.#edgeLayer ? { edges: this.#view.edges } : {}) });
    this.#layout = run;
    if (!this.#disposeDrag && !this.#dragRelaxOff) this.#disposeDrag = enableDragRelax(this.cy);
    if (this.#view.detail === 'full') return run;
    // Above the full-detail size the last positions, and the names placed for them, cost the
    // main canvas a redraw of 0.1–0.2 s at 1,000 nodes and seconds at 20,000: a click right after
    // `done` would wait behind it. So `done` waits for that frame (positions, fit and names).
    return { done: run.done.then(() => this.#drawnSettled()), stop: () => run.stop() };
  }

  /** Places the names for the settled positions now and resolves once that frame is drawn. */
  #drawnSettled(): Promise<void> {
    if (this.#destroyed || this.cy.destroyed()) return Promise.resolve();
    this.#labels.flush();
    this.cy.forceRender();
    return drawnAll(this.cy);
  }

  get view(): GraphView {
    return this.#view;
  }

  /** Whether the main instance leaves the edges to the edge layer (the editor's sync adds none there). */
  get edgesApart(): boolean {
    return this.#edgeLayer !== undefined;
  }

  renderedPosition(id: string): Point | undefined {
    const n = this.cy.getElementById(id);
    return n.empty() ? undefined : { ...n.renderedPosition() };
  }

  /**
   * Whether the rest of a small graph relaxes around a dragged node. The editor turns it off in a
   * graph with positions: a drag there is an edit of one node's position, nothing else moves.
   */
  setDragRelax(enabled: boolean): void {
    this.#dragRelaxOff = !enabled;
    if (!enabled) {
      this.#disposeDrag?.();
      this.#disposeDrag = undefined;
    } else if (!this.#disposeDrag && this.#layout) {
      this.#disposeDrag = enableDragRelax(this.cy);
    }
  }

  get allPinned(): boolean {
    return this.#view.nodes.length > 0 && this.#view.nodes.every((n) => n.position);
  }

  updateView(view: GraphView): void {
    this.#view = view;
    this.#hits.invalidate();
    this.cy.batch(() => {
      for (const n of view.nodes) this.cy.getElementById(n.id).data(nodeData(n));
      if (!this.#edgeLayer) for (const e of view.edges) this.cy.getElementById(e.id).data(edgeData(e));
    });
    this.#edgeLayer?.setView(view);
    this.#labels.invalidate();
    this.#spotlight.refresh();
  }

  setTokens(tokens: ThemeTokens): void {
    this.#tokens = tokens;
    this.cy.style(buildStylesheet(tokens, { detail: this.#view.detail, spotlight: false }));
    this.#spotlight.setStyle(tokens, this.#view.detail);
    this.#measure.setFontFamily(tokens.fontFamily);
    this.#edgeLayer?.setColor(tokens.edge);
    this.#labels.invalidate();
  }

  setVisibility(visible: Visibility): void {
    this.#hits.invalidate();
    // Only elements whose visibility changes are touched: toggleClass restyles even when the
    // class stays (260 ms for a graph of 20,000 nodes with nothing hidden).
    this.cy.batch(() => {
      this.cy.nodes().forEach((n) => {
        const hide = !visible.node(n.id());
        if (n.hasClass(CLASSES.hidden) !== hide) n.toggleClass(CLASSES.hidden, hide);
      });
      this.cy.edges().forEach((e) => {
        const hide = !visible.edge(e.id());
        if (e.hasClass(CLASSES.hidden) !== hide) e.toggleClass(CLASSES.hidden, hide);
      });
    });
    this.#edgeLayer?.setVisibility(visible);
    this.#labels.invalidate();
  }

  /** Model bounds of the selected nodes among `nodes`; undefined when none is selected. */
  #selectedBounds(nodes: cytoscape.NodeCollection): cytoscape.BoundingBox12 | undefined {
    const selected = nodes.filter((n) => this.#highlight?.selected.has(n.id()) === true);
    return selected.empty() ? undefined : selected.boundingBox({ includeLabels: false });
  }

  setHighlight(highlight: Highlight | null): void {
    this.#highlight = highlight;
    this.#spotlight.setHighlight(highlight);
  }

  setFocused(id: string | null): void {
    this.#spotlight.setFocused(id);
  }

  get hovered(): string | null {
    return this.#spotlight.hovered;
  }

  get focused(): string | null {
    return this.#spotlight.focused;
  }

  nodeAt(point: Point): string | undefined {
    return this.#hits.nodeAt(point);
  }

  position(id: string): Point | undefined {
    const n = this.cy.getElementById(id);
    return n.empty() ? undefined : { ...n.position() };
  }

  centerOn(ids: Iterable<string>, options: { readonly animate?: boolean; readonly insets?: Insets } = {}): void {
    let coll = this.cy.collection();
    for (const id of ids) {
      // An edge drawn apart is framed by its two ends.
      const apart = this.#edgeLayer?.edge(id);
      if (apart) coll = coll.union(this.cy.getElementById(apart.source)).union(this.cy.getElementById(apart.target));
      else coll = coll.union(this.cy.getElementById(id));
    }
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
    if (options.animate === false || this.#reducedMotion) this.cy.viewport({ zoom, pan });
    else this.cy.animate({ zoom, pan, duration: CENTER_MS, easing: 'ease-in-out-cubic' });
  }

  reveal(ids: Iterable<string>, options: { readonly animate?: boolean; readonly insets?: Insets } = {}): void {
    let coll = this.cy.collection();
    for (const id of ids) coll = coll.union(this.cy.getElementById(id));
    coll = coll.nodes().filter((n) => !n.hasClass(CLASSES.hidden));
    if (coll.empty()) return;
    const insets = { left: 0, right: 0, bottom: 0, ...options.insets };
    const free = { x1: insets.left, y1: 0, x2: Math.max(insets.left + 60, this.cy.width() - insets.right), y2: Math.max(60, this.cy.height() - insets.bottom) };
    const current = { zoom: this.cy.zoom(), pan: this.cy.pan() };
    // A huge graph keeps the reader's zoom: zooming out redraws every element (seconds at
    // 20,000 nodes, and a hub's neighbourhood spans much of the graph).
    const keepZoom = this.#view.detail === 'large' ? { core: this.#selectedBounds(coll) } : undefined;
    const next = revealViewport(coll.boundingBox({ includeLabels: false }), current, free, {
      padding: REVEAL_PADDING,
      minZoom: this.cy.minZoom(),
      maxZoom: this.cy.maxZoom(),
      ...(keepZoom ? { keepZoom } : {}),
    });
    if (!next) return;
    this.cy.stop();
    if (options.animate === false || this.#reducedMotion) this.cy.viewport(next);
    else this.cy.animate({ zoom: next.zoom, pan: next.pan, duration: CENTER_MS, easing: 'ease-in-out-cubic' });
  }

  fit(): void {
    const visible = this.cy.elements(':visible');
    if (this.#reducedMotion) this.cy.fit(visible, FIT_PADDING);
    else this.cy.animate({ fit: { eles: visible, padding: FIT_PADDING }, duration: FIT_MS } as cytoscape.AnimationOptions);
  }

  zoomBy(factor: number): void {
    const w = this.cy.width();
    const h = this.cy.height();
    this.cy.zoom({ level: this.cy.zoom() * factor, renderedPosition: { x: w / 2, y: h / 2 } });
  }

  overlaysChanged(): void {
    this.#labels.schedule(true);
  }

  resize(fitIfNeeded: boolean): void {
    this.cy.resize();
    this.#spotlight.resize();
    this.#edgeLayer?.resize();
    if (fitIfNeeded) this.cy.fit(undefined, FIT_PADDING);
    this.#labels.schedule();
  }

  exportPng(options: ExportPngOptions = {}): Promise<Blob> {
    this.#labels.flush();
    this.#spotlight.syncNow();
    const edgeLayer = this.#edgeLayer;
    return exportPng(
      {
        main: this.cy,
        ...(edgeLayer ? { under: (ctx, t, w, h) => edgeLayer.strokeInto(ctx, t, w, h) } : {}),
        spotlight: this.#spotlight.cy,
        background: this.#tokens.background,
        veil: { color: this.#tokens.background, opacity: this.#spotlight.veilOpacity },
      },
      options,
    );
  }

  snapshot(): Scene {
    this.#labels.flush();
    this.#spotlight.syncNow();
    const scene = snapshotScene(this.cy, this.#spotlight.cy, this.#spotlight.veilOpacity);
    return this.#edgeLayer ? { ...scene, edges: this.#edgeLayer.sceneEdges(scene.width, scene.height) } : scene;
  }

  canvases(): { main: HTMLCanvasElement[]; spotlight: HTMLCanvasElement[]; veil: number } {
    this.#labels.flush();
    this.#spotlight.syncNow();
    // Cytoscape's canvases are in its own container, the edge layer's beside it.
    const list = (cy: cytoscape.Core) => [...(cy.container()?.querySelectorAll<HTMLCanvasElement>('canvas:not([data-kg-layer])') ?? [])];
    this.#edgeLayer?.drawNow();
    const under = this.#edgeLayer ? [this.#edgeLayer.canvas] : [];
    return { main: [...under, ...list(this.cy)], spotlight: list(this.#spotlight.cy), veil: this.#spotlight.veilOpacity };
  }

  destroy(): void {
    if (this.#destroyed) return;
    this.#destroyed = true;
    this.#stopPointer();
    this.#layout?.stop();
    this.#disposeDrag?.();
    this.#labels.destroy();
    this.#spotlight.destroy();
    this.#edgeLayer?.destroy();
    this.cy.destroy();
  }
}

/**
 * What the element asks of a renderer: draw a GraphView, lay it out, light a part of it, say
 * what is under a point, move the camera, and export a picture. The element depends on this
 * interface only, so features built on it (exports, label placement, the editor) do not care
 * which library draws.
 *
 * Cytoscape (./cytoscape-renderer.ts) is the renderer at every size; above the full-detail size it
 * holds only the nodes, and the edges, straight lines there, are drawn on a canvas of our own
 * under it (./edge-layer.ts). A lighter renderer for huge graphs (nodes drawn from typed arrays
 * too) would come behind this same interface, chosen in createRenderer().
 */
import type cytoscape from 'cytoscape';
import type { Visibility } from '../model/filters';
import type { Highlight } from '../view/highlight';
import type { Scene } from '../view/handout/scene';
import type { ThemeTokens } from '../view/theme';
import type { GraphView } from '../view/view-model';
import type { Point } from './fit';
import type { LayoutRun } from './layout';
import { CytoscapeRenderer } from './cytoscape-renderer';

export type { LayoutRun } from './layout';
export type { Point } from './fit';

/** What the reader did on the canvas; the renderer reports it and decides nothing about it. */
export interface RendererIntents {
  tapNode(id: string): void;
  tapEdge(id: string): void;
  tapBackground(): void;
}

/** The element's stacked layers the renderer draws into. */
export interface RendererLayers {
  /** Container of the main graph canvas. */
  readonly graph: HTMLElement;
  /** Veil drawn over the main canvas while something is highlighted. */
  readonly veil: HTMLElement;
  /** Container of the spotlight canvas (above the veil, transparent to pointer events). */
  readonly spotlight: HTMLElement;
  /** Controls floating over the canvas (zoom buttons, legend): no name is placed under them. */
  readonly overlays?: () => Iterable<Element>;
}

/** How much of the canvas, in px from each side, a panel covers. */
export interface Insets {
  readonly left: number;
  readonly right: number;
  readonly bottom: number;
}

export interface RendererOptions {
  /**
   * The reader asked for reduced motion (`prefers-reduced-motion: reduce`): the layout shows
   * only its result (same engines, nothing drawn moving) and the camera jumps instead of gliding.
   */
  readonly reducedMotion?: boolean;
}

export interface ExportPngOptions {
  /** Output pixels per CSS pixel of the canvas (default 1). */
  readonly scale?: number;
  /** The whole graph instead of the current view (default false). */
  readonly full?: boolean;
}

export interface GraphRenderer {
  /**
   * The Cytoscape instance that draws the graph, for advanced use and tests; undefined for a
   * renderer that does not draw with Cytoscape.
   */
  readonly cy: cytoscape.Core | undefined;

  // Drawing
  /** Resolves after the first frame with the graph has been drawn. */
  firstFrame(): Promise<void>;
  /** New labels (a language change) or colours (a theme change) for the same graph. */
  updateView(view: GraphView): void;
  /** New theme tokens (colours, veil strength, font). */
  setTokens(tokens: ThemeTokens): void;
  /** Shows only what `visible` lets through (filters). */
  setVisibility(visible: Visibility): void;
  /** After the container changed size (or was shown after starting hidden); fits the graph when asked. */
  resize(fitIfNeeded: boolean): void;

  // Layout
  /**
   * Lays the graph out, keeping positions pinned in the file unless `respectPins` is false (a
   * reader asking to re-run the layout of a graph whose curator pinned every node).
   */
  runLayout(options?: { readonly respectPins?: boolean }): LayoutRun;
  /** Whether the file pins every node's position (the layout then opens as the curator left it). */
  readonly allPinned: boolean;

  // Spotlight
  /** Lights a set of elements above a veil over the rest; null clears it. */
  setHighlight(highlight: Highlight | null): void;
  /** Keyboard focus ring on one node or edge; null removes it. */
  setFocused(id: string | null): void;
  /** A control floating over the canvas opened or closed (the legend): names are placed again around it. */
  overlaysChanged(): void;
  /** Id of the node or edge under the pointer, if any. */
  readonly hovered: string | null;
  /** Id of the keyboard-focused node or edge, if any. */
  readonly focused: string | null;

  // Editing (the editor's gestures and live updates)
  /** The view model it draws (its level of detail decides who handles the pointer). */
  readonly view: GraphView;
  /** Where a node is on screen, relative to the graph container. */
  renderedPosition(id: string): Point | undefined;
  /** Whether the rest of a small graph relaxes around a dragged node (the editor turns it off). */
  setDragRelax(enabled: boolean): void;

  // Hit-testing
  /** The visible node at a model position, if any (the topmost wins). */
  nodeAt(point: Point): string | undefined;

  // Camera
  /** Model position of a node, for spatial keyboard navigation. */
  position(id: string): Point | undefined;
  /**
   * Centres the view on elements (zooming in if they are too small to read, out if they do not
   * fit) within the part of the canvas that `insets` leaves free. Animated unless `animate` is
   * false or the reader asked for reduced motion.
   */
  centerOn(ids: Iterable<string>, options?: { readonly animate?: boolean; readonly insets?: Insets }): void;
  /**
   * Brings nodes into the part of the canvas `insets` leaves free, moving the camera as little as
   * it can: not at all when they are there, a pan at the reader's zoom when they fit at it, else
   * a zoom out until they do (see fit.ts revealViewport). Animated unless told otherwise.
   */
  reveal(ids: Iterable<string>, options?: { readonly animate?: boolean; readonly insets?: Insets }): void;
  /** Fits every visible element in view. */
  fit(): void;
  /** Zooms about the canvas's centre by `factor` (> 1 zooms in). */
  zoomBy(factor: number): void;

  // Export
  /**
   * A PNG of what the reader sees: the main canvas, the veil and the spotlight composited, on
   * the theme's background. `full` takes the whole graph instead of the current view.
   */
  exportPng(options?: ExportPngOptions): Promise<Blob>;
  /**
   * What is on screen as data, for handouts: the shown elements in view with their screen
   * geometry, what the spotlight lights, and the veil (see view/handout/scene.ts).
   */
  snapshot(): Scene;
  /** The canvases that make up the picture, bottom first, with the veil's opacity (for printing). */
  canvases(): { readonly main: readonly HTMLCanvasElement[]; readonly spotlight: readonly HTMLCanvasElement[]; readonly veil: number };

  /** Stops the layout and releases the canvases and listeners. */
  destroy(): void;
}

/** The renderer for a graph view: Cytoscape, for every size it serves well. */
export function createRenderer(
  layers: RendererLayers,
  view: GraphView,
  tokens: ThemeTokens,
  intents: RendererIntents,
  options: RendererOptions = {},
): GraphRenderer {
  return new CytoscapeRenderer(layers, view, tokens, intents, options);
}

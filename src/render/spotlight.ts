/**
 * The spotlight: lighting a neighbourhood without restyling the whole graph, which costs
 * hundreds of milliseconds at thousands of elements. A translucent veil covers the main canvas
 * and a second, small Cytoscape instance draws only the lit elements above it, following the
 * main viewport; a click therefore costs O(neighbourhood). The hovered and the keyboard-focused
 * element are drawn here too, so they never restyle (and redraw) the main canvas.
 */
import cytoscape from 'cytoscape';
import { cytoscapeInShadow } from './cytoscape-in-shadow';
import type { Highlight } from '../view/highlight';
import type { ThemeTokens } from '../view/theme';
import type { Detail } from '../view/view-model';
import { buildStylesheet, CLASSES } from './stylesheet';

/** An edge the spotlight may draw: its data, its ends, and whether the main canvas shows it. */
export interface SpotlightEdge {
  readonly data: cytoscape.EdgeDataDefinition;
  readonly source: string;
  readonly target: string;
  readonly hidden: boolean;
}

/** Finds an edge by id; undefined for an id that is not an edge. */
export type EdgeLookup = (id: string) => SpotlightEdge | undefined;

/** Edges held by the main Cytoscape instance (full detail: it draws them). */
export function edgesOf(main: cytoscape.Core): EdgeLookup {
  return (id) => {
    const e = main.getElementById(id);
    if (e.empty() || !e.isEdge()) return undefined;
    return { data: e.data() as cytoscape.EdgeDataDefinition, source: e.source().id(), target: e.target().id(), hidden: e.hasClass(CLASSES.hidden) };
  };
}

export class Spotlight {
  /** The spotlight's own instance (read for exports). */
  readonly cy: cytoscape.Core;
  readonly #main: cytoscape.Core;
  readonly #edges: EdgeLookup;
  readonly #veil: HTMLElement;
  #tokens: ThemeTokens;
  #highlight: Highlight | null = null;
  #hovered: string | null = null;
  #focused: string | null = null;
  #destroyed = false;
  readonly #follow = (): void => this.#sync();
  readonly #changed: () => void;

  /**
   * `edges` finds the edges it may draw (the main instance holds them only at full detail);
   * `changed` runs after each refresh (the label placement then places the new set).
   */
  constructor(
    main: cytoscape.Core,
    edges: EdgeLookup,
    layers: { readonly veil: HTMLElement; readonly spotlight: HTMLElement },
    tokens: ThemeTokens,
    detail: Detail,
    changed: () => void = () => undefined,
  ) {
    this.#main = main;
    this.#edges = edges;
    this.#changed = changed;
    this.#veil = layers.veil;
    this.#tokens = tokens;
    this.cy = cytoscapeInShadow({
      container: layers.spotlight,
      style: buildStylesheet(tokens, { detail, spotlight: true }),
      userZoomingEnabled: false,
      userPanningEnabled: false,
      boxSelectionEnabled: false,
      autoungrabify: true,
      autounselectify: true,
      minZoom: main.minZoom(),
      maxZoom: main.maxZoom(),
    });
    layers.veil.style.opacity = '0';
    layers.veil.style.pointerEvents = 'none';
    layers.spotlight.style.pointerEvents = 'none';
    // Follows the main canvas: its viewport and the positions of the few nodes drawn here.
    main.on('render', this.#follow);
  }

  get hovered(): string | null {
    return this.#hovered;
  }

  get focused(): string | null {
    return this.#focused;
  }

  /** How opaque the veil over the main canvas is now (0 while nothing is lit). */
  get veilOpacity(): number {
    return this.#highlight ? this.#tokens.fade : 0;
  }

  setHighlight(highlight: Highlight | null): void {
    this.#highlight = highlight;
    this.refresh();
  }

  setHovered(id: string | null): void {
    if (this.#hovered === id) return;
    this.#hovered = id;
    this.refresh();
  }

  setFocused(id: string | null): void {
    if (this.#focused === id) return;
    this.#focused = id;
    this.refresh();
  }

  setStyle(tokens: ThemeTokens, detail: Detail): void {
    this.#tokens = tokens;
    this.cy.style(buildStylesheet(tokens, { detail, spotlight: true }));
    this.#veil.style.opacity = String(this.veilOpacity);
  }

  /**
   * Redraws the spotlight from the main instance: the highlighted elements, plus the hovered and
   * the keyboard-focused one (an edge brings its two ends). Call after the main elements' data
   * or visibility changed.
   */
  refresh(): void {
    if (this.#destroyed) return;
    const main = this.#main;
    const spot = this.cy;
    const h = this.#highlight;
    const nodes = new Set<string>(h?.elements.nodes);
    const edges = new Set<string>(h?.elements.edges);
    for (const id of [this.#hovered, this.#focused]) {
      if (!id) continue;
      const edge = this.#edges(id);
      if (edge) {
        edges.add(id);
        nodes.add(edge.source);
        nodes.add(edge.target);
      } else if (main.getElementById(id).nonempty()) nodes.add(id);
    }
    // Labels already placed stay where they are until the next placement: no flicker on hover.
    const placed = new Map<string, { labelSize: number; labelDx: number; labelDy: number }>();
    spot.elements(`.${CLASSES.label}`).forEach((e) => {
      placed.set(e.id(), { labelSize: e.data('labelSize') as number, labelDx: e.data('labelDx') as number, labelDy: e.data('labelDy') as number });
    });
    spot.batch(() => {
      spot.elements().remove();
      const defs: cytoscape.ElementDefinition[] = [];
      for (const id of nodes) {
        const n = main.getElementById(id);
        if (n.empty() || n.hasClass(CLASSES.hidden)) continue;
        defs.push({ group: 'nodes', data: { ...n.data(), ...placed.get(id) }, position: { ...n.position() }, classes: this.#stateClasses(id, placed) });
      }
      for (const id of edges) {
        const e = this.#edges(id);
        if (!e || e.hidden) continue;
        if (!nodes.has(e.source) || !nodes.has(e.target)) continue;
        defs.push({ group: 'edges', data: { ...e.data, ...placed.get(id) }, classes: this.#stateClasses(id, placed) });
      }
      spot.add(defs);
    });
    this.#veil.style.opacity = String(this.veilOpacity);
    this.#sync();
    this.#changed();
  }

  #stateClasses(id: string, placed: ReadonlyMap<string, unknown>): string[] {
    const h = this.#highlight;
    const classes: string[] = placed.has(id) ? [CLASSES.label] : [];
    if (h?.selected.has(id)) classes.push(CLASSES.selected);
    if (h?.path.has(id)) classes.push(CLASSES.path);
    if (this.#focused === id) classes.push(CLASSES.focused);
    if (this.#hovered === id) classes.push(CLASSES.hover);
    return classes;
  }

  /** Copies the main viewport and the lit nodes' positions (the layout or a drag may move them). */
  #sync(): void {
    const spot = this.cy;
    if (this.#destroyed || spot.elements().empty()) return;
    const main = this.#main;
    const zoom = main.zoom();
    const pan = main.pan();
    const sp = spot.pan();
    if (spot.zoom() !== zoom || sp.x !== pan.x || sp.y !== pan.y) spot.viewport({ zoom, pan });
    spot.batch(() => {
      spot.nodes().forEach((n) => {
        const p = main.getElementById(n.id()).position();
        const q = n.position();
        if (p.x !== q.x || p.y !== q.y) n.position({ x: p.x, y: p.y });
      });
    });
  }

  /** Brings the spotlight up to date with the main canvas now rather than on its next frame. */
  syncNow(): void {
    this.#sync();
  }

  resize(): void {
    this.cy.resize();
  }

  destroy(): void {
    if (this.#destroyed) return;
    this.#destroyed = true;
    if (!this.#main.destroyed()) this.#main.off('render', this.#follow);
    this.cy.destroy();
  }
}

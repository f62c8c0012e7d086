/**
 * Labels by importance at every zoom, and a legible spotlight: after each view change (at the end
 * of a pan or zoom, throttled) one greedy placement (./label-placement.ts) decides which names
 * are drawn and where, on both canvases at once.
 *
 * - Order: the spotlight's forced labels (selected, hovered, keyboard-focused), its other node
 *   names, its relation labels, then the main canvas's names by importance (degree).
 * - Every node on screen is an obstacle; a label takes the first free place of below, above,
 *   right, left of its node (a relation label: its midpoint, then along the line) or is not drawn.
 * - Names keep a readable size on screen whatever the zoom (between the *_PX bounds), so a phone
 *   showing the whole graph still shows the names that fit.
 *
 * Applying a placement toggles the `kg-label` class and writes `labelSize`, `labelDx`, `labelDy`
 * (model units, read by the stylesheet) only on elements whose label changed, in one batch.
 */
import type cytoscape from 'cytoscape';
import { NOT_PLACED, placeLabels, type Box, type LabelRequest } from './label-placement';
import { CLASSES } from './stylesheet';
import { lineCount, type FontWeight, type TextMeasure } from './text-measure';

/** Node names: model font size, and the bounds of its size on screen. */
export const NODE_LABEL = { fontSize: 13, minPx: 10, maxPx: 16 } as const;
/** Relation labels in the spotlight. */
export const EDGE_LABEL = { fontSize: 11, minPx: 10, maxPx: 13 } as const;
/** Must match the stylesheet: line height (× font size) and the label's outline (model units). */
const LINE_HEIGHT = 1.25;
const OUTLINE = 2.5;
/** Node border width (model units) drawn around the node's size. */
const NODE_BORDER = 2;
/** Screen px kept between a node and its label, and around every label's box. */
const GAP_PX = 2;
const MARGIN_PX = 0.5;
/** Nodes this far (px) off screen still count as obstacles: their labels could reach in. */
const OFFSCREEN_PX = 120;
/** Importance tiers: the spotlight's names, then its relations, then the main canvas. */
const SPOT_NODE_TIER = 2e9;
const SPOT_EDGE_TIER = 1e9;
const PATH_BONUS = 1e8;
/**
 * A placement runs this long after the last view change: names are placed once a pan, a zoom or a
 * layout's motion rests, at every size. Placing them every 500 ms during a pan of a 100-node graph
 * (as before) cost a quarter of the redraws: 37–41 → 51/s, frame p95 33 → 17 ms (bench, median of 3).
 */
const QUIET_MS = 120;
const FRAME_MS = 16;
/** How many rings further out a name that must be drawn may look for room. */
const FORCED_RINGS = 3;
/** Above this many nodes on screen, names try only the four sides of their node. */
const CROWDED_NODES = 2000;

/** Font size on screen for a base model size at a zoom: scales with zoom, within bounds. */
export function labelPx(spec: { fontSize: number; minPx: number; maxPx: number }, zoom: number): number {
  return Math.min(spec.maxPx, Math.max(spec.minPx, spec.fontSize * zoom));
}

/** Width and height (px) of a label's text box, as Cytoscape lays it out. */
export interface TextSize {
  readonly w: number;
  readonly h: number;
}

/** A label's text box (w × h px) at a font size, as Cytoscape sizes it (lines × size × line height). */
export function textBoxSize(width: number, lines: number, sizePx: number): TextSize {
  return { w: Math.ceil(width * 1.02) + 1, h: sizePx * (1 + (lines - 1) * LINE_HEIGHT) };
}

/** Candidate: where a label's centre goes relative to its anchor (px), and its box. */
export interface LabelSpot {
  readonly dx: number;
  readonly dy: number;
  readonly box: Box;
}

function spot(cx: number, cy: number, dx: number, dy: number, size: TextSize, pad: number): LabelSpot {
  const x = cx + dx;
  const y = cy + dy;
  return { dx, dy, box: { x1: x - size.w / 2 - pad, y1: y - size.h / 2 - pad, x2: x + size.w / 2 + pad, y2: y + size.h / 2 + pad } };
}

/**
 * Places a node's name may take (screen px), in order: below, above, right, left of a node of
 * radius `r` centred at (cx, cy); then below and above slid sideways until one end lines up with
 * the node's side (right, then left); then the four corners (below right, below left, above right,
 * above left). `pad` grows each box by the label's outline. `fourSides`: only the first four
 * (a crowded view, where the others rarely find room and cost the most).
 */
export function nodeLabelSpots(cx: number, cy: number, r: number, size: TextSize, pad: number, fourSides = false): LabelSpot[] {
  const down = r + GAP_PX + pad + size.h / 2;
  const side = r + GAP_PX + pad + size.w / 2;
  const slide = Math.max(0, size.w / 2 - r);
  const spots = [
    spot(cx, cy, 0, down, size, pad),
    spot(cx, cy, 0, -down, size, pad),
    spot(cx, cy, side, 0, size, pad),
    spot(cx, cy, -side, 0, size, pad),
  ];
  if (fourSides) return spots;
  if (slide > 0) {
    spots.push(spot(cx, cy, slide, down, size, pad), spot(cx, cy, -slide, down, size, pad), spot(cx, cy, slide, -down, size, pad), spot(cx, cy, -slide, -down, size, pad));
  }
  // Corners clear of the node's whole square: some nodes are drawn as squares.
  spots.push(spot(cx, cy, side, down, size, pad), spot(cx, cy, -side, down, size, pad), spot(cx, cy, side, -down, size, pad), spot(cx, cy, -side, -down, size, pad));
  return spots;
}

/**
 * Places the name of a node that must be named (selected, hovered, focused) may take: the usual
 * ones, then rings further out (a label height at a time), so that even in a crowd it finds a
 * place clear of other nodes before it settles for covering one.
 */
export function forcedNodeLabelSpots(cx: number, cy: number, r: number, size: TextSize, pad: number): LabelSpot[] {
  const spots = nodeLabelSpots(cx, cy, r, size, pad);
  for (let ring = 1; ring <= FORCED_RINGS; ring++) spots.push(...nodeLabelSpots(cx, cy, r + ring * size.h, size, pad));
  return spots;
}

/**
 * Places a relation's label may take (screen px): its midpoint (mx, my); a fifth of the line's
 * length towards either end; then beside the line on either side (clear of it), for short lines
 * between two large nodes.
 */
export function edgeLabelSpots(mx: number, my: number, from: { x: number; y: number }, to: { x: number; y: number }, size: TextSize, pad: number): LabelSpot[] {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  // The unit normal, and how far along it the box's centre must go for the box to clear the line.
  const nx = -dy / length;
  const ny = dx / length;
  const clear = Math.abs(nx) * (size.w / 2) + Math.abs(ny) * (size.h / 2) + pad + GAP_PX;
  return [
    spot(mx, my, 0, 0, size, pad),
    spot(mx, my, dx / 5, dy / 5, size, pad),
    spot(mx, my, -dx / 5, -dy / 5, size, pad),
    spot(mx, my, nx * clear, ny * clear, size, pad),
    spot(mx, my, -nx * clear, -ny * clear, size, pad),
  ];
}

/** What the placement needs to know about the spotlight. */
export interface SpotlightLabels {
  /** The spotlight's Cytoscape instance (its viewport follows the main one). */
  readonly cy: cytoscape.Core;
  /** Copies positions and viewport from the main canvas now. */
  syncNow(): void;
}

interface MainNode {
  readonly ele: cytoscape.NodeSingular;
  readonly id: string;
  /** The node's live position object. */
  readonly position: { readonly x: number; readonly y: number };
  readonly size: number;
  /** Its degree: better-connected nodes are named first. */
  readonly importance: number;
}

export interface LabelLayoutOptions {
  /** Parts of the canvas that controls float over (no name goes there). */
  readonly covered?: () => readonly Box[];
  /** A spotlight change places only the spotlight's labels (see spotlightChanged). */
  readonly spotlightApart?: boolean;
}

/** A node's number of relations, from its data (the view model's NodeView.degree): better-connected nodes are named first. */
function degreeOf(n: cytoscape.NodeSingular): number {
  return (n.data('degree') as number | undefined) ?? 0;
}

/** A label as applied: class on, font size and offsets in model units. */
interface Applied {
  size: number;
  dx: number;
  dy: number;
}

export class LabelLayout {
  readonly #main: cytoscape.Core;
  readonly #spotlight: SpotlightLabels;
  readonly #measure: TextMeasure;
  /** Visible main nodes, most important first; rebuilt after visibility or data changes. */
  #nodes: MainNode[] | undefined;
  /** Main nodes whose name is drawn now, with how. */
  #labelled = new Map<string, Applied>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Whether the pending placement is of the spotlight's labels only. */
  #pendingSpotOnly = false;
  #destroyed = false;
  readonly #onChange = (): void => this.schedule();

  readonly #covered: () => readonly Box[];
  readonly #spotlightApart: boolean;

  constructor(main: cytoscape.Core, spotlight: SpotlightLabels, measure: TextMeasure, options: LabelLayoutOptions = {}) {
    this.#main = main;
    this.#spotlightApart = options.spotlightApart ?? false;
    this.#covered = options.covered ?? (() => []);
    this.#spotlight = spotlight;
    this.#measure = measure;
    // Pans, zooms, drags and layouts; large layouts write positions without per-node events.
    main.on('viewport position kglayoutpositions', this.#onChange);
  }

  /** Forget cached node data (after visibility, labels or sizes changed) and place again soon. */
  invalidate(): void {
    this.#nodes = undefined;
    this.schedule();
  }

  /**
   * Places labels soon: QUIET_MS after the last call (a pan or a zoom first comes to rest: each
   * placement restyles labels, and the canvas redraws them); `nextFrame` (the spotlight changed:
   * a selection, a hover) places them a frame later.
   */
  schedule(nextFrame = false): void {
    this.#request(nextFrame, false);
  }

  /**
   * The spotlight changed (a selection, a hover). With `spotlightApart` (a huge graph) only its
   * labels are placed, a frame later, among the nodes on screen; the main canvas keeps its names
   * until the view next changes: re-placing them restyles main elements, and the main canvas's
   * redraw that follows costs seconds at 20,000 nodes, which a click would wait behind. Its names
   * lie under the veil, and the spotlight's are drawn above it.
   */
  spotlightChanged(nextFrame: boolean): void {
    if (this.#spotlightApart) this.#request(true, true);
    else this.schedule(nextFrame);
  }

  #request(nextFrame: boolean, spotOnly: boolean): void {
    if (this.#destroyed) return;
    // A pending full placement covers the spotlight's labels too.
    this.#pendingSpotOnly = spotOnly && (this.#timer === undefined || this.#pendingSpotOnly);
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    const wait = nextFrame ? FRAME_MS : QUIET_MS;
    this.#timer = setTimeout(() => this.run(this.#pendingSpotOnly), wait);
  }

  /** Places now if a placement is pending (before a picture is taken of the view). */
  flush(): void {
    if (this.#timer !== undefined) this.run(this.#pendingSpotOnly);
  }

  /** Places and applies every label now (`spotOnly`: the spotlight's labels only). */
  run(spotOnly = false): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#pendingSpotOnly = false;
    const main = this.#main;
    if (this.#destroyed || main.destroyed()) return;
    performance.mark('kg:labels-start');
    const spotCy = this.#spotlight.cy;
    if (spotCy.elements().nonempty()) this.#spotlight.syncNow();
    const zoom = main.zoom();
    const pan = main.pan();
    const width = main.width();
    const height = main.height();
    const toScreen = (p: { readonly x: number; readonly y: number }) => ({ x: p.x * zoom + pan.x, y: p.y * zoom + pan.y });
    const nodePx = labelPx(NODE_LABEL, zoom);
    const edgePx = labelPx(EDGE_LABEL, zoom);
    const pad = (OUTLINE + 2) * zoom + MARGIN_PX;

    // Spotlight nodes are obstacles like any node; their names are the spotlight's.
    const spotNodes = spotCy.nodes();
    const spotIds = new Set<string>(spotNodes.map((n) => n.id()));
    const ownerOf = new Map<string, number>();

    const obstacles: Box[] = [];
    const requests: LabelRequest[] = [];
    /** What each request labels: a main node, or a spotlight element. */
    const targets: { main?: MainNode; spot?: cytoscape.SingularElementArgument; spots: LabelSpot[]; px: number }[] = [];

    const x1 = -OFFSCREEN_PX;
    const y1 = -OFFSCREEN_PX;
    const x2 = width + OFFSCREEN_PX;
    const y2 = height + OFFSCREEN_PX;
    const mainRequests: { node: MainNode; owner: number; cx: number; cy: number; r: number }[] = [];
    for (const node of this.#mainNodes()) {
      const cx = node.position.x * zoom + pan.x;
      const cy = node.position.y * zoom + pan.y;
      if (cx < x1 || cx > x2 || cy < y1 || cy > y2) continue;
      const r = (node.size / 2 + NODE_BORDER) * zoom + MARGIN_PX;
      const owner = obstacles.length;
      obstacles.push({ x1: cx - r, y1: cy - r, x2: cx + r, y2: cy + r });
      if (spotIds.has(node.id)) ownerOf.set(node.id, owner);
      else if (!spotOnly) mainRequests.push({ node, owner, cx, cy, r });
    }

    // Controls over the canvas are obstacles nobody owns.
    for (const box of this.#covered()) obstacles.push(box);

    spotNodes.forEach((n) => {
      const p = toScreen(n.position());
      const r = ((n.data('size') as number) / 2 + NODE_BORDER) * zoom + MARGIN_PX;
      const selected = n.hasClass(CLASSES.selected);
      const text = (n.data('fullLabel') as string | undefined) ?? '';
      if (!text) return;
      const size = this.#textSize(text, nodePx, selected ? 'bold' : 'normal');
      const forced = selected || n.hasClass(CLASSES.hover) || n.hasClass(CLASSES.focused);
      const spots = forced ? forcedNodeLabelSpots(p.x, p.y, r, size, pad) : nodeLabelSpots(p.x, p.y, r, size, pad);
      const owner = ownerOf.get(n.id());
      requests.push({
        options: spots.map((s) => s.box),
        importance: SPOT_NODE_TIER + (n.hasClass(CLASSES.path) ? PATH_BONUS : 0) + degreeOf(n),
        forced,
        ...(owner !== undefined ? { owner } : {}),
      });
      targets.push({ spot: n, spots, px: nodePx });
    });

    spotCy.edges().forEach((e) => {
      const text = (e.data('label') as string | undefined) ?? '';
      if (!text) return;
      const mid = toScreen(e.midpoint());
      if (!Number.isFinite(mid.x) || !Number.isFinite(mid.y)) return;
      const size = this.#textSize(text, edgePx, 'normal');
      const spots = edgeLabelSpots(mid.x, mid.y, toScreen(e.source().position()), toScreen(e.target().position()), size, pad);
      requests.push({
        options: spots.map((s) => s.box),
        importance: SPOT_EDGE_TIER + (e.hasClass(CLASSES.path) ? PATH_BONUS : 0),
        forced: e.hasClass(CLASSES.selected) || e.hasClass(CLASSES.hover) || e.hasClass(CLASSES.focused),
      });
      targets.push({ spot: e, spots, px: edgePx });
    });

    // Thousands of nodes on screen: most names find no room anyway; try only the four sides.
    const crowded = mainRequests.length > CROWDED_NODES;
    for (const m of mainRequests) {
      const text = (m.node.ele.data('label') as string | undefined) ?? '';
      if (!text) continue;
      const spots = nodeLabelSpots(m.cx, m.cy, m.r, this.#textSize(text, nodePx, 'normal'), pad, crowded);
      requests.push({ options: spots.map((s) => s.box), importance: m.node.importance, owner: m.owner });
      targets.push({ main: m.node, spots, px: nodePx });
    }

    const chosen = placeLabels(obstacles, requests, { within: { x1: 0, y1: 0, x2: width, y2: height } });
    performance.measure('kg:labels-place', 'kg:labels-start');

    const nextLabelled = new Map<string, Applied>();
    const mainChanges: [MainNode, Applied][] = [];
    const spotChanges: [cytoscape.SingularElementArgument, Applied | undefined][] = [];
    for (let i = 0; i < targets.length; i++) {
      const t = targets[i]!;
      const pick = chosen[i]!;
      const s = pick === NOT_PLACED ? undefined : t.spots[pick];
      const applied = s ? { size: t.px / zoom, dx: s.dx / zoom, dy: s.dy / zoom } : undefined;
      if (t.main) {
        if (!applied) continue;
        nextLabelled.set(t.main.id, applied);
        const before = this.#labelled.get(t.main.id);
        if (!before || before.size !== applied.size || before.dx !== applied.dx || before.dy !== applied.dy) mainChanges.push([t.main, applied]);
      } else if (t.spot) spotChanges.push([t.spot, applied]);
    }
    const unlabel: string[] = [];
    if (!spotOnly) {
      for (const id of this.#labelled.keys()) if (!nextLabelled.has(id)) unlabel.push(id);
      this.#labelled = nextLabelled;
    }

    if (mainChanges.length || unlabel.length) {
      main.batch(() => {
        for (const id of unlabel) main.getElementById(id).removeClass(CLASSES.label);
        for (const [node, a] of mainChanges) applyLabel(node.ele, a);
      });
    }
    spotCy.batch(() => {
      for (const [ele, a] of spotChanges) {
        if (a) applyLabel(ele, a);
        else ele.removeClass(CLASSES.label);
      }
    });
    performance.measure('kg:labels', 'kg:labels-start');
  }

  destroy(): void {
    if (this.#destroyed) return;
    this.#destroyed = true;
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    if (!this.#main.destroyed()) this.#main.off('viewport position kglayoutpositions', this.#onChange);
  }

  #textSize(text: string, px: number, weight: FontWeight): TextSize {
    return textBoxSize(this.#measure.width(text, px, weight), lineCount(text), px);
  }

  #mainNodes(): MainNode[] {
    if (!this.#nodes) {
      const nodes: MainNode[] = [];
      this.#main.nodes().forEach((n) => {
        if (n.hasClass(CLASSES.hidden)) return;
        const id = n.id();
        nodes.push({ ele: n, id, position: n.position(), size: n.data('size') as number, importance: degreeOf(n) });
      });
      // Most important first (stable): the placement then needs no sort of its own work.
      nodes.sort((a, b) => b.importance - a.importance);
      this.#nodes = nodes;
      // A hidden node loses its name (it would come back with a stale one).
      for (const id of [...this.#labelled.keys()]) {
        const ele = this.#main.getElementById(id);
        if (ele.hasClass(CLASSES.hidden)) {
          ele.removeClass(CLASSES.label);
          this.#labelled.delete(id);
        }
      }
    }
    return this.#nodes;
  }
}

function applyLabel(ele: cytoscape.SingularElementArgument, a: Applied): void {
  ele.data({ labelSize: a.size, labelDx: a.dx, labelDy: a.dy });
  ele.addClass(CLASSES.label);
}

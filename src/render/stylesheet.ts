/**
 * The one Cytoscape stylesheet, made from theme tokens. Order is precedence: base rules
 * first, data-driven variants next, state classes last.
 */
import type cytoscape from 'cytoscape';
import type { ThemeTokens } from '../view/theme';
import type { Detail } from '../view/view-model';

/** Class names the renderer toggles; nothing else styles elements. */
export const CLASSES = {
  hidden: 'kg-hidden',
  hover: 'kg-hover',
  selected: 'kg-selected',
  focused: 'kg-focused',
  path: 'kg-path',
  /** The label placement (./label-layout.ts) draws this element's label, at data(labelSize/Dx/Dy). */
  label: 'kg-label',
} as const;

/** Elements that may show a label: placed by the label layout, hovered, focused, selected. */
const NAMED = [CLASSES.label, CLASSES.hover, CLASSES.focused, CLASSES.selected];
const NAMED_NODES = NAMED.map((c) => `node.${c}`).join(', ');
const NAMED_EDGES = NAMED.map((c) => `edge.${c}`).join(', ');

/** Data mappers the typings accept only as numbers. */
const DATA_DX = 'data(labelDx)' as unknown as number;
const DATA_DY = 'data(labelDy)' as unknown as number;

export interface StylesheetOptions {
  /** Level of detail of the main canvas (see view/view-model.ts detailFor). */
  readonly detail: Detail;
  /** The spotlight layer labels relations too, and names nodes in full. */
  readonly spotlight: boolean;
}

export function buildStylesheet(tokens: ThemeTokens, options: StylesheetOptions): cytoscape.StylesheetJson {
  const { spotlight } = options;
  const simpleEdges = options.detail !== 'full' && !spotlight;
  const large = options.detail === 'large' && !spotlight;
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)',
        shape: 'data(shape)' as cytoscape.Css.NodeShape,
        width: 'data(size)',
        height: 'data(size)',
        'border-width': 2,
        'border-color': tokens.background,
        // Names are drawn only where the label placement found them room (the kg-label rule
        // below): the label stays Cytoscape's default, none.
        // Above the full-detail size Cytoscape would restyle (and redraw: 130 ms at 1,000 nodes,
        // seconds at 20,000) the pressed element on every click; the renderer hit-tests nodes and
        // drags them itself instead.
        events: simpleEdges ? 'no' : 'yes',
        'overlay-opacity': 0,
      },
    },
    // How names are drawn, only on the few nodes that show one. Cytoscape applies every property
    // of every element one by one and checks what each invalidates (the node's bounds and its
    // edges'): text properties on every node were most of a first frame's style pass.
    {
      selector: NAMED_NODES,
      style: {
        // Lines are broken (and direction-isolated) by the view model; "wrap" honours them.
        'text-wrap': 'wrap',
        'text-max-width': '2000px',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 5,
        'font-family': tokens.fontFamily,
        'font-size': 13,
        'line-height': 1.25,
        color: tokens.text,
        'text-outline-color': tokens.background,
        'text-outline-width': simpleEdges ? 0 : 2.5,
        'text-outline-opacity': 0.9,
        // Level of detail: labels smaller than this on screen are not drawn at all.
        'min-zoomed-font-size': large ? 10 : 7,
      },
    },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'line-color': tokens.edge,
        'line-style': 'data(line)' as cytoscape.Css.LineStyle,
        'line-dash-pattern': [7, 5],
        // Edges are Cytoscape elements only at full detail (and in the spotlight): above it the
        // main canvas's edges are drawn apart (./edge-layer.ts), so they are always drawn in full.
        'curve-style': 'bezier',
        'control-point-step-size': 36,
        'mid-target-arrow-shape': 'data(marker)' as cytoscape.Css.ArrowShape,
        'mid-target-arrow-fill': 'data(markerFill)' as cytoscape.Css.ArrowFill,
        'mid-target-arrow-color': tokens.edge,
        'arrow-scale': 1.1,
        'overlay-opacity': 0,
      },
    },
    // How relation labels are drawn, only on edges that show one (as for names above).
    {
      selector: NAMED_EDGES,
      style: {
        'font-family': tokens.fontFamily,
        'font-size': 11,
        color: tokens.text,
        'text-rotation': 'autorotate',
        'text-wrap': 'wrap',
        'text-max-width': '2000px',
        'text-outline-color': tokens.background,
        'text-outline-width': 2.5,
        'min-zoomed-font-size': 8,
      },
    },
    {
      selector: 'edge[?directed]',
      style: {
        'target-arrow-shape': 'triangle',
        'target-arrow-color': tokens.edge,
      },
    },
    {
      selector: 'edge[line = "dotted"]',
      style: { 'line-dash-pattern': [2, 4] },
    },
    { selector: `.${CLASSES.hidden}`, style: { display: 'none' } },
    {
      selector: `node.${CLASSES.hover}, node.${CLASSES.focused}`,
      style: { label: 'data(fullLabel)', 'z-index': 20, 'border-color': tokens.focus, 'border-width': 3 },
    },
    {
      selector: `edge.${CLASSES.hover}, edge.${CLASSES.focused}`,
      style: { label: 'data(label)', 'line-color': tokens.focus, 'z-index': 20 },
    },
    {
      selector: `edge.${CLASSES.path}`,
      style: { 'line-color': tokens.accent, 'target-arrow-color': tokens.accent, 'mid-target-arrow-color': tokens.accent, width: 4 },
    },
    {
      selector: `node.${CLASSES.path}`,
      style: { 'border-color': tokens.accent, 'border-width': 4 },
    },
    {
      selector: `node.${CLASSES.selected}`,
      style: { 'border-color': tokens.focus, 'border-width': 5, label: 'data(fullLabel)', 'z-index': 30, 'font-weight': 'bold' },
    },
    {
      selector: `edge.${CLASSES.selected}`,
      style: { 'line-color': tokens.focus, 'target-arrow-color': tokens.focus, 'mid-target-arrow-color': tokens.focus, label: 'data(label)', 'z-index': 30 },
    },
    // Placed labels: a size readable on screen at any zoom, centred where the placement put them.
    // Last, so a placed selected or hovered name is drawn where it was placed.
    {
      selector: `node.${CLASSES.label}`,
      style: {
        label: spotlight ? 'data(fullLabel)' : 'data(label)',
        'font-size': 'data(labelSize)',
        'text-valign': 'center',
        'text-halign': 'center',
        'text-margin-x': DATA_DX,
        'text-margin-y': DATA_DY,
        'min-zoomed-font-size': 0,
      },
    },
    {
      selector: `edge.${CLASSES.label}`,
      style: {
        label: 'data(label)',
        'font-size': 'data(labelSize)',
        'text-rotation': 'none',
        'text-margin-x': DATA_DX,
        'text-margin-y': DATA_DY,
        'min-zoomed-font-size': 0,
      },
    },
  ];
}

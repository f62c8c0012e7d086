/**
 * Size and width switches shared by several layers, named once. Each changes how the viewer
 * behaves at a boundary; moving one moves every behaviour listed with it.
 */

/**
 * Up to this many nodes a graph is "small": drawn in full detail (curved edges with status
 * markers and label halos, see detailFor; above it the edges are straight lines drawn apart
 * from Cytoscape), laid out with collision avoidance and small-graph
 * force settings, laid out again when a filter hides part of it, and listed whole in the text
 * view. Past it each of these costs more than an interaction can afford: full-detail edges
 * cost Cytoscape about a second per thousand nodes, collision avoidance O(n) per tick.
 */
export const SMALL_GRAPH_MAX_NODES = 300;

/**
 * Above this many elements (nodes + edges) the viewport moves as a cached texture and the
 * canvas is drawn at 1x pixel ratio (level of detail "large").
 */
export const LARGE_GRAPH_ELEMENTS = 6000;

/**
 * Width of the element, in CSS px, at or below which the layout is narrow: the panel becomes
 * a bottom sheet, the title and button labels hide, and the legend starts closed. Used by
 * the element's container query and by its script.
 */
export const NARROW_MAX_WIDTH_PX = 700;

/**
 * The scene a handout draws (view/handout/scene.ts), read from the main Cytoscape instance and
 * the spotlight's: every shown element in view with its screen geometry, what the spotlight
 * lights and how, and the veil. Public Cytoscape API only (rendered positions, endpoints and
 * control points), so it follows what is on screen, curves included.
 */
import type cytoscape from 'cytoscape';
import type { Scene, SceneEdge, SceneMark, SceneNode, ScenePoint } from '../view/handout/scene';
import { CLASSES } from './stylesheet';

const MARKS: readonly [string, SceneMark][] = [
  [CLASSES.selected, 'selected'],
  [CLASSES.path, 'path'],
  [CLASSES.focused, 'focused'],
  [CLASSES.hover, 'hover'],
];

const point = (p: cytoscape.Position): ScenePoint => ({ x: p.x, y: p.y });

/**
 * A curved edge's control points on screen; none for a line Cytoscape draws straight (it answers
 * renderedControlPoints() for those by throwing, as it has no points to map).
 */
function controlPointsOf(edge: cytoscape.EdgeSingular): ScenePoint[] {
  try {
    return ((edge.renderedControlPoints() as cytoscape.Position[] | undefined) ?? []).map(point);
  } catch {
    return [];
  }
}

export function snapshotScene(main: cytoscape.Core, spotlight: cytoscape.Core, veil: number): Scene {
  const width = main.width();
  const height = main.height();
  const inView = (bb: cytoscape.BoundingBox12 & cytoscape.BoundingBoxWH) => bb.x2 >= 0 && bb.y2 >= 0 && bb.x1 <= width && bb.y1 <= height;
  const nodes: SceneNode[] = [];
  main.nodes().forEach((n) => {
    if (n.hasClass(CLASSES.hidden) || !inView(n.renderedBoundingBox({ includeLabels: true }))) return;
    const p = n.renderedPosition();
    nodes.push({ id: n.id(), x: p.x, y: p.y, width: n.renderedWidth(), height: n.renderedHeight() });
  });
  const edges: SceneEdge[] = [];
  main.edges().forEach((e) => {
    if (e.hasClass(CLASSES.hidden) || e.source().hasClass(CLASSES.hidden) || e.target().hasClass(CLASSES.hidden)) return;
    if (!inView(e.renderedBoundingBox({ includeLabels: false }))) return;
    const controls = controlPointsOf(e);
    edges.push({
      id: e.id(),
      source: e.source().id(),
      target: e.target().id(),
      start: point(e.renderedSourceEndpoint()),
      end: point(e.renderedTargetEndpoint()),
      controls,
      mid: point(e.renderedMidpoint()),
    });
  });
  const lit = new Map<string, SceneMark[]>();
  spotlight.elements().forEach((e) => {
    lit.set(e.id(), MARKS.filter(([cls]) => e.hasClass(cls)).map(([, mark]) => mark));
  });
  return { width, height, zoom: main.zoom(), nodes, edges, veil, lit };
}

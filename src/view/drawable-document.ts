/**
 * Edit mode opens a file that breaks the format's rules (its problems listed, every value kept
 * for saving), but the reader's drawing code is written for valid files. This is the copy the
 * canvas draws: values it cannot draw (a type colour that is not #rgb/#rrggbb, an unknown shape
 * or line, a position that is not two finite numbers) are left out of the copy only. A valid
 * document is returned as it is. `originalDocument` maps the copy back to what the file holds.
 */
import { LINE_STYLES, NODE_SHAPES, type GraphDocument } from '../format/types';

const COLOR = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;
const ORIGINALS = new WeakMap<object, GraphDocument>();

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A type declaration without the styling the canvas cannot draw; the same object when all is drawable. */
function drawableType(type: unknown, kind: 'node' | 'edge'): unknown {
  if (!isRecord(type)) return type;
  const bad = (key: string): boolean => {
    const value = type[key];
    if (value === undefined) return false;
    if (key === 'color') return typeof value !== 'string' || !COLOR.test(value);
    if (key === 'shape') return !(NODE_SHAPES as readonly unknown[]).includes(value);
    if (key === 'line') return !(LINE_STYLES as readonly unknown[]).includes(value);
    return typeof value !== 'boolean';
  };
  const keys = kind === 'node' ? ['color', 'shape'] : ['color', 'line', 'directed'];
  const dropped = keys.filter(bad);
  if (dropped.length === 0) return type;
  return Object.fromEntries(Object.entries(type).filter(([key]) => !dropped.includes(key)));
}

function drawableTypes(types: unknown, kind: 'node' | 'edge'): unknown {
  if (!isRecord(types)) return types;
  let changed = false;
  const entries = Object.entries(types).map(([id, type]) => {
    const next = drawableType(type, kind);
    if (next !== type) changed = true;
    return [id, next] as const;
  });
  return changed ? Object.fromEntries(entries) : types;
}

const finitePoint = (p: unknown): boolean => isRecord(p) && typeof p.x === 'number' && Number.isFinite(p.x) && typeof p.y === 'number' && Number.isFinite(p.y);

/** The document the canvas can draw (see the module comment). */
export function drawableDocument(doc: GraphDocument): GraphDocument {
  if (!isRecord(doc)) return doc;
  const raw = doc as unknown as Record<string, unknown>;
  const nodeTypes = drawableTypes(raw.nodeTypes, 'node');
  const edgeTypes = drawableTypes(raw.edgeTypes, 'edge');
  let nodesChanged = false;
  const nodes = Array.isArray(raw.nodes)
    ? raw.nodes.map((node: unknown) => {
        if (!isRecord(node) || node.position === undefined || finitePoint(node.position)) return node;
        nodesChanged = true;
        return Object.fromEntries(Object.entries(node).filter(([key]) => key !== 'position'));
      })
    : raw.nodes;
  if (nodeTypes === raw.nodeTypes && edgeTypes === raw.edgeTypes && !nodesChanged) return doc;
  const copy = { ...raw, nodeTypes, edgeTypes, nodes } as unknown as GraphDocument;
  ORIGINALS.set(copy, doc);
  return copy;
}

/** What the file holds for a copy made by drawableDocument (else the document itself). */
export function originalDocument(doc: GraphDocument): GraphDocument {
  return ORIGINALS.get(doc) ?? doc;
}

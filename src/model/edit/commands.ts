/**
 * Editing commands over the preserved graph document: plain data (so a host can read, veto or
 * log them), each compiled against the current document into primitive patch ops and applied
 * without mutating anything. `applyCommand` returns the new document and a command that undoes
 * it exactly (same text after serializing); unknown fields and key order are never touched.
 *
 * A command may leave the document invalid (a label emptied, a dangling reference): the editor
 * allows intermediate states and lists the loader's problems; it never "fixes" them silently.
 */
import type { Evidence, GraphDocument, GraphEdge, GraphNode, NodeType, EdgeType, Source, Tour, TourStep } from '../../format/types';
import { applyPatch, PatchError, type PatchOp } from './patch';
import { nodeRemovalImpact, typeRemovalImpact } from './impact';
import { isRecord, pointerOf, valueAt, type Path } from './path';
import { orderedKeys } from '../../format/json/key-order';

/** An element of the document that a field belongs to. */
export type ElementRef =
  | {
      readonly kind: 'node' | 'edge' | 'source' | 'tour';
      readonly id: string;
      /** Which one, when the id is taken more than once (an invalid state being fixed); used only if it still has this id. */
      readonly index?: number;
    }
  | { readonly kind: 'node-type' | 'edge-type'; readonly id: string }
  | { readonly kind: 'document' };

export interface Point {
  readonly x: number;
  readonly y: number;
}

export type EditCommand =
  /** Sets any field under an element (`value` undefined removes it); missing objects on the way are created. */
  | { readonly type: 'set-field'; readonly target: ElementRef; readonly path: Path; readonly value: unknown }
  /** Inserts into a list under an element (aliases, links, topics, evidence), creating the list if needed. */
  | { readonly type: 'insert-item'; readonly target: ElementRef; readonly path: Path; readonly index: number; readonly value: unknown }
  /** Removes one element of a list under an element (`path` ends with its index). */
  | { readonly type: 'remove-item'; readonly target: ElementRef; readonly path: Path }
  | { readonly type: 'add-node'; readonly node: GraphNode }
  /** Removes a node with its edges, and its traces elsewhere (see nodeRemovalImpact). */
  | { readonly type: 'remove-node'; readonly id: string }
  | { readonly type: 'add-edge'; readonly edge: GraphEdge }
  | { readonly type: 'remove-edge'; readonly id: string }
  /**
   * Renames a node or an edge and every reference to it. With `index`, the element at that place
   * (when it has the id `from`); references follow only when it is the one they resolve to (the
   * first with that id).
   */
  | { readonly type: 'rename'; readonly kind: 'node' | 'edge'; readonly from: string; readonly to: string; readonly index?: number }
  /** Adds a language to the file (`meta.languages`): every text can then be written in it. */
  | { readonly type: 'add-language'; readonly lang: string }
  /**
   * Deletes a node or relation type. While nodes or relations have it, refused, unless
   * `cascade`: then they go too, with what goes with them (see typeRemovalImpact).
   */
  | { readonly type: 'remove-type'; readonly kind: 'node' | 'edge'; readonly id: string; readonly cascade?: boolean }
  | { readonly type: 'remove-tour'; readonly id: string }
  /** Declares a node type, or replaces its declaration. */
  | { readonly type: 'put-node-type'; readonly id: string; readonly value: NodeType }
  | { readonly type: 'put-edge-type'; readonly id: string; readonly value: EdgeType }
  /** One dragged node's new position. */
  | { readonly type: 'set-position'; readonly id: string; readonly position: Point }
  /** Every given node's position, at once ("keep this layout"). */
  | { readonly type: 'keep-layout'; readonly positions: Readonly<Record<string, Point>> }
  /** Evidence from a stretch of a source's text: the quote is cut from the text, so it is exact. */
  | {
      readonly type: 'attach-evidence';
      readonly target: { readonly kind: 'node' | 'edge'; readonly id: string };
      readonly source: string;
      readonly start: number;
      readonly end: number;
      readonly by?: string;
    }
  | { readonly type: 'add-source'; readonly source: Source }
  | { readonly type: 'add-tour'; readonly tour: Tour }
  /** Adds a step to a tour, at `index` (default: the end). */
  | { readonly type: 'add-tour-step'; readonly tour: string; readonly step: TourStep; readonly index?: number }
  | { readonly type: 'move-tour-step'; readonly tour: string; readonly from: number; readonly to: number }
  | { readonly type: 'remove-tour-step'; readonly tour: string; readonly index: number }
  /**
   * The whole document replaced in one edit (a merge): each top-level field that differs is set,
   * added or removed, so undo gives back the same text.
   */
  | { readonly type: 'replace-document'; readonly doc: GraphDocument }
  /** Several commands as one undoable edit. */
  | { readonly type: 'batch'; readonly commands: readonly EditCommand[] }
  /** Primitive ops; inverses are patches. */
  | { readonly type: 'patch'; readonly ops: readonly PatchOp[] };

export type EditCommandType = EditCommand['type'];

/** A command that does not fit the document (an unknown id, a range outside the source). */
export class EditError extends Error {
  override readonly name = 'EditError';
}

export interface EditResult {
  readonly doc: GraphDocument;
  /** The primitive ops the command became. */
  readonly ops: readonly PatchOp[];
  /** Undoes the command: applying it to `doc` gives back the input document. */
  readonly inverse: EditCommand;
}

/** Applies a command. Throws EditError when it does not fit the document. */
export function applyCommand(doc: GraphDocument, command: EditCommand): EditResult {
  const builder = new PatchBuilder(doc);
  try {
    compile(builder, command);
  } catch (error) {
    if (error instanceof PatchError) throw new EditError(error.message);
    throw error;
  }
  return { doc: builder.doc, ops: builder.ops, inverse: { type: 'patch', ops: builder.inverse } };
}

/** Applies ops one by one, so each op's indices are computed against the document as it is then. */
class PatchBuilder {
  doc: GraphDocument;
  readonly ops: PatchOp[] = [];
  readonly inverse: PatchOp[] = [];

  constructor(doc: GraphDocument) {
    this.doc = doc;
  }

  push(op: PatchOp): void {
    const result = applyPatch(this.doc, [op]);
    this.doc = result.doc;
    this.ops.push(op);
    this.inverse.unshift(...result.inverse);
  }
}

function compile(b: PatchBuilder, command: EditCommand): void {
  switch (command.type) {
    case 'set-field':
      return setField(b, [...basePath(b.doc, command.target), ...command.path], command.value);
    case 'insert-item': {
      const path = [...basePath(b.doc, command.target), ...command.path];
      const list = valueAt(b.doc, path);
      if (list === undefined) {
        if (command.index !== 0) throw new EditError(`${pointerOf(path)}: no list to insert into at ${command.index}`);
        return setField(b, path, [command.value]);
      }
      if (!Array.isArray(list)) throw new EditError(`${pointerOf(path)} is not a list`);
      return b.push({ op: 'add', path: [...path, command.index], value: command.value });
    }
    case 'remove-item':
      return b.push({ op: 'remove', path: [...basePath(b.doc, command.target), ...command.path] });
    case 'add-node':
      return append(b, 'nodes', command.node);
    case 'remove-node':
      return removeNode(b, command.id);
    case 'add-edge':
      return append(b, 'edges', command.edge);
    case 'remove-edge':
      return removeEdge(b, command.id);
    case 'rename':
      return rename(b, command.kind, command.from, command.to, command.index);
    case 'add-language':
      return addLanguage(b, command.lang);
    case 'remove-type':
      return removeType(b, command.kind, command.id, command.cascade === true);
    case 'remove-tour':
      return b.push({ op: 'remove', path: ['tours', indexOf(b.doc.tours, command.id, 'tour')] });
    case 'put-node-type':
      return putType(b, 'nodeTypes', command.id, command.value);
    case 'put-edge-type':
      return putType(b, 'edgeTypes', command.id, command.value);
    case 'set-position':
      return setPosition(b, command.id, command.position);
    case 'keep-layout':
      for (const node of b.doc.nodes) {
        const position = Object.prototype.hasOwnProperty.call(command.positions, node.id) ? command.positions[node.id] : undefined;
        if (position) setPosition(b, node.id, position);
      }
      return;
    case 'attach-evidence':
      return attachEvidence(b, command);
    case 'add-source':
      return append(b, 'sources', command.source);
    case 'add-tour':
      return append(b, 'tours', command.tour);
    case 'add-tour-step': {
      const tour = indexOf(b.doc.tours, command.tour, 'tour');
      const steps = (b.doc.tours?.[tour] as Tour).steps;
      const index = command.index ?? (Array.isArray(steps) ? steps.length : 0);
      if (!Array.isArray(steps)) return setField(b, ['tours', tour, 'steps'], [command.step]);
      return b.push({ op: 'add', path: ['tours', tour, 'steps', index], value: command.step });
    }
    case 'move-tour-step': {
      const tour = indexOf(b.doc.tours, command.tour, 'tour');
      const steps = (b.doc.tours?.[tour] as Tour).steps;
      const step = Array.isArray(steps) ? steps[command.from] : undefined;
      if (step === undefined || command.to < 0 || command.to >= steps.length) throw new EditError(`tour "${command.tour}" has no step ${command.from} or ${command.to}`);
      if (command.from === command.to) return;
      b.push({ op: 'remove', path: ['tours', tour, 'steps', command.from] });
      return b.push({ op: 'add', path: ['tours', tour, 'steps', command.to], value: step });
    }
    case 'remove-tour-step': {
      const tour = indexOf(b.doc.tours, command.tour, 'tour');
      return b.push({ op: 'remove', path: ['tours', tour, 'steps', command.index] });
    }
    case 'replace-document':
      return replaceDocument(b, command.doc);
    case 'batch':
      for (const inner of command.commands) compile(b, inner);
      return;
    case 'patch':
      for (const op of command.ops) b.push(op);
      return;
  }
}

function replaceDocument(b: PatchBuilder, next: GraphDocument): void {
  if (!isRecord(next)) throw new EditError('a document must be an object');
  const now = b.doc as unknown as Record<string, unknown>;
  const wanted = next as unknown as Record<string, unknown>;
  for (const key of orderedKeys(now)) if (!Object.prototype.hasOwnProperty.call(wanted, key)) b.push({ op: 'remove', path: [key] });
  for (const key of orderedKeys(wanted)) {
    if ((b.doc as unknown as Record<string, unknown>)[key] !== wanted[key]) b.push({ op: 'set', path: [key], value: wanted[key] });
  }
}

/** Where an element lives in the document. */
export function basePath(doc: GraphDocument, target: ElementRef): (string | number)[] {
  switch (target.kind) {
    case 'document':
      return [];
    case 'node':
      return ['nodes', indexAt(doc.nodes, target, 'node')];
    case 'edge':
      return ['edges', indexAt(doc.edges, target, 'edge')];
    case 'source':
      return ['sources', indexAt(doc.sources, target, 'source')];
    case 'tour':
      return ['tours', indexAt(doc.tours, target, 'tour')];
    case 'node-type':
    case 'edge-type': {
      const map = target.kind === 'node-type' ? 'nodeTypes' : 'edgeTypes';
      if (!isRecord(doc[map]) || !Object.prototype.hasOwnProperty.call(doc[map], target.id)) throw new EditError(`no ${target.kind} "${target.id}"`);
      return [map, target.id];
    }
  }
}

/** The element at `target.index` when it has the id, else the first with the id. */
function indexAt(list: readonly { readonly id: string }[] | undefined, target: { readonly id: string; readonly index?: number }, what: string): number {
  const at = target.index;
  if (at !== undefined && Array.isArray(list) && isRecord(list[at]) && (list[at] as { id?: unknown }).id === target.id) return at;
  return indexOf(list, target.id, what);
}

/** Index of the first element with this id; throws EditError when there is none. */
function indexOf(list: readonly { readonly id: string }[] | undefined, id: string, what: string): number {
  const index = Array.isArray(list) ? list.findIndex((element) => isRecord(element) && element.id === id) : -1;
  if (index < 0) throw new EditError(`no ${what} "${id}"`);
  return index;
}

/** Sets a value at any depth; missing objects on the way become objects; undefined removes. */
function setField(b: PatchBuilder, path: Path, value: unknown): void {
  if (path.length === 0) throw new EditError('set-field needs a field');
  if (value === undefined) {
    if (valueAt(b.doc, path) !== undefined) b.push({ op: 'remove', path });
    return;
  }
  // The deepest existing container on the way; the rest is created as one nested value.
  for (let depth = 1; depth < path.length; depth++) {
    const prefix = path.slice(0, depth);
    const here = valueAt(b.doc, prefix);
    if (here === undefined) {
      let nested: unknown = value;
      for (let i = path.length - 1; i >= depth; i--) nested = { [String(path[i])]: nested };
      return b.push({ op: 'set', path: prefix, value: nested });
    }
    if (typeof here !== 'object' || here === null) throw new EditError(`${pointerOf(prefix)} is not an object or list`);
  }
  b.push({ op: 'set', path, value });
}

/** Appends to a top-level list, creating it (in schema position) when the file has none. */
function append(b: PatchBuilder, list: 'nodes' | 'edges' | 'sources' | 'tours', value: unknown): void {
  const current = b.doc[list];
  if (!Array.isArray(current)) return setField(b, [list], [value]);
  b.push({ op: 'add', path: [list, current.length], value });
}

/** A language tag as the format takes it (BCP 47 shape: `ar`, `en-GB`, `zh-Hant`). */
const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

function addLanguage(b: PatchBuilder, lang: string): void {
  const tag = lang.trim();
  if (!LANGUAGE_TAG.test(tag)) throw new EditError(`"${lang}" is not a language tag (e.g. fr, en-GB)`);
  const meta = b.doc.meta as unknown;
  const languages = isRecord(meta) ? meta.languages : undefined;
  if (Array.isArray(languages)) {
    if (languages.some((l) => typeof l === 'string' && l.toLowerCase() === tag.toLowerCase())) throw new EditError(`the file already has the language "${tag}"`);
    return b.push({ op: 'add', path: ['meta', 'languages', languages.length], value: tag });
  }
  setField(b, ['meta', 'languages'], [tag]);
}

function removeType(b: PatchBuilder, kind: 'node' | 'edge', id: string, cascade: boolean): void {
  const map = kind === 'node' ? 'nodeTypes' : 'edgeTypes';
  if (!isRecord(b.doc[map]) || !Object.prototype.hasOwnProperty.call(b.doc[map], id)) throw new EditError(`no ${kind} type "${id}"`);
  const impact = typeRemovalImpact(b.doc, kind, id);
  const users = kind === 'node' ? impact.nodes : impact.edges;
  if (users.length > 0 && !cascade) {
    throw new EditError(`the ${kind} type "${id}" is used by ${users.length} ${kind === 'node' ? 'node' : 'relation'}${users.length === 1 ? '' : 's'} (${users.slice(0, 5).join(', ')}${users.length > 5 ? ', …' : ''})`);
  }
  if (kind === 'node') {
    for (const node of impact.nodes) removeNode(b, node);
  } else {
    for (const edge of impact.edges) removeEdge(b, edge);
  }
  b.push({ op: 'remove', path: [map, id] });
}

function putType(b: PatchBuilder, map: 'nodeTypes' | 'edgeTypes', id: string, value: unknown): void {
  setField(b, [map, id], value);
}

function setPosition(b: PatchBuilder, id: string, position: Point): void {
  if (!Number.isFinite(position.x) || !Number.isFinite(position.y)) throw new EditError(`a position must be finite numbers`);
  const index = indexOf(b.doc.nodes, id, 'node');
  const current = (b.doc.nodes[index] as GraphNode).position;
  // Keep the position object (and any unknown fields in it); write only what changed.
  if (isRecord(current)) {
    if (current.x !== position.x) b.push({ op: 'set', path: ['nodes', index, 'position', 'x'], value: position.x });
    if (current.y !== position.y) b.push({ op: 'set', path: ['nodes', index, 'position', 'y'], value: position.y });
    return;
  }
  b.push({ op: 'set', path: ['nodes', index, 'position'], value: { x: position.x, y: position.y } });
}

function attachEvidence(b: PatchBuilder, command: Extract<EditCommand, { type: 'attach-evidence' }>): void {
  const source = (b.doc.sources ?? [])[indexOf(b.doc.sources, command.source, 'source')] as Source;
  const text = source.text;
  const { start, end } = command;
  if (typeof text !== 'string') throw new EditError(`source "${command.source}" has no text to quote`);
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new EditError(`${start}–${end} is not a stretch of source "${command.source}" (${text.length} characters)`);
  }
  if (splitsPair(text, start) || splitsPair(text, end)) throw new EditError(`${start}–${end} cuts a character of source "${command.source}" in half`);
  const evidence: Evidence = { source: command.source, quote: text.slice(start, end), ...(command.by ? { by: command.by } : {}) };
  const base = basePath(b.doc, command.target);
  const list = valueAt(b.doc, [...base, 'evidence']);
  if (Array.isArray(list)) b.push({ op: 'add', path: [...base, 'evidence', list.length], value: evidence });
  else setField(b, [...base, 'evidence'], [evidence]);
}

/** Whether an offset falls between the two halves of a surrogate pair. */
function splitsPair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

function removeNode(b: PatchBuilder, id: string): void {
  const impact = nodeRemovalImpact(b.doc, id);
  indexOf(b.doc.nodes, id, 'node');
  const goneEdges = new Set(impact.edges);
  trimTourSteps(b, new Set([id]), goneEdges);
  // Topics and attributions on what stays.
  for (const edgeId of impact.topicOf) {
    const index = indexOf(b.doc.edges, edgeId, 'edge');
    const topics = ((b.doc.edges[index] as GraphEdge).topics ?? []).filter((topic) => topic !== id);
    setField(b, ['edges', index, 'topics'], topics.length ? topics : undefined);
  }
  for (const list of ['nodes', 'edges'] as const) {
    b.doc[list].forEach((element, index) => {
      if (!impact.attributedBy.includes(element.id) || (list === 'nodes' && element.id === id)) return;
      (element.evidence ?? []).forEach((evidence, e) => {
        if (evidence.by === id) b.push({ op: 'remove', path: [list, index, 'evidence', e, 'by'] });
      });
    });
  }
  // Edges from the last, so earlier indices stay put.
  for (let index = b.doc.edges.length - 1; index >= 0; index--) {
    if (goneEdges.has((b.doc.edges[index] as GraphEdge).id)) b.push({ op: 'remove', path: ['edges', index] });
  }
  b.push({ op: 'remove', path: ['nodes', indexOf(b.doc.nodes, id, 'node')] });
}

function removeEdge(b: PatchBuilder, id: string): void {
  const index = indexOf(b.doc.edges, id, 'edge');
  trimTourSteps(b, new Set(), new Set([id]));
  b.push({ op: 'remove', path: ['edges', index] });
}

/** Takes removed nodes and edges out of tour steps; a step left naming nothing goes. */
function trimTourSteps(b: PatchBuilder, nodes: ReadonlySet<string>, edges: ReadonlySet<string>): void {
  (b.doc.tours ?? []).forEach((tour, t) => {
    const steps = Array.isArray(tour.steps) ? tour.steps : [];
    for (let s = steps.length - 1; s >= 0; s--) {
      const step = steps[s] as TourStep;
      const stepNodes = Array.isArray(step.nodes) ? step.nodes : [];
      const stepEdges = Array.isArray(step.edges) ? step.edges : [];
      const keptNodes = stepNodes.filter((n) => !nodes.has(n));
      const keptEdges = stepEdges.filter((e) => !edges.has(e));
      if (keptNodes.length === stepNodes.length && keptEdges.length === stepEdges.length) continue;
      if (keptNodes.length + keptEdges.length === 0) {
        b.push({ op: 'remove', path: ['tours', t, 'steps', s] });
        continue;
      }
      if (keptNodes.length !== stepNodes.length) b.push({ op: 'set', path: ['tours', t, 'steps', s, 'nodes'], value: keptNodes });
      if (keptEdges.length !== stepEdges.length) b.push({ op: 'set', path: ['tours', t, 'steps', s, 'edges'], value: keptEdges });
    }
  });
}

function rename(b: PatchBuilder, kind: 'node' | 'edge', from: string, to: string, index?: number): void {
  if (from === to) return;
  const list = kind === 'node' ? 'nodes' : 'edges';
  const at = indexAt(b.doc[list], { id: from, ...(index !== undefined ? { index } : {}) }, kind);
  const first = indexOf(b.doc[list], from, kind);
  b.push({ op: 'set', path: [list, at, 'id'], value: to });
  // A later element with a taken id is not what references mean: they stay.
  if (at !== first) return;
  const swap = (ids: readonly string[]): string[] => ids.map((id) => (id === from ? to : id));
  if (kind === 'node') {
    b.doc.edges.forEach((edge, index) => {
      if (edge.source === from) b.push({ op: 'set', path: ['edges', index, 'source'], value: to });
      if (edge.target === from) b.push({ op: 'set', path: ['edges', index, 'target'], value: to });
      if (Array.isArray(edge.topics) && edge.topics.includes(from)) b.push({ op: 'set', path: ['edges', index, 'topics'], value: swap(edge.topics) });
    });
    for (const elements of ['nodes', 'edges'] as const) {
      b.doc[elements].forEach((element, index) => {
        (element.evidence ?? []).forEach((evidence, e) => {
          if (evidence.by === from) b.push({ op: 'set', path: [elements, index, 'evidence', e, 'by'], value: to });
        });
      });
    }
  }
  const field = kind === 'node' ? 'nodes' : 'edges';
  (b.doc.tours ?? []).forEach((tour, t) => {
    (Array.isArray(tour.steps) ? tour.steps : []).forEach((step, s) => {
      const ids = step[field];
      if (Array.isArray(ids) && ids.includes(from)) b.push({ op: 'set', path: ['tours', t, 'steps', s, field], value: swap(ids) });
    });
  });
}

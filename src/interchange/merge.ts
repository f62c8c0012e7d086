/**
 * Merging a second graph file (b) into a first (a). Ids that mean different things in the two
 * files are collisions, each resolved by a choice: keep a's, keep b's, or rename b's (and every
 * reference to it in b). Elements equal in both files are simply kept once. Nodes with the same
 * label after Arabic and Latin folding (the search's own normalisation) but different ids are
 * flagged as likely duplicates. The result is run through the loader.
 */
import { validateGraph } from '../format/load';
import { withFields } from '../format/serialize';
import type { Evidence, GraphDocument, GraphEdge, GraphNode, LocalizedText, Tour } from '../format/types';
import { normalizeForSearch } from '../model/search';
import { ReportBuilder, type InterchangeProblem } from './report';
import { IdSpace, makeRecord } from './text';

export type CollisionChoice = 'keep-a' | 'keep-b' | 'rename';
export const COLLISION_CHOICES: readonly CollisionChoice[] = ['keep-a', 'keep-b', 'rename'];

/** What kind of thing an id names; nodes and edges share one namespace. */
export type CollisionKind = 'node' | 'edge' | 'source' | 'nodeType' | 'edgeType' | 'tour' | 'status';

export interface Collision {
  readonly kind: CollisionKind;
  readonly id: string;
  /** The kind of a's element with this id, when it differs (a node in b, an edge in a). */
  readonly kindInA?: CollisionKind;
  /** How it was resolved (undefined from findCollisions). */
  readonly resolution?: CollisionChoice;
  /** b's new id, when renamed. */
  readonly renamedTo?: string;
  /** Why the choice made was not the one asked for, when so. */
  readonly note?: string;
}

export interface LikelyDuplicate {
  /** Node id in a. */
  readonly a: string;
  /** Node id in the merged graph that came from b. */
  readonly b: string;
  /** The label they share, as a writes it. */
  readonly label: string;
}

export interface MergeOptions {
  /** Choice for every collision without its own (default: rename). */
  readonly onCollision?: CollisionChoice;
  /** Choices per collision, keyed `kind:id` (`node:iran`). */
  readonly choices?: Readonly<Record<string, CollisionChoice>>;
}

export interface MergeResult {
  /** The merged document, when the loader accepts it. */
  readonly graph?: GraphDocument;
  readonly collisions: readonly Collision[];
  readonly duplicates: readonly LikelyDuplicate[];
  readonly problems: readonly InterchangeProblem[];
}

/** Equal as JSON data, whatever the order of object keys (arrays keep their order). */
function same(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
  if (Array.isArray(x) || Array.isArray(y)) {
    return Array.isArray(x) && Array.isArray(y) && x.length === y.length && x.every((item, index) => same(item, y[index]));
  }
  const xKeys = Object.keys(x).filter((key) => (x as Record<string, unknown>)[key] !== undefined);
  const yKeys = Object.keys(y).filter((key) => (y as Record<string, unknown>)[key] !== undefined);
  return xKeys.length === yKeys.length && xKeys.every((key) => Object.prototype.hasOwnProperty.call(y, key) && same((x as Record<string, unknown>)[key], (y as Record<string, unknown>)[key]));
}

/** Ids used in both files for things that differ, in document order of b. */
export function findCollisions(a: GraphDocument, b: GraphDocument): Collision[] {
  const collisions: Collision[] = [];
  const aElements = new Map<string, { kind: CollisionKind; value: unknown }>();
  for (const node of a.nodes) aElements.set(node.id, { kind: 'node', value: node });
  for (const edge of a.edges) aElements.set(edge.id, { kind: 'edge', value: edge });
  const element = (kind: 'node' | 'edge', item: GraphNode | GraphEdge): void => {
    const other = aElements.get(item.id);
    if (other && !same(other.value, item)) collisions.push({ kind, id: item.id, ...(other.kind !== kind ? { kindInA: other.kind } : {}) });
  };
  b.nodes.forEach((node) => element('node', node));
  b.edges.forEach((edge) => element('edge', edge));
  const keyed = (kind: CollisionKind, aMap: Readonly<Record<string, unknown>> | undefined, bMap: Readonly<Record<string, unknown>> | undefined): void => {
    for (const [id, value] of Object.entries(bMap ?? {})) {
      if (aMap && Object.prototype.hasOwnProperty.call(aMap, id) && !same(aMap[id], value)) collisions.push({ kind, id });
    }
  };
  const byId = <T extends { id: string }>(list: readonly T[] | undefined): Record<string, T> => makeRecord((list ?? []).map((item) => [item.id, item])) as Record<string, T>;
  keyed('source', byId(a.sources), byId(b.sources));
  keyed('nodeType', a.nodeTypes, b.nodeTypes);
  keyed('edgeType', a.edgeTypes, b.edgeTypes);
  keyed('tour', byId(a.tours), byId(b.tours));
  keyed('status', a.meta.statuses, b.meta.statuses);
  return collisions;
}

/** Merges b into a. */
export function mergeGraphs(a: GraphDocument, b: GraphDocument, options: MergeOptions = {}): MergeResult {
  const report = new ReportBuilder();
  const found = findCollisions(a, b);
  const choiceOf = (collision: Collision): CollisionChoice => options.choices?.[`${collision.kind}:${collision.id}`] ?? options.onCollision ?? 'rename';

  // Every id in use in either file, per namespace, so a renamed id is new to both.
  const spaces: Record<'element' | 'source' | 'nodeType' | 'edgeType' | 'tour' | 'status', IdSpace> = {
    element: new IdSpace(), source: new IdSpace(), nodeType: new IdSpace(), edgeType: new IdSpace(), tour: new IdSpace(), status: new IdSpace(),
  };
  for (const doc of [a, b]) {
    doc.nodes.forEach((node) => spaces.element.reserve(node.id));
    doc.edges.forEach((edge) => spaces.element.reserve(edge.id));
    (doc.sources ?? []).forEach((source) => spaces.source.reserve(source.id));
    Object.keys(doc.nodeTypes).forEach((id) => spaces.nodeType.reserve(id));
    Object.keys(doc.edgeTypes).forEach((id) => spaces.edgeType.reserve(id));
    (doc.tours ?? []).forEach((tour) => spaces.tour.reserve(tour.id));
    Object.keys(doc.meta.statuses ?? {}).forEach((id) => spaces.status.reserve(id));
  }
  const renames = { element: new Map<string, string>(), source: new Map<string, string>(), nodeType: new Map<string, string>(), edgeType: new Map<string, string>(), tour: new Map<string, string>(), status: new Map<string, string>() };
  const dropFromB = new Set<string>(); // `kind:id` of b's things a keeps
  const replaceInA = new Set<string>(); // `kind:id` of a's things b replaces
  const collisions: Collision[] = found.map((collision) => {
    let resolution = choiceOf(collision);
    let note: string | undefined;
    if (collision.kindInA !== undefined && resolution !== 'rename') {
      resolution = 'rename';
      note = `a has an ${collision.kindInA} with this id, so b's ${collision.kind} is renamed`;
    } else if (collision.kind === 'source' && resolution !== 'rename') {
      resolution = 'rename';
      note = "two different sources cannot share an id: each file's quotes must stay checkable against its own text";
    }
    const key = `${collision.kind}:${collision.id}`;
    if (resolution === 'keep-a') dropFromB.add(key);
    if (resolution === 'keep-b') replaceInA.add(key);
    let renamedTo: string | undefined;
    if (resolution === 'rename') {
      const space = collision.kind === 'node' || collision.kind === 'edge' ? 'element' : collision.kind;
      renamedTo = spaces[space].claim(collision.id, collision.id);
      renames[space].set(collision.id, renamedTo);
    }
    return { ...collision, resolution, ...(renamedTo !== undefined ? { renamedTo } : {}), ...(note !== undefined ? { note } : {}) };
  });

  // b with its renamed ids and references.
  // b's plain strings are in b's first language: say so when a's first language differs.
  const bLanguage = b.meta.languages[0];
  const retag = (text: LocalizedText | undefined): LocalizedText | undefined =>
    typeof text === 'string' && bLanguage !== undefined && bLanguage !== a.meta.languages[0] ? (makeRecord([[bLanguage, text]]) as LocalizedText) : text;
  const element = (id: string): string => renames.element.get(id) ?? id;
  const evidence = (list: readonly Evidence[] | undefined): Evidence[] | undefined =>
    list?.map((item) => withFields(item, { source: renames.source.get(item.source) ?? item.source, ...(item.by !== undefined ? { by: element(item.by) } : {}) }, 'evidence'));
  const bNodes = b.nodes.map((node) =>
    withFields(node, {
      id: element(node.id),
      type: renames.nodeType.get(node.type) ?? node.type,
      label: retag(node.label),
      ...(node.description !== undefined ? { description: retag(node.description) } : {}),
      ...(node.evidence ? { evidence: evidence(node.evidence) } : {}),
    }, 'node'));
  const bEdges = b.edges.map((edge) =>
    withFields(edge, {
      id: element(edge.id),
      type: renames.edgeType.get(edge.type) ?? edge.type,
      source: element(edge.source),
      target: element(edge.target),
      ...(edge.label !== undefined ? { label: retag(edge.label) } : {}),
      ...(edge.description !== undefined ? { description: retag(edge.description) } : {}),
      ...(edge.status !== undefined ? { status: renames.status.get(edge.status) ?? edge.status } : {}),
      ...(edge.topics ? { topics: edge.topics.map(element) } : {}),
      ...(edge.evidence ? { evidence: evidence(edge.evidence) } : {}),
    }, 'edge'));
  const bTours = (b.tours ?? []).map((tour) =>
    withFields(tour, {
      id: renames.tour.get(tour.id) ?? tour.id,
      steps: tour.steps.map((step) => withFields(step, { ...(step.nodes ? { nodes: step.nodes.map(element) } : {}), ...(step.edges ? { edges: step.edges.map(element) } : {}) }, 'tourStep')),
    }, 'tour'));
  const bSources = (b.sources ?? []).map((source) => withFields(source, { id: renames.source.get(source.id) ?? source.id }, 'source'));

  // Lists: a's items (b's where b's replace them), then b's items that are new.
  const combine = <T extends { id: string }>(aList: readonly T[], bList: readonly T[], originalB: readonly { id: string }[], kindOf: (item: T) => CollisionKind): T[] => {
    const bById = new Map(bList.map((item, index) => [originalB[index]?.id ?? item.id, item] as const));
    const result = aList.map((item) => (replaceInA.has(`${kindOf(item)}:${item.id}`) ? (bById.get(item.id) ?? item) : item));
    const present = new Set(result.map((item) => item.id));
    bList.forEach((item, index) => {
      const original = originalB[index]?.id ?? item.id;
      if (present.has(item.id)) return; // equal in both, renamed away, or already placed by keep-b
      if (dropFromB.has(`${kindOf(item)}:${original}`)) return;
      result.push(item);
      present.add(item.id);
    });
    return result;
  };
  const nodes = combine<GraphNode>(a.nodes, bNodes, b.nodes, () => 'node');
  const edges = combine<GraphEdge>(a.edges, bEdges, b.edges, () => 'edge');
  const sources = combine(a.sources ?? [], bSources, b.sources ?? [], () => 'source');
  const tours = combine<Tour>(a.tours ?? [], bTours, b.tours ?? [], () => 'tour');
  const mergeMap = <T>(kind: CollisionKind, aMap: Readonly<Record<string, T>>, bMap: Readonly<Record<string, T>>, renamed: Map<string, string>): Record<string, T> => {
    const entries: [string, T][] = Object.entries(aMap).map(([id, value]) => [id, replaceInA.has(`${kind}:${id}`) ? (bMap[id] as T) : value]);
    for (const [id, value] of Object.entries(bMap)) {
      const target = renamed.get(id) ?? id;
      if (entries.some(([existing]) => existing === target) || dropFromB.has(`${kind}:${id}`)) continue;
      entries.push([target, value]);
    }
    return makeRecord(entries) as Record<string, T>;
  };
  const nodeTypes = mergeMap('nodeType', a.nodeTypes, b.nodeTypes, renames.nodeType);
  const edgeTypes = mergeMap('edgeType', a.edgeTypes, b.edgeTypes, renames.edgeType);
  const statuses = a.meta.statuses || b.meta.statuses ? mergeMap('status', a.meta.statuses ?? {}, b.meta.statuses ?? {}, renames.status) : undefined;
  const languages = [...a.meta.languages, ...b.meta.languages.filter((lang) => !a.meta.languages.includes(lang))];
  const meta = withFields(a.meta, { languages, ...(statuses ? { statuses } : {}) }, 'meta');
  const merged = withFields(a, {
    meta,
    ...(sources.length > 0 ? { sources } : {}),
    nodeTypes,
    edgeTypes,
    nodes,
    edges,
    ...(tours.length > 0 ? { tours } : {}),
  }, 'document');

  const bKept = new Set(bNodes);
  const duplicates = likelyDuplicates(a, nodes.filter((node) => bKept.has(node)));
  const checked = validateGraph(merged);
  for (const problem of checked.problems) {
    if (problem.severity === 'error') report.error(problem.code, problem.message, undefined, problem.pointer);
  }
  return { ...(checked.ok ? { graph: checked.graph } : {}), collisions, duplicates, problems: report.problems };
}

function labelTexts(label: LocalizedText | undefined): string[] {
  if (typeof label === 'string') return [label];
  if (label && typeof label === 'object') return Object.values(label).filter((text): text is string => typeof text === 'string');
  return [];
}

/** Pairs (a's node, b's node) with different ids whose labels are equal after folding, in any language. */
export function likelyDuplicates(a: GraphDocument, fromB: readonly GraphNode[]): LikelyDuplicate[] {
  const byLabel = new Map<string, { id: string; label: string }[]>();
  for (const node of a.nodes) {
    for (const text of labelTexts(node.label)) {
      const key = normalizeForSearch(text);
      if (key === '') continue;
      let list = byLabel.get(key);
      if (!list) byLabel.set(key, (list = []));
      if (!list.some((entry) => entry.id === node.id)) list.push({ id: node.id, label: text });
    }
  }
  const duplicates: LikelyDuplicate[] = [];
  const seen = new Set<string>();
  for (const node of fromB) {
    for (const text of labelTexts(node.label)) {
      for (const match of byLabel.get(normalizeForSearch(text)) ?? []) {
        const key = `${match.id}\u0000${node.id}`;
        if (match.id === node.id || seen.has(key)) continue;
        seen.add(key);
        duplicates.push({ a: match.id, b: node.id, label: match.label });
      }
    }
  }
  return duplicates;
}

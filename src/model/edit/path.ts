/**
 * Paths into a graph document (`['nodes', 3, 'label', 'en']`), their JSON pointers, and which
 * kind of object a path names, so a key the editor adds lands where the schema order puts it.
 */
import { KEY_ORDER, type ObjectKind } from '../../format/serialize';

/** Object keys and array indices from the document root. */
export type Path = readonly (string | number)[];

/** RFC 6901 pointer of a path (`/nodes/3/label/en`). */
export function pointerOf(path: Path): string {
  return path.map((token) => `/${String(token).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** Tokens of a pointer; digits become numbers only where the value at that point is an array. */
export function pathOf(pointer: string, root: unknown): (string | number)[] {
  if (pointer === '') return [];
  const tokens = pointer
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
  const path: (string | number)[] = [];
  let value: unknown = root;
  for (const token of tokens) {
    if (Array.isArray(value) && /^(0|[1-9][0-9]*)$/.test(token)) {
      path.push(Number(token));
      value = value[Number(token)];
    } else {
      path.push(token);
      value = isRecord(value) && Object.prototype.hasOwnProperty.call(value, token) ? value[token] : undefined;
    }
  }
  return path;
}

/** The value at `path`, or undefined when any step is missing. */
export function valueAt(root: unknown, path: Path): unknown {
  let value: unknown = root;
  for (const token of path) {
    if (Array.isArray(value) && typeof token === 'number') value = value[token];
    else if (isRecord(value) && typeof token === 'string' && Object.prototype.hasOwnProperty.call(value, token)) value = value[token];
    else return undefined;
  }
  return value;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first of these kind names that the format declares (names have changed between versions). */
function kind(...names: string[]): ObjectKind | undefined {
  return names.find((name) => Object.prototype.hasOwnProperty.call(KEY_ORDER, name)) as ObjectKind | undefined;
}

/**
 * The object kind at `path` (the object whose keys would be added to), when the format knows it:
 * `[]` is the document, `['nodes', 2]` a node, `['edges', 0, 'when']` a time reference.
 */
export function kindAt(path: Path): ObjectKind | undefined {
  const [first, second, third, fourth] = path;
  switch (path.length) {
    case 0:
      return kind('document');
    case 1:
      return first === 'meta' ? kind('meta') : undefined;
    case 2:
      if (first === 'nodes' && typeof second === 'number') return kind('node');
      if (first === 'edges' && typeof second === 'number') return kind('edge');
      if (first === 'sources' && typeof second === 'number') return kind('source');
      if (first === 'tours' && typeof second === 'number') return kind('tour');
      if (first === 'nodeTypes') return kind('nodeType');
      if (first === 'edgeTypes') return kind('edgeType');
      return undefined;
    case 3:
      if ((first === 'nodes' || first === 'edges') && third === 'when') return kind('timeReference', 'time');
      if (first === 'nodes' && third === 'position') return kind('position');
      if (first === 'meta' && second === 'statuses') return kind('statusDefinition', 'status');
      return undefined;
    case 4:
      if ((first === 'nodes' || first === 'edges') && third === 'evidence' && typeof fourth === 'number') return kind('evidence');
      if ((first === 'nodes' || first === 'edges') && third === 'links' && typeof fourth === 'number') return kind('link');
      if (first === 'tours' && third === 'steps' && typeof fourth === 'number') return kind('tourStep');
      return undefined;
    default:
      return undefined;
  }
}

/**
 * The three primitive changes every edit compiles to, applied to the preserved document without
 * mutating it (the path to the change is copied, everything else is shared), each returning its
 * exact inverse. Objects keep their key order, integer-like keys included; a key that is added
 * goes where the schema order of that kind puts it, or back to the very place it was removed
 * from (`at`), so undo gives back the same text.
 */
import { withFields } from '../../format/serialize';
import { defineDataProperty, isPrototypeKey, orderedKeys, setKeyOrder } from '../../format/json/key-order';
import { isRecord, kindAt, pointerOf, type Path } from './path';

export type PatchOp =
  /** Replaces the value at `path` (object key or array index); a missing object key is added. */
  | { readonly op: 'set'; readonly path: Path; readonly value: unknown }
  /** Inserts into an array before index `path[-1]` (may equal the length), or adds an object key, at key position `at` when given. */
  | { readonly op: 'add'; readonly path: Path; readonly value: unknown; readonly at?: number }
  /** Removes an array element or an object key. */
  | { readonly op: 'remove'; readonly path: Path };

/** A change that does not fit the document (a missing parent, an index out of range). */
export class PatchError extends Error {
  override readonly name = 'PatchError';
}

export interface PatchResult<T> {
  readonly doc: T;
  /** Ops that turn the result back into the input, in the order to apply them. */
  readonly inverse: readonly PatchOp[];
}

/** Applies ops in order; the inverse undoes them all. Throws PatchError when one does not fit. */
export function applyPatch<T>(doc: T, ops: readonly PatchOp[]): PatchResult<T> {
  let current: unknown = doc;
  const inverse: PatchOp[] = [];
  for (const op of ops) {
    const result = applyOp(current, op);
    current = result.doc;
    inverse.unshift(result.inverse);
  }
  return { doc: current as T, inverse };
}

function applyOp(root: unknown, op: PatchOp): { doc: unknown; inverse: PatchOp } {
  if (op.path.length === 0) throw new PatchError('a patch cannot replace the whole document');
  if (op.op !== 'remove' && op.value === undefined) throw new PatchError(`${pointerOf(op.path)}: no value (remove the key instead)`);
  let inverse: PatchOp | undefined;
  const parentPath = op.path.slice(0, -1);
  const token = op.path[op.path.length - 1] as string | number;
  const doc = updateAt(root, parentPath, 0, (parent) => {
    const result = changeChild(parent, parentPath, token, op);
    inverse = result.inverse;
    return result.parent;
  });
  return { doc, inverse: inverse as PatchOp };
}

/** Copies the containers along `path` and replaces the one at its end with `change(it)`. */
function updateAt(node: unknown, path: Path, depth: number, change: (parent: unknown) => unknown): unknown {
  if (depth === path.length) return change(node);
  const token = path[depth] as string | number;
  if (Array.isArray(node)) {
    if (typeof token !== 'number' || token < 0 || token >= node.length) throw new PatchError(`no element ${String(token)} at ${pointerOf(path.slice(0, depth))}`);
    const copy = node.slice();
    copy[token] = updateAt(node[token], path, depth + 1, change);
    return copy;
  }
  if (isRecord(node) && typeof token === 'string' && Object.prototype.hasOwnProperty.call(node, token)) {
    return replaceKey(node, token, updateAt(node[token], path, depth + 1, change));
  }
  throw new PatchError(`nothing at ${pointerOf(path.slice(0, depth + 1))}`);
}

function changeChild(parent: unknown, parentPath: Path, token: string | number, op: PatchOp): { parent: unknown; inverse: PatchOp } {
  const path = [...parentPath, token];
  if (Array.isArray(parent)) {
    if (typeof token !== 'number' || !Number.isInteger(token) || token < 0) throw new PatchError(`${pointerOf(path)}: an array index must be a whole number`);
    const copy = parent.slice();
    switch (op.op) {
      case 'set':
        if (token >= parent.length) throw new PatchError(`${pointerOf(path)}: no such element`);
        copy[token] = op.value;
        return { parent: copy, inverse: { op: 'set', path, value: parent[token] } };
      case 'add':
        if (token > parent.length) throw new PatchError(`${pointerOf(path)}: index beyond the end`);
        copy.splice(token, 0, op.value);
        return { parent: copy, inverse: { op: 'remove', path } };
      case 'remove':
        if (token >= parent.length) throw new PatchError(`${pointerOf(path)}: no such element`);
        copy.splice(token, 1);
        return { parent: copy, inverse: { op: 'add', path, value: parent[token] } };
    }
  }
  if (!isRecord(parent) || typeof token !== 'string') throw new PatchError(`${pointerOf(parentPath)}: not an object`);
  const exists = Object.prototype.hasOwnProperty.call(parent, token);
  switch (op.op) {
    case 'set':
      if (exists) return { parent: replaceKey(parent, token, op.value), inverse: { op: 'set', path, value: parent[token] } };
      return { parent: addKey(parent, parentPath, token, op.value, undefined), inverse: { op: 'remove', path } };
    case 'add':
      if (exists) throw new PatchError(`${pointerOf(path)}: already there`);
      return { parent: addKey(parent, parentPath, token, op.value, op.at), inverse: { op: 'remove', path } };
    case 'remove': {
      if (!exists) throw new PatchError(`${pointerOf(path)}: nothing to remove`);
      const keys = orderedKeys(parent);
      const at = keys.indexOf(token);
      const entries = keys.filter((key) => key !== token).map((key): [string, unknown] => [key, parent[key]]);
      return { parent: objectOf(entries), inverse: { op: 'add', path, value: parent[token], at } };
    }
  }
}

/** A copy with one key's value replaced, in place. */
function replaceKey(object: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  return objectOf(orderedKeys(object).map((k): [string, unknown] => [k, k === key ? value : object[k]]));
}

/** A copy with a new key: at key position `at`, else where the schema order of this kind puts it. */
function addKey(object: Record<string, unknown>, path: Path, key: string, value: unknown, at: number | undefined): Record<string, unknown> {
  if (at === undefined) return withFields(object, { [key]: value }, kindAt(path));
  const entries = orderedKeys(object).map((k): [string, unknown] => [k, object[k]]);
  entries.splice(Math.max(0, Math.min(at, entries.length)), 0, [key, value]);
  return objectOf(entries);
}

/** A plain object with exactly these entries in this order (`__proto__` stays a plain key). */
export function objectOf(entries: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    if (isPrototypeKey(key)) defineDataProperty(object, key, value);
    else object[key] = value;
  }
  setKeyOrder(
    object,
    entries.map(([key]) => key),
  );
  return object;
}

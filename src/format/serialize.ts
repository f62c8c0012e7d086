/**
 * Canonical output: the formatting of `JSON.stringify(value, null, 2)` (2-space indent,
 * non-ASCII kept as is, escapes only where JSON requires them) plus a final "\n", with every
 * object's keys in their original order, including integer-like keys that JS objects would
 * otherwise list first (see json/key-order.ts). A one-field edit is a one-line diff.
 */
import { defineDataProperty, isPrototypeKey, orderedKeys, setKeyOrder } from './json/key-order';
import { KEY_ORDER, type ObjectKind } from './kinds';
import type { GraphDocument } from './types';

export { KEY_ORDER, type ObjectKind };

/** The graph as canonical file text. Throws a TypeError on a cycle (or absurd nesting). */
export function serializeGraph(graph: GraphDocument): string {
  return serializeJson(graph);
}

/** Any JSON value as canonical text (key order kept, "\n" at the end). */
export function serializeJson(value: unknown): string {
  const parts: string[] = [];
  write(value, '', parts, 0);
  parts.push('\n');
  return parts.join('');
}

/** Whether JSON.stringify leaves this property out (or writes null in an array). */
function isSkipped(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/** Deeper than this is a cycle (validated graphs are at most maxDepth deep); cheaper than tracking ancestors. */
const MAX_SERIALIZE_DEPTH = 1000;

function write(value: unknown, indent: string, parts: string[], depth: number): void {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'string') parts.push(JSON.stringify(value));
    else if (typeof value === 'number') parts.push(Number.isFinite(value) ? String(value) : 'null');
    else if (typeof value === 'boolean') parts.push(value ? 'true' : 'false');
    else if (typeof value === 'bigint') throw new TypeError('serializeJson: a BigInt is not JSON data');
    else parts.push('null');
    return;
  }
  if (depth > MAX_SERIALIZE_DEPTH) throw new TypeError(`serializeJson: the value nests deeper than ${MAX_SERIALIZE_DEPTH} levels (a cycle?)`);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) parts.push('[]');
    else {
      parts.push('[\n');
      for (let i = 0; i < value.length; i++) {
        if (i > 0) parts.push(',\n');
        parts.push(inner);
        const element: unknown = value[i];
        if (isSkipped(element)) parts.push('null');
        else write(element, inner, parts, depth + 1);
      }
      parts.push(`\n${indent}]`);
    }
  } else {
    const object = value as Record<string, unknown>;
    let first = true;
    for (const key of orderedKeys(object)) {
      const member = object[key];
      if (isSkipped(member)) continue;
      parts.push(first ? '{\n' : ',\n', inner, JSON.stringify(key), ': ');
      first = false;
      write(member, inner, parts, depth + 1);
    }
    parts.push(first ? '{}' : `\n${indent}}`);
  }
}

/**
 * A copy of `object` with `changes` applied (a change to `undefined` removes the key), keeping
 * the original key order. New keys go where the schema order of `kind` puts them among the
 * known keys (after the nearest known key that precedes them), or at the end without a kind.
 * Keys such as `__proto__` stay plain data.
 */
export function withFields<T extends object>(object: T, changes: Readonly<Record<string, unknown>>, kind?: ObjectKind): T {
  const keys = orderedKeys(object).filter((key) => !(Object.prototype.hasOwnProperty.call(changes, key) && changes[key] === undefined));
  const schema: readonly string[] = kind ? KEY_ORDER[kind] : [];
  for (const key of Object.keys(changes)) {
    if (changes[key] === undefined || keys.includes(key)) continue;
    const rank = schema.indexOf(key);
    let at = keys.length;
    if (rank >= 0) {
      // After the last existing key that the schema puts before this one; else before the first known key after it.
      const before = keys.map((existing) => schema.indexOf(existing)).map((r, i) => ({ r, i })).filter(({ r }) => r >= 0);
      const preceding = before.filter(({ r }) => r < rank).pop();
      const following = before.find(({ r }) => r > rank);
      at = preceding ? preceding.i + 1 : following ? following.i : keys.length;
    }
    keys.splice(at, 0, key);
  }
  const copy = {} as Record<string, unknown>;
  const source = object as Record<string, unknown>;
  for (const key of keys) {
    const value = Object.prototype.hasOwnProperty.call(changes, key) ? changes[key] : source[key];
    if (isPrototypeKey(key)) defineDataProperty(copy, key, value);
    else copy[key] = value;
  }
  setKeyOrder(copy, keys);
  return copy as T;
}

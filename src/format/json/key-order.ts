/**
 * Key order that JavaScript objects cannot hold by themselves.
 *
 * A JS object lists integer-like keys ("2", "10") first, in numeric order, whatever order they
 * were inserted in. A curator's `{"b": 1, "10": 2}` must still be saved as written, so when (and
 * only when) an object's insertion order differs from what `Object.keys` reports, the parser
 * attaches the original order to the object under a non-enumerable symbol. JSON.stringify,
 * Object.keys, spreading and deep-equality helpers ignore it; `serializeGraph` reads it.
 * Copying an object with spread drops the record (integer-like keys then move first again);
 * use `withFields` to copy-and-change an object without losing it.
 */

const KEY_ORDER_RECORD: unique symbol = Symbol('kg-viewer.keyOrder');

interface WithKeyOrder {
  [KEY_ORDER_RECORD]?: readonly string[];
}

/** True for keys that JS objects enumerate first: canonical array indices "0" … "4294967294". */
export function isArrayIndexKey(key: string): boolean {
  const first = key.charCodeAt(0);
  if (!(first >= 48 && first <= 57)) return false;
  if (key.length > 1 && first === 48) return false;
  if (key.length > 10) return false;
  for (let i = 1; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return Number(key) < 4294967295;
}

/**
 * Remembers `keys` as the order of `object`'s own keys, when that differs from the order
 * `Object.keys` gives. Keys must be the object's own enumerable string keys.
 */
export function setKeyOrder(object: object, keys: readonly string[]): void {
  const natural = Object.keys(object);
  let same = natural.length === keys.length;
  for (let i = 0; same && i < keys.length; i++) same = natural[i] === keys[i];
  if (same) {
    if (Object.prototype.hasOwnProperty.call(object, KEY_ORDER_RECORD)) {
      Object.defineProperty(object, KEY_ORDER_RECORD, { value: undefined });
    }
    return;
  }
  Object.defineProperty(object, KEY_ORDER_RECORD, {
    value: Object.freeze([...keys]),
    enumerable: false,
    writable: false,
    configurable: true,
  });
}

/**
 * The object's own enumerable string keys in their original order: the recorded order (keys
 * since deleted left out), then keys added later in `Object.keys` order.
 */
export function orderedKeys(object: object): string[] {
  const natural = Object.keys(object);
  const recorded = (object as WithKeyOrder)[KEY_ORDER_RECORD];
  if (!recorded) return natural;
  const present = new Set(natural);
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const key of recorded) {
    if (present.has(key) && !seen.has(key)) {
      keys.push(key);
      seen.add(key);
    }
  }
  for (const key of natural) if (!seen.has(key)) keys.push(key);
  return keys;
}

/** Sets an own data property without ever invoking a setter (`__proto__` stays a plain key). */
export function defineDataProperty(object: object, key: string, value: unknown): void {
  Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
}

/** Keys whose plain assignment could reach a prototype or a setter on Object.prototype. */
export function isPrototypeKey(key: string): boolean {
  return key === '__proto__' || key === 'constructor' || key === 'prototype';
}

/** Where a recorded key order sits in a document: the member names and array indices leading to it. */
export interface KeyOrderEntry {
  readonly path: readonly (string | number)[];
  readonly keys: readonly string[];
}

/**
 * Every recorded key order in `value`, with its path. The record lives under a symbol, which
 * structured clone (postMessage) drops: a Worker sends these entries beside the cloned value
 * and the receiver puts them back with `restoreKeyOrders`. Walks with its own stack, so depth
 * is bounded by memory, not the call stack.
 */
export function collectKeyOrders(value: unknown): KeyOrderEntry[] {
  const entries: KeyOrderEntry[] = [];
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const current = item.value;
    if (typeof current !== 'object' || current === null) continue;
    if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) {
        const child: unknown = current[i];
        if (typeof child === 'object' && child !== null) stack.push({ value: child, path: [...item.path, i] });
      }
      continue;
    }
    const recorded = (current as WithKeyOrder)[KEY_ORDER_RECORD];
    if (recorded) entries.push({ path: item.path, keys: recorded });
    for (const key of Object.keys(current)) {
      const child: unknown = (current as Record<string, unknown>)[key];
      if (typeof child === 'object' && child !== null) stack.push({ value: child, path: [...item.path, key] });
    }
  }
  return entries;
}

/** Puts back the key orders `collectKeyOrders` found, on a copy of the same document. */
export function restoreKeyOrders(value: unknown, entries: readonly KeyOrderEntry[]): void {
  for (const entry of entries) {
    let target: unknown = value;
    for (const step of entry.path) {
      if (typeof target !== 'object' || target === null || !Object.prototype.hasOwnProperty.call(target, step)) {
        target = undefined;
        break;
      }
      target = (target as Record<string | number, unknown>)[step];
    }
    if (typeof target === 'object' && target !== null && !Array.isArray(target)) setKeyOrder(target, entry.keys);
  }
}

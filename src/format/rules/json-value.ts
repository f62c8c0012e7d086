/**
 * A value handed over from JavaScript (the `graph` property) is not known to be JSON data: it
 * may hold functions, `undefined` in arrays, NaN, class instances, cycles, or nesting deep enough
 * to overflow a recursive walk. This rule walks it iteratively and reports all of that, so the
 * other rules and the serializer only ever see JSON data.
 */
import { escapeForMessage, JSON_CODES } from '../json/parse';
import { childPointer } from '../json/pointer';
import { formatCount } from '../limits';
import type { RuleContext } from './context';
import { checkWellFormed } from './text';

export const VALUE_WALK_CODES = {
  notJson: 'not-json',
  cyclicReference: 'cyclic-reference',
  maxDepth: JSON_CODES.maxDepth,
  nonFiniteNumber: JSON_CODES.nonFiniteNumber,
} as const;

interface Visit {
  readonly value: object;
  readonly pointer: string;
  readonly depth: number;
  exiting: boolean;
}

/**
 * Checks that `root` is JSON data: plain objects and arrays, strings (well-formed), finite
 * numbers, booleans, null; no cycles; nesting at most `maxDepth`. Properties whose value is
 * `undefined` are ignored, as JSON.stringify ignores them. Returns false when the value cannot
 * be treated as JSON at all (a cycle or too deep), so no further rule should walk it.
 */
export function checkJsonValue(ctx: RuleContext, root: unknown): boolean {
  const maxDepth = ctx.limits.maxDepth;
  if (!checkScalar(ctx, root, '')) return true;
  const onPath = new Set<object>();
  const done = new Set<object>();
  const stack: Visit[] = [{ value: root as object, pointer: '', depth: 1, exiting: false }];
  let sound = true;
  while (stack.length > 0) {
    const visit = stack[stack.length - 1] as Visit;
    if (visit.exiting) {
      stack.pop();
      onPath.delete(visit.value);
      done.add(visit.value);
      continue;
    }
    visit.exiting = true;
    if (visit.depth > maxDepth) {
      ctx.error(VALUE_WALK_CODES.maxDepth, visit.pointer, `the graph is nested more than ${formatCount(maxDepth)} levels deep (limit maxDepth = ${formatCount(maxDepth)})`);
      return false;
    }
    onPath.add(visit.value);
    const children: [unknown, string][] = [];
    if (Array.isArray(visit.value)) {
      const array: unknown[] = visit.value;
      for (let i = 0; i < array.length; i++) children.push([array[i], childPointer(visit.pointer, i)]);
    } else {
      for (const key of Object.keys(visit.value)) {
        const child = (visit.value as Record<string, unknown>)[key];
        if (child === undefined) continue;
        const at = childPointer(visit.pointer, key);
        checkWellFormed(ctx, key, at, true);
        children.push([child, at]);
      }
    }
    for (let i = children.length - 1; i >= 0; i--) {
      const [child, at] = children[i] as [unknown, string];
      if (Array.isArray(visit.value) && child === undefined) {
        ctx.error(VALUE_WALK_CODES.notJson, at, 'this array element is undefined, which JSON cannot hold', 'use null, or remove the element');
        continue;
      }
      if (!checkScalar(ctx, child, at)) continue;
      const object = child as object;
      if (onPath.has(object)) {
        ctx.error(VALUE_WALK_CODES.cyclicReference, at, 'this object contains itself (a cycle), which JSON cannot hold');
        sound = false;
        continue;
      }
      // Shared (not cyclic) objects are fine; each is checked once.
      if (done.has(object)) continue;
      stack.push({ value: object, pointer: at, depth: visit.depth + 1, exiting: false });
    }
  }
  return sound;
}

/** Checks a non-container value; returns true when `value` is a plain object or array to descend into. */
function checkScalar(ctx: RuleContext, value: unknown, pointer: string): boolean {
  switch (typeof value) {
    case 'string':
      checkWellFormed(ctx, value, pointer, false);
      return false;
    case 'number':
      if (!Number.isFinite(value)) {
        ctx.error(VALUE_WALK_CODES.nonFiniteNumber, pointer, `${String(value)} is not a finite number, which JSON cannot hold`, 'use a finite number or null');
      }
      return false;
    case 'boolean':
      return false;
    case 'object': {
      if (value === null) return false;
      if (Array.isArray(value)) return true;
      const proto: unknown = Object.getPrototypeOf(value);
      if (proto === Object.prototype || proto === null) return true;
      const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
      ctx.error(VALUE_WALK_CODES.notJson, pointer, `this value is ${typeof name === 'string' ? `a ${escapeForMessage(name)}` : 'an object with a custom prototype'}, not plain JSON data`, 'convert it to a plain object, array, string or number');
      return false;
    }
    default:
      ctx.error(VALUE_WALK_CODES.notJson, pointer, `this value is a ${typeof value}, which JSON cannot hold`);
      return false;
  }
}

/**
 * A value handed over from JavaScript (the `graph` property) is not known to be JSON data: it
 * may hold functions, `undefined` in arrays, NaN, class instances, cycles, or nesting deep enough
 * to overflow a recursive walk. This rule walks it iteratively and reports all of that, so the
 * other rules and the serializer only ever see JSON data.
 *
 * The walk keeps no per-value bookkeeping (it runs on every graph a page hands over): a cycle
 * shows up as nesting beyond maxDepth and is then told apart by looking at the path, and the
 * total work is bounded so objects shared many times over cannot make it explode.
 */
import { findLoneSurrogate } from '../characters';
import { JSON_CODES } from '../json/parse';
import { escapeForMessage } from '../message-text';
import { escapePointerToken } from '../json/pointer';
import { formatCount } from '../limits';
import type { RuleContext } from './context';
import { checkWellFormed } from './text';

export const VALUE_WALK_CODES = {
  notJson: 'not-json',
  cyclicReference: 'cyclic-reference',
  maxDepth: JSON_CODES.maxDepth,
  nonFiniteNumber: JSON_CODES.nonFiniteNumber,
  tooLarge: 'text-too-large',
} as const;

interface Frame {
  readonly value: object;
  /** Keys of an object (undefined for an array). */
  readonly keys: string[] | undefined;
  /** Index of the next member; the member being looked at is `index - 1`. */
  index: number;
}

/** `String.prototype.isWellFormed` where the engine has it (fast), else a regex. */
const isWellFormed: (text: string) => boolean =
  typeof (String.prototype as { isWellFormed?: unknown }).isWellFormed === 'function'
    ? (text) => (text as unknown as { isWellFormed(): boolean }).isWellFormed()
    : (text) => findLoneSurrogate(text) < 0;

/**
 * Checks that `root` is JSON data: plain objects and arrays, strings (well-formed), finite
 * numbers, booleans, null; no cycles; nesting at most `maxDepth`. Properties whose value is
 * `undefined` are ignored, as JSON.stringify ignores them. Returns false when the value cannot
 * be treated as JSON at all (a cycle, too deep, too large), so no further rule should walk it.
 */
export function checkJsonValue(ctx: RuleContext, root: unknown): boolean {
  const maxDepth = ctx.limits.maxDepth;
  // A file within maxTextLength cannot hold more values than it has characters.
  let budget = ctx.limits.maxTextLength;
  const stack: Frame[] = [];
  /** Pointer of the member being looked at in `stack[depth - 1]` (default: the innermost frame). */
  const pointer = (depth = stack.length): string => {
    let text = '';
    for (let d = 0; d < depth; d++) {
      const frame = stack[d] as Frame;
      text += `/${escapePointerToken(frame.keys ? (frame.keys[frame.index - 1] as string) : frame.index - 1)}`;
    }
    return text;
  };
  if (!isContainer(ctx, root, () => '')) return true;
  stack.push(frameOf(root as object));
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as Frame;
    const length = top.keys ? top.keys.length : (top.value as unknown[]).length;
    if (top.index >= length) {
      stack.pop();
      continue;
    }
    const i = top.index++;
    if (--budget < 0) {
      ctx.error(VALUE_WALK_CODES.tooLarge, '', `the graph holds more than ${formatCount(ctx.limits.maxTextLength)} values; as a file it would exceed maxTextLength`);
      return false;
    }
    let child: unknown;
    if (top.keys) {
      const key = top.keys[i] as string;
      child = (top.value as Record<string, unknown>)[key];
      if (child === undefined) continue;
      if (!isWellFormed(key)) checkWellFormed(ctx, key, pointer(), true);
    } else {
      child = (top.value as unknown[])[i];
      if (child === undefined) {
        ctx.error(VALUE_WALK_CODES.notJson, pointer(), 'this array element is undefined, which JSON cannot hold', 'use null, or remove the element');
        continue;
      }
    }
    if (!isContainer(ctx, child, pointer)) continue;
    if (stack.length >= maxDepth) {
      // A cycle repeats an object along the path; report where it first comes back.
      const seen = new Set<object>();
      const repeat = stack.findIndex((frame) => (seen.has(frame.value) ? true : (seen.add(frame.value), false)));
      if (repeat > 0) {
        ctx.error(VALUE_WALK_CODES.cyclicReference, pointer(repeat), 'this object contains itself (a cycle), which JSON cannot hold');
      } else {
        ctx.error(VALUE_WALK_CODES.maxDepth, pointer(), `the graph is nested more than ${formatCount(maxDepth)} levels deep (limit maxDepth = ${formatCount(maxDepth)})`);
      }
      return false;
    }
    stack.push(frameOf(child as object));
  }
  return true;
}

function frameOf(value: object): Frame {
  return { value, keys: Array.isArray(value) ? undefined : Object.keys(value), index: 0 };
}

/** Checks a value; returns true when it is a plain object or array to descend into. */
function isContainer(ctx: RuleContext, value: unknown, pointer: () => string): boolean {
  switch (typeof value) {
    case 'string':
      if (!isWellFormed(value)) checkWellFormed(ctx, value, pointer(), false);
      return false;
    case 'number':
      if (!Number.isFinite(value)) {
        ctx.error(VALUE_WALK_CODES.nonFiniteNumber, pointer(), `${String(value)} is not a finite number, which JSON cannot hold`, 'use a finite number or null');
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
      ctx.error(VALUE_WALK_CODES.notJson, pointer(), `this value is ${typeof name === 'string' ? `a ${escapeForMessage(name)}` : 'an object with a custom prototype'}, not plain JSON data`, 'convert it to a plain object, array, string or number');
      return false;
    }
    default:
      ctx.error(VALUE_WALK_CODES.notJson, pointer(), `this value is a ${typeof value}, which JSON cannot hold`);
      return false;
  }
}

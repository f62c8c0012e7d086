/**
 * How values from a graph file appear inside messages: hidden characters escaped, so a message
 * never carries them raw (they could hide or reorder the text around them); long values cut to
 * an excerpt that says how long they are, so one huge value cannot make a huge message; and
 * values of the wrong type described by their type, not printed.
 */
import { ESCAPED_IN_MESSAGES } from './characters';
import { formatCount } from './limits';

/** Characters of a value a message quotes in full; longer values are cut to this many. */
export const MAX_QUOTED_LENGTH = 80;

/** Items of a list a message names in full; longer lists end with "…". */
export const MAX_LISTED_ITEMS = 10;

/** Shows invisible, control, bidi-control and lone-surrogate characters as `\uXXXX`. */
export function escapeForMessage(text: string): string {
  return text.replace(ESCAPED_IN_MESSAGES, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A value from the file in double quotes, escaped; a value longer than `max` characters is cut
 * (never inside a surrogate pair) and followed by its length: `"https://exa…" (10,000,000 characters)`.
 */
export function quote(text: string, max = MAX_QUOTED_LENGTH): string {
  if (text.length <= max) return `"${escapeForMessage(text)}"`;
  const cut = isHighSurrogate(text.charCodeAt(max - 1)) ? max - 1 : max;
  return `"${escapeForMessage(text.slice(0, cut))}…" (${formatCount(text.length)} characters)`;
}

/** Quoted items joined with ", ", at most `max` of them, then "…". */
export function quoteList(items: Iterable<string>, max = MAX_LISTED_ITEMS): string {
  const shown: string[] = [];
  for (const item of items) {
    if (shown.length === max) return `${shown.join(', ')}, …`;
    shown.push(quote(item));
  }
  return shown.join(', ');
}

/** Up to 12 characters either side of `index`, so a message shows where the problem is. */
export function excerptAround(text: string, index: number): string {
  const start = Math.max(0, index - 12);
  const end = Math.min(text.length, index + 13);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

/** "a string", "a number", "an array", … — what a value is, for messages. */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'boolean':
      return `${value}`;
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

/** A value as a message shows it: a string quoted, a number, true, false or null as written, anything else by its type. */
export function showValue(value: unknown): string {
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number') return String(value);
  return describeType(value);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

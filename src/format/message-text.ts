/**
 * How values from a graph file appear inside messages: hidden characters escaped, so a message
 * never carries them raw (they could hide or reorder the text around them), and long values cut
 * to an excerpt, so one huge value cannot make a huge message.
 */
import { ESCAPED_IN_MESSAGES } from './characters';

/**
 * Shows invisible, control, bidi-control and lone-surrogate characters as `\uXXXX`.
 */
export function escapeForMessage(text: string): string {
  return text.replace(ESCAPED_IN_MESSAGES, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Up to 12 characters either side of `index`, so a message shows where the problem is. */
export function excerptAround(text: string, index: number): string {
  const start = Math.max(0, index - 12);
  const end = Math.min(text.length, index + 13);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

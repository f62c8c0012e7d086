/**
 * Whitespace and comments out of the CSS text of Lit `css` templates, for the production builds
 * (see css-templates-plugin.ts). Deliberately small: it drops comments, collapses whitespace,
 * drops it next to `{ } ;` and after `:`, and drops a `;` before `}`. It never touches quoted
 * strings, parentheses, commas or combinators, and keeps one space wherever a space may mean
 * something (`:host :focus-visible`, `a b`, `calc(1px + 2px)`, `and (`). Commas keep their
 * spaces because a value with `var()` is kept as written (`var(--x, gray)`: what a script reading
 * the style sees).
 *
 * A template is a list of pieces around its `${…}` values; a space next to a value is kept, since
 * what the value will be is unknown here.
 */

/** CSS whitespace (not NBSP and the like, which CSS treats as ordinary characters). */
const isWhitespace = (c: string): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';
/** No space is needed after these. */
const TIGHT_AFTER = new Set(['{', '}', ';', ':']);
/** No space is needed before these. */
const TIGHT_BEFORE = new Set(['{', '}', ';']);

/** Thrown for text the minifier does not understand (an unclosed comment); the caller keeps the original. */
export class UnminifiableCss extends Error {}

/** One piece of a template's text (cooked, as Lit sees it); `first`/`last`: whether a value precedes/follows it. */
function minifyPiece(text: string, first: boolean, last: boolean): string {
  let out = '';
  let space = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (isWhitespace(c)) {
      space = true;
      i++;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) throw new UnminifiableCss('unclosed comment');
      i = end + 2;
      continue;
    }
    if (space) {
      const previous = out[out.length - 1];
      const atValue = out === '' && !first;
      if (atValue || (previous !== undefined && !TIGHT_AFTER.has(previous) && !TIGHT_BEFORE.has(c))) out += ' ';
      space = false;
    }
    if (c === '}' && out.endsWith(';')) out = out.slice(0, -1);
    if (c === '"' || c === "'") {
      // A quoted string, escapes included, as it is.
      let j = i + 1;
      while (j < text.length && text[j] !== c && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    out += c;
    i++;
  }
  if (space && !last && (out === '' ? !first : !TIGHT_AFTER.has(out[out.length - 1] as string))) out += ' ';
  return out;
}

/**
 * The pieces of one `css` template (the text between its `${…}` values, cooked), minified; as
 * many pieces as given. Throws UnminifiableCss when a piece cannot be read.
 */
export function minifyCssPieces(pieces: readonly string[]): string[] {
  return pieces.map((piece, index) => minifyPiece(piece, index === 0, index === pieces.length - 1));
}

/** A cooked template piece written back as template source text (backslashes, backticks and `${` escaped). */
export function templateSource(cooked: string): string {
  return cooked.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
}

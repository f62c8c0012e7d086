/**
 * The characters the format treats specially, each set written once as code point ranges. The
 * loader's regular expressions, the message escaping and the JSON Schema's id pattern are all
 * built from these ranges, so they cannot drift apart.
 */

/** Code points `first` … `last`, inclusive. */
export type CharacterRange = readonly [first: number, last: number];

/** C0 and C1 control characters (U+0000–U+001F, U+007F–U+009F). */
export const CONTROL_RANGES: readonly CharacterRange[] = [
  [0x0000, 0x001f],
  [0x007f, 0x009f],
];

/** Bidi controls: ALM, LRM, RLM, embeddings and overrides (U+202A–E), isolates (U+2066–9). */
export const BIDI_CONTROL_RANGES: readonly CharacterRange[] = [
  [0x061c, 0x061c],
  [0x200e, 0x200f],
  [0x202a, 0x202e],
  [0x2066, 0x2069],
];

/**
 * What an id may not contain and what counts as showing nothing: controls, bidi controls, line
 * separators and invisible characters. (Bidi controls fall inside these ranges too.)
 */
export const INVISIBLE_RANGES: readonly CharacterRange[] = [
  ...CONTROL_RANGES,
  [0x00ad, 0x00ad], // soft hyphen
  [0x061c, 0x061c], // Arabic letter mark
  [0x115f, 0x1160], // Hangul choseong and jungseong fillers
  [0x17b4, 0x17b5], // Khmer inherent vowels
  [0x180e, 0x180e], // Mongolian vowel separator
  [0x200b, 0x200f], // zero-width space, non-joiner, joiner; LRM, RLM
  [0x2028, 0x202e], // line and paragraph separators; bidi embeddings and overrides
  [0x2060, 0x206f], // word joiner, invisible operators, bidi isolates, deprecated format characters
  [0x3164, 0x3164], // Hangul filler
  [0xfeff, 0xfeff], // zero-width no-break space (byte order mark)
  [0xffa0, 0xffa0], // halfwidth Hangul filler
];

/** Shown escaped in messages: the invisible characters, plus interlinear annotation marks (U+FFF0–U+FFFB). */
export const ESCAPED_IN_MESSAGES_RANGES: readonly CharacterRange[] = [...INVISIBLE_RANGES, [0xfff0, 0xfffb]];

/**
 * The body of a regular-expression character class (no brackets) for `ranges`, with `\uXXXX`
 * escapes (upper-case hex), so the same text serves a JS RegExp and a JSON Schema pattern and
 * stays ASCII. Overlapping and adjacent ranges are merged; a range of one or two code points
 * is written as single characters. Code points must be in the BMP.
 */
export function characterClass(ranges: readonly CharacterRange[]): string {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [first, last] of sorted) {
    const previous = merged[merged.length - 1];
    if (previous && first <= previous[1] + 1) previous[1] = Math.max(previous[1], last);
    else merged.push([first, last]);
  }
  const escape = (code: number): string => `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return merged
    .map(([first, last]) => (last - first >= 2 ? `${escape(first)}-${escape(last)}` : last === first ? escape(first) : escape(first) + escape(last)))
    .join('');
}

/** `ranges` without the given code points. */
function except(ranges: readonly CharacterRange[], codes: readonly number[]): CharacterRange[] {
  let result: CharacterRange[] = [...ranges];
  for (const code of codes) {
    result = result.flatMap(([first, last]): CharacterRange[] => {
      if (code < first || code > last) return [[first, last]];
      const parts: CharacterRange[] = [];
      if (first < code) parts.push([first, code - 1]);
      if (code < last) parts.push([code + 1, last]);
      return parts;
    });
  }
  return result;
}

const anyOf = (ranges: readonly CharacterRange[], flags = ''): RegExp => new RegExp(`[${characterClass(ranges)}]`, flags);

/** A control character. */
export const CONTROL = anyOf(CONTROL_RANGES);

/** A control character other than line feed and tab, which descriptions may carry. */
export const CONTROL_EXCEPT_NEWLINE_TAB = anyOf(except(CONTROL_RANGES, [0x09, 0x0a]));

/** A bidi control character. */
export const BIDI_CONTROL = anyOf(BIDI_CONTROL_RANGES);

/** Any character the text rules care about (a cheap first test before the two above). */
export const CONTROL_OR_BIDI = anyOf([...CONTROL_RANGES, ...BIDI_CONTROL_RANGES]);

/** A character an id may not contain. */
export const FORBIDDEN_IN_ID = anyOf(INVISIBLE_RANGES);

const BLANK = new RegExp(`^[\\s${characterClass(INVISIBLE_RANGES)}]*$`);

/** True when the text shows nothing: empty, or only whitespace, controls and invisible characters. */
export function isBlank(text: string): boolean {
  // Most text starts with a visible ASCII character, which settles it without a regex.
  const first = text.charCodeAt(0);
  if (first > 0x20 && first < 0x7f) return false;
  return BLANK.test(text);
}

/** A lone surrogate: half of a UTF-16 pair without its other half. */
const LONE_SURROGATE_SOURCE = '[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]';
const LONE_SURROGATE = new RegExp(LONE_SURROGATE_SOURCE);

/** Index of the first lone surrogate in `text`, or -1 when it is well-formed. */
export function findLoneSurrogate(text: string): number {
  const match = LONE_SURROGATE.exec(text);
  return match ? match.index : -1;
}

/** A character a message shows as `\uXXXX`: see ESCAPED_IN_MESSAGES_RANGES, and lone surrogates. */
export const ESCAPED_IN_MESSAGES = new RegExp(`[${characterClass(ESCAPED_IN_MESSAGES_RANGES)}]|${LONE_SURROGATE_SOURCE}`, 'g');

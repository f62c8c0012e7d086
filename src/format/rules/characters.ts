/* eslint-disable no-control-regex, no-misleading-character-class -- these patterns exist to find control, bidi and invisible characters. */
/** Character classes the text and id rules look for. */

/** C0 and C1 control characters (U+0000–U+001F, U+007F–U+009F). */
export const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** Controls other than line feed and tab, which descriptions may carry. */
export const CONTROL_EXCEPT_NEWLINE_TAB = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** Bidi controls: ALM, LRM, RLM, embeddings/overrides (U+202A–E), isolates (U+2066–9). */
export const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** Anything an id may not contain: controls, bidi controls, invisible characters, line separators. */
export const FORBIDDEN_IN_ID = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\u3164\ufeff\uffa0]/;

/** True when the text shows nothing: empty, or only whitespace, controls and invisible characters. */
export function isBlank(text: string): boolean {
  // Most text starts with a visible ASCII character, which settles it without a regex.
  const first = text.charCodeAt(0);
  if (first > 0x20 && first < 0x7f) return false;
  return BLANK.test(text);
}

/** Any character the text rules care about (controls other than \n and \t are a subset): a cheap first test. */
export const CONTROL_OR_BIDI = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const BLANK = /^[\s\u0000-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\u3164\ufeff\uffa0]*$/;

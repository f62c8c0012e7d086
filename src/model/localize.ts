import type { LanguageTag, LocalizedText } from '../format/types';

/** A piece of localized text picked for display, with the language it is actually in. */
export interface ResolvedText {
  readonly text: string;
  readonly lang: string;
}

// White space, format characters (zero-width, bidi controls, soft hyphen, …) and every other
// default-ignorable code point render as nothing; U+2800 (braille blank) renders as a blank.
const INVISIBLE_ONLY = /^[\p{White_Space}\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]*$/u;

/** Whether `text` is missing for display purposes: empty, or white space / invisible characters only. */
export function isBlankText(text: string | undefined): boolean {
  return text === undefined || INVISIBLE_ONLY.test(text);
}

/** The text stored for `lang`, if it is a real string (never an inherited property such as `constructor`). */
function ownText(text: { readonly [lang: string]: string }, lang: string): string | undefined {
  if (!Object.hasOwn(text, lang)) return undefined;
  const value = text[lang];
  return typeof value === 'string' ? value : undefined;
}

/**
 * Text in `lang`, else the first of `languages` that has non-blank text; undefined if none.
 *
 * A plain string counts as the document's first language (`languages[0]`, or `lang` when the
 * list is empty). Empty and invisible-only text counts as missing, so a reader never gets an empty
 * label when another language has one. As a last resort (a tag the document did not list, which
 * the loader refuses anyway) any language with text is used, in the object's key order.
 */
export function resolveText(
  text: LocalizedText | undefined,
  lang: string,
  languages: readonly LanguageTag[],
): ResolvedText | undefined {
  if (text === undefined || text === null) return undefined;
  if (typeof text === 'string') {
    return isBlankText(text) ? undefined : { text, lang: languages[0] ?? lang };
  }
  if (typeof text !== 'object') return undefined;
  const wanted = ownText(text, lang);
  if (!isBlankText(wanted)) return { text: wanted as string, lang };
  for (const candidate of languages) {
    const value = ownText(text, candidate);
    if (!isBlankText(value)) return { text: value as string, lang: candidate };
  }
  for (const [candidate, value] of Object.entries(text)) {
    if (typeof value === 'string' && !isBlankText(value)) return { text: value, lang: candidate };
  }
  return undefined;
}

/** Like {@link resolveText} but always a string: `fallback` (default `''`) when no language has text. */
export function localize(
  text: LocalizedText | undefined,
  lang: string,
  languages: readonly LanguageTag[],
  fallback = '',
): string {
  return resolveText(text, lang, languages)?.text ?? fallback;
}

/**
 * Every non-blank text of a localized value with its language, in document language order
 * (listed languages first, then any other tags in key order). A plain string is the first language.
 */
export function allTexts(text: LocalizedText | undefined, languages: readonly LanguageTag[]): ResolvedText[] {
  if (text === undefined || text === null) return [];
  if (typeof text === 'string') {
    return isBlankText(text) ? [] : [{ text, lang: languages[0] ?? '' }];
  }
  if (typeof text !== 'object') return [];
  const result: ResolvedText[] = [];
  const seen = new Set<string>();
  for (const lang of languages) {
    seen.add(lang);
    const value = ownText(text, lang);
    if (!isBlankText(value)) result.push({ text: value as string, lang });
  }
  for (const [lang, value] of Object.entries(text)) {
    if (seen.has(lang) || typeof value !== 'string' || isBlankText(value)) continue;
    result.push({ text: value, lang });
  }
  return result;
}

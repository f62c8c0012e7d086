/**
 * Localized text as the editor's inputs see it: one string per language, side by side. A plain
 * string is text in the file's first language (the format's rule); giving it a second language
 * turns it into an object. An emptied language is removed rather than kept as "". A language
 * added to an object goes where `meta.languages` puts it; the others keep their order.
 */
import { withFields } from '../../format/serialize';
import { orderedKeys } from '../../format/json/key-order';
import type { LocalizedText } from '../../format/types';
import { objectOf } from './patch';
import { isRecord } from './path';

/** The text in exactly this language ("" when it has none). */
export function textIn(text: LocalizedText | undefined, lang: string, languages: readonly string[]): string {
  if (typeof text === 'string') return lang === (languages[0] ?? lang) ? text : '';
  if (isRecord(text) && Object.prototype.hasOwnProperty.call(text, lang)) {
    const value = text[lang];
    return typeof value === 'string' ? value : '';
  }
  return '';
}

/**
 * The text with one language set to `value` ("" removes that language), keeping the others and
 * their order; undefined when no language is left.
 */
export function withText(text: LocalizedText | undefined, lang: string, value: string, languages: readonly string[]): LocalizedText | undefined {
  const first = languages[0] ?? lang;
  // A plain string stays a plain string while only the first language is edited.
  if (typeof text === 'string' && lang === first) return value === '' ? undefined : value;
  const base: Record<string, string> = typeof text === 'string' ? { [first]: text } : isRecord(text) ? (text as Record<string, string>) : {};
  let next: Record<string, string>;
  if (value === '' || Object.prototype.hasOwnProperty.call(base, lang)) {
    next = withFields(base, { [lang]: value === '' ? undefined : value });
  } else {
    const keys = orderedKeys(base);
    const rank = (key: string): number => {
      const r = languages.indexOf(key);
      return r < 0 ? Number.MAX_SAFE_INTEGER : r;
    };
    // After the last existing language that the file lists before this one.
    let at = 0;
    keys.forEach((key, i) => {
      if (rank(key) < rank(lang)) at = i + 1;
    });
    const entries: [string, string][] = keys.map((key) => [key, base[key] as string]);
    entries.splice(at, 0, [lang, value]);
    next = objectOf(entries) as Record<string, string>;
  }
  return orderedKeys(next).length === 0 ? undefined : next;
}

/**
 * A language's own name for itself ("العربية", "English"), for language switches and the
 * editor's columns.
 */

/**
 * The names of the languages the interface ships strings for, written out: creating an
 * Intl.DisplayNames costs 10–15 ms on first use, inside the element's first render (measured in a
 * CPU profile of the bench's curator-article page). A test checks they agree with Intl.
 */
export const OWN_LANGUAGE_NAMES: Readonly<Record<string, string>> = { ar: 'العربية', en: 'English' };

// A cache of constant facts, shared safely by every viewer on the page.
const NAMES = new Map<string, string>(Object.entries(OWN_LANGUAGE_NAMES));

/** `lang`'s name in itself; the tag itself when the platform does not know it. */
export function languageName(lang: string): string {
  let name = NAMES.get(lang);
  if (name === undefined) {
    try {
      name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
    } catch {
      name = lang;
    }
    NAMES.set(lang, name);
  }
  return name;
}

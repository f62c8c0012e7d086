/**
 * The options an embed carries, as `<kg-viewer>` attributes or as the URL parameters of the
 * standalone embed page (`src/pages/embed.html?src=…&lang=ar&node=iran`): one vocabulary for
 * both, so the share dialog's script and iframe snippets reproduce the same view.
 */

/** Every option an embed may carry, in the order snippets write them. */
export const EMBED_ATTRIBUTES = ['src', 'lang', 'theme', 'node', 'view', 'controls', 'wheel', 'tour', 'tour-step', 'autoplay'] as const;

export type EmbedAttribute = (typeof EMBED_ATTRIBUTES)[number];

/** Attribute name and value pairs, in EMBED_ATTRIBUTES order. */
export type EmbedAttributes = ReadonlyArray<readonly [EmbedAttribute, string]>;

/** Longer values are dropped: no option needs more, and a URL is no place for a whole graph. */
export const MAX_OPTION_LENGTH = 4096;

const KNOWN: ReadonlySet<string> = new Set(EMBED_ATTRIBUTES);

/** Puts pairs in canonical order, keeping the last value of each name and dropping empty ones. */
export function orderedAttributes(pairs: Iterable<readonly [string, string]>): EmbedAttributes {
  const values = new Map<EmbedAttribute, string>();
  for (const [name, value] of pairs) {
    if (!KNOWN.has(name)) continue;
    if (value === '' || value.length > MAX_OPTION_LENGTH) values.delete(name as EmbedAttribute);
    else values.set(name as EmbedAttribute, value);
  }
  return EMBED_ATTRIBUTES.flatMap((name) => {
    const value = values.get(name);
    return value === undefined ? [] : [[name, value] as const];
  });
}

/**
 * The embed page's options from its URL query (`?src=…&lang=…`): only known names, each value
 * at most MAX_OPTION_LENGTH characters, the last of a repeated name winning.
 */
export function embedAttributesFromSearch(search: string): EmbedAttributes {
  return orderedAttributes(new URLSearchParams(search));
}

/** The embed page's URL for a set of options (any query or hash of `pageUrl` is replaced). */
export function embedPageUrl(pageUrl: string, attributes: EmbedAttributes): string {
  const url = new URL(pageUrl);
  url.hash = '';
  url.search = new URLSearchParams(attributes.map(([name, value]) => [name, value])).toString();
  return url.href;
}

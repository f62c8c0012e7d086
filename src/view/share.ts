/**
 * "Share this view": the current view of a viewer as a link, as a `<script>` + `<kg-viewer>`
 * snippet and as an `<iframe>` snippet. Pure string builders; every value is escaped for the
 * double-quoted HTML attribute it lands in.
 */
import { embedPageUrl, orderedAttributes, type EmbedAttribute, type EmbedAttributes } from './embed-options';
import { viewStateToHash } from './url-state';
import type { ViewState } from './view-state';

/** What a viewer shares besides its view state. */
export interface ShareSource {
  /** The graph file's absolute URL; absent when the graph came from a local file or an object. */
  readonly src?: string;
  /** The `theme` attribute, when the page set one. */
  readonly theme?: string;
  /** The `controls` attribute, when the page set one. */
  readonly controls?: string;
  /** The tour playing now and its step (counted from 1), when there is one. */
  readonly tour?: string;
  readonly tourStep?: number;
}

/**
 * The attributes that reproduce a view: the graph, its language, the selected node, the rest of
 * the view (a selected relation, filters, a path) in the URL-hash syntax as `view`, the theme,
 * the controls, and the tour position.
 */
export function sharedAttributes(state: ViewState, defaultLang: string, source: ShareSource): EmbedAttributes {
  const node = state.selection?.kind === 'node' ? state.selection.id : undefined;
  // Everything else the hash would carry, written with the hash's syntax, without `#`.
  const rest = viewStateToHash({ ...state, lang: defaultLang, selection: node === undefined ? state.selection : null }, defaultLang).slice(1);
  const pairs: [EmbedAttribute, string | undefined][] = [
    ['src', source.src],
    ['lang', state.lang],
    ['theme', source.theme],
    ['node', node],
    ['view', rest],
    ['controls', source.controls],
    ['tour', source.tour],
    ['tour-step', source.tour !== undefined && source.tourStep !== undefined ? String(source.tourStep) : undefined],
  ];
  return orderedAttributes(pairs.filter((p): p is [EmbedAttribute, string] => p[1] !== undefined));
}

/** Escapes a value for a double-quoted HTML attribute (quotes of both kinds, `&`, `<`, `>`). */
export function escapeAttribute(value: string): string {
  return value.replace(/[&"'<>]/g, (c) => ATTRIBUTE_ESCAPES[c as keyof typeof ATTRIBUTE_ESCAPES]);
}

const ATTRIBUTE_ESCAPES = { '&': '&amp;', '"': '&quot;', "'": '&#39;', '<': '&lt;', '>': '&gt;' } as const;

const attributeList = (attributes: EmbedAttributes): string =>
  attributes.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');

/** A `<script type="module">` loading the element and a `<kg-viewer>` showing the view. */
export function scriptSnippet(scriptUrl: string, attributes: EmbedAttributes): string {
  return `<script type="module" src="${escapeAttribute(scriptUrl)}"></script>\n<kg-viewer${attributeList(attributes)}></kg-viewer>`;
}

/** An `<iframe>` of the standalone embed page showing the view (for sites that strip scripts). */
export function iframeSnippet(embedUrl: string, attributes: EmbedAttributes, title: string, height = 480): string {
  const src = embedPageUrl(embedUrl, attributes);
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${height}" loading="lazy" allow="clipboard-write"></iframe>`;
}

/** `pageUrl` with its hash replaced by `hash` (`""` for none). */
export function viewLink(pageUrl: string, hash: string): string {
  const url = new URL(pageUrl);
  url.hash = hash;
  return url.href;
}

export interface ShareInputs {
  readonly state: ViewState;
  /** The file's first language (the hash leaves it out). */
  readonly defaultLang: string;
  readonly source: ShareSource;
  /** The page the viewer is in (location.href). */
  readonly pageUrl: string;
  /** Whether the viewer owns the page's URL hash: the page itself is then the link. */
  readonly syncUrl: boolean;
  /** Where the script-tag bundle lives, if known. */
  readonly scriptUrl?: string | undefined;
  /** Where the standalone embed page lives, if known. */
  readonly embedUrl?: string | undefined;
  /** The graph's title, for the iframe's accessible name. */
  readonly title: string;
}

export interface ShareContent {
  /** A link that opens this view: the page with the view in its hash, or the embed page. */
  readonly link: string;
  /** `<script>` + `<kg-viewer>`, when the bundle's URL is known. */
  readonly script?: string;
  /** `<iframe>` of the embed page, when its URL is known. */
  readonly iframe?: string;
  /** The graph has no web address (a local file or an object): snippets cannot name it. */
  readonly unaddressed: boolean;
}

/** Everything the share dialog offers for one view. */
export function shareContent(inputs: ShareInputs): ShareContent {
  const attributes = sharedAttributes(inputs.state, inputs.defaultLang, inputs.source);
  const hash = viewStateToHash(inputs.state, inputs.defaultLang);
  // A viewer that does not own the page's hash is reproduced by the embed page instead.
  const link = inputs.syncUrl || !inputs.embedUrl ? viewLink(inputs.pageUrl, hash) : embedPageUrl(inputs.embedUrl, attributes);
  return {
    link,
    ...(inputs.scriptUrl ? { script: scriptSnippet(inputs.scriptUrl, attributes) } : {}),
    ...(inputs.embedUrl ? { iframe: iframeSnippet(inputs.embedUrl, attributes, inputs.title) } : {}),
    unaddressed: inputs.source.src === undefined,
  };
}

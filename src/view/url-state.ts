/**
 * The shareable part of the view state in a URL hash, e.g.
 * `#lang=en&node=russia&depth=2&hide-nodes=technology&path=iran~india` or `#tour=story&step=3`. Parsing
 * never trusts the hash: the result goes through sanitizeViewState against the loaded graph.
 */
import type { FilterState } from '../model/filters';
import { EMPTY_FILTERS, depthOf, type ViewState } from './view-state';

const KEYS = {
  lang: 'lang',
  node: 'node',
  edge: 'edge',
  hiddenNodeTypes: 'hide-nodes',
  hiddenEdgeTypes: 'hide-edges',
  hiddenStatuses: 'hide-status',
  path: 'path',
  tour: 'tour',
  step: 'step',
  depth: 'depth',
} as const;

const LIST_SEPARATOR = ',';
const PATH_SEPARATOR = '~';

const encodeList = (items: ReadonlySet<string>): string =>
  [...items].sort().map(encodeURIComponent).join(LIST_SEPARATOR);

/** The hash (with its leading `#`, or `""` for the default view) for a view state. */
export function viewStateToHash(state: ViewState, defaultLang: string): string {
  const parts: string[] = [];
  if (state.lang !== defaultLang) parts.push(`${KEYS.lang}=${encodeURIComponent(state.lang)}`);
  if (state.selection) parts.push(`${KEYS[state.selection.kind]}=${encodeURIComponent(state.selection.id)}`);
  if (depthOf(state) === 2) parts.push(`${KEYS.depth}=2`);
  for (const kind of ['hiddenNodeTypes', 'hiddenEdgeTypes', 'hiddenStatuses'] as const) {
    if (state.filters[kind].size > 0) parts.push(`${KEYS[kind]}=${encodeList(state.filters[kind])}`);
  }
  if (state.path) {
    parts.push(`${KEYS.path}=${encodeURIComponent(state.path.from)}${PATH_SEPARATOR}${encodeURIComponent(state.path.to)}`);
  }
  // Steps counted from 1, as the reader sees them on the tour's card.
  if (state.tour) parts.push(`${KEYS.tour}=${encodeURIComponent(state.tour.id)}&${KEYS.step}=${state.tour.step}`);
  return parts.length ? `#${parts.join('&')}` : '';
}

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

const decodeList = (text: string): Set<string> =>
  new Set(text.split(LIST_SEPARATOR).map(decode).filter((s): s is string => !!s));

/**
 * The view state a hash describes, on top of `base` (fields the hash omits take base's
 * defaults). Malformed parts are ignored, never thrown on.
 */
export function hashToViewState(hash: string, base: ViewState): ViewState {
  const params = new Map<string, string>();
  for (const part of hash.replace(/^#/, '').split('&')) {
    const eq = part.indexOf('=');
    if (eq > 0) params.set(part.slice(0, eq), part.slice(eq + 1));
  }
  const lang = decode(params.get(KEYS.lang) ?? '') || base.lang;
  const nodeId = decode(params.get(KEYS.node) ?? '');
  const edgeId = decode(params.get(KEYS.edge) ?? '');
  const selection = nodeId ? { kind: 'node' as const, id: nodeId } : edgeId ? { kind: 'edge' as const, id: edgeId } : null;
  const filters: FilterState = {
    hiddenNodeTypes: params.has(KEYS.hiddenNodeTypes) ? decodeList(params.get(KEYS.hiddenNodeTypes) ?? '') : EMPTY_FILTERS.hiddenNodeTypes,
    hiddenEdgeTypes: params.has(KEYS.hiddenEdgeTypes) ? decodeList(params.get(KEYS.hiddenEdgeTypes) ?? '') : EMPTY_FILTERS.hiddenEdgeTypes,
    hiddenStatuses: params.has(KEYS.hiddenStatuses) ? decodeList(params.get(KEYS.hiddenStatuses) ?? '') : EMPTY_FILTERS.hiddenStatuses,
  };
  const [from, to] = (params.get(KEYS.path) ?? '').split(PATH_SEPARATOR).map((s) => decode(s) ?? '');
  const path = from && to ? { from, to } : null;
  const tourId = decode(params.get(KEYS.tour) ?? '');
  const step = /^\d{1,6}$/.test(params.get(KEYS.step) ?? '') ? Number(params.get(KEYS.step)) : 1;
  const tour = tourId ? { id: tourId, step } : null;
  const depth = params.get(KEYS.depth) === '2' && selection?.kind === 'node' ? 2 : 1;
  return { ...base, lang, selection, filters, path, tour, depth };
}

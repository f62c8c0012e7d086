/**
 * Which parts of the viewer's chrome show: the `controls` attribute. A space- (or comma-)
 * separated list of part names; absent, empty or `all` shows every part, `none` shows none
 * (a bare graph). Unknown words are ignored, so a page written for a later version still works.
 */

/** Every part a page can show or hide, in the order they appear (and are written back). */
export const CONTROL_PARTS = [
  /** the graph's title at the start of the toolbar */
  'title',
  /** the search box (and the `/` shortcut) */
  'search',
  /** the language switch */
  'language',
  /** "How are they connected?" (the path finder) */
  'path',
  /** "Graph as text" */
  'text',
  /** the handout menu (PNG, SVG, print) */
  'export',
  /** the light/dark switch */
  'theme',
  /** the legend and its filters */
  'legend',
  /** the +, −, fit and re-run layout buttons */
  'zoom',
  /** the share / embed dialog */
  'share',
  /** the tour player's button (when the file has tours) */
  'tour',
] as const;

export type ControlPart = (typeof CONTROL_PARTS)[number];

/** The parts that live in the toolbar: with none of them shown, there is no toolbar. */
export const TOOLBAR_PARTS: readonly ControlPart[] = ['title', 'search', 'language', 'path', 'text', 'export', 'theme', 'share', 'tour'];

const PARTS: ReadonlySet<string> = new Set(CONTROL_PARTS);
const ALL: ReadonlySet<ControlPart> = new Set(CONTROL_PARTS);
const NONE: ReadonlySet<ControlPart> = new Set();

/** The parts a `controls` attribute value shows. */
export function parseControls(value: string | null | undefined): ReadonlySet<ControlPart> {
  const words = (value ?? '').toLowerCase().split(/[\s,]+/).filter(Boolean);
  if (words.length === 0 || words.includes('all')) return ALL;
  if (words.includes('none')) return NONE;
  const shown = new Set<ControlPart>();
  for (const word of words) if (PARTS.has(word)) shown.add(word as ControlPart);
  return shown;
}

/** The shortest attribute value for a set of parts: `undefined` (omit it) for all, `none` for none. */
export function controlsAttribute(shown: ReadonlySet<ControlPart>): string | undefined {
  const parts = CONTROL_PARTS.filter((part) => shown.has(part));
  if (parts.length === CONTROL_PARTS.length) return undefined;
  return parts.length === 0 ? 'none' : parts.join(' ');
}

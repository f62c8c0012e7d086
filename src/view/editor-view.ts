/**
 * Pure questions the editor's interface asks of the working document: where a problem's
 * pointer leads, the context around a quote, which fields the forms do not know, how often a
 * type is used, what a recorded tour step holds, and where a file may be saved back. No DOM.
 */
import { KEY_ORDER, type ObjectKind } from '../format/serialize';
import type { GraphDocument, LocalizedText, TourStep } from '../format/types';
import { orderedKeys } from '../format/json/key-order';
import { pathOf } from '../model/edit/path';

/** What a problem (or any pointer) is about, for the editor to go there. */
export type PointerTarget =
  | { readonly kind: 'node' | 'edge'; readonly id: string; readonly index: number }
  | { readonly kind: 'file' }
  | { readonly kind: 'tours' };

export function pointerTarget(doc: GraphDocument, pointer: string): PointerTarget {
  const path = pathOf(pointer, doc);
  const [list, index] = path;
  if ((list === 'nodes' || list === 'edges') && typeof index === 'number') {
    const element = (doc[list] as readonly { id?: unknown }[] | undefined)?.[index];
    if (element && typeof element.id === 'string') return { kind: list === 'nodes' ? 'node' : 'edge', id: element.id, index };
  }
  if (list === 'tours') return { kind: 'tours' };
  return { kind: 'file' };
}

/**
 * Whether the element at this place in the file is on the canvas as itself: the first with its
 * id and, for a relation, with both ends present and an id no node has (the model's rules).
 */
export function shownOnCanvas(doc: GraphDocument, kind: 'node' | 'edge', index: number): boolean {
  const list: readonly { id?: unknown }[] = (kind === 'node' ? doc.nodes : doc.edges) ?? [];
  const element = list[index];
  if (!element || typeof element.id !== 'string') return false;
  const id = element.id;
  if (list.findIndex((e) => e.id === id) !== index) return false;
  if (kind === 'node') return true;
  const edge = element as { source?: unknown; target?: unknown };
  const nodes = new Set((doc.nodes ?? []).map((n) => n.id));
  return !nodes.has(id) && nodes.has(edge.source as string) && nodes.has(edge.target as string);
}

export interface QuoteContext {
  readonly before: string;
  readonly quote: string;
  readonly after: string;
  /** Whether the quote is in the text at all. */
  readonly found: boolean;
  /** Whether it is there more than once (readers see the first). */
  readonly repeats: boolean;
}

/** The quote with up to `radius` characters of its source on each side (at its first occurrence). */
export function quoteContext(text: string | undefined, quote: string, radius = 80): QuoteContext {
  const at = typeof text === 'string' && quote !== '' ? text.indexOf(quote) : -1;
  if (at < 0 || text === undefined) return { before: '', quote, after: '', found: false, repeats: false };
  const start = Math.max(0, at - radius);
  const end = Math.min(text.length, at + quote.length + radius);
  return {
    before: (start > 0 ? '…' : '') + text.slice(start, at),
    quote,
    after: text.slice(at + quote.length, end) + (end < text.length ? '…' : ''),
    found: true,
    repeats: text.indexOf(quote, at + 1) >= 0,
  };
}

/** Keys of an object that its kind does not declare (shown read-only, kept as they are). */
export function unknownKeys(object: object, kind: ObjectKind): string[] {
  const known: readonly string[] = KEY_ORDER[kind];
  return orderedKeys(object).filter((key) => !known.includes(key));
}

/** How many nodes use each node type and edges each edge type. */
export function typeUsage(doc: GraphDocument): { nodeTypes: Map<string, number>; edgeTypes: Map<string, number> } {
  const nodeTypes = new Map<string, number>();
  const edgeTypes = new Map<string, number>();
  for (const node of doc.nodes ?? []) nodeTypes.set(node.type, (nodeTypes.get(node.type) ?? 0) + 1);
  for (const edge of doc.edges ?? []) edgeTypes.set(edge.type, (edgeTypes.get(edge.type) ?? 0) + 1);
  return { nodeTypes, edgeTypes };
}

/** Whether the file pins any node's position (then a drag is an edit of the file). */
export function hasPositions(doc: GraphDocument): boolean {
  return (doc.nodes ?? []).some((node) => typeof node.position === 'object' && node.position !== null);
}

/** A tour step showing what is lit, in the format's key order; empty languages left out. */
export function spotlightStep(lit: { readonly nodes: readonly string[]; readonly edges: readonly string[] }, caption: Readonly<Record<string, string>>): TourStep {
  const text: Record<string, string> = {};
  for (const [lang, value] of Object.entries(caption)) if (value.trim() !== '') text[lang] = value;
  return {
    ...(lit.nodes.length ? { nodes: [...lit.nodes] } : {}),
    ...(lit.edges.length ? { edges: [...lit.edges] } : {}),
    caption: text as LocalizedText,
  };
}

/**
 * The project-relative path a file can be saved back to on the dev server (`data/x.json`), when
 * the viewer's `src` is a JSON file under `/data/` of the page's own server.
 */
export function devSavePath(src: string | undefined, pageUrl: string): string | undefined {
  if (!src) return undefined;
  try {
    const url = new URL(src, pageUrl);
    if (url.origin !== new URL(pageUrl).origin) return undefined;
    const path = decodeURIComponent(url.pathname);
    return /^\/data\/[^?#]+\.json$/i.test(path) && !path.split('/').includes('..') ? path.slice(1) : undefined;
  } catch {
    return undefined;
  }
}

/** The key a working copy is autosaved under: the file's URL, else its name. */
export function autosaveKey(origin: { readonly src?: string; readonly fileName?: string }): string | undefined {
  if (origin.src) return `url:${origin.src}`;
  if (origin.fileName) return `file:${origin.fileName}`;
  return undefined;
}

/** The name a download gets: the file's own name, else one from the title. */
export function downloadName(origin: { readonly src?: string; readonly fileName?: string }): string {
  const fromSrc = origin.src ? decodeURIComponent(new URL(origin.src).pathname.split('/').pop() ?? '') : '';
  const name = origin.fileName ?? fromSrc;
  if (name && /\.json$/i.test(name)) return name;
  return `${name || 'graph'}.json`;
}

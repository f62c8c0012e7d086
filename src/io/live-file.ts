/**
 * The dev server tells open pages when a graph file under `data/` was saved (src/dev's Vite
 * plugin sends it; viewers showing that file reload it in place). Shared by both sides.
 */
export const GRAPH_FILE_EVENT = 'kg:graph-file';

export interface GraphFileEvent {
  /** URL path of the changed file, e.g. `/data/russia-iran-ai-blockchain.json`. */
  readonly path: string;
}

/** Whether a viewer's `src` (resolved against the page) is the file the event names, on this server. */
export function isSameFile(src: string, event: GraphFileEvent, base: string): boolean {
  try {
    const url = new URL(src, base);
    const page = new URL(base);
    return url.origin === page.origin && decodeURIComponent(url.pathname) === decodeURIComponent(event.path);
  } catch {
    return false;
  }
}

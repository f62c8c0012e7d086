/**
 * Vite plugin for `npm start` (dev server only): graph files in `data/` as live documents.
 *
 * - Saving `data/*.json` in a text editor sends the custom HMR event `kg:graph-file` with the
 *   file's URL path; open viewers showing that file reload it in place (selection, camera and
 *   language kept) instead of the whole page reloading.
 * - `POST /__kg/save?file=data/x.json` writes a graph from the in-page editor back into `data/`
 *   (see save-handler.ts for what it refuses).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { relative, resolve, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { GRAPH_FILE_EVENT, type GraphFileEvent } from '../io/live-file';
import { handleSave, SAVE_ENDPOINT, type SaveRequest } from './save-handler';

/** The URL path of a changed file when it is a graph file under `data/`. */
export function graphFileUrl(root: string, file: string, dataDir = 'data'): string | undefined {
  const rel = relative(resolve(root, dataDir), file);
  if (rel.startsWith('..') || rel === '' || !rel.toLowerCase().endsWith('.json')) return undefined;
  return `/${dataDir}/${rel.split(sep).join('/')}`;
}

/** Adapts Node's request to the handler's. */
function toSaveRequest(req: IncomingMessage): SaveRequest {
  return {
    method: req.method ?? 'GET',
    url: req.url ?? '/',
    remoteAddress: req.socket.remoteAddress,
    headers: { host: req.headers.host, origin: req.headers.origin, 'content-length': req.headers['content-length'] },
    readBody: (limit) =>
      new Promise((resolveBody, reject) => {
        const chunks: Buffer[] = [];
        let size = 0;
        let over = false;
        req.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > limit) over = true;
          else chunks.push(chunk);
        });
        req.on('end', () => resolveBody(over ? undefined : Buffer.concat(chunks).toString('utf8')));
        req.on('error', reject);
      }),
  };
}

/** How long a graph file must be quiet after a change before pages are told, in ms. */
export const SETTLE_MS = 80;

export function graphFilesPlugin(options: { dataDir?: string } = {}): Plugin {
  const dataDir = options.dataDir ?? 'data';
  let root = process.cwd();
  return {
    name: 'kg-graph-files',
    apply: 'serve',
    configResolved(config) {
      root = config.root;
    },
    configureServer(server: ViteDevServer) {
      server.middlewares.use(SAVE_ENDPOINT, (req: IncomingMessage, res: ServerResponse) => {
        // Connect strips the mount path; the handler reads the query from the original URL.
        const request = toSaveRequest(req);
        const originalUrl = (req as IncomingMessage & { originalUrl?: string }).originalUrl;
        void handleSave({ ...request, url: originalUrl ?? req.url ?? '/' }, { root, dataDir }).then(
          (response) => {
            res.statusCode = response.status;
            res.setHeader('Content-Type', 'application/json; charset=utf-8');
            res.end(JSON.stringify(response.body));
          },
          (error: unknown) => {
            res.statusCode = 500;
            res.end(JSON.stringify({ ok: false, error: error instanceof Error ? error.message : String(error) }));
          },
        );
      });
      // A save may reach the watcher as several events (truncate, write, rename): announce a
      // file once it has been quiet for a moment, so pages never fetch it half written.
      const timers = new Map<string, ReturnType<typeof setTimeout>>();
      const announce = (file: string): void => {
        const path = graphFileUrl(root, file, dataDir);
        if (!path) return;
        clearTimeout(timers.get(path));
        timers.set(
          path,
          setTimeout(() => {
            timers.delete(path);
            server.ws.send({ type: 'custom', event: GRAPH_FILE_EVENT, data: { path } satisfies GraphFileEvent });
          }, SETTLE_MS),
        );
      };
      server.watcher.on('change', announce);
      server.watcher.on('add', announce);
    },
    // A graph file is data, not code: no full-page reload (the pages reload the graph themselves).
    handleHotUpdate(context) {
      if (graphFileUrl(root, context.file, dataDir)) return [];
      return undefined;
    },
  };
}

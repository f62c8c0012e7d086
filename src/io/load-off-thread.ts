/**
 * Loading large graph files in a Worker, so parsing and validating never blocks the page. Small
 * files load on the main thread (a worker's start costs more than they do). When no Worker can
 * start (a page's CSP, the library served from another origin, a missing worker file) the file
 * loads on the main thread instead: blocking, but loaded.
 */
import { loadGraphBytes, type LoadOptions, type LoadResult } from '../format';
import { restoreKeyOrders } from '../format/json/key-order';
import type { LoadReply, LoadRequest } from './load-protocol';
import { trustedScriptUrl } from './trusted-script-url';
// The built worker's URL as a string, so a Trusted Types policy can pass it (see force-layout.ts).
import loadWorkerUrl from './load-worker.ts?worker&url';

/**
 * Files from this many bytes up load in a Worker. A 2,000-node file (about 0.9 MB) blocked the
 * main thread for 1.6 s; the bundled article graph (well under this) loads in a few milliseconds.
 */
export const OFF_THREAD_MIN_BYTES = 256 * 1024;

/** The one place the worker's script URL is made (a Trusted Types policy can wrap it here). */
function createLoadWorker(): Worker {
  return new Worker(trustedScriptUrl(loadWorkerUrl), { type: 'module' });
}

/**
 * Loads `bytes` like `loadGraphBytes`, in a Worker when they are at least `minBytes` long.
 * Resolves `undefined` when `signal` aborts first; the worker is then terminated.
 */
export function loadGraphBytesOffThread(
  bytes: Uint8Array,
  options: LoadOptions,
  signal: AbortSignal,
  minBytes = OFF_THREAD_MIN_BYTES,
): Promise<LoadResult | undefined> {
  if (signal.aborted) return Promise.resolve(undefined);
  if (bytes.length < minBytes) return Promise.resolve(loadGraphBytes(bytes, options));
  return new Promise((resolve) => {
    let worker: Worker | undefined;
    let settled = false;
    const settle = (result: LoadResult | undefined): void => {
      if (settled) return;
      settled = true;
      worker?.terminate();
      worker = undefined;
      signal.removeEventListener('abort', onAbort);
      resolve(result);
    };
    const onAbort = (): void => settle(undefined);
    const fallBack = (reason: unknown): void => {
      if (settled) return;
      console.warn('kg-viewer: load worker unavailable, loading on the main thread', reason);
      settle(loadGraphBytes(bytes, options));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    try {
      worker = createLoadWorker();
      worker.onmessage = (event: MessageEvent<LoadReply>) => {
        const { result, keyOrders } = event.data;
        if (result.ok) restoreKeyOrders(result.graph, keyOrders);
        settle(result);
      };
      worker.onerror = (event) => fallBack(event.message || 'worker error');
      worker.onmessageerror = () => fallBack('the reply could not be read');
      // Not transferred: the fallback may need the bytes again.
      const request: LoadRequest = { bytes, options };
      worker.postMessage(request);
    } catch (error) {
      fallBack(error);
    }
  });
}

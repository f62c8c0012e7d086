/**
 * Fetching a graph file: abortable, timed out, and size-limited while the body streams (a
 * Content-Length over the limit is refused before any byte is read). Failures come back as
 * data — a kind the interface can put into words in every language — never as a thrown
 * error or a raw "Failed to fetch".
 */
import { DEFAULT_LIMITS } from '../format/limits';

export type FetchFailureKind =
  /** HTTP 404 or 410. */
  | 'not-found'
  /** Any other HTTP status that is not a success; `status` says which. */
  | 'http-error'
  /** No complete answer within the time limit. */
  | 'timed-out'
  /** The browser only says the request failed: offline, CORS, a refused connection or a redirect loop. */
  | 'network'
  /** The file is larger than the loader accepts. */
  | 'too-large'
  /** The connection closed before the announced length arrived. */
  | 'cut-off'
  /** The server sent a web page (HTML), not a graph file. */
  | 'not-json';

export interface FetchFailure {
  readonly kind: FetchFailureKind;
  readonly url: string;
  readonly status?: number;
  /** For `too-large`: the limit and, when known, the announced or counted size in bytes. */
  readonly limit?: number;
  readonly size?: number;
  /** For `timed-out`: the limit in milliseconds. */
  readonly timeoutMs?: number;
}

export type FetchOutcome =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly failure: FetchFailure }
  /** The caller aborted (the element was removed, or `src`/`graph` changed): nothing to show. */
  | { readonly ok: false; readonly aborted: true };

export interface FetchGraphOptions {
  /** Aborts the request (and the body read) when signalled. */
  readonly signal?: AbortSignal;
  /** Milliseconds for the whole request, body included. Default 30 s. */
  readonly timeoutMs?: number;
  /** Largest body accepted, in bytes. Default: what the loader's text limit can hold. */
  readonly maxBytes?: number;
  /** The fetch to use (tests pass their own). */
  readonly fetch?: typeof fetch;
}

export const DEFAULT_FETCH_TIMEOUT_MS = 30_000;
/** A UTF-16 code unit takes at most 3 bytes of UTF-8: more bytes than that cannot fit the text limit. */
export const DEFAULT_MAX_BYTES = DEFAULT_LIMITS.maxTextLength * 3;

/** Fetches `url` and reads its body within the time and size limits. */
export async function fetchGraphBytes(url: string, options: FetchGraphOptions = {}): Promise<FetchOutcome> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = (): void => controller.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const fail = (failure: Omit<FetchFailure, 'url'>): FetchOutcome => ({ ok: false, failure: { url, ...failure } });
  try {
    if (options.signal?.aborted) return { ok: false, aborted: true };
    let response: Response;
    try {
      response = await doFetch(url, { signal: controller.signal });
    } catch {
      return interrupted();
    }
    if (!response.ok) {
      void response.body?.cancel().catch(() => undefined);
      return fail(response.status === 404 || response.status === 410 ? { kind: 'not-found', status: response.status } : { kind: 'http-error', status: response.status });
    }
    const announced = Number(response.headers.get('content-length'));
    if (Number.isFinite(announced) && announced > maxBytes) {
      void response.body?.cancel().catch(() => undefined);
      return fail({ kind: 'too-large', limit: maxBytes, size: announced });
    }
    if (/^text\/html\b/i.test(response.headers.get('content-type') ?? '')) {
      void response.body?.cancel().catch(() => undefined);
      return fail({ kind: 'not-json' });
    }
    const body = await readBody(response, maxBytes);
    if (body === 'too-large') return fail({ kind: 'too-large', limit: maxBytes });
    if (body instanceof Interrupted) return body.received > 0 && !timedOut && !options.signal?.aborted ? fail({ kind: 'cut-off', size: body.received }) : interrupted();
    if (Number.isFinite(announced) && announced > 0 && body.length < announced && !response.headers.get('content-encoding')) {
      return fail({ kind: 'cut-off', size: body.length });
    }
    return { ok: true, bytes: body };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }

  function interrupted(): FetchOutcome {
    if (options.signal?.aborted) return { ok: false, aborted: true };
    if (timedOut) return fail({ kind: 'timed-out', timeoutMs });
    return fail({ kind: 'network' });
  }
}

/** The body stopped with an error after `received` bytes. */
class Interrupted {
  constructor(readonly received: number) {}
}

/** Reads a body chunk by chunk, stopping as soon as it passes `maxBytes`. */
async function readBody(response: Response, maxBytes: number): Promise<Uint8Array | 'too-large' | Interrupted> {
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        void reader.cancel().catch(() => undefined);
        return 'too-large';
      }
      chunks.push(value);
    }
  } catch {
    return new Interrupted(total);
  }
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

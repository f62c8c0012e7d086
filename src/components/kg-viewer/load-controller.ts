/**
 * Loads the viewer's graph from `src` (fetched) or `graph` (a parsed object) and tracks the
 * load's status. Only the newest request counts: changing either input or removing the
 * element aborts the one in flight, so a stale response can never overwrite a newer graph,
 * show its error, or touch a detached element.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
// Straight from the loader's module, not the format's index: the reader's bundle then never holds
// the serializer the editor's chunk uses.
import { loadGraphText, validateGraph, type LoadResult } from '../../format/load';
import { parseJson } from '../../format/json/parse';
import { drawableDocument } from '../../view/drawable-document';
import type { Limits } from '../../format/limits';
import { resolveLimits } from '../../format/limits';
import type { Problem } from '../../format/problem';
import type { GraphDocument } from '../../format/types';
import { fetchGraphBytes, type FetchFailure } from '../../io/fetch-graph';
import { loadGraphBytesOffThread } from '../../io/load-off-thread';

export type LoadStatus =
  | { readonly kind: 'empty' }
  | { readonly kind: 'loading' }
  | {
      readonly kind: 'error';
      /** The URL, or "graph" for the property. */
      readonly origin: string;
      /** Why the file could not be fetched, when it was not a validation failure. */
      readonly failure?: FetchFailure;
      /** Why a valid graph could not be drawn (the drawing library failed to start). */
      readonly drawFailure?: DrawFailure;
      readonly problems: readonly Problem[];
      readonly total: number;
    }
  | { readonly kind: 'ready'; readonly graph: GraphDocument };

export interface DrawFailure {
  /** Properties another script added to Object.prototype, which break the drawing library. */
  readonly pollutedKeys: readonly string[];
  /** The library's own message. */
  readonly detail: string;
}

/** A load that ended: the graph, or why there is none. */
export type FinishedLoad = Extract<LoadStatus, { kind: 'ready' | 'error' }>;

export interface LoadControllerOptions {
  /** Called with every finished load that is still current; `startedAt` is its performance.now(). */
  readonly finished: (status: FinishedLoad, startedAt: number) => void;
  /** Milliseconds before a fetch is given up, read when each fetch starts. */
  readonly timeoutMs?: () => number;
  /** The host's overrides of the loader's limits, read when each load starts. */
  readonly limits?: () => Partial<Limits> | undefined;
  /**
   * Whether a file that is clean JSON but breaks the format's rules still opens (edit mode: the
   * editor lists its problems and keeps everything). JSON the parser had to drop anything from
   * (a duplicate key) or could not read is refused as always.
   */
  readonly keepInvalid?: () => boolean;
}

export class LoadController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: LoadControllerOptions;
  #status: LoadStatus = { kind: 'empty' };
  #request: { src?: string; graph?: GraphDocument; text?: { text: string; name: string } } = {};
  #abort: AbortController | undefined;
  #startedAt = 0;

  constructor(host: ReactiveControllerHost, options: LoadControllerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  get status(): LoadStatus {
    return this.#status;
  }

  /** Where the current graph comes from: a fetched `src`, the `graph` property, or `loadText`. */
  get source(): 'src' | 'graph' | 'text' | null {
    const r = this.#request;
    return r.text ? 'text' : r.graph !== undefined ? 'graph' : r.src ? 'src' : null;
  }

  /** When the current load started (performance.now()). */
  get startedAt(): number {
    return this.#startedAt;
  }

  /** Loads from the element's inputs: the `graph` property wins over `src`; neither empties the viewer. */
  load(src: string | undefined, graph: GraphDocument | undefined): void {
    this.#abort?.abort();
    this.#abort = undefined;
    this.#request = { ...(src ? { src } : {}), ...(graph !== undefined ? { graph } : {}) };
    this.#startedAt = performance.now();
    if (graph !== undefined) {
      this.#finish(validateGraph(graph, this.#loadOptions()), 'graph', () => graph);
    } else if (src) {
      void this.#fetch(src);
    } else {
      this.#setStatus({ kind: 'empty' });
    }
  }

  /** The graph loaded but cannot be drawn: shown like a load failure, with the reason. */
  drawFailed(error: unknown, origin: string): Extract<LoadStatus, { kind: 'error' }> & { drawFailure: DrawFailure } {
    const pollutedKeys: string[] = [];
    // Inherited enumerable keys of a fresh object are exactly what another script added.
    for (const key in {}) pollutedKeys.push(key);
    const status = {
      kind: 'error',
      origin,
      drawFailure: { pollutedKeys, detail: error instanceof Error ? error.message : String(error) },
      problems: [],
      total: 0,
    } as const;
    this.#setStatus(status);
    return status;
  }

  /**
   * Loads graph file text that did not come from `src` (a file the reader opened or dropped);
   * `name` stands for the URL in messages. Problems are located by line and column.
   */
  loadText(text: string, name: string): void {
    this.#abort?.abort();
    this.#abort = undefined;
    this.#request = { text: { text, name } };
    this.#startedAt = performance.now();
    this.#finish(loadGraphText(text, this.#loadOptions()), name, () => this.#cleanJson(text));
  }

  /** Loads the same inputs again (the retry button). */
  retry(): void {
    const text = this.#request.text;
    if (text) this.loadText(text.text, text.name);
    else this.load(this.#request.src, this.#request.graph);
  }

  hostConnected(): void {
    // A fetch aborted by an earlier removal starts again when the element comes back.
    if (this.#status.kind === 'loading' && !this.#abort && this.#request.src) void this.#fetch(this.#request.src);
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    this.#abort = undefined;
  }

  #loadOptions(): { limits?: Partial<Limits> } {
    const limits = this.#options.limits?.();
    return limits ? { limits } : {};
  }

  async #fetch(url: string): Promise<void> {
    const abort = new AbortController();
    this.#abort = abort;
    this.#setStatus({ kind: 'loading' });
    const timeoutMs = this.#options.timeoutMs?.();
    const options = this.#loadOptions();
    const outcome = await fetchGraphBytes(url, {
      signal: abort.signal,
      // A UTF-16 code unit takes at most 3 bytes of UTF-8: more bytes cannot fit the text limit.
      maxBytes: resolveLimits(options).maxTextLength * 3,
      ...(timeoutMs !== undefined && Number.isFinite(timeoutMs) && timeoutMs > 0 ? { timeoutMs } : {}),
    });
    if (abort.signal.aborted || this.#abort !== abort) return;
    if (!outcome.ok) {
      this.#abort = undefined;
      if ('failure' in outcome) this.#finishError({ kind: 'error', origin: url, failure: outcome.failure, problems: [], total: 0 });
      return;
    }
    performance.mark('kg:fetched');
    // Large files parse in a Worker; removal or a new src terminates it (the same abort).
    const result = await loadGraphBytesOffThread(outcome.bytes, options, abort.signal);
    if (!result || abort.signal.aborted || this.#abort !== abort) return;
    this.#abort = undefined;
    performance.measure('kg:load-graph', 'kg:fetched');
    this.#finish(result, url, () => {
      try {
        return this.#cleanJson(new TextDecoder('utf-8', { fatal: true }).decode(outcome.bytes));
      } catch {
        return undefined;
      }
    });
  }

  /** The value of JSON text the parser read whole (no syntax error, nothing dropped), else undefined. */
  #cleanJson(text: string): unknown {
    const limits = resolveLimits(this.#loadOptions());
    if (text.length > limits.maxTextLength) return undefined;
    const parsed = parseJson(text, { maxDepth: limits.maxDepth });
    return parsed.issueCount === 0 ? parsed.value : undefined;
  }

  #finish(result: LoadResult, origin: string, value?: () => unknown): void {
    const invalid = !result.ok && this.#options.keepInvalid?.() ? value?.() : undefined;
    if (invalid !== undefined && typeof invalid === 'object' && invalid !== null && !Array.isArray(invalid)) {
      // The canvas draws a copy without what it cannot draw; the editor gets the file's own values back (originalDocument).
      const status = { kind: 'ready', graph: drawableDocument(invalid as GraphDocument) } as const;
      this.#setStatus(status);
      this.#options.finished(status, this.#startedAt);
      return;
    }
    if (!result.ok) {
      this.#finishError({ kind: 'error', origin, problems: result.problems, total: result.totalProblems });
      return;
    }
    const status = { kind: 'ready', graph: result.graph } as const;
    this.#setStatus(status);
    this.#options.finished(status, this.#startedAt);
  }

  #finishError(status: Extract<LoadStatus, { kind: 'error' }>): void {
    this.#setStatus(status);
    this.#options.finished(status, this.#startedAt);
  }

  #setStatus(status: LoadStatus): void {
    this.#status = status;
    this.#host.requestUpdate();
  }
}

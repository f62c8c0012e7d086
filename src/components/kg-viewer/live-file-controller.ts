/**
 * Live editing of the file on disk (`npm start` only): when the dev server says the viewer's
 * `src` file was saved, the file is fetched and validated again and handed to the host, which
 * swaps the graph in place (selection, camera and language kept) or, when the file is broken,
 * shows its located problems over the last good graph. In a build `import.meta.hot` is
 * undefined and this controller does nothing.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { loadGraphBytes, type LoadResult } from '../../format/load';
import type { Limits } from '../../format/limits';
import type { Problem } from '../../format/problem';
import { liveFileStrings } from '../../i18n/live-file-strings';
import { fetchGraphBytes } from '../../io/fetch-graph';
import { GRAPH_FILE_EVENT, isSameFile, type GraphFileEvent } from '../../io/live-file';

export interface LiveFileOptions {
  /** The viewer's `src`, when it shows a file (not the `graph` property). */
  src(): string | undefined;
  limits(): Partial<Limits> | undefined;
  /** The file was saved: its new content, validated. */
  changed(result: LoadResult, src: string): void;
}

export class LiveFileController implements ReactiveController {
  readonly #options: LiveFileOptions;
  #latest = 0;

  constructor(host: ReactiveControllerHost, options: LiveFileOptions) {
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    if (import.meta.hot) import.meta.hot.on(GRAPH_FILE_EVENT, this.#onEvent);
  }

  hostDisconnected(): void {
    if (import.meta.hot) import.meta.hot.off(GRAPH_FILE_EVENT, this.#onEvent);
  }

  readonly #onEvent = (event: GraphFileEvent): void => {
    const src = this.#options.src();
    if (!src || !isSameFile(src, event, document.baseURI)) return;
    void this.#reload(src);
  };

  async #reload(src: string): Promise<void> {
    const request = ++this.#latest;
    // Never a cached copy: the point is the bytes just saved.
    const outcome = await fetchGraphBytes(src, { fetch: (url, init) => fetch(url, { ...init, cache: 'no-store' }) });
    if (request !== this.#latest || !outcome.ok || this.#options.src() !== src) return;
    const limits = this.#options.limits();
    this.#options.changed(loadGraphBytes(outcome.bytes, limits ? { limits } : {}), src);
  }
}

/** The saved file's problems over the last good graph, until the file is fixed. */
export function liveProblemsTemplate(live: { problems: readonly Problem[]; total: number }, lang: string): TemplateResult {
  const s = liveFileStrings(lang);
  return html`<div class="live-problems" role="alert">
    <strong>${s.brokenOnDisk(live.total)}</strong>
    <ul dir="ltr" lang="en">
      ${live.problems.slice(0, 8).map(
        (p) => html`<li><code>${p.line !== undefined ? `${p.line}:${p.column ?? 0} ` : ''}${p.code} ${p.pointer}</code> ${p.message}</li>`,
      )}
    </ul>
  </div>`;
}

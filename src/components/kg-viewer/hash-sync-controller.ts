/**
 * The opt-in adapter between one viewer's view state and the page's URL hash. Selection
 * and depth changes push history entries (so back and forward walk through selections); other
 * changes replace the current entry. Only a viewer with `sync-url` uses it, so several
 * viewers on a page never fight over the hash; it listens to the window only while the
 * element is connected, has a graph, and opted in.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Intent } from '../../state/intents';
import { hashToViewState, viewStateToHash } from '../../view/url-state';
import { depthOf, initialViewState, sanitizeViewState, type StateUniverse, type ViewState } from '../../view/view-state';

export interface HashSyncOptions {
  /** Whether the host opted in (`sync-url`). */
  enabled(): boolean;
  /** The file's first language (omitted from the hash), once a graph is loaded. */
  defaultLanguage(): string | undefined;
  /** Applies a state that came from the URL. */
  dispatch(intent: Intent): void;
}

export class HashSyncController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: HashSyncOptions;
  #listening = false;
  /** A state is being applied from the URL (back, forward, an edited hash). */
  #navigating = false;

  constructor(host: ReactiveControllerHost & HTMLElement, options: HashSyncOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The state the current URL describes, on top of `state`, when the host opted in. */
  read(state: ViewState, universe: StateUniverse): ViewState {
    // The graph being opened: its first language is the one a link leaves out.
    const defaultLang = universe.languages[0];
    if (!this.#options.enabled() || !location.hash || !defaultLang) return state;
    return sanitizeViewState(this.#fromHash(state, defaultLang), universe);
  }

  /** Starts or stops listening to the window as the host's situation changed. */
  refresh(): void {
    const want = this.#host.isConnected && this.#options.enabled() && this.#options.defaultLanguage() !== undefined;
    if (want === this.#listening) return;
    this.#listening = want;
    if (want) {
      window.addEventListener('popstate', this.#onNavigate);
      window.addEventListener('hashchange', this.#onNavigate);
    } else {
      window.removeEventListener('popstate', this.#onNavigate);
      window.removeEventListener('hashchange', this.#onNavigate);
    }
  }

  hostConnected(): void {
    this.refresh();
  }

  hostDisconnected(): void {
    this.refresh();
  }

  /** Writes a changed state into the URL (only while listening). */
  write(next: ViewState, previous: ViewState): void {
    const defaultLang = this.#options.defaultLanguage();
    if (!this.#listening || !defaultLang) return;
    const hash = viewStateToHash(next, defaultLang);
    if (hash === location.hash || (hash === '' && location.hash === '#')) return;
    const url = `${location.pathname}${location.search}${hash || '#'}`;
    const selectionChanged = next.selection?.id !== previous.selection?.id || next.selection?.kind !== previous.selection?.kind;
    // A wider or narrower spotlight is a step the reader can go back from too.
    // A state that came from the URL only tidies its hash: pushing would cut off the forward history.
    if (!this.#navigating && (selectionChanged || depthOf(next) !== depthOf(previous))) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  #fromHash(state: ViewState, defaultLang: string): ViewState {
    return hashToViewState(location.hash, { ...initialViewState(defaultLang), sourceView: state.sourceView });
  }

  #onNavigate = (): void => {
    const defaultLang = this.#options.defaultLanguage();
    if (!defaultLang) return;
    // The reducer sanitises it against the graph and keeps the open panel when it still fits.
    this.#navigating = true;
    try {
      this.#options.dispatch({ type: 'replace', state: this.#fromHash(initialViewState(defaultLang), defaultLang) });
    } finally {
      this.#navigating = false;
    }
  };
}

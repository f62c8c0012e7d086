/**
 * The opt-in adapter between one viewer's view state and the page's URL hash. Selection
 * changes push history entries (so back and forward walk through selections); other
 * changes replace the current entry. Only a viewer with `sync-url` uses it, so several
 * viewers on a page never fight over the hash.
 */
import { hashToViewState, viewStateToHash } from '../../view/url-state';
import { initialViewState, sanitizeViewState, type StateUniverse, type ViewState } from '../../view/view-state';

export interface HashSyncHost {
  applyExternalState(next: (state: ViewState) => ViewState): void;
  readonly defaultLanguage: string | undefined;
}

export class HashSync {
  readonly #host: HashSyncHost;
  #connected = false;

  constructor(host: HashSyncHost) {
    this.#host = host;
  }

  /** The state the current URL describes, on top of the defaults. */
  read(state: ViewState, universe: StateUniverse, defaultLang: string): ViewState {
    if (!location.hash) return state;
    return sanitizeViewState(hashToViewState(location.hash, { ...initialViewState(defaultLang), sourceView: state.sourceView }), universe);
  }

  connect(): void {
    if (this.#connected) return;
    this.#connected = true;
    window.addEventListener('popstate', this.#onNavigate);
    window.addEventListener('hashchange', this.#onNavigate);
  }

  disconnect(): void {
    this.#connected = false;
    window.removeEventListener('popstate', this.#onNavigate);
    window.removeEventListener('hashchange', this.#onNavigate);
  }

  write(next: ViewState, previous: ViewState, defaultLang: string): void {
    const hash = viewStateToHash(next, defaultLang);
    if (hash === location.hash || (hash === '' && location.hash === '#')) return;
    const url = `${location.pathname}${location.search}${hash || '#'}`;
    const selectionChanged = next.selection?.id !== previous.selection?.id || next.selection?.kind !== previous.selection?.kind;
    if (selectionChanged) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  #onNavigate = (): void => {
    const defaultLang = this.#host.defaultLanguage;
    if (!defaultLang) return;
    this.#host.applyExternalState((state) => hashToViewState(location.hash, { ...initialViewState(defaultLang), sourceView: state.sourceView }));
  };
}

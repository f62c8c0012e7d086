/**
 * A per-element store of the view state: one instance per <kg-viewer>, never a module-level
 * singleton, so any number of viewers can share a page.
 */
import type { ViewState } from '../view/view-state';

export type Listener = (state: ViewState, previous: ViewState) => void;

export class ViewStore {
  #state: ViewState;
  readonly #listeners = new Set<Listener>();

  constructor(initial: ViewState) {
    this.#state = initial;
  }

  get state(): ViewState {
    return this.#state;
  }

  /** Applies a pure updater; listeners run only when the state object changed. */
  update(updater: (state: ViewState) => ViewState): void {
    const previous = this.#state;
    const next = updater(previous);
    if (next === previous) return;
    this.#state = next;
    for (const listener of this.#listeners) listener(next, previous);
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

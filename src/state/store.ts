/**
 * A per-element store of the view state: one instance per <kg-viewer>, never a module-level
 * singleton, so any number of viewers can share a page. Every change is an intent through
 * `reduce`; listeners hear the new state, the previous one and the intent that made it.
 */
import type { ViewState } from '../view/view-state';
import type { Intent } from './intents';
import { reduce, type ReduceContext } from './reduce';

export type Listener = (state: ViewState, previous: ViewState, intent: Intent) => void;

export class ViewStore {
  #state: ViewState;
  #context: ReduceContext;
  readonly #listeners = new Set<Listener>();

  constructor(initial: ViewState, context: ReduceContext) {
    this.#state = initial;
    this.#context = context;
  }

  get state(): ViewState {
    return this.#state;
  }

  /** Reduces an intent; listeners run only when the state object changed. Returns the new state. */
  dispatch(intent: Intent): ViewState {
    const previous = this.#state;
    const next = reduce(previous, intent, this.#context);
    if (next === previous) return next;
    this.#state = next;
    for (const listener of this.#listeners) listener(next, previous, intent);
    return next;
  }

  /** The graph changed under the same view (an edit, a file reloaded): intents are judged against the new one. */
  setContext(context: ReduceContext): void {
    this.#context = context;
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

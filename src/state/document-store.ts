/**
 * The editor's working document, as the view state is: every change is an intent through a pure
 * reducer (`reduceDocument`), so undo, redo, dirtiness and every kind of edit are tested in Node.
 * An edit records its inverse; undo applies it, redo applies the command again. One store per
 * editing element, never module-level.
 */
import type { GraphDocument } from '../format/types';
import { validateGraph, type LoadResult } from '../format/load';
import { applyCommand, EditError, type EditCommand } from '../model/edit/commands';
import type { PatchOp } from '../model/edit/patch';

export type DocumentIntent =
  | { readonly type: 'edit'; readonly command: EditCommand }
  | { readonly type: 'undo' }
  | { readonly type: 'redo' }
  /** The working copy was written somewhere (downloaded, saved to disk). */
  | { readonly type: 'mark-saved' }
  /**
   * A new starting point: a file opened or reloaded from disk (`saved`: it is what the file
   * holds), or work restored from the autosave (not saved). History starts again.
   */
  | { readonly type: 'open'; readonly doc: GraphDocument; readonly saved: boolean };

export interface HistoryEntry {
  readonly id: number;
  readonly command: EditCommand;
  readonly inverse: EditCommand;
}

export interface DocumentState {
  readonly doc: GraphDocument;
  /** Applied edits, oldest first. */
  readonly past: readonly HistoryEntry[];
  /** Undone edits, the next to redo first. */
  readonly future: readonly HistoryEntry[];
  /** History position (id of the newest applied edit, 0 for none) of the last save; null when that state is gone. */
  readonly savedAt: number | null;
  readonly nextId: number;
}

export type ChangeCause = 'edit' | 'undo' | 'redo' | 'open';

/** What a transition did to the document. */
export interface DocumentChange {
  readonly cause: ChangeCause;
  /** The command that was applied (for undo, the recorded inverse). */
  readonly command: EditCommand;
  readonly ops: readonly PatchOp[];
  readonly previous: GraphDocument;
}

export interface DocumentTransition {
  readonly state: DocumentState;
  /** Null when the document did not change (nothing to undo, a save mark). */
  readonly change: DocumentChange | null;
  /** Why an edit was refused (it did not fit the document); the state is then unchanged. */
  readonly error?: string;
}

/** Edits kept for undo; the oldest are forgotten beyond this. */
export const MAX_HISTORY = 1000;

export function initialDocumentState(doc: GraphDocument, saved = true): DocumentState {
  return { doc, past: [], future: [], savedAt: saved ? 0 : null, nextId: 1 };
}

/** History position: the id of the newest applied edit, 0 when none. */
export function historyPosition(state: DocumentState): number {
  return state.past.at(-1)?.id ?? 0;
}

/** Whether the working copy differs from what was last saved (or opened). */
export function isDirty(state: DocumentState): boolean {
  return historyPosition(state) !== state.savedAt;
}

export function reduceDocument(state: DocumentState, intent: DocumentIntent): DocumentTransition {
  switch (intent.type) {
    case 'edit': {
      let result;
      try {
        result = applyCommand(state.doc, intent.command);
      } catch (error) {
        if (error instanceof EditError) return { state, change: null, error: error.message };
        throw error;
      }
      if (result.ops.length === 0) return { state, change: null };
      const entry: HistoryEntry = { id: state.nextId, command: intent.command, inverse: result.inverse };
      const past = [...state.past, entry];
      if (past.length > MAX_HISTORY) past.splice(0, past.length - MAX_HISTORY);
      // A save point in the discarded future can no longer be reached.
      const savedAt = state.future.some((e) => e.id === state.savedAt) ? null : state.savedAt;
      return {
        state: { doc: result.doc, past, future: [], savedAt, nextId: state.nextId + 1 },
        change: { cause: 'edit', command: intent.command, ops: result.ops, previous: state.doc },
      };
    }
    case 'undo': {
      const entry = state.past.at(-1);
      if (!entry) return { state, change: null };
      const result = applyCommand(state.doc, entry.inverse);
      return {
        state: { ...state, doc: result.doc, past: state.past.slice(0, -1), future: [entry, ...state.future] },
        change: { cause: 'undo', command: entry.inverse, ops: result.ops, previous: state.doc },
      };
    }
    case 'redo': {
      const entry = state.future[0];
      if (!entry) return { state, change: null };
      const result = applyCommand(state.doc, entry.command);
      // The inverse recorded against the same document stays valid.
      return {
        state: { ...state, doc: result.doc, past: [...state.past, entry], future: state.future.slice(1) },
        change: { cause: 'redo', command: entry.command, ops: result.ops, previous: state.doc },
      };
    }
    case 'mark-saved':
      return isDirty(state) ? { state: { ...state, savedAt: historyPosition(state) }, change: null } : { state, change: null };
    case 'open':
      return {
        state: { ...initialDocumentState(intent.doc, intent.saved), nextId: state.nextId },
        change: { cause: 'open', command: { type: 'patch', ops: [] }, ops: [], previous: state.doc },
      };
  }
}

export type DocumentListener = (state: DocumentState, change: DocumentChange | null, intent: DocumentIntent) => void;

/** The working document of one editing element: intents in, listeners told, problems memoized. */
export class DocumentStore {
  #state: DocumentState;
  readonly #listeners = new Set<DocumentListener>();
  #validated: { doc: GraphDocument; result: LoadResult } | undefined;

  constructor(doc: GraphDocument, saved = true) {
    this.#state = initialDocumentState(doc, saved);
  }

  get state(): DocumentState {
    return this.#state;
  }

  get doc(): GraphDocument {
    return this.#state.doc;
  }

  get dirty(): boolean {
    return isDirty(this.#state);
  }

  get canUndo(): boolean {
    return this.#state.past.length > 0;
  }

  get canRedo(): boolean {
    return this.#state.future.length > 0;
  }

  /** The loader's verdict on the working document (the same rules as loading a file), computed once per document. */
  get validation(): LoadResult {
    if (this.#validated?.doc !== this.#state.doc) this.#validated = { doc: this.#state.doc, result: validateGraph(this.#state.doc) };
    return this.#validated.result;
  }

  dispatch(intent: DocumentIntent): DocumentTransition {
    const transition = reduceDocument(this.#state, intent);
    if (transition.state !== this.#state) {
      this.#state = transition.state;
      for (const listener of this.#listeners) listener(transition.state, transition.change, intent);
    }
    return transition;
  }

  /** Applies an edit; returns why it was refused, if it was. */
  apply(command: EditCommand): DocumentTransition {
    return this.dispatch({ type: 'edit', command });
  }

  undo(): DocumentTransition {
    return this.dispatch({ type: 'undo' });
  }

  redo(): DocumentTransition {
    return this.dispatch({ type: 'redo' });
  }

  subscribe(listener: DocumentListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

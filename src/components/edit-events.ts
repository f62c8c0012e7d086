/**
 * The public events of <kg-viewer> in edit mode: one small class each, bubbling and composed so
 * they reach the embedding page. Every edit (undo and redo too) is first offered to the page as
 * a cancelable `kg-edit-request`; a page that calls `preventDefault()` vetoes it and nothing
 * changes. An applied edit is then announced with `kg-edit`.
 */
import type { EditCommand } from '../model/edit/commands';
import type { PatchOp } from '../model/edit/patch';

/** Why an edit happens: a new edit, or a step back or forward through the history. */
export type EditCause = 'edit' | 'undo' | 'redo';

export interface KgEditRequestDetail {
  /** The edit as data (see EditCommand in src/model/edit/commands.ts); for undo, the recorded inverse. */
  readonly command: EditCommand;
  readonly cause: EditCause;
}

export interface KgEditDetail {
  readonly command: EditCommand;
  readonly cause: EditCause;
  /** The primitive changes it made to the document (set/add/remove at a path). */
  readonly ops: readonly PatchOp[];
  /** Whether the working copy now differs from what was last saved or opened. */
  readonly dirty: boolean;
}

/**
 * Fired before an edit is applied; cancelable. `event.preventDefault()` vetoes the edit (a
 * read-only field, a permission check): the document stays as it was and the editor says so.
 */
export class KgEditRequestEvent extends CustomEvent<KgEditRequestDetail> {
  static readonly type = 'kg-edit-request';
  constructor(detail: KgEditRequestDetail) {
    super(KgEditRequestEvent.type, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

/** Fired after an edit was applied to the working copy. */
export class KgEditEvent extends CustomEvent<KgEditDetail> {
  static readonly type = 'kg-edit';
  constructor(detail: KgEditDetail) {
    super(KgEditEvent.type, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'kg-edit-request': KgEditRequestEvent;
    'kg-edit': KgEditEvent;
  }
}

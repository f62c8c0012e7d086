/**
 * Edit mode of one <kg-viewer>: the working copy (a DocumentStore: every edit a command with its
 * inverse), the host's veto (`kg-edit-request`) and the news (`kg-edit`), the canvas gestures,
 * the autosave, saving, and the editor's panels and dialogs. Loaded by EditModeController with a
 * dynamic import only when the viewer has `editable`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { serializeGraph } from '../../format/serialize';
import { parseJson } from '../../format/json/parse';
import type { LoadResult } from '../../format/load';
import type { GraphDocument, GraphNode } from '../../format/types';
import { DEFAULT_LIMITS } from '../../format/limits';
import type { EditCommand, ElementRef, Point } from '../../model/edit/commands';
import { freshId, slugOf } from '../../model/edit/ids';
import { deleteAutosave, readAutosave, writeAutosave } from '../../io/autosave-db';
import { downloadText, saveToDevServer } from '../../io/save-graph';
import { editorStrings, type EditorStrings } from '../../i18n/editor-strings';
import { liveFileStrings } from '../../i18n/live-file-strings';
import { DocumentStore, type DocumentIntent } from '../../state/document-store';
import type { GraphRenderer } from '../../render/renderer';
import { enableEditGestures, type EditGestures } from '../../render/edit-gestures';
import { autosaveKey, devSavePath, downloadName, hasPositions, pointerTarget, shownOnCanvas } from '../../view/editor-view';
import type { ViewState } from '../../view/view-state';
import { drawableDocument, originalDocument } from '../../view/drawable-document';
import { KgEditEvent, KgEditRequestEvent, type EditCause } from '../edit-events';
import type { EditorHost, EditorSession } from '../kg-viewer/edit-mode-controller';
import { formatForFile, graphFileFormats, reportLine, takeOpeningReport, type ReportLine, type WrittenFile } from './file-formats';
import { defineEditorElements } from './define-editor';
import { findCollisions, likelyDuplicates, mergeGraphs, type Collision, type CollisionChoice, type LikelyDuplicate } from '../../interchange/merge';
import { formatInterchangeProblem } from '../../interchange/report';
import { loadGraphBytes } from '../../format/load';
import { formatProblem } from '../../format/format-problem';

/** Quiet time after the last edit before the working copy is written to IndexedDB, in ms. */
const AUTOSAVE_DELAY_MS = 300;

export interface Notice {
  readonly kind: 'error' | 'info';
  readonly text: string;
}

export function createEditorSession(host: EditorHost): EditorSession {
  defineEditorElements();
  return new Session(host);
}

/** What the dialogs are asking, if anything. */
export type Pending =
  | { readonly kind: 'remove'; readonly target: { readonly kind: 'node' | 'edge'; readonly id: string } }
  | { readonly kind: 'connect'; readonly source: string; readonly target: string }
  | { readonly kind: 'new-type'; readonly typeKind: 'node' | 'edge'; readonly assignTo?: ElementRef }
  | { readonly kind: 'restore'; readonly savedAt: number; readonly doc: GraphDocument }
  | { readonly kind: 'disk-changed'; readonly doc: GraphDocument }
  | { readonly kind: 'remove-type'; readonly typeKind: 'node' | 'edge'; readonly id: string }
  | { readonly kind: 'remove-tour'; readonly id: string }
  /** A second file to merge into the open one: its collisions wait for a choice each. */
  | {
      readonly kind: 'merge';
      readonly name: string;
      readonly incoming: GraphDocument;
      readonly collisions: readonly Collision[];
      readonly duplicates: readonly LikelyDuplicate[];
      readonly lines: readonly ReportLine[];
    };

/**
 * A report to read: what an import said, what an export cannot hold (its files wait for
 * "download" until it has been seen), what a merge did or why it could not.
 */
export interface Report {
  readonly kind: 'import' | 'export' | 'merge' | 'not-merged';
  readonly name: string;
  readonly lines: readonly ReportLine[];
  readonly files?: readonly WrittenFile[];
  readonly duplicates?: readonly LikelyDuplicate[];
}

export class Session implements EditorSession {
  readonly host: EditorHost;
  store: DocumentStore | undefined;
  /** Bumped on every change the editor's elements show; passed to them so they re-render. */
  revision = 0;
  connectMode = false;
  notice: Notice | undefined;
  pending: Pending | undefined;
  report: Report | undefined;
  /** An element the form shows although it cannot be selected (a relation with a missing end). */
  formTarget: { readonly kind: 'node' | 'edge'; readonly index: number } | undefined;
  /** A field (JSON pointer) the form focuses once it has rendered. */
  focusPointer: string | undefined;
  #unsubscribe: (() => void) | undefined;
  #gestures: EditGestures | undefined;
  #renderer: GraphRenderer | undefined;
  #autosaveKey: string | undefined;
  #autosaveTimer: ReturnType<typeof setTimeout> | undefined;
  /** No autosave until a found one is restored or discarded (it would be overwritten). */
  #autosaveHeld = false;

  constructor(host: EditorHost) {
    this.host = host;
  }

  get doc(): GraphDocument | undefined {
    return this.store?.doc;
  }

  get lang(): string {
    return this.host.viewState()?.lang ?? this.host.element.lang ?? 'en';
  }

  get strings(): EditorStrings {
    return editorStrings(this.lang);
  }

  get languages(): readonly string[] {
    const languages = this.store?.doc.meta?.languages;
    return Array.isArray(languages) ? languages : [];
  }

  // ── the viewer's calls ──────────────────────────────────────────────────────────────────

  loaded(drawn: GraphDocument): void {
    // An invalid file is drawn from a copy; the working copy is what the file holds.
    const doc = originalDocument(drawn);
    this.#unsubscribe?.();
    const store = new DocumentStore(doc, true);
    this.store = store;
    this.#unsubscribe = store.subscribe(() => this.#changed());
    this.pending = undefined;
    this.notice = undefined;
    this.formTarget = undefined;
    const opening = takeOpeningReport(doc);
    this.report = opening ? { kind: 'import', name: opening.name, lines: opening.lines } : undefined;
    this.#autosaveKey = autosaveKey(this.host.origin());
    this.#autosaveHeld = true;
    void this.#offerRestore(store, doc);
    // A file opened with errors (edit mode opens what it can represent whole): its problems first.
    if (store.validation.problems.some((p) => p.severity === 'error') && this.host.viewState()?.panel !== 'problems') {
      this.host.dispatch({ type: 'toggle-panel', panel: 'problems' });
    }
    this.#updateDragRelax();
    this.#changed();
  }

  fileChanged(result: LoadResult): boolean {
    const store = this.store;
    if (!store) return false;
    if (!result.ok) {
      this.notice = { kind: 'error', text: liveFileStrings(this.lang).brokenOnDisk(result.totalProblems) };
      this.#changed();
      return true;
    }
    // Our own save coming back, or nothing new.
    if (serializeGraph(result.graph) === serializeGraph(store.doc)) return true;
    if (store.dirty) this.pending = { kind: 'disk-changed', doc: result.graph };
    else this.#open(result.graph, true);
    this.#changed();
    return true;
  }

  rendererChanged(renderer: GraphRenderer | undefined): void {
    this.#gestures?.dispose();
    this.#gestures = undefined;
    this.#renderer = renderer;
    const stage = this.host.stage();
    if (renderer && stage) {
      this.#gestures = enableEditGestures(renderer, stage, {
        moved: (id, position) => this.#moved(id, position),
        connect: (source, target) => {
          this.pending = { kind: 'connect', source, target };
          this.#changed();
        },
      });
      this.#gestures.setConnectMode(this.connectMode);
    }
    this.#updateDragRelax();
  }

  connected(): void {
    window.addEventListener('beforeunload', this.#onBeforeUnload);
    this.host.element.addEventListener('keydown', this.#onKeyDown);
  }

  disconnected(): void {
    window.removeEventListener('beforeunload', this.#onBeforeUnload);
    this.host.element.removeEventListener('keydown', this.#onKeyDown);
    this.#flushAutosave();
  }

  dispose(): void {
    this.disconnected();
    this.#gestures?.dispose();
    this.#gestures = undefined;
    this.#renderer?.setDragRelax(true);
    this.#unsubscribe?.();
  }

  toolbar(): TemplateResult | typeof nothing {
    if (!this.store) return nothing;
    return html`<kg-edit-toolbar .session=${this} .revision=${this.revision} .view=${this.host.viewState()} lang=${this.lang}></kg-edit-toolbar>`;
  }

  panel(state: ViewState, fallback: () => TemplateResult | typeof nothing): TemplateResult | typeof nothing {
    if (!this.store) return fallback();
    const common = { session: this, revision: this.revision, lang: state.lang };
    switch (state.panel) {
      case 'details':
        return state.selection
          ? html`<kg-edit-form .session=${common.session} .revision=${common.revision} .view=${state} .target=${state.selection} lang=${common.lang}></kg-edit-form>`
          : fallback();
      case 'source':
        return html`<kg-edit-evidence .session=${common.session} .revision=${common.revision} .view=${state} lang=${common.lang}></kg-edit-evidence>${fallback()}`;
      case 'problems':
        return html`<kg-edit-problems .session=${common.session} .revision=${common.revision} .view=${state} lang=${common.lang}></kg-edit-problems>`;
      case 'file':
        return html`<kg-edit-file .session=${common.session} .revision=${common.revision} .view=${state} lang=${common.lang}></kg-edit-file>`;
      case 'tours':
        return html`<kg-edit-tours .session=${common.session} .revision=${common.revision} .view=${state} lang=${common.lang}></kg-edit-tours>`;
      default:
        return fallback();
    }
  }

  overlay(): TemplateResult | typeof nothing {
    if (!this.store || (!this.pending && !this.notice && !this.report)) return nothing;
    return html`<kg-edit-dialogs .session=${this} .revision=${this.revision} .view=${this.host.viewState()} lang=${this.lang}></kg-edit-dialogs>`;
  }

  // ── edits ───────────────────────────────────────────────────────────────────────────────

  /** Offers an edit to the host (`kg-edit-request`), applies it, shows it, announces it (`kg-edit`). */
  edit(command: EditCommand, then: { select?: { kind: 'node' | 'edge'; id: string }; placeAt?: Point; focus?: string } = {}): boolean {
    return this.#run({ type: 'edit', command }, command, 'edit', then);
  }

  undo(): boolean {
    const entry = this.store?.state.past.at(-1);
    return entry ? this.#run({ type: 'undo' }, entry.inverse, 'undo') : false;
  }

  redo(): boolean {
    const entry = this.store?.state.future[0];
    return entry ? this.#run({ type: 'redo' }, entry.command, 'redo') : false;
  }

  #run(intent: DocumentIntent, command: EditCommand, cause: EditCause, then: { select?: { kind: 'node' | 'edge'; id: string }; placeAt?: Point; focus?: string } = {}): boolean {
    const store = this.store;
    if (!store) return false;
    const request = new KgEditRequestEvent({ command, cause });
    this.host.element.dispatchEvent(request);
    if (request.defaultPrevented) {
      this.notice = { kind: 'error', text: this.strings.vetoed };
      this.#changed();
      return false;
    }
    const transition = store.dispatch(intent);
    if (transition.error !== undefined) {
      this.notice = { kind: 'error', text: this.strings.refused(transition.error) };
      this.#changed();
      return false;
    }
    if (!transition.change) return false;
    this.notice = undefined;
    this.host.showDocument(drawableDocument(store.doc), then.placeAt);
    this.host.element.dispatchEvent(new KgEditEvent({ command: transition.change.command, cause, ops: transition.change.ops, dirty: store.dirty }));
    this.#scheduleAutosave();
    this.#updateDragRelax();
    if (then.focus) this.focusPointer = then.focus;
    if (then.select) this.host.dispatch({ type: 'select', kind: then.select.kind, id: then.select.id });
    this.#changed();
    return true;
  }

  /** Sets a field of an element (undefined removes it). */
  setField(target: ElementRef, path: readonly (string | number)[], value: unknown): boolean {
    return this.edit({ type: 'set-field', target, path, value });
  }

  addNode(): void {
    const store = this.store;
    if (!store) return;
    const doc = store.doc;
    const languages = this.languages;
    const selected = this.host.viewState()?.selection;
    const selectedNode = selected?.kind === 'node' ? doc.nodes.find((n) => n.id === selected.id) : undefined;
    const type = selectedNode?.type ?? Object.keys(doc.nodeTypes ?? {})[0] ?? 'thing';
    const label = Object.fromEntries((languages.length ? languages : ['en']).map((lang) => [lang, editorStrings(lang).newNodeLabel]));
    const taken = new Set([...doc.nodes.map((n) => n.id), ...doc.edges.map((e) => e.id)]);
    const id = freshId(slugOf(editorStrings('en').newNodeLabel), (candidate) => taken.has(candidate));
    const centre = this.#viewCentre();
    const node: GraphNode = { id, type, label, ...(hasPositions(doc) && centre ? { position: { x: centre.x, y: centre.y } } : {}) };
    const first = languages[0] ?? 'en';
    this.edit({ type: 'add-node', node }, { select: { kind: 'node', id }, ...(centre ? { placeAt: centre } : {}), focus: `/nodes/${doc.nodes.length}/label/${first}` });
  }

  /** Adds an edge between two nodes, declaring its type first when it is new; selects it. */
  connect(source: string, target: string, type: string, newType?: EditCommand): void {
    const doc = this.store?.doc;
    if (!doc) return;
    const taken = new Set([...doc.nodes.map((n) => n.id), ...doc.edges.map((e) => e.id)]);
    const id = freshId(`${source}-${slugOf(type) || 'edge'}-${target}`, (candidate) => taken.has(candidate));
    const add: EditCommand = { type: 'add-edge', edge: { id, type, source, target } };
    this.pending = undefined;
    this.edit(newType ? { type: 'batch', commands: [newType, add] } : add, { select: { kind: 'edge', id } });
  }

  /** Asks before removing (the dialog lists what goes with it). */
  askRemove(target: { kind: 'node' | 'edge'; id: string }): void {
    this.pending = { kind: 'remove', target };
    this.#changed();
  }

  remove(target: { kind: 'node' | 'edge'; id: string }): void {
    this.pending = undefined;
    this.formTarget = undefined;
    this.edit(target.kind === 'node' ? { type: 'remove-node', id: target.id } : { type: 'remove-edge', id: target.id });
  }

  /** Writes every node's current position into the file, in one edit. */
  keepLayout(): void {
    const renderer = this.#renderer;
    const doc = this.store?.doc;
    if (!renderer || !doc) return;
    const positions: Record<string, Point> = {};
    for (const node of doc.nodes) {
      const p = renderer.position(node.id);
      if (p) positions[node.id] = roundPoint(p);
    }
    this.edit({ type: 'keep-layout', positions });
  }

  /** Evidence from the source panel's selection, for the selected node or relation. */
  attachEvidence(sourceId: string, start: number, end: number): void {
    const selection = this.host.viewState()?.selection;
    if (!selection) return;
    const applied = this.edit({ type: 'attach-evidence', target: { kind: selection.kind, id: selection.id }, source: sourceId, start, end });
    // Back to the form, where the new quote shows in its context.
    if (applied) this.host.dispatch({ type: 'close-panel' });
  }

  setConnectMode(on: boolean): void {
    this.connectMode = on;
    this.#gestures?.setConnectMode(on);
    this.#changed();
  }

  /** Goes to what a problem is about: selects it and focuses the field (or opens its panel). */
  goTo(pointer: string): void {
    const doc = this.store?.doc;
    if (!doc) return;
    const target = pointerTarget(doc, pointer);
    this.focusPointer = pointer;
    if (target.kind === 'node' || target.kind === 'edge') {
      if (shownOnCanvas(doc, target.kind, target.index)) {
        this.formTarget = undefined;
        this.host.dispatch({ type: 'select', kind: target.kind, id: target.id });
      } else {
        // Not on the canvas as itself (a relation with a missing end, an id taken earlier in the file): its form opens in the problems panel.
        this.formTarget = { kind: target.kind, index: target.index };
        if (this.host.viewState()?.panel !== 'problems') this.host.dispatch({ type: 'toggle-panel', panel: 'problems' });
      }
    } else {
      this.formTarget = undefined;
      if (this.host.viewState()?.panel !== target.kind) this.host.dispatch({ type: 'toggle-panel', panel: target.kind });
    }
    this.#changed();
  }

  openPanel(panel: 'problems' | 'file' | 'tours'): void {
    this.host.dispatch({ type: 'toggle-panel', panel });
  }

  /** Puts a question to the curator (a dialog). */
  ask(pending: Pending): void {
    this.pending = pending;
    this.#changed();
  }

  /** Carries out what a confirmation dialog asked about. */
  resolve(command: EditCommand): void {
    this.pending = undefined;
    this.edit(command);
    this.#changed();
  }

  dismissNotice(): void {
    this.notice = undefined;
    this.#changed();
  }

  cancelPending(): void {
    this.pending = undefined;
    this.#changed();
  }

  // ── restore, disk changes, save ──────────────────────────────────────────────────────────

  async #offerRestore(store: DocumentStore, doc: GraphDocument): Promise<void> {
    const key = this.#autosaveKey;
    const entry = key ? await readAutosave(key) : undefined;
    if (this.store !== store) return;
    const parsed = entry ? parseJson(entry.text, { maxDepth: DEFAULT_LIMITS.maxDepth }) : undefined;
    const differs = entry && parsed && !parsed.fatal && typeof parsed.value === 'object' && parsed.value !== null && entry.text !== serializeGraph(doc);
    if (differs && entry && parsed) {
      this.pending = { kind: 'restore', savedAt: entry.savedAt, doc: parsed.value as GraphDocument };
    } else {
      this.#autosaveHeld = false;
      if (entry && key) void deleteAutosave(key);
    }
    this.#changed();
  }

  /** Restores the autosaved working copy (unsaved: the file still holds the old text). */
  restore(): void {
    if (this.pending?.kind !== 'restore') return;
    const doc = this.pending.doc;
    this.pending = undefined;
    this.#autosaveHeld = false;
    this.#open(doc, false);
  }

  discardRestore(): void {
    if (this.pending?.kind !== 'restore') return;
    this.pending = undefined;
    this.#autosaveHeld = false;
    if (this.#autosaveKey) void deleteAutosave(this.#autosaveKey);
    if (this.store?.dirty) this.#scheduleAutosave();
    this.#changed();
  }

  /** The file changed on disk while there were unsaved changes: load it, or keep editing. */
  resolveDiskChange(load: boolean): void {
    if (this.pending?.kind !== 'disk-changed') return;
    const doc = this.pending.doc;
    this.pending = undefined;
    if (load) this.#open(doc, true);
    this.#changed();
  }

  #open(doc: GraphDocument, saved: boolean): void {
    const store = this.store;
    if (!store) return;
    store.dispatch({ type: 'open', doc, saved });
    this.host.showDocument(drawableDocument(doc));
    this.#updateDragRelax();
    if (saved) {
      if (this.#autosaveKey) void deleteAutosave(this.#autosaveKey);
    } else this.#scheduleAutosave();
    this.#changed();
  }

  /** Where the file can be saved back under `npm start` (`data/x.json`), if anywhere. */
  get diskPath(): string | undefined {
    return import.meta.env.DEV ? devSavePath(this.host.origin().src, location.href) : undefined;
  }

  get downloadName(): string {
    return downloadName(this.host.origin());
  }

  async saveToDisk(): Promise<boolean> {
    const store = this.store;
    const path = this.diskPath;
    if (!store || !path) return false;
    const doc = store.doc;
    const outcome = await saveToDevServer(path, serializeGraph(doc));
    if (!outcome.ok) {
      const first = outcome.problems?.[0];
      this.notice = { kind: 'error', text: this.strings.saveRefused(first ? `${outcome.error} (${first.pointer}: ${first.message})` : outcome.error) };
      this.#changed();
      return false;
    }
    // Saved what was on screen; edits made meanwhile stay unsaved.
    if (store.doc === doc) {
      store.dispatch({ type: 'mark-saved' });
      if (this.#autosaveKey) void deleteAutosave(this.#autosaveKey);
    }
    this.notice = { kind: 'info', text: this.strings.savedTo(path) };
    this.#changed();
    return true;
  }

  download(): void {
    const store = this.store;
    if (!store) return;
    const name = this.downloadName;
    downloadText(serializeGraph(store.doc), name);
    store.dispatch({ type: 'mark-saved' });
    this.notice = { kind: 'info', text: this.strings.downloaded(name) };
    this.#changed();
  }

  /** Writes the working copy in another format; its report is shown before the download. */
  exportAs(formatId: string): void {
    const format = graphFileFormats().find((f) => f.id === formatId);
    const store = this.store;
    if (!format?.write || !store) return;
    const errors = store.validation.problems.filter((p) => p.severity === 'error').length;
    if (errors > 0) {
      this.notice = { kind: 'error', text: this.strings.exportNeedsValid(errors) };
      this.#changed();
      return;
    }
    const written = format.write(store.doc, this.downloadName.replace(/\.json$/i, ''));
    this.report = { kind: 'export', name: format.label, lines: written.warnings.map(reportLine), files: written.files };
    this.#changed();
  }

  /** Downloads the files of the export report on screen. */
  downloadReported(): void {
    const files = this.report?.files ?? [];
    for (const file of files) downloadText(file.text, file.name, file.type);
    this.report = undefined;
    if (files.length) this.notice = { kind: 'info', text: this.strings.downloaded(files.map((f) => f.name).join(', ')) };
    this.#changed();
  }

  closeReport(): void {
    this.report = undefined;
    this.#changed();
  }

  /**
   * Reads a second file (a graph file or any registered format) to merge into the open one, and
   * asks about its collisions; likely duplicates are flagged in the same dialog.
   */
  async prepareMerge(files: readonly File[]): Promise<void> {
    const store = this.store;
    const first = files[0];
    if (!store || !first) return;
    let incoming: GraphDocument | undefined;
    let lines: ReportLine[] = [];
    const format = await formatForFile(first);
    if (format?.read) {
      const read = await format.read(files);
      lines = (read.problems ?? []).map(reportLine);
      incoming = read.graph as GraphDocument | undefined;
    } else {
      const result = loadGraphBytes(new Uint8Array(await first.arrayBuffer()));
      lines = result.problems.map((p) => ({ severity: p.severity, text: formatProblem(p, first.name) }));
      incoming = result.ok ? result.graph : undefined;
    }
    if (this.store !== store) return;
    if (!incoming) {
      this.report = { kind: 'not-merged', name: first.name, lines };
    } else {
      const current = store.doc;
      this.pending = { kind: 'merge', name: first.name, incoming, collisions: findCollisions(current, incoming), duplicates: likelyDuplicates(current, incoming.nodes), lines };
    }
    this.#changed();
  }

  /** Merges the pending file with the curator's choices, as ONE undoable edit. */
  merge(choices: Readonly<Record<string, CollisionChoice>>): void {
    const pending = this.pending;
    const store = this.store;
    if (pending?.kind !== 'merge' || !store) return;
    this.pending = undefined;
    const result = mergeGraphs(store.doc, pending.incoming, { choices });
    const lines = [...pending.lines, ...result.problems.map((problem) => ({ severity: problem.severity, text: formatInterchangeProblem(problem) }))];
    if (!result.graph) {
      this.report = { kind: 'not-merged', name: pending.name, lines };
      this.#changed();
      return;
    }
    if (this.edit({ type: 'replace-document', doc: result.graph })) {
      this.report = { kind: 'merge', name: pending.name, lines, duplicates: result.duplicates };
    }
    this.#changed();
  }

  // ── internals ───────────────────────────────────────────────────────────────────────────

  #moved(id: string, position: Point): void {
    const doc = this.store?.doc;
    // Without positions in the file a drag only arranges the view; "keep this layout" writes them.
    if (!doc || !hasPositions(doc)) return;
    this.edit({ type: 'set-position', id, position: roundPoint(position) });
  }

  #viewCentre(): Point | undefined {
    const cy = this.#renderer?.cy;
    if (!cy) return undefined;
    const extent = cy.extent();
    return roundPoint({ x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 });
  }

  #updateDragRelax(): void {
    const doc = this.store?.doc;
    if (doc) this.#renderer?.setDragRelax(!hasPositions(doc));
  }

  #scheduleAutosave(): void {
    if (this.#autosaveTimer !== undefined) clearTimeout(this.#autosaveTimer);
    this.#autosaveTimer = setTimeout(() => this.#flushAutosave(), AUTOSAVE_DELAY_MS);
  }

  #flushAutosave(): void {
    if (this.#autosaveTimer === undefined) return;
    clearTimeout(this.#autosaveTimer);
    this.#autosaveTimer = undefined;
    const key = this.#autosaveKey;
    const store = this.store;
    if (!key || !store || this.#autosaveHeld) return;
    if (store.dirty) void writeAutosave({ key, text: serializeGraph(store.doc), savedAt: Date.now() });
    else void deleteAutosave(key);
  }

  #changed(): void {
    this.revision++;
    this.host.element.requestUpdate();
  }

  readonly #onBeforeUnload = (event: BeforeUnloadEvent): void => {
    this.#flushAutosave();
    if (!this.store?.dirty) return;
    event.preventDefault();
    // Older browsers need a return value to ask.
    event.returnValue = '';
  };

  readonly #onKeyDown = (event: KeyboardEvent): void => {
    const target = event.composedPath()[0] as HTMLElement | undefined;
    // Inside a text field the browser's own undo applies to what is being typed.
    if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable)) return;
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) {
      event.preventDefault();
      this.undo();
    } else if ((key === 'z' && event.shiftKey) || key === 'y') {
      event.preventDefault();
      this.redo();
    } else if (key === 's') {
      event.preventDefault();
      if (this.diskPath) void this.saveToDisk();
      else this.download();
    }
  };
}

/** Positions are written with one decimal, like the curated files. */
function roundPoint(p: Point): Point {
  return { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 };
}

/**
 * `<kg-viewer>`, the element: properties, controllers and template. Its public API is documented
 * on the class below and on its properties (custom-elements.json is generated from them). What
 * it shows is derived in `ViewSession` (src/state), drawn by the stage's renderer, and laid out
 * by the functions of kg-viewer.templates.ts; the controllers own loading, theme, URL, keyboard,
 * gestures, tours, handouts and edit mode.
 */
import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type cytoscape from 'cytoscape';
import type { GraphDocument } from '../../format/types';
import type { Limits } from '../../format/limits';
import type { KnowledgeGraph } from '../../model/knowledge-graph';
import type { SearchHit } from '../../model/search';
import { directionOf, uiStrings } from '../../i18n/strings';
import { DEFAULT_FETCH_TIMEOUT_MS } from '../../io/fetch-graph';
import { autoplaySeconds } from '../../view/autoplay';
import type { WheelMode } from '../../view/gestures';
import type { ViewState } from '../../view/view-state';
import { sharedStyles } from '../shared.styles';
import { gestureHintStyles } from './gesture-hint';
import { loadErrorTemplate, stageTemplate, toolbarTemplate } from './kg-viewer.templates';
import { viewerStyles } from './kg-viewer.styles';
import { printStyles } from './print.styles';
import { ViewerControllers } from './viewer-controllers';
import { lazyChildrenPending, lazyChildrenRendered } from '../lazy-elements';

/**
 * `<kg-viewer>`: an interactive knowledge graph from one graph file.
 *
 * @tagname kg-viewer
 *
 * @fires kg-draw - the first frame with the graph has been drawn.
 * @fires kg-ready - the graph is drawn and its first layout has settled.
 * @fires kg-select - the selection changed; detail `{ id, kind }`.
 * @fires kg-error - the graph cannot be shown; detail `{ message, problems, failure? }`.
 * @fires kg-edit-request - (edit mode, cancelable) an edit is about to be applied; detail
 *   `{ command, cause }`; `preventDefault()` vetoes it.
 * @fires kg-edit - (edit mode) an edit was applied; detail `{ command, cause, ops, dirty }`.
 * @fires kg-tour-step - a tour started, moved to another step or ended; detail `{ tour, step, of }`
 *   (steps from 1; `tour` null and zeros when it ended).
 *
 * @csspart toolbar - the bar with the title, search and buttons.
 * @csspart stage - the area that holds the graph canvas.
 * @csspart panel - the side panel (a bottom sheet on narrow screens).
 * @csspart search-input - the search field (inside kg-search).
 * @csspart legend - the legend and filters.
 *
 * @slot toolbar - extra controls at the end of the toolbar (the full page puts "Open a file" there).
 *
 * @cssproperty --kg-background - canvas and panel background.
 * @cssproperty --kg-surface - toolbar and raised surfaces.
 * @cssproperty --kg-border - borders.
 * @cssproperty --kg-text - text and labels.
 * @cssproperty --kg-muted-text - secondary text.
 * @cssproperty --kg-accent - links, pressed buttons, paths.
 * @cssproperty --kg-focus - focus ring and selection.
 * @cssproperty --kg-edge - relation lines.
 * @cssproperty --kg-mark - highlighted quote in the source text.
 * @cssproperty --kg-fade - how much the rest fades behind a selection (0–1).
 * @cssproperty --kg-font-family - font of the interface and labels.
 * @cssproperty --kg-palette-0 - colour 1 of 10 for node types that give none.
 * @cssproperty --kg-palette-1 - colour 2 of 10 for node types that give none.
 * @cssproperty --kg-palette-2 - colour 3 of 10 for node types that give none.
 * @cssproperty --kg-palette-3 - colour 4 of 10 for node types that give none.
 * @cssproperty --kg-palette-4 - colour 5 of 10 for node types that give none.
 * @cssproperty --kg-palette-5 - colour 6 of 10 for node types that give none.
 * @cssproperty --kg-palette-6 - colour 7 of 10 for node types that give none.
 * @cssproperty --kg-palette-7 - colour 8 of 10 for node types that give none.
 * @cssproperty --kg-palette-8 - colour 9 of 10 for node types that give none.
 * @cssproperty --kg-palette-9 - colour 10 of 10 for node types that give none.
 */
export class KgViewer extends LitElement {
  static override styles = [sharedStyles, viewerStyles, gestureHintStyles, printStyles];

  /** Default `script-url` for every viewer (the self-contained bundle sets it to its own URL). */
  static defaultScriptUrl: string | undefined;
  /** Default `embed-url` for every viewer (the self-contained bundle sets it beside itself in the site). */
  static defaultEmbedUrl: string | undefined;

  /** URL of a graph file (JSON, format kg-graph v1). */
  @property({ type: String, reflect: true }) src: string | undefined;
  /** An already-parsed graph object (validated like a file); wins over `src`. */
  @property({ attribute: false }) graph: GraphDocument | undefined;
  /** Language of labels and interface; defaults to the file's first language. */
  @property({ type: String, reflect: true }) override lang!: string;
  /** `light`, `dark`, or absent to follow the reader's system setting. */
  @property({ type: String, reflect: true }) theme: 'light' | 'dark' | undefined;
  /**
   * Overrides of the loader's limits (file size, nodes, edges, text lengths, problems listed;
   * see `Limits` in the format module), for hosts that show larger or want smaller graphs.
   * Read when a load starts.
   */
  @property({ attribute: false }) limits: Partial<Limits> | undefined;
  /** Seconds to wait for the graph file before giving up with a message and a retry button. */
  @property({ type: Number, attribute: 'load-timeout' }) loadTimeout = DEFAULT_FETCH_TIMEOUT_MS / 1000;
  /**
   * Keep selection, language, filters, path and tour in the page's URL hash (one viewer per page
   * should opt in; back and forward then walk through selections).
   */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;
  /** Edit mode: forms, canvas gestures, undo, autosave and save; the editor's code loads only then. */
  @property({ type: Boolean, reflect: true }) editable = false;
  /** Name of the file a `graph` came from: the autosave key and download name in edit mode. */
  @property({ type: String, attribute: 'file-name' }) fileName: string | undefined;
  /** Id of a tour to play when the graph opens (or now); mirrors the tour being played. */
  @property({ type: String, reflect: true }) tour: string | undefined;
  /** The step of `tour` to open at, counted from 1; mirrors the step shown. */
  @property({ type: Number, reflect: true, attribute: 'tour-step' }) tourStep: number | undefined;
  /**
   * Seconds per step: the tour plays by itself (for a kiosk or a projector), looping; any
   * pointer, key or wheel on the element pauses it until the reader resumes. `autoplay` without
   * a number means 10 s.
   */
  @property({ attribute: 'autoplay', converter: { fromAttribute: autoplaySeconds } }) autoplay: number | undefined;
  /**
   * Who the wheel and one finger belong to over the graph: `page` (they scroll the page; zoom
   * with Ctrl/⌘ + wheel, two fingers, the +/− buttons, or click into the graph first) or
   * `zoom`. Unset: `zoom` with `sync-url` (the full page), `page` otherwise (an embed).
   */
  @property({ type: String, reflect: true }) wheel: WheelMode | undefined;
  /** Id of a node selected and framed at start; setting it later selects that node. */
  @property({ type: String, reflect: true }) node: string | undefined;
  /**
   * The rest of a shared view, in the URL-hash syntax without `#` (a selected relation,
   * filters, a path), applied at start, e.g. `hide-nodes=technology&path=iran~india`.
   */
  @property({ type: String, reflect: true }) view: string | undefined;
  /**
   * Which parts show: `all` (default), `none`, or a list of `title search language path text
   * export theme legend zoom share tour`.
   */
  @property({ type: String, reflect: true }) controls: string | undefined;
  /** URL of the script-tag bundle (`kg-viewer.js`) that the share dialog's snippet loads. */
  @property({ type: String, attribute: 'script-url' }) scriptUrl: string | undefined;
  /** URL of the standalone embed page that the share dialog's link and iframe point at. */
  @property({ type: String, attribute: 'embed-url' }) embedUrl: string | undefined;

  /** Loading, theme, URL, keyboard, gestures, stage, tours, handouts, edit mode: viewer-controllers.ts. */
  readonly #viewer = new ViewerControllers(this);

  /**
   * The Cytoscape instance, once the graph is drawn (for advanced use and tests). Above 300 nodes
   * it holds only the nodes: the edges are drawn apart, under it.
   */
  get cy(): cytoscape.Core | undefined {
    return this.#viewer.stage.renderer?.cy;
  }

  /** The loaded graph model, once loaded. */
  get knowledgeGraph(): KnowledgeGraph | undefined {
    return this.#viewer.session?.kg;
  }

  /** The current view state (language, selection, filters, path, open panel, tour, read-along). */
  get viewState(): ViewState | undefined {
    return this.#viewer.session?.state;
  }

  /** Id of the node or edge under the pointer, and of the keyboard-focused node. */
  get pointerState(): { hovered: string | null; focused: string | null } {
    const r = this.#viewer.stage.renderer;
    return { hovered: r?.hovered ?? null, focused: r?.focused ?? null };
  }

  /** Ids currently drawn in the spotlight (the lit neighbourhood or path). */
  get highlighted(): ReadonlySet<string> {
    const h = this.#viewer.highlight();
    return new Set(h ? [...h.elements.nodes, ...h.elements.edges] : []);
  }

  /** Selects a node or edge by id (and centres on it); null clears the selection. */
  select(id: string | null): void {
    this.#viewer.select(id);
  }

  /** Searches labels and aliases as the search box does (hidden nodes left out). */
  search(query: string): SearchHit[] {
    return this.#viewer.session?.search(query) ?? [];
  }

  /** Fits the whole visible graph in view. */
  fit(): void {
    this.#viewer.stage.renderer?.fit();
  }

  /** Plays a tour from `step` (counted from 1; default 1) and moves keyboard focus to its card. */
  startTour(id: string, step?: number): void {
    this.#viewer.dispatch({ type: 'start-tour', tour: id, ...(step !== undefined ? { step } : {}), focus: true });
  }

  /** Ends the tour being played. */
  stopTour(): void {
    this.#viewer.dispatch({ type: 'stop-tour' });
  }

  /**
   * The view as a handout image: what the reader sees (spotlight included) with the title, a
   * legend of the types and statuses in it, and the numbered quotes and sources behind its
   * elements. `scale`: PNG pixels per CSS pixel (default 2). Rejects before the graph is drawn.
   */
  exportImage(options: { format: 'png' | 'svg'; scale?: number }): Promise<Blob> {
    return this.#viewer.handout.exportImage(options);
  }

  /**
   * Shows a graph from file text that has no URL, e.g. a file the reader opened or dropped:
   * validated like a fetched file, so problems are listed with their line and column; `name`
   * (the file name) stands for the URL in messages. A later change of `src` or `graph` loads that instead.
   */
  loadText(text: string, name: string): void {
    this.#viewer.load.loadText(text, name);
  }

  /** Opens the share dialog for the current view. */
  share(): Promise<void> {
    return this.#viewer.share({ scriptUrl: this.scriptUrl ?? KgViewer.defaultScriptUrl, embedUrl: this.embedUrl ?? KgViewer.defaultEmbedUrl });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#viewer.propertiesChanged(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('theme')) this.#viewer.themeChanged();
  }

  /** `updateComplete` includes a panel opened for the first time: its code loads on demand (lazy-elements.ts). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    const panel = this.renderRoot?.querySelector('.panel');
    if (panel && lazyChildrenPending(panel)) await lazyChildrenRendered(panel);
    return result;
  }

  override render(): TemplateResult {
    const viewer = this.#viewer;
    const status = viewer.load.status;
    const lang = viewer.session?.state.lang ?? (this.lang || 'en');
    const dir = directionOf(lang);
    if (status.kind === 'error') {
      return html`<div class="root" dir=${dir} lang=${lang}>${loadErrorTemplate(status, lang, () => viewer.load.retry())}</div>`;
    }
    const inputs = viewer.inputs();
    if (!inputs) {
      return html`<div class="root" dir=${dir} lang=${lang}>
        <div class="message" role="status">${status.kind === 'loading' ? uiStrings(lang).loading : ''}</div>
      </div>`;
    }
    return html`<div class="root" dir=${dir} lang=${lang} @keydown=${viewer.onKeyDown} @kg-intent=${viewer.onIntent}>
      ${toolbarTemplate(inputs, viewer.actions)}
      ${stageTemplate(inputs, viewer.actions)}
      <div class="sr-only" role="status" aria-live="polite">${viewer.announcement}</div>
      ${viewer.edit.overlay()}
      <div class="print-handout"></div>
      <kg-share-dialog lang=${lang}></kg-share-dialog>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-viewer': KgViewer;
  }
}

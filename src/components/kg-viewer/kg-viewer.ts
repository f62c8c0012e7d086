/**
 * `<kg-viewer>`, the element: properties, controllers and template. Its public API is documented
 * on the class below and on its properties (custom-elements.json is generated from them). What
 * it shows is derived in `ViewSession` (src/state), drawn by the stage's renderer, and laid out
 * by the functions of kg-viewer.templates.ts; the controllers own loading, theme, URL, keyboard,
 * gestures, tours, handouts and edit mode.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type cytoscape from 'cytoscape';
import type { GraphDocument } from '../../format/types';
import type { Limits } from '../../format/limits';
import type { LoadResult } from '../../format/load';
import type { Problem } from '../../format/problem';
import type { KnowledgeGraph } from '../../model/knowledge-graph';
import type { SearchHit } from '../../model/search';
import { resolveText } from '../../model/localize';
import { directionOf, uiStrings } from '../../i18n/strings';
import { drawFailureMessage, loadFailureMessage } from '../../i18n/load-messages';
import { DEFAULT_FETCH_TIMEOUT_MS } from '../../io/fetch-graph';
import type { Intent } from '../../state/intents';
import { focusAnnouncement } from '../../view/announce';
import { nodeColorScale } from '../../view/encodings';
import { autoplaySeconds } from '../../view/autoplay';
import { detailFor } from '../../view/view-model';
import { NARROW_MAX_WIDTH_PX } from '../../view/thresholds';
import type { ViewState } from '../../view/view-state';
import type { Highlight } from '../../view/highlight';
import type { ViewSession } from '../../state/view-session';
import { parseControls } from '../../view/controls';
import { wheelMode, type WheelMode } from '../../view/gestures';
import { KgDrawEvent, KgErrorEvent, KgReadyEvent } from '../events';
import { sharedStyles } from '../shared.styles';
import { EditModeController } from './edit-mode-controller';
import { GestureController } from './gesture-controller';
import { gestureHintStyles, gestureHintTemplate } from './gesture-hint';
import { HandoutController, handoutFileName } from './handout-controller';
import { HashSyncController } from './hash-sync-controller';
import { KeyboardNavController } from './keyboard-nav-controller';
import { LiveFileController, liveProblemsTemplate } from './live-file-controller';
import { LoadController, type LoadStatus } from './load-controller';
import { SessionController } from './session-controller';
import { StageController, type StageLayers } from './stage-controller';
import { ThemeController } from './theme-controller';
import { TourController } from './tour-controller';
import { showShareDialog } from './share';
import { loadErrorTemplate, panelTemplate, stageTemplate, toolbarTemplate, type ViewerActions, type ViewerInputs } from './kg-viewer.templates';
import { viewerStyles } from './kg-viewer.styles';
import { printStyles } from './print.styles';
import { lazyChildrenPending, lazyChildrenRendered } from '../lazy-elements';
import type { KgSearch } from '../kg-search/kg-search';
import type { KgShareDialog } from '../kg-share/kg-share-dialog';

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

  @state() private _state: ViewState | undefined;
  @state() private _legendOpen = true;
  @state() private _announcement = '';
  /** The file on disk was saved with errors (dev server): shown over the last good graph. */
  @state() private _liveProblems: { problems: readonly Problem[]; total: number } | undefined;

  /** Node type → colour for the panels; rebuilt only with the graph or the theme. */
  #colors: ((type: string) => string) | undefined;
  #readyAt = 0;

  readonly #load = new LoadController(this, { timeoutMs: () => this.loadTimeout * 1000, limits: () => this.limits, keepInvalid: () => this.editable });
  readonly #theme = new ThemeController(this);
  readonly #hashSync = new HashSyncController(this, {
    enabled: () => this.syncUrl,
    defaultLanguage: () => this.#session?.kg.languages[0],
    dispatch: (intent) => this.#dispatch(intent),
  });
  readonly #gestures = new GestureController(this, {
    mode: () => wheelMode(this.wheel, this.syncUrl),
    graph: () => this.renderRoot?.querySelector<HTMLElement>('.graph') ?? null,
  });
  readonly #stage = new StageController(this, {
    layers: () => this.#layers(),
    graph: () => this.#session?.kg,
    lang: () => this.#session?.state.lang,
    visible: () => this.#session?.visible,
    highlight: () => this.#highlight(),
    tokens: () => this.#theme.tokens(),
    // Taps; the one that ends a one-finger page scroll is not the reader's (see GestureController).
    dispatch: (intent) => {
      if (!this.#gestures.swallowsTap()) this.#dispatch(intent);
    },
    drawn: () => this.#session && this.dispatchEvent(new KgDrawEvent(this.#counts())),
    settled: () => this.#settled(),
    failed: (error) => {
      const status = this.#load.drawFailed(error, this.src ?? 'graph');
      this.dispatchEvent(new KgErrorEvent({ message: `${status.origin}: ${drawFailureMessage(status.drawFailure, 'en')}`, problems: [] }));
    },
  });
  readonly #tour = new TourController(this, {
    graph: () => this.#session?.kg,
    state: () => this.#session?.state,
    visible: () => this.#session?.visible,
    dispatch: (intent) => this.#dispatch(intent),
    frame: (ids) => void this.#stage.frame(ids),
    autoplaySeconds: () => this.autoplay,
    preferredTour: () => this.tour,
    focusCard: () => void this.#afterRender('kg-tour-card', (card) => card.focus()),
    focusControl: () => void this.#afterRender('kg-tour-menu', (menu) => menu.focus()),
    focusInCard: () => (this.renderRoot as ShadowRoot).activeElement?.localName === 'kg-tour-card',
    mirror: (position) => {
      if (this.tour !== position?.id) this.tour = position?.id;
      if (this.tourStep !== position?.step) this.tourStep = position?.step;
    },
  });
  readonly #handout = new HandoutController(this, {
    inputs: () => {
      const renderer = this.#stage.renderer;
      const session = this.#session;
      if (!renderer || !session) return undefined;
      const tokens = this.#theme.tokens();
      const colors = nodeColorScale(session.kg.document.nodeTypes, tokens.palette, tokens.background);
      return { renderer, kg: session.kg, state: session.state, tokens, colors, covered: this.#stage.panelInsets() };
    },
    printContainer: () => this.renderRoot.querySelector<HTMLElement>('.print-handout'),
    fileName: () => handoutFileName(this.src),
  });
  readonly #keyboard = new KeyboardNavController(this, {
    graph: () => this.#session?.kg,
    visible: () => this.#session?.visible,
    selectedNode: () => (this.#session?.state.selection?.kind === 'node' ? this.#session.state.selection.id : null),
    position: (id) => this.#stage.renderer?.position(id),
    showFocus: (id) => this.#stage.renderer?.setFocused(id),
    focused: (id) => {
      void this.#stage.frame([id]);
      if (this.#session) this._announcement = focusAnnouncement(this.#session.kg, id, this.#session.state.lang);
    },
    dispatch: (intent) => this.#dispatch(intent),
  });
  // Edit mode: the editor's code loads on demand (edit-mode-controller.ts).
  readonly #edit = new EditModeController(this, () => this.editable, {
    element: this,
    document: () => this.#session?.kg.document,
    origin: () => ({
      ...(this.src && this.graph === undefined ? { src: new URL(this.src, document.baseURI).href } : {}),
      ...(this.fileName ? { fileName: this.fileName } : {}),
    }),
    showDocument: (doc, placeAt) => this.#replaceDocument(doc, placeAt),
    renderer: () => this.#stage.renderer,
    stage: () => this.renderRoot.querySelector<HTMLElement>('.stage'),
    viewState: () => this.#session?.state,
    dispatch: (intent) => this.#dispatch(intent),
    spotlight: () => {
      const h = this.#highlight();
      return { nodes: h ? [...h.elements.nodes] : [], edges: h ? [...h.elements.edges] : [] };
    },
  });

  // Last: it carries state changes out through the controllers above.
  readonly #sessions = new SessionController(this, {
    stage: this.#stage,
    tour: this.#tour,
    keyboard: this.#keyboard,
    hashSync: this.#hashSync,
    opening: () => ({ lang: this.lang, node: this.node, view: this.view, tour: this.tour, tourStep: this.tourStep }),
    languageChanged: (lang) => {
      if (this.lang !== lang) this.lang = lang;
    },
    stateChanged: (state) => (this._state = state),
    announce: (text) => (this._announcement = text),
  });

  constructor() {
    super();
    // Live files exist only under `npm start`; a build leaves this (and its code) out.
    if (import.meta.hot) new LiveFileController(this, {
      src: () => (this.graph === undefined ? this.src : undefined),
      limits: () => this.limits,
      changed: (result) => this.#fileChanged(result),
    });
  }

  /** The Cytoscape instance, once the graph is drawn (for advanced use and tests). */
  get cy(): cytoscape.Core | undefined {
    return this.#stage.renderer?.cy;
  }

  /** The loaded graph model, once loaded. */
  get knowledgeGraph(): KnowledgeGraph | undefined {
    return this.#session?.kg;
  }

  /** The current view state (language, selection, filters, path, open panel, tour, read-along). */
  get viewState(): ViewState | undefined {
    return this.#session?.state;
  }

  /** Id of the node or edge under the pointer, and of the keyboard-focused node. */
  get pointerState(): { hovered: string | null; focused: string | null } {
    const r = this.#stage.renderer;
    return { hovered: r?.hovered ?? null, focused: r?.focused ?? null };
  }

  /** Ids currently drawn in the spotlight (the lit neighbourhood or path). */
  get highlighted(): ReadonlySet<string> {
    const h = this.#highlight();
    return new Set(h ? [...h.elements.nodes, ...h.elements.edges] : []);
  }

  /** Selects a node or edge by id (and centres on it); null clears the selection. */
  select(id: string | null): void {
    const intent = id === null ? ({ type: 'clear-selection' } as const) : this.#session?.selectIntent(id);
    if (intent) this.#dispatch(intent);
  }

  /** Searches labels and aliases as the search box does (hidden nodes left out). */
  search(query: string): SearchHit[] {
    return this.#session?.search(query) ?? [];
  }

  /** Fits the whole visible graph in view. */
  fit(): void {
    this.#stage.renderer?.fit();
  }

  /** Plays a tour from `step` (counted from 1; default 1) and moves keyboard focus to its card. */
  startTour(id: string, step?: number): void {
    this.#dispatch({ type: 'start-tour', tour: id, ...(step !== undefined ? { step } : {}), focus: true });
  }

  /** Ends the tour being played. */
  stopTour(): void {
    this.#dispatch({ type: 'stop-tour' });
  }

  /**
   * The view as a handout image: what the reader sees (spotlight included) with the title, a
   * legend of the types and statuses in it, and the numbered quotes and sources behind its
   * elements. `scale`: PNG pixels per CSS pixel (default 2). Rejects before the graph is drawn.
   */
  exportImage(options: { format: 'png' | 'svg'; scale?: number }): Promise<Blob> {
    return this.#handout.exportImage(options);
  }

  /**
   * Shows a graph from file text that has no URL, e.g. a file the reader opened or dropped:
   * validated like a fetched file, so problems are listed with their line and column; `name`
   * (the file name) stands for the URL in messages. A later change of `src` or `graph` loads that instead.
   */
  loadText(text: string, name: string): void {
    this.#load.loadText(text, name);
  }

  /** Opens the share dialog for the current view. */
  async share(): Promise<void> {
    const dialog = this.renderRoot.querySelector<KgShareDialog>('kg-share-dialog');
    const session = this.#session;
    if (!dialog || !session) return;
    await showShareDialog(dialog, {
      kg: session.kg,
      state: session.state,
      src: this.#load.source === 'src' && this.src ? new URL(this.src, document.baseURI).href : undefined,
      theme: this.theme,
      controls: this.controls,
      syncUrl: this.syncUrl,
      scriptUrl: this.scriptUrl ?? KgViewer.defaultScriptUrl,
      embedUrl: this.embedUrl ?? KgViewer.defaultEmbedUrl,
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('graph') || (changed.has('src') && this.graph === undefined)) this.#load.load(this.src, this.graph);
    if (changed.has('lang') && this.lang && changed.get('lang') !== undefined) this.#dispatch({ type: 'set-language', lang: this.lang });
    if (changed.has('syncUrl')) this.#hashSync.refresh();
    if (changed.has('tour') || changed.has('tourStep')) this.#tour.attributesChanged(this.tour, this.tourStep, changed.has('tour'));
    if (changed.has('autoplay')) this.#tour.autoplayChanged();
    // A `node` set after the graph loaded selects it (at load it is part of the initial view).
    if (changed.has('node') && this.#session) this.select(this.node ?? null);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('theme')) this.systemThemeChanged();
  }

  /** `updateComplete` includes a panel opened for the first time: its code loads on demand (lazy-elements.ts). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    const panel = this.renderRoot?.querySelector('.panel');
    if (panel && lazyChildrenPending(panel)) await lazyChildrenRendered(panel);
    return result;
  }

  /** @internal ThemeController: the reader's system theme changed (or the attribute did). */
  systemThemeChanged(): void {
    this.#colors = undefined;
    this.#stage.restyle();
    this.requestUpdate();
  }

  /** @internal LoadController: a load finished and is still the current one. */
  loadFinished(status: Extract<LoadStatus, { kind: 'ready' | 'error' }>, startedAt: number): void {
    this.#stage.unmount();
    this.#readyAt = startedAt;
    this.#colors = undefined;
    this.#sessions.close();
    if (status.kind === 'error') {
      this.#hashSync.refresh();
      const message = status.failure
        ? `${status.origin}: ${loadFailureMessage(status.failure, 'en').summary}`
        : `${status.origin}: ${status.total} ${status.total === 1 ? 'problem' : 'problems'}`;
      this.dispatchEvent(new KgErrorEvent({ message, problems: status.problems, ...(status.failure ? { failure: status.failure.kind } : {}) }));
      return;
    }
    performance.mark('kg:model-start');
    this._legendOpen = this.clientWidth === 0 || this.clientWidth > NARROW_MAX_WIDTH_PX;
    this.#sessions.open(status.graph);
    performance.measure('kg:model', 'kg:model-start');
    this._liveProblems = undefined;
    this.#edit.loaded(status.graph);
  }

  /** The session of the graph shown (SessionController). */
  get #session(): ViewSession | undefined {
    return this.#sessions.session;
  }

  #replaceDocument(doc: GraphDocument, placeAt?: { x: number; y: number }): void {
    this.#colors = undefined;
    this.#sessions.replaceDocument(doc, placeAt);
  }

  #fileChanged(result: LoadResult): void {
    if (this.#edit.fileChanged(result)) return;
    this._liveProblems = result.ok ? undefined : { problems: result.problems, total: result.totalProblems };
    if (!result.ok) return;
    if (this.#session) this.#replaceDocument(result.graph);
    else this.#load.retry();
  }

  #counts(): { nodes: number; edges: number } {
    const kg = this.#session?.kg;
    return { nodes: kg?.nodes.length ?? 0, edges: kg?.edges.length ?? 0 };
  }

  #settled(): void {
    const sel = this.#session?.state.selection;
    if (sel) void this.#stage.revealLit([sel.id], { animate: false });
    this.#tour.settled();
    this.#handout.prefetch();
    this.dispatchEvent(new KgReadyEvent({ ...this.#counts(), elapsed: performance.now() - this.#readyAt }));
  }

  #layers(): StageLayers | undefined {
    const root = this.renderRoot;
    const [stage, graph, veil, spotlight] = ['.stage', '.graph', '.veil', '.spotlight'].map((q) => root.querySelector<HTMLElement>(q));
    // What is framed (a selection's neighbourhood, a tour's step) is kept clear of the tour's
    // card and of the open legend.
    const card = root.querySelector<HTMLElement>('kg-tour-card');
    const legend = root.querySelector<HTMLElement>('.legend-box');
    const following = card !== null || !!this.#session?.state.readAlong || this._legendOpen;
    const cards = [card, following ? legend : null].filter((e): e is HTMLElement => e !== null);
    return stage && graph && veil && spotlight ? { stage, graph, veil, spotlight, panel: root.querySelector<HTMLElement>('.panel'), cards } : undefined;
  }

  #highlight(): Highlight | null {
    return this.#sessions.highlight();
  }

  /** Runs `then` on a child of the shadow root once it and the element have rendered. */
  async #afterRender<K extends 'kg-tour-card' | 'kg-tour-menu'>(tag: K, then: (element: HTMLElementTagNameMap[K]) => void): Promise<void> {
    await this.updateComplete;
    const element = this.renderRoot.querySelector(tag);
    if (!element) return;
    await element.updateComplete;
    then(element);
  }

  #dispatch(intent: Intent): void {
    this.#sessions.dispatch(intent);
  }

  #onKeyDown = (ev: KeyboardEvent): void => {
    const target = ev.composedPath()[0] as HTMLElement | undefined;
    const typing = target && (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA');
    const search = this.renderRoot.querySelector<KgSearch>('kg-search');
    if (ev.key === '/' && !typing && search) {
      ev.preventDefault();
      search.focus();
    } else if (ev.key === 'Escape') {
      const before = this.#session?.state;
      this.#dispatch({ type: 'back' });
      if (before && this.#session?.state === before) this.#keyboard.clear();
    }
  };

  readonly #actions: ViewerActions = {
    dispatch: (intent) => this.#dispatch(intent),
    toggleLegend: () => {
      this._legendOpen = !this._legendOpen;
      void this.updateComplete.then(() => this.#stage.renderer?.overlaysChanged());
    },
    toggleTheme: () => (this.theme = this.#theme.dark ? 'light' : 'dark'),
    zoom: (factor) => this.#stage.renderer?.zoomBy(factor),
    fit: () => this.fit(),
    relayout: () => this.#stage.relayout(!this.#stage.renderer?.allPinned),
    share: () => void this.share(),
    exportChoice: (choice) => this.#handout.choose(choice, this.#session?.state.lang ?? this.lang ?? 'en'),
    autoplay: (action) => (action === 'resume' ? this.#tour.resume() : this.#tour.pause()),
    graphKeydown: (ev) => this.#keyboard.onKeyDown(ev),
    graphBlur: () => this.#keyboard.clear(),
  };

  override render(): TemplateResult {
    const status = this.#load.status;
    const session = this.#session;
    const state = this._state;
    const lang = state?.lang ?? (this.lang || 'en');
    const dir = directionOf(lang);
    if (status.kind === 'error') {
      return html`<div class="root" dir=${dir} lang=${lang}>${loadErrorTemplate(status, lang, () => this.#load.retry())}</div>`;
    }
    if (status.kind !== 'ready' || !session || !state) {
      return html`<div class="root" dir=${dir} lang=${lang}>
        <div class="message" role="status">${status.kind === 'loading' ? uiStrings(lang).loading : ''}</div>
      </div>`;
    }
    const { kg, context, visible, paths } = session;
    const tokens = this.#theme.tokens();
    const colors = (this.#colors ??= nodeColorScale(kg.document.nodeTypes, tokens.palette, tokens.background));
    const shown = parseControls(this.controls);
    const inputs: ViewerInputs = {
      context, state, lang, colors, visible, paths,
      title: resolveText(kg.document.meta.title, lang, kg.languages),
      searchIndex: () => session.searchIndex(),
      show: (part) => shown.has(part),
      tours: this.#tour.tours(),
      playing: this.#tour.current(),
      autoplay: this.#tour.autoplayStatus,
      dark: this.#theme.dark,
      legendOpen: this._legendOpen,
      exportStatus: this.#handout.status,
      degraded: detailFor(kg.nodes.length, kg.edges.length) === 'large',
      layoutRunning: this.#stage.layoutRunning,
      gestureHint: gestureHintTemplate(wheelMode(this.wheel, this.syncUrl), this.#gestures.hint, lang),
      liveProblems: import.meta.hot && this._liveProblems ? liveProblemsTemplate(this._liveProblems, lang) : nothing,
      editToolbar: this.#edit.toolbar(),
      panel: state.panel ? this.#edit.panel(state, () => panelTemplate({ kg, state, lang, visible, colors, paths })) : nothing,
    };
    return html`<div class="root" dir=${dir} lang=${lang} @keydown=${this.#onKeyDown}
        @kg-intent=${(ev: CustomEvent<Intent>) => {
          ev.stopPropagation();
          this.#dispatch(ev.detail);
        }}>
      ${toolbarTemplate(inputs, this.#actions)}
      ${stageTemplate(inputs, this.#actions)}
      <div class="sr-only" role="status" aria-live="polite">${this._announcement}</div>
      ${this.#edit.overlay()}
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

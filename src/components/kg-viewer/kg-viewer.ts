/**
 * `<kg-viewer>`, the element: properties, controllers and template. Its public API is documented
 * on the class below (custom-elements.json is generated from it).
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type cytoscape from 'cytoscape';
import type { GraphDocument } from '../../format/types';
import type { Limits } from '../../format/limits';
import type { LoadResult } from '../../format/load';
import type { Problem } from '../../format/problem';
import type { KnowledgeGraph } from '../../model/knowledge-graph';
import { visibility, type Visibility } from '../../model/filters';
import { shortestPaths, type GraphPath } from '../../model/path';
import { SearchIndex, type SearchHit } from '../../model/search';
import { resolveText } from '../../model/localize';
import { directionOf, uiStrings } from '../../i18n/strings';
import { tourStrings } from '../../i18n/tour-strings';
import { drawFailureMessage, loadFailureMessage } from '../../i18n/load-messages';
import { DEFAULT_FETCH_TIMEOUT_MS } from '../../io/fetch-graph';
import { ViewStore } from '../../state/store';
import type { Intent } from '../../state/intents';
import { focusAnnouncement, selectionAnnouncement } from '../../view/announce';
import { nodeColorScale } from '../../view/encodings';
import { buildGraphContext, openingLanguage, type GraphContext } from '../../view/graph-context';
import { highlightFor, withLit, type Highlight } from '../../view/highlight';
import { autoplaySeconds } from '../../view/autoplay';
import { factsIn, readAlongElements } from '../../view/read-along';
import { litAnnouncement } from '../../view/fact-words';
import type { ElementSet } from '../../model/neighbourhood';
import { detailFor } from '../../view/view-model';
import { NARROW_MAX_WIDTH_PX, SMALL_GRAPH_MAX_NODES } from '../../view/thresholds';
import { depthOf, initialViewState, sanitizeViewState, type ViewState } from '../../view/view-state';
import { TOOLBAR_PARTS, parseControls, type ControlPart } from '../../view/controls';
import { wheelMode, type WheelMode } from '../../view/gestures';
import { initialViewFromAttributes } from '../../view/initial-view';
import { shareContent } from '../../view/share';
import { embedStrings } from '../../i18n/embed-strings';
import { KgDrawEvent, KgErrorEvent, KgReadyEvent, KgSelectEvent } from '../events';
import { sharedStyles } from '../shared.styles';
import { EditModeController } from './edit-mode-controller';
import { HashSyncController } from './hash-sync-controller';
import { KeyboardNavController } from './keyboard-nav-controller';
import { LiveFileController, liveProblemsTemplate } from './live-file-controller';
import { LoadController, type LoadStatus } from './load-controller';
import { StageController, type StageLayers } from './stage-controller';
import { ThemeController } from './theme-controller';
import { TourController } from './tour-controller';
import { HandoutController } from './handout-controller';
import type { ExportChoice } from '../kg-handout/kg-export-menu';

import { GestureController } from './gesture-controller';
import { gestureHintStyles, gestureHintTemplate } from './gesture-hint';
import { languageSwitchTemplate, loadErrorTemplate, panelTemplate } from './kg-viewer.templates';
import { viewerStyles } from './kg-viewer.styles';
import { printStyles } from './print.styles';
import type { KgSearch } from '../kg-search/kg-search';
import type { KgShareDialog } from '../kg-share/kg-share-dialog';


/**
 * `<kg-viewer>`: an interactive knowledge graph from one graph file.
 *
 * @tagname kg-viewer
 * @attr src - URL of a graph file (JSON, format kg-graph v1).
 * @attr lang - language of labels and interface; defaults to the file's first language.
 * @attr theme - `light`, `dark`, or absent to follow the reader's system setting.
 * @attr load-timeout - seconds to wait for the graph file before showing a message and a retry
 *   button (default 30).
 * @attr sync-url - keep selection, language, filters and path in the page's URL hash (one
 *   viewer per page should opt in; back and forward then walk through selections).
 * @attr wheel - `page` (the wheel and one finger scroll the page; Ctrl/⌘ + wheel, two fingers,
 *   the +/− buttons or a click into the graph zoom) or `zoom` (the wheel zooms); default `zoom`
 *   with `sync-url`, `page` otherwise.
 * @attr node - id of a node selected and framed at start.
 * @attr view - the rest of a shared view in the URL-hash syntax without `#` (a selected
 *   relation, filters, a path), e.g. `hide-nodes=technology&path=iran~india`.
 * @attr controls - which parts show: `all` (default), `none`, or any of `title search language
 *   path text export theme legend zoom share tour`.
 * @attr script-url - URL of the script-tag bundle, for the share dialog's `<script>` snippet.
 * @attr embed-url - URL of the standalone embed page, for the share dialog's link and `<iframe>`.
 * @attr editable - edit mode: forms, canvas gestures, undo, autosave and save. The editor's code
 *   loads only then (a separate chunk); without it the viewer reads exactly as before.
 * @attr file-name - name of the file a `graph` came from (edit mode: the autosave key and the
 *   name a download gets).
 * @attr tour - id of a tour to play when the graph opens; mirrors the tour being played.
 * @attr tour-step - the step of `tour` to open at, counted from 1; mirrors the step shown.
 * @attr autoplay - seconds per step: the tour plays by itself (a kiosk, a projector), the first
 *   one unless `tour` names another; any pointer, key or wheel pauses it until resumed.
 * @prop graph - an already-parsed graph object (validated like a file).
 * @prop limits - overrides of the loader's limits (`Limits`), read when a load starts.
 * @prop cy - (read-only) the Cytoscape instance once drawn.
 * @prop viewState - (read-only) language, selection, filters and path.
 * @prop knowledgeGraph - (read-only) the loaded graph model.
 * @prop highlighted - (read-only) ids lit in the spotlight (neighbourhood, path).
 * @prop pointerState - (read-only) ids under the pointer and of the keyboard-focused node.
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
  /** Keep the view in the page's URL hash (one viewer per page should opt in). */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;
  /** Edit mode (the editor's code loads only then). */
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
   * theme legend zoom share tour`.
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
  /** What the handout control says while a handout is made or after it failed. */
  @state() private _exportStatus = '';

  #context: GraphContext | undefined;
  #search: SearchIndex | undefined;
  #store: ViewStore | undefined;
  /** Node type → colour for the panels; rebuilt only with the graph or the theme. */
  #colors: ((type: string) => string) | undefined;
  #visible: Visibility | undefined;
  #paths: GraphPath[] = [];
  #readyAt = 0;

  readonly #load = new LoadController(this, { timeoutMs: () => this.loadTimeout * 1000, limits: () => this.limits });
  readonly #theme = new ThemeController(this);
  readonly #hashSync = new HashSyncController(this, {
    enabled: () => this.syncUrl,
    defaultLanguage: () => this.#context?.kg.languages[0],
    dispatch: (intent) => this.#dispatch(intent),
  });
  readonly #gestures = new GestureController(this, {
    mode: () => wheelMode(this.wheel, this.syncUrl),
    graph: () => this.renderRoot?.querySelector<HTMLElement>('.graph') ?? null,
  });
  readonly #stage = new StageController(this, {
    layers: () => this.#layers(),
    graph: () => this.#context?.kg,
    lang: () => this.#store?.state.lang,
    visible: () => this.#visible,
    highlight: () => this.#highlight(),
    tokens: () => this.#theme.tokens(),
    // Taps; the one that ends a one-finger page scroll is not the reader's (see GestureController).
    dispatch: (intent) => {
      if (!this.#gestures.swallowsTap()) this.#dispatch(intent);
    },
    drawn: () => this.#context && this.dispatchEvent(new KgDrawEvent(this.#counts())),
    settled: () => this.#settled(),
    failed: (error) => {
      const status = this.#load.drawFailed(error, this.src ?? 'graph');
      this.dispatchEvent(new KgErrorEvent({ message: `${status.origin}: ${drawFailureMessage(status.drawFailure, 'en')}`, problems: [] }));
    },
  });
  readonly #tour = new TourController(this, {
    graph: () => this.#context?.kg,
    state: () => this.#store?.state,
    visible: () => this.#visible,
    dispatch: (intent) => this.#dispatch(intent),
    frame: (ids) => void this.#stage.frame(ids),
    autoplaySeconds: () => this.autoplay,
    preferredTour: () => this.tour,
    focusCard: () => void this.#afterRender('kg-tour-card', (card) => card.focus()),
    focusControl: () => void this.#afterRender('kg-tour-menu', (menu) => menu.focus()),
    focusInCard: () => (this.renderRoot as ShadowRoot).activeElement?.localName === 'kg-tour-card',
  });
  readonly #handout = new HandoutController(this, {
    inputs: () => {
      const renderer = this.#stage.renderer;
      const context = this.#context;
      const state = this.#store?.state;
      if (!renderer || !context || !state) return undefined;
      const tokens = this.#theme.tokens();
      const colors = nodeColorScale(context.kg.document.nodeTypes, tokens.palette, tokens.background);
      return { renderer, kg: context.kg, state, tokens, colors, covered: this.#stage.panelInsets() };
    },
    printContainer: () => this.renderRoot.querySelector<HTMLElement>('.print-handout'),
    fileName: () => handoutFileName(this.src),
  });
  readonly #keyboard = new KeyboardNavController(this, {
    graph: () => this.#context?.kg,
    visible: () => this.#visible,
    selectedNode: () => (this.#store?.state.selection?.kind === 'node' ? this.#store.state.selection.id : null),
    position: (id) => this.#stage.renderer?.position(id),
    showFocus: (id) => this.#stage.renderer?.setFocused(id),
    focused: (id) => {
      void this.#stage.frame([id]);
      const kg = this.#context?.kg;
      if (kg) this._announcement = focusAnnouncement(kg, id, this.#store?.state.lang ?? 'en');
    },
    dispatch: (intent) => this.#dispatch(intent),
  });

  // ── edit mode and live files: the editor loads on demand (edit-mode-controller.ts) ──────────
  readonly #edit = new EditModeController(this, () => this.editable, {
    element: this,
    document: () => this.#context?.kg.document,
    origin: () => ({
      ...(this.src && this.graph === undefined ? { src: new URL(this.src, document.baseURI).href } : {}),
      ...(this.fileName ? { fileName: this.fileName } : {}),
    }),
    showDocument: (doc, placeAt) => this.#replaceDocument(doc, placeAt),
    renderer: () => this.#stage.renderer,
    stage: () => this.renderRoot.querySelector<HTMLElement>('.stage'),
    viewState: () => this.#store?.state,
    dispatch: (intent) => this.#dispatch(intent),
    spotlight: () => {
      const h = this.#highlight();
      return { nodes: h ? [...h.elements.nodes] : [], edges: h ? [...h.elements.edges] : [] };
    },
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

  /**
   * A changed document on screen without a new load (an edit, the file saved on disk): the
   * camera, the selection while it exists, the language and the filters stay.
   */
  #replaceDocument(doc: GraphDocument, placeAt?: { x: number; y: number }): void {
    const store = this.#store;
    if (!store) return;
    const context = buildGraphContext(doc);
    this.#context = context;
    this.#search = undefined;
    this.#colors = undefined;
    store.setContext(context);
    this.#visible = visibility(context.kg, store.state.filters);
    const { selection, path, lang } = store.state;
    if (selection && !(selection.kind === 'node' ? context.kg.node(selection.id) : context.kg.edge(selection.id))) this.#dispatch({ type: 'clear-selection' });
    if (path && !(context.kg.node(path.from) && context.kg.node(path.to))) this.#dispatch({ type: 'clear-path' });
    if (!context.kg.languages.includes(lang) && context.kg.languages[0]) this.#dispatch({ type: 'set-language', lang: context.kg.languages[0] });
    this.#updatePaths(store.state);
    void this.#stage.resync(placeAt);
    this.requestUpdate();
  }

  #fileChanged(result: LoadResult): void {
    if (this.#edit.fileChanged(result)) return;
    if (!result.ok) {
      this._liveProblems = { problems: result.problems, total: result.totalProblems };
      return;
    }
    this._liveProblems = undefined;
    if (this.#store) this.#replaceDocument(result.graph);
    else this.#load.retry();
  }
  // ── end of edit mode and live files ─────────────────────────────────────────────────────

  /** The Cytoscape instance, once the graph is drawn (for advanced use and tests). */
  get cy(): cytoscape.Core | undefined {
    return this.#stage.renderer?.cy;
  }

  /** The loaded graph model, once loaded. */
  get knowledgeGraph(): KnowledgeGraph | undefined {
    return this.#context?.kg;
  }

  /** The current view state (language, selection, filters, path, open panel). */
  get viewState(): ViewState | undefined {
    return this.#store?.state;
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
    const kg = this.#context?.kg;
    if (!kg) return;
    if (id === null) this.#dispatch({ type: 'clear-selection' });
    else if (kg.node(id)) this.#dispatch({ type: 'select', kind: 'node', id });
    else if (kg.edge(id)) this.#dispatch({ type: 'select', kind: 'edge', id });
  }

  /** Searches labels and aliases as the search box does (hidden nodes left out). */
  search(query: string): SearchHit[] {
    const visible = this.#visible;
    return (
      this.#searchIndex()?.search(query, {
        lang: this.#store?.state.lang ?? this.lang,
        ...(visible ? { include: (id: string) => visible.node(id) } : {}),
      }) ?? []
    );
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

  #onExport = (ev: CustomEvent<ExportChoice>): void => {
    const choice = ev.detail;
    if (choice === 'print') {
      void this.#handout.print();
      return;
    }
    const s = tourStrings(this.#store?.state.lang ?? this.lang ?? 'en');
    this._exportStatus = s.saving;
    this.#handout.download(choice).then(
      () => (this._exportStatus = ''),
      () => (this._exportStatus = s.saveFailed),
    );
  };

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
    const kg = this.#context?.kg;
    const state = this.#store?.state;
    if (!dialog || !kg || !state) return;
    const tourStep = Number(this.getAttribute('tour-step'));
    const controls = this.controls?.trim() ? this.controls.trim() : undefined;
    dialog.content = shareContent({
      state,
      defaultLang: kg.languages[0] ?? state.lang,
      source: {
        ...(this.#load.source === 'src' && this.src ? { src: new URL(this.src, document.baseURI).href } : {}),
        ...(this.theme ? { theme: this.theme } : {}),
        ...(controls ? { controls } : {}),
        // The tour player (issue 9) keeps `tour` and `tour-step` on the element while a tour plays.
        ...(this.getAttribute('tour') ? { tour: this.getAttribute('tour') as string } : {}),
        ...(Number.isInteger(tourStep) && tourStep > 0 ? { tourStep } : {}),
      },
      pageUrl: location.href,
      syncUrl: this.syncUrl,
      scriptUrl: this.scriptUrl ?? KgViewer.defaultScriptUrl,
      embedUrl: this.embedUrl ?? KgViewer.defaultEmbedUrl,
      title: resolveText(kg.document.meta.title, state.lang, kg.languages)?.text ?? uiStrings(state.lang).graphLabel,
    });
    await dialog.show();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('graph') || (changed.has('src') && this.graph === undefined)) this.#load.load(this.src, this.graph);
    if (changed.has('lang') && this.lang && changed.get('lang') !== undefined) this.#dispatch({ type: 'set-language', lang: this.lang });
    if (changed.has('syncUrl')) this.#hashSync.refresh();
    // The page set tour or tour-step (the element's own mirroring dispatches the same step: no change).
    if ((changed.has('tour') || changed.has('tourStep')) && this.#store) {
      if (this.tour) this.#dispatch({ type: 'start-tour', tour: this.tour, ...(this.tourStep ? { step: this.tourStep } : {}) });
      else if (changed.has('tour')) this.#dispatch({ type: 'stop-tour' });
    }
    if (changed.has('autoplay')) this.#tour.autoplayChanged();
    // A `node` set after the graph loaded selects it (at load it is part of the initial view).
    if (changed.has('node') && this.#store) this.select(this.node ?? null);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('theme')) this.systemThemeChanged();
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
    if (status.kind === 'error') {
      this.#context = undefined;
      this.#store = undefined;
      this._state = undefined;
      this.#hashSync.refresh();
      const message = status.failure
        ? `${status.origin}: ${loadFailureMessage(status.failure, 'en').summary}`
        : `${status.origin}: ${status.total} ${status.total === 1 ? 'problem' : 'problems'}`;
      this.dispatchEvent(new KgErrorEvent({ message, problems: status.problems, ...(status.failure ? { failure: status.failure.kind } : {}) }));
      return;
    }
    performance.mark('kg:model-start');
    const context = buildGraphContext(status.graph);
    this.#context = context;
    this.#search = undefined;
    this.#colors = undefined;
    const lang = openingLanguage(context.kg, this.lang);
    const base = initialViewFromAttributes(sanitizeViewState(initialViewState(lang), context.universe), { node: this.node, view: this.view }, context.universe);
    const fromUrl = this.#hashSync.read(base, context.universe);
    // A tour in the URL wins over the element's tour attributes (a link is more particular).
    const first = fromUrl.tour || !this.tour ? fromUrl : { ...fromUrl, tour: { id: this.tour, step: this.tourStep ?? 1 } };
    const state = sanitizeViewState({ ...first, panel: first.selection ? 'details' : first.path ? 'path' : null }, context.universe);
    this.#tour.reset();
    this.#store = new ViewStore(state, context);
    this.#store.subscribe((next, previous, intent) => this.#onState(next, previous, intent));
    this._state = state;
    this._legendOpen = this.clientWidth === 0 || this.clientWidth > NARROW_MAX_WIDTH_PX;
    this.#visible = visibility(context.kg, state.filters);
    this.#updatePaths(state);
    if (this.lang !== state.lang) this.lang = state.lang;
    // A tour attribute naming no tour of this file is left as the page wrote it.
    if (state.tour) this.#mirrorTour(state);
    performance.measure('kg:model', 'kg:model-start');
    this.#hashSync.refresh();
    this._liveProblems = undefined;
    this.#edit.loaded(status.graph);
  }

  #counts(): { nodes: number; edges: number } {
    const kg = this.#context?.kg;
    return { nodes: kg?.nodes.length ?? 0, edges: kg?.edges.length ?? 0 };
  }

  #settled(): void {
    const sel = this.#store?.state.selection;
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
    const following = card !== null || !!this.#store?.state.readAlong || this._legendOpen;
    const cards = [card, following ? legend : null].filter((e): e is HTMLElement => e !== null);
    return stage && graph && veil && spotlight ? { stage, graph, veil, spotlight, panel: root.querySelector<HTMLElement>('.panel'), cards } : undefined;
  }

  #highlight(): Highlight | null {
    const context = this.#context;
    const state = this.#store?.state;
    if (!context || !state) return null;
    const reading = this.#readAlongLit(state);
    // Reading along, the paragraph's facts are what is lit: the selection's neighbourhood would blur them.
    const selection = reading.nodes.size > 0 ? null : state.selection;
    return withLit(highlightFor(context.kg, selection, this.#paths, this.#visible, depthOf(state)), this.#tour.lit(), reading);
  }

  /** The facts of the paragraph read along, while the source panel shows it. */
  #readAlongLit(state: ViewState): ElementSet {
    const kg = this.#context?.kg;
    const paragraph = state.readAlong?.paragraph;
    if (!kg || !paragraph || state.panel !== 'source' || !state.sourceView) return { nodes: new Set(), edges: new Set() };
    return readAlongElements(kg, state.sourceView.sourceId, paragraph, this.#visible);
  }

  /** Keeps the tour attributes saying which tour and step are shown (the share dialog reads them). */
  #mirrorTour(state: ViewState): void {
    if (!state.tour) {
      if (this.tour !== undefined) this.tour = undefined;
      if (this.tourStep !== undefined) this.tourStep = undefined;
      return;
    }
    if (this.tour !== state.tour.id) this.tour = state.tour.id;
    if (this.tourStep !== state.tour.step) this.tourStep = state.tour.step;
  }

  /** Runs `then` on a child of the shadow root once it and the element have rendered. */
  async #afterRender<K extends 'kg-tour-card' | 'kg-tour-menu'>(tag: K, then: (element: HTMLElementTagNameMap[K]) => void): Promise<void> {
    await this.updateComplete;
    const element = this.renderRoot.querySelector(tag);
    if (!element) return;
    await element.updateComplete;
    then(element);
  }

  #updatePaths(state: ViewState): void {
    const kg = this.#context?.kg;
    this.#paths = kg && state.path ? shortestPaths(kg, state.path.from, state.path.to, { maxPaths: 5, ...(this.#visible ? { visible: this.#visible } : {}) }) : [];
  }

  #dispatch(intent: Intent): void {
    this.#store?.dispatch(intent);
    // Camera moves belong to the intent, not to the state: a URL change does not pan.
    if (intent.type === 'select' && this.#store?.state.selection?.id === intent.id) {
      void this.#stage.revealLit([intent.id]);
      // Arrow keys continue from here; the ring itself is drawn only for keyboard focus.
      if (intent.kind === 'node') this.#keyboard.follow(intent.id);
    }
    if (intent.type === 'set-depth') void this.#stage.revealLit([]);
    if (intent.type === 'back' && this.#store && !this.#store.state.selection && !this.#store.state.panel) this.#keyboard.clear();
  }

  #onState(next: ViewState, previous: ViewState, intent: Intent): void {
    const context = this.#context;
    if (!context) return;
    this._state = next;
    if (next.lang !== previous.lang) {
      if (this.lang !== next.lang) this.lang = next.lang;
      this.#stage.restyle();
    }
    if (next.filters !== previous.filters) {
      this.#visible = visibility(context.kg, next.filters);
      this.#stage.afterVisibilityChange(this.#visible, context.kg.nodes.length, SMALL_GRAPH_MAX_NODES);
    }
    if (next.path !== previous.path || next.filters !== previous.filters) {
      this.#updatePaths(next);
      if (next.path && this.#paths.length && intent.type !== 'toggle-filter') void this.#stage.frame(this.#paths.flatMap((p) => p.nodes));
    }
    if (
      next.selection !== previous.selection ||
      next.depth !== previous.depth ||
      next.path !== previous.path ||
      next.filters !== previous.filters ||
      next.lang !== previous.lang ||
      next.tour !== previous.tour ||
      next.readAlong !== previous.readAlong ||
      next.panel !== previous.panel ||
      next.sourceView !== previous.sourceView
    ) {
      this.#stage.renderer?.setHighlight(this.#highlight());
    }
    if (next.tour !== previous.tour) this.#mirrorTour(next);
    this.#tour.stateChanged(next, previous, intent);
    const paragraph = next.readAlong?.paragraph;
    if (paragraph && paragraph !== previous.readAlong?.paragraph && next.sourceView) {
      const lit = this.#readAlongLit(next);
      if (lit.nodes.size) void this.#stage.frame([...lit.nodes, ...lit.edges]);
      this._announcement = litAnnouncement(context.kg, factsIn(context.kg, next.sourceView.sourceId, paragraph, this.#visible), next.lang);
    }
    if (next.selection !== previous.selection) {
      const sel = next.selection;
      this._announcement = selectionAnnouncement(context.kg, sel, next.lang);
      this.dispatchEvent(new KgSelectEvent({ id: sel?.id ?? null, kind: sel?.kind ?? null }));
    }
    this.#hashSync.write(next, previous);
  }

  #onKeyDown = (ev: KeyboardEvent): void => {
    const target = ev.composedPath()[0] as HTMLElement | undefined;
    const typing = target && (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA');
    const search = this.renderRoot.querySelector<KgSearch>('kg-search');
    if (ev.key === '/' && !typing && search) {
      ev.preventDefault();
      search.focus();
    } else if (ev.key === 'Escape') {
      const before = this.#store?.state;
      this.#dispatch({ type: 'back' });
      if (before && this.#store?.state === before) this.#keyboard.clear();
    }
  };

  #searchIndex(): SearchIndex | undefined {
    const kg = this.#context?.kg;
    if (!kg) return undefined;
    this.#search ??= SearchIndex.build(kg);
    return this.#search;
  }

  override render(): TemplateResult {
    const status = this.#load.status;
    const lang = this._state?.lang ?? (this.lang || 'en');
    const s = uiStrings(lang);
    const dir = directionOf(lang);
    const context = this.#context;
    const state = this._state;
    if (status.kind === 'error') {
      return html`<div class="root" dir=${dir} lang=${lang}>${loadErrorTemplate(status, lang, () => this.#load.retry())}</div>`;
    }
    if (status.kind !== 'ready' || !context || !state) {
      return html`<div class="root" dir=${dir} lang=${lang}>
        <div class="message" role="status">${status.kind === 'loading' ? s.loading : ''}</div>
      </div>`;
    }
    const kg = context.kg;
    const title = resolveText(kg.document.meta.title, lang, kg.languages);
    const tokens = this.#theme.tokens();
    this.#colors ??= nodeColorScale(kg.document.nodeTypes, tokens.palette, tokens.background);
    const colors = this.#colors;
    const degraded = detailFor(kg.nodes.length, kg.edges.length) === 'large';
    const dark = this.#theme.dark;
    const toggle = (panel: 'path' | 'text') => this.#dispatch({ type: 'toggle-panel', panel });
    const zoom = (factor: number) => this.#stage.renderer?.zoomBy(factor);
    const tours = this.#tour.tours();
    const playing = this.#tour.current();
    // The `controls` attribute: which parts of the chrome show.
    const shown = parseControls(this.controls);
    const show = (part: ControlPart): boolean => shown.has(part);
    const share = embedStrings(lang).share;
    return html`<div class="root" dir=${dir} lang=${lang} @keydown=${this.#onKeyDown}
        @kg-intent=${(ev: CustomEvent<Intent>) => {
          ev.stopPropagation();
          this.#dispatch(ev.detail);
        }}>
      ${TOOLBAR_PARTS.some(show)
        ? html`<div class="toolbar" part="toolbar">
        ${show('title') ? html`<h1 class="title"><bdi lang=${title?.lang ?? ''}>${title?.text ?? ''}</bdi></h1>` : nothing}
        ${show('search') ? html`<kg-search .kg=${kg} .index=${this.#searchIndex()} .visible=${this.#visible} lang=${lang}></kg-search>` : nothing}
        <div class="tools" role="toolbar" aria-label=${s.controls}>
          ${show('language') ? languageSwitchTemplate(kg.languages, lang, (l) => this.#dispatch({ type: 'set-language', lang: l })) : nothing}
          ${show('tour') && tours.length ? html`<kg-tour-menu .kg=${kg} .tours=${tours} .active=${state.tour?.id ?? null} lang=${lang}></kg-tour-menu>` : nothing}
          ${show('path') ? html`<button aria-label=${s.pathFinder} title=${s.pathFinder} aria-pressed=${state.panel === 'path' ? 'true' : 'false'}
            @click=${() => toggle('path')}><span aria-hidden="true">⇄</span><span class="label">${s.pathFinder}</span></button>` : nothing}
          ${show('text') ? html`<button aria-label=${s.textView} title=${s.textView} aria-pressed=${state.panel === 'text' ? 'true' : 'false'}
            @click=${() => toggle('text')}><span aria-hidden="true">☰</span><span class="label">${s.textView}</span></button>` : nothing}
          ${show('export') ? html`<kg-export-menu lang=${lang} status=${this._exportStatus} @kg-export=${this.#onExport}></kg-export-menu>` : nothing}
          ${show('theme') ? html`<button aria-label=${s.themeDark} title=${s.themeDark} aria-pressed=${dark ? 'true' : 'false'}
            @click=${() => (this.theme = dark ? 'light' : 'dark')}><span aria-hidden="true">◐</span></button>` : nothing}
          ${show('share') ? html`<button class="share" aria-label=${share} title=${share} aria-haspopup="dialog"
            @click=${() => void this.share()}><span aria-hidden="true">↗</span><span class="label">${share}</span></button>` : nothing}
          <slot name="toolbar"></slot>
        </div>
      </div>`
        : nothing}
      ${this.#edit.toolbar()}
      <div class="body">
        <div class="stage ${playing ? 'touring' : ''}" part="stage">
          <div class="graph" tabindex="0" role="application" aria-roledescription=${s.graphLabel}
            aria-label=${`${title?.text ?? s.graphLabel}. ${s.graphDescription(kg.nodes.length, kg.edges.length)}`}
            @keydown=${this.#keyboard.onKeyDown} @blur=${() => this.#keyboard.clear()}></div>
          <div class="veil" aria-hidden="true"></div>
          <div class="spotlight" aria-hidden="true"></div>
          ${show('zoom') ? html`<div class="zoom" role="group" aria-label=${s.controls}>
            <button title=${s.zoomIn} aria-label=${s.zoomIn} @click=${() => zoom(1.3)}>+</button>
            <button title=${s.zoomOut} aria-label=${s.zoomOut} @click=${() => zoom(1 / 1.3)}>−</button>
            <button title=${s.fit} aria-label=${s.fit} @click=${() => this.fit()}>⤢</button>
            <button title=${s.relayout} aria-label=${s.relayout} @click=${() => this.#stage.relayout(!this.#stage.renderer?.allPinned)}>↻</button>
          </div>` : nothing}
          ${show('legend') ? html`<div class="legend-box">
            <button aria-expanded=${this._legendOpen ? 'true' : 'false'} @click=${() => (this._legendOpen = !this._legendOpen)}>${s.legend}</button>
            ${this._legendOpen
              ? html`<kg-legend .kg=${kg} lang=${lang} .filters=${state.filters} .counts=${context.counts} .colors=${colors}></kg-legend>`
              : nothing}
          </div>` : nothing}
          ${gestureHintTemplate(wheelMode(this.wheel, this.syncUrl), this.#gestures.hint, lang)}
          ${playing
            ? html`<kg-tour-card class="tour-card ${state.panel ? 'beside-panel' : ''}" .kg=${kg} .tour=${playing.tour} .step=${playing.position.step}
                lang=${lang} .autoplay=${this.#tour.autoplayStatus}
                @kg-autoplay=${(ev: CustomEvent<'pause' | 'resume'>) => (ev.detail === 'resume' ? this.#tour.resume() : this.#tour.pause())}></kg-tour-card>`
            : nothing}
          ${degraded ? html`<div class="note" role="note">${s.degradedLarge}</div>` : nothing}
          ${this.#stage.layoutRunning && !degraded ? html`<div class="note" role="status">${s.layoutRunning}</div>` : nothing}
          ${import.meta.hot && this._liveProblems ? liveProblemsTemplate(this._liveProblems, lang) : nothing}
        </div>
        ${state.panel
          ? html`<aside class="panel" part="panel" aria-label=${s.details}>${this.#edit.panel(state, () =>
              panelTemplate({ kg, state, lang, visible: this.#visible, colors, paths: this.#paths }),
            )}</aside>`
          : nothing}
      </div>
      <div class="sr-only" role="status" aria-live="polite">${this._announcement}</div>
      ${this.#edit.overlay()}
      <div class="print-handout"></div>
      <kg-share-dialog lang=${lang}></kg-share-dialog>
    </div>`;
  }
}

/** A download's name from the graph file's: `story.json` → `story-handout`. */
function handoutFileName(src: string | undefined): string {
  const file = (src ?? '').split(/[?#]/)[0]?.split('/').pop() ?? '';
  const stem = file.replace(/\.[^.]*$/, '').replace(/[^\p{L}\p{N}._-]+/gu, '-').slice(0, 80);
  return `${stem || 'graph'}-handout`;
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-viewer': KgViewer;
  }
}

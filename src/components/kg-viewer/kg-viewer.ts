/**
 * `<kg-viewer>`, the element: properties, controllers and template. Its public API is documented
 * on the class below (custom-elements.json is generated from it).
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type cytoscape from 'cytoscape';
import type { GraphDocument } from '../../format/types';
import type { Limits } from '../../format/limits';
import type { KnowledgeGraph } from '../../model/knowledge-graph';
import { visibility, type Visibility } from '../../model/filters';
import { shortestPaths, type GraphPath } from '../../model/path';
import { SearchIndex, type SearchHit } from '../../model/search';
import { resolveText } from '../../model/localize';
import { directionOf, uiStrings } from '../../i18n/strings';
import { loadFailureMessage } from '../../i18n/load-messages';
import { DEFAULT_FETCH_TIMEOUT_MS } from '../../io/fetch-graph';
import { ViewStore } from '../../state/store';
import type { Intent } from '../../state/intents';
import { focusAnnouncement, selectionAnnouncement } from '../../view/announce';
import { nodeColorScale } from '../../view/encodings';
import { buildGraphContext, openingLanguage, type GraphContext } from '../../view/graph-context';
import { highlightFor, type Highlight } from '../../view/highlight';
import { detailFor } from '../../view/view-model';
import { initialViewState, sanitizeViewState, type ViewState } from '../../view/view-state';
import { TOOLBAR_PARTS, parseControls, type ControlPart } from '../../view/controls';
import { wheelMode, type WheelMode } from '../../view/gestures';
import { initialViewFromAttributes } from '../../view/initial-view';
import { shareContent } from '../../view/share';
import { embedStrings } from '../../i18n/embed-strings';
import { KgDrawEvent, KgErrorEvent, KgReadyEvent, KgSelectEvent } from '../events';
import { sharedStyles } from '../shared.styles';
import { HashSyncController } from './hash-sync-controller';
import { KeyboardNavController } from './keyboard-nav-controller';
import { LoadController, type LoadStatus } from './load-controller';
import { StageController, type StageLayers } from './stage-controller';
import { ThemeController } from './theme-controller';
import { GestureController } from './gesture-controller';
import { gestureHintStyles, gestureHintTemplate } from './gesture-hint';
import { languageSwitchTemplate, loadErrorTemplate, panelTemplate } from './kg-viewer.templates';
import { viewerStyles } from './kg-viewer.styles';
import type { KgSearch } from '../kg-search/kg-search';
import type { KgShareDialog } from '../kg-share/kg-share-dialog';

/** Graphs up to this many nodes re-settle their layout when filters hide part of them. */
const RELAYOUT_ON_FILTER_MAX_NODES = 300;
/** Below this width the legend starts folded and the panel is a bottom sheet. */
const NARROW_WIDTH = 700;

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
 *   path text theme legend zoom share tour`.
 * @attr script-url - URL of the script-tag bundle, for the share dialog's `<script>` snippet.
 * @attr embed-url - URL of the standalone embed page, for the share dialog's link and `<iframe>`.
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
  static override styles = [sharedStyles, viewerStyles, gestureHintStyles];

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
    const first = this.#hashSync.read(base, context.universe);
    const state = sanitizeViewState({ ...first, panel: first.selection ? 'details' : first.path ? 'path' : null }, context.universe);
    this.#store = new ViewStore(state, context);
    this.#store.subscribe((next, previous, intent) => this.#onState(next, previous, intent));
    this._state = state;
    this._legendOpen = this.clientWidth === 0 || this.clientWidth > NARROW_WIDTH;
    this.#visible = visibility(context.kg, state.filters);
    this.#updatePaths(state);
    if (this.lang !== state.lang) this.lang = state.lang;
    performance.measure('kg:model', 'kg:model-start');
    this.#hashSync.refresh();
  }

  #counts(): { nodes: number; edges: number } {
    const kg = this.#context?.kg;
    return { nodes: kg?.nodes.length ?? 0, edges: kg?.edges.length ?? 0 };
  }

  #settled(): void {
    const sel = this.#store?.state.selection;
    if (sel) void this.#stage.frame([sel.id], { animate: false });
    this.dispatchEvent(new KgReadyEvent({ ...this.#counts(), elapsed: performance.now() - this.#readyAt }));
  }

  #layers(): StageLayers | undefined {
    const root = this.renderRoot;
    const [stage, graph, veil, spotlight] = ['.stage', '.graph', '.veil', '.spotlight'].map((q) => root.querySelector<HTMLElement>(q));
    return stage && graph && veil && spotlight ? { stage, graph, veil, spotlight, panel: root.querySelector<HTMLElement>('.panel') } : undefined;
  }

  #highlight(): Highlight | null {
    const context = this.#context;
    const state = this.#store?.state;
    return context && state ? highlightFor(context.kg, state.selection, this.#paths, this.#visible) : null;
  }

  #updatePaths(state: ViewState): void {
    const kg = this.#context?.kg;
    this.#paths = kg && state.path ? shortestPaths(kg, state.path.from, state.path.to, { maxPaths: 5, ...(this.#visible ? { visible: this.#visible } : {}) }) : [];
  }

  #dispatch(intent: Intent): void {
    this.#store?.dispatch(intent);
    // Camera moves belong to the intent, not to the state: a URL change does not pan.
    if (intent.type === 'select' && this.#store?.state.selection?.id === intent.id) {
      void this.#stage.frame([intent.id], { onlyIfHidden: intent.reveal === 'if-hidden' });
      // Arrow keys continue from here; the ring itself is drawn only for keyboard focus.
      if (intent.kind === 'node') this.#keyboard.follow(intent.id);
    }
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
      this.#stage.afterVisibilityChange(this.#visible, context.kg.nodes.length, RELAYOUT_ON_FILTER_MAX_NODES);
    }
    if (next.path !== previous.path || next.filters !== previous.filters) {
      this.#updatePaths(next);
      if (next.path && this.#paths.length && intent.type !== 'toggle-filter') void this.#stage.frame(this.#paths.flatMap((p) => p.nodes));
    }
    if (next.selection !== previous.selection || next.path !== previous.path || next.filters !== previous.filters || next.lang !== previous.lang) {
      this.#stage.renderer?.setHighlight(this.#highlight());
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
          ${show('path') ? html`<button aria-label=${s.pathFinder} title=${s.pathFinder} aria-pressed=${state.panel === 'path' ? 'true' : 'false'}
            @click=${() => toggle('path')}><span aria-hidden="true">⇄</span><span class="label">${s.pathFinder}</span></button>` : nothing}
          ${show('text') ? html`<button aria-label=${s.textView} title=${s.textView} aria-pressed=${state.panel === 'text' ? 'true' : 'false'}
            @click=${() => toggle('text')}><span aria-hidden="true">☰</span><span class="label">${s.textView}</span></button>` : nothing}
          ${show('theme') ? html`<button aria-label=${s.themeDark} title=${s.themeDark} aria-pressed=${dark ? 'true' : 'false'}
            @click=${() => (this.theme = dark ? 'light' : 'dark')}><span aria-hidden="true">◐</span></button>` : nothing}
          ${show('share') ? html`<button class="share" aria-label=${share} title=${share} aria-haspopup="dialog"
            @click=${() => void this.share()}><span aria-hidden="true">⤴</span><span class="label">${share}</span></button>` : nothing}
          <slot name="toolbar"></slot>
        </div>
      </div>`
        : nothing}
      <div class="body">
        <div class="stage" part="stage">
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
          ${degraded ? html`<div class="note" role="note">${s.degradedLarge}</div>` : nothing}
          ${this.#stage.layoutRunning && !degraded ? html`<div class="note" role="status">${s.layoutRunning}</div>` : nothing}
        </div>
        ${state.panel
          ? html`<aside class="panel" part="panel" aria-label=${s.details}>${panelTemplate({ kg, state, lang, visible: this.#visible, colors, paths: this.#paths })}</aside>`
          : nothing}
      </div>
      <div class="sr-only" role="status" aria-live="polite">${this._announcement}</div>
      <kg-share-dialog lang=${lang}></kg-share-dialog>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-viewer': KgViewer;
  }
}

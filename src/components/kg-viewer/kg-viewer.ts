/**
 * `<kg-viewer>`: an interactive knowledge graph from one graph file.
 *
 * @attr src - URL of a graph file (JSON, format kg-graph v1).
 * @attr lang - language of labels and interface; defaults to the file's first language.
 * @attr theme - `light`, `dark`, or absent to follow the reader's system setting.
 * @attr sync-url - keep selection, language, filters and path in the page's URL hash (one
 *   viewer per page should opt in; back and forward then walk through selections).
 * @prop graph - an already-parsed graph object (validated like a file).
 * @prop cy - (read-only) the Cytoscape instance once drawn.
 * @prop viewState - (read-only) language, selection, filters and path.
 * @prop knowledgeGraph - (read-only) the loaded graph model.
 * @prop highlighted - (read-only) ids lit in the spotlight (neighbourhood, path).
 * @prop pointerState - (read-only) ids under the pointer and of the keyboard-focused node.
 *
 * @fires kg-draw - the first frame with the graph has been drawn.
 * @fires kg-ready - the graph is drawn and its first layout has settled.
 * @fires kg-select - the selection changed; detail `{ id, kind }`.
 * @fires kg-error - the graph cannot be shown; detail `{ message, problems }`.
 *
 * @csspart toolbar - the bar with the title, search and buttons.
 * @csspart stage - the area that holds the graph canvas.
 * @csspart panel - the side panel (a bottom sheet on narrow screens).
 * @csspart search-input - the search field (inside kg-search).
 * @csspart legend - the legend and filters.
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
 * @cssproperty --kg-palette-0 - …`--kg-palette-9`: colours of node types that give none.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type cytoscape from 'cytoscape';
import { loadGraphBytes, validateGraph, type LoadResult } from '../../format';
import type { Problem } from '../../format/problem';
import type { GraphDocument } from '../../format/types';
import { KnowledgeGraph } from '../../model/knowledge-graph';
import { typeCounts, visibility, type Visibility } from '../../model/filters';
import { shortestPaths, type GraphPath } from '../../model/path';
import { SearchIndex, type SearchHit } from '../../model/search';
import { resolveText } from '../../model/localize';
import { directionOf, uiStrings } from '../../i18n/strings';
import { createRenderer, type GraphRenderer, type Insets } from '../../render/renderer';
import { highlightFor, type Highlight } from '../../view/highlight';
import { nodeColorScale } from '../../view/encodings';
import { arrowDirection, neighbourInDirection } from '../../view/keyboard-nav';
import { THEMES, resolveTokens, type ThemeTokens } from '../../view/theme';
import { buildGraphView, detailFor, nodeText } from '../../view/view-model';
import { NARROW_MAX_WIDTH_PX, SMALL_GRAPH_MAX_NODES } from '../../view/thresholds';
import { nodeTypeLabel, relationSentence } from '../../view/describe';
import {
  initialViewState,
  sanitizeViewState,
  withFilterToggled,
  withLanguage,
  withPath,
  withSelection,
  withSourceView,
  type Selection,
  type StateUniverse,
  type ViewState,
} from '../../view/view-state';
import { ViewStore } from '../../state/store';
import type { Intent } from '../../state/intents';
import { KgDrawEvent, KgErrorEvent, KgReadyEvent, KgSelectEvent } from '../events';
import { HashSync } from './hash-sync';
import { sharedStyles } from '../shared.styles';
import { viewerStyles } from './kg-viewer.styles';
import type { KgSearch } from '../kg-search/kg-search';

type Panel = 'details' | 'source' | 'path' | 'text' | null;

type LoadStatus =
  | { readonly kind: 'empty' }
  | { readonly kind: 'loading' }
  | {
      readonly kind: 'error';
      /** The URL, or "graph" for the property. */
      readonly origin: string;
      /** Why it could not be read (network, HTTP status), when it was not a validation failure. */
      readonly reason?: string;
      readonly problems: readonly Problem[];
      readonly total: number;
    }
  | { readonly kind: 'ready' };

/** What one loaded graph gives the viewer; rebuilt only when the document changes. */
interface LoadedGraph {
  readonly kg: KnowledgeGraph;
  readonly counts: ReturnType<typeof typeCounts>;
  readonly universe: StateUniverse;
  search?: SearchIndex;
}

export class KgViewer extends LitElement {
  static override styles = [sharedStyles, viewerStyles];
  static override properties = {
    src: { type: String, reflect: true },
    graph: { attribute: false },
    lang: { type: String, reflect: true },
    theme: { type: String, reflect: true },
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    _status: { state: true },
    _state: { state: true },
    _panel: { state: true },
    _legendOpen: { state: true },
    _announcement: { state: true },
    _layoutRunning: { state: true },
  };

  declare src: string | undefined;
  declare graph: GraphDocument | undefined;
  declare lang: string;
  declare theme: 'light' | 'dark' | undefined;
  declare syncUrl: boolean;
  declare _status: LoadStatus;
  declare _state: ViewState | undefined;
  declare _panel: Panel;
  declare _legendOpen: boolean;
  declare _announcement: string;
  declare _layoutRunning: boolean;

  #loaded: LoadedGraph | undefined;
  #store: ViewStore | undefined;
  #renderer: GraphRenderer | undefined;
  #tokens: ThemeTokens = THEMES.light;
  /** Node type → colour for the panels; rebuilt only with the graph or the theme. */
  #colors: ((type: string) => string) | undefined;
  #visible: Visibility | undefined;
  #paths: GraphPath[] = [];
  #focusedNode: string | null = null;
  #resizeObserver: ResizeObserver | undefined;
  #laidOut = false;
  #loadStarted = 0;
  #loadToken = 0;
  #readyFired = false;
  /** Resolves once the renderer has drawn its first frame. */
  #drawn: Promise<void> = Promise.resolve();
  #themeQuery: MediaQueryList | undefined;
  readonly #hashSync = new HashSync(this);

  constructor() {
    super();
    this.syncUrl = false;
    this._status = { kind: 'empty' };
    this._panel = null;
    this._legendOpen = true;
    this._announcement = '';
    this._layoutRunning = false;
  }

  /** The Cytoscape instance, once the graph is drawn (for advanced use and tests). */
  get cy(): cytoscape.Core | undefined {
    return this.#renderer?.cy;
  }

  /** The loaded graph model, once loaded. */
  get knowledgeGraph(): KnowledgeGraph | undefined {
    return this.#loaded?.kg;
  }

  /** The current view state (language, selection, filters, path). */
  get viewState(): ViewState | undefined {
    return this.#store?.state;
  }

  /** Id of the node or edge under the pointer, and of the keyboard-focused node. */
  get pointerState(): { hovered: string | null; focused: string | null } {
    return { hovered: this.#renderer?.hovered ?? null, focused: this.#renderer?.focused ?? null };
  }

  /** Ids currently drawn in the spotlight (the lit neighbourhood or path). */
  get highlighted(): ReadonlySet<string> {
    const h = this.#highlight();
    return new Set(h ? [...h.elements.nodes, ...h.elements.edges] : []);
  }

  /** Selects a node or edge by id (and centres on it); null clears the selection. */
  select(id: string | null): void {
    const kg = this.#loaded?.kg;
    if (!kg) return;
    if (id === null) this.#apply({ type: 'clear-selection' });
    else if (kg.node(id)) this.#apply({ type: 'select', kind: 'node', id });
    else if (kg.edge(id)) this.#apply({ type: 'select', kind: 'edge', id });
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
    this.#renderer?.fit();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#themeQuery = window.matchMedia?.('(prefers-color-scheme: dark)');
    this.#themeQuery?.addEventListener('change', this.#onSystemTheme);
    if (this.#loaded && this.hasUpdated) {
      if (this.syncUrl) this.#hashSync.connect();
      void this.updateComplete.then(() => this.#mountRenderer());
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#themeQuery?.removeEventListener('change', this.#onSystemTheme);
    this.#hashSync.disconnect();
    this.#unmountRenderer();
  }

  #onSystemTheme = (): void => {
    if (!this.theme) this.#applyTheme();
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('graph') && this.graph !== undefined) {
      this.#accept(validateGraph(this.graph), 'graph');
    } else if (changed.has('src') && this.src && this.graph === undefined) {
      void this.#fetch(this.src);
    }
    if (changed.has('lang') && this.lang && this.#store && changed.get('lang') !== undefined) {
      this.#store.update((s) => withLanguage(s, this.lang));
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this._status.kind === 'ready' && !this.#renderer) this.#mountRenderer();
    if (changed.has('theme') && this.#renderer) this.#applyTheme();
  }

  async #fetch(url: string): Promise<void> {
    const token = ++this.#loadToken;
    this._status = { kind: 'loading' };
    this.#loadStarted = performance.now();
    let bytes: Uint8Array;
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`.trim());
      bytes = new Uint8Array(await response.arrayBuffer());
    } catch (error) {
      if (token !== this.#loadToken) return;
      this.#fail(url, error instanceof Error ? error.message : String(error), []);
      return;
    }
    if (token !== this.#loadToken) return;
    performance.mark('kg:fetched');
    const result = loadGraphBytes(bytes);
    performance.measure('kg:load-graph', 'kg:fetched');
    this.#accept(result, url);
  }

  #fail(origin: string, reason: string | undefined, problems: readonly Problem[], total = problems.length): void {
    this.#unmountRenderer();
    this.#loaded = undefined;
    this._status = { kind: 'error', origin, ...(reason ? { reason } : {}), problems, total };
    const message = reason ? `${origin}: ${reason}` : `${origin}: ${total} ${total === 1 ? 'problem' : 'problems'}`;
    this.dispatchEvent(new KgErrorEvent({ message, problems }));
  }

  #accept(result: LoadResult, origin: string): void {
    if (!this.#loadStarted) this.#loadStarted = performance.now();
    if (!result.ok) {
      this.#fail(origin, undefined, result.problems, result.totalProblems);
      return;
    }
    this.#unmountRenderer();
    performance.mark('kg:model-start');
    const kg = KnowledgeGraph.from(result.graph);
    const counts = typeCounts(kg);
    const universe: StateUniverse = {
      languages: kg.languages,
      hasNode: (id) => kg.node(id) !== undefined,
      hasEdge: (id) => kg.edge(id) !== undefined,
      nodeTypes: new Set(counts.nodeTypes.keys()),
      edgeTypes: new Set(counts.edgeTypes.keys()),
      statuses: new Set(counts.statuses.keys()),
    };
    this.#loaded = { kg, counts, universe };
    this.#colors = undefined;
    const lang = this.lang && kg.languages.includes(this.lang) ? this.lang : (kg.languages[0] ?? 'en');
    let state = sanitizeViewState(initialViewState(lang), universe);
    if (this.syncUrl) state = this.#hashSync.read(state, universe, kg.languages[0] ?? lang);
    this.#store = new ViewStore(state);
    this.#store.subscribe((next, previous) => this.#onState(next, previous));
    this._state = state;
    this._panel = state.selection ? 'details' : state.path ? 'path' : null;
    this._legendOpen = this.clientWidth === 0 || this.clientWidth > NARROW_MAX_WIDTH_PX;
    this.#visible = visibility(kg, state.filters);
    this.#updatePaths(state);
    if (this.lang !== state.lang) this.lang = state.lang;
    this._status = { kind: 'ready' };
    performance.measure('kg:model', 'kg:model-start');
    if (this.syncUrl) this.#hashSync.connect();
  }

  /** Applies a view state that came from outside (the URL), without writing it back. */
  applyExternalState(next: (state: ViewState) => ViewState): void {
    const loaded = this.#loaded;
    if (!loaded || !this.#store) return;
    this.#store.update((s) => sanitizeViewState(next(s), loaded.universe));
  }

  get defaultLanguage(): string | undefined {
    return this.#loaded?.kg.languages[0];
  }

  #mountRenderer(): void {
    const loaded = this.#loaded;
    const state = this.#store?.state;
    const root = this.renderRoot;
    const graph = root.querySelector<HTMLElement>('.graph');
    const veil = root.querySelector<HTMLElement>('.veil');
    const spotlight = root.querySelector<HTMLElement>('.spotlight');
    const stage = root.querySelector<HTMLElement>('.stage');
    if (!loaded || !state || !graph || !veil || !spotlight || !stage || this.#renderer || !this.isConnected) return;
    this.#tokens = this.#readTokens();
    this.#colors = undefined;
    // Named phases on the performance timeline (see the benchmark and DevTools).
    performance.mark('kg:view-start');
    const view = buildGraphView(loaded.kg, state.lang, this.#tokens);
    performance.measure('kg:view-model', 'kg:view-start');
    performance.mark('kg:cytoscape-start');
    const renderer = createRenderer({ graph, veil, spotlight }, view, this.#tokens, {
      tapNode: (id) => this.#apply({ type: 'select', kind: 'node', id, reveal: 'if-hidden' }),
      tapEdge: (id) => this.#apply({ type: 'select', kind: 'edge', id, reveal: 'if-hidden' }),
      tapBackground: () => this.#apply({ type: 'clear-selection' }),
    }, { reducedMotion: window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true });
    this.#renderer = renderer;
    performance.measure('kg:cytoscape', 'kg:cytoscape-start');
    renderer.setVisibility(this.#visible ?? visibility(loaded.kg, state.filters));
    renderer.setHighlight(this.#highlight());
    this.#drawn = renderer.firstFrame();
    void this.#drawn.then(() => {
      if (this.#renderer !== renderer) return;
      performance.measure('kg:first-frame', 'kg:cytoscape-start');
      this.dispatchEvent(new KgDrawEvent({ nodes: loaded.kg.nodes.length, edges: loaded.kg.edges.length }));
    });
    this.#resizeObserver = new ResizeObserver(() => this.#onResize());
    this.#resizeObserver.observe(stage);
    this.#laidOut = false;
    if (stage.clientWidth > 0 && stage.clientHeight > 0) this.#startLayout(true);
  }

  #onResize(): void {
    const r = this.#renderer;
    const stage = this.renderRoot.querySelector<HTMLElement>('.stage');
    if (!r || !stage || stage.clientWidth === 0 || stage.clientHeight === 0) return;
    // A viewer that started hidden (a closed tab or accordion) lays out once it has a size.
    const firstTimeVisible = !this.#laidOut;
    r.resize(firstTimeVisible);
    if (firstTimeVisible) this.#startLayout(true);
  }

  #startLayout(initial: boolean, respectPins = true): void {
    const r = this.#renderer;
    const loaded = this.#loaded;
    if (!r || !loaded) return;
    this.#laidOut = true;
    this._layoutRunning = true;
    const run = r.runLayout({ respectPins });
    // Ready means drawn and settled: a pinned layout settles before its first frame is drawn.
    void Promise.all([run.done, this.#drawn]).then(() => {
      if (this.#renderer !== r) return;
      this._layoutRunning = false;
      if (initial && !this.#readyFired) {
        this.#readyFired = true;
        const sel = this.#store?.state.selection;
        if (sel) void this.#centerAfterRender([sel.id], false);
        this.dispatchEvent(
          new KgReadyEvent({
            nodes: loaded.kg.nodes.length,
            edges: loaded.kg.edges.length,
            elapsed: performance.now() - this.#loadStarted,
          }),
        );
      }
    });
  }

  #unmountRenderer(): void {
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = undefined;
    this.#renderer?.destroy();
    this.#renderer = undefined;
    this.#readyFired = false;
  }

  #isDark(): boolean {
    return this.theme === 'dark' || (!this.theme && this.#themeQuery?.matches === true);
  }

  #readTokens(): ThemeTokens {
    const dark = this.#isDark();
    const style = getComputedStyle(this);
    return resolveTokens((p) => style.getPropertyValue(p), dark ? THEMES.dark : THEMES.light);
  }

  #applyTheme(): void {
    const r = this.#renderer;
    const loaded = this.#loaded;
    const state = this.#store?.state;
    if (!r || !loaded || !state) return;
    this.#tokens = this.#readTokens();
    this.#colors = undefined;
    r.setTokens(this.#tokens);
    r.updateView(buildGraphView(loaded.kg, state.lang, this.#tokens));
    this.requestUpdate();
  }

  #highlight(): Highlight | null {
    const loaded = this.#loaded;
    const state = this.#store?.state;
    return loaded && state ? highlightFor(loaded.kg, state.selection, this.#paths, this.#visible) : null;
  }

  #updatePaths(state: ViewState): void {
    const kg = this.#loaded?.kg;
    this.#paths = kg && state.path ? shortestPaths(kg, state.path.from, state.path.to, { maxPaths: 5, ...(this.#visible ? { visible: this.#visible } : {}) }) : [];
  }

  #apply(intent: Intent): void {
    const store = this.#store;
    const kg = this.#loaded?.kg;
    if (!store || !kg) return;
    switch (intent.type) {
      case 'select':
        this._panel = 'details';
        store.update((s) => withSelection(s, { kind: intent.kind, id: intent.id }));
        void this.#centerAfterRender([intent.id], true, intent.reveal === 'if-hidden');
        // Arrow keys continue from here; the ring itself is drawn only for keyboard focus.
        if (intent.kind === 'node') this.#focusedNode = intent.id;
        break;
      case 'clear-selection':
        if (this._panel === 'details' || this._panel === 'source') this._panel = null;
        store.update((s) => withSelection(s, null));
        break;
      case 'show-source':
        this._panel = 'source';
        store.update((s) => withSourceView(s, { sourceId: intent.sourceId, start: intent.start, end: intent.end }));
        break;
      case 'close-panel':
        if (this._panel === 'source' && store.state.selection) {
          this._panel = 'details';
        } else {
          if (this._panel === 'details') store.update((s) => withSelection(s, null));
          this._panel = null;
        }
        break;
      case 'toggle-filter':
        store.update((s) => withFilterToggled(s, intent.kind, intent.key));
        break;
      case 'find-path':
        this._panel = 'path';
        store.update((s) => withPath(s, { from: intent.from, to: intent.to }));
        break;
      case 'clear-path':
        store.update((s) => withPath(s, null));
        break;
    }
  }

  #onState(next: ViewState, previous: ViewState): void {
    const loaded = this.#loaded;
    const r = this.#renderer;
    if (!loaded) return;
    this._state = next;
    if (next.lang !== previous.lang) {
      if (this.lang !== next.lang) this.lang = next.lang;
      r?.updateView(buildGraphView(loaded.kg, next.lang, this.#tokens));
    }
    if (next.filters !== previous.filters) {
      this.#visible = visibility(loaded.kg, next.filters);
      r?.setVisibility(this.#visible);
      // Hidden elements leave the layout tidy: small graphs re-settle around what is left; a
      // layout the curator pinned stays as it is, framed to what is left.
      if (r && r.allPinned) r.fit();
      else if (r && loaded.kg.nodes.length <= SMALL_GRAPH_MAX_NODES) this.#startLayout(false);
      if (next.selection && !(next.selection.kind === 'node' ? this.#visible.node(next.selection.id) : this.#visible.edge(next.selection.id))) {
        this.#store?.update((s) => withSelection(s, null));
        return;
      }
    }
    if (next.path !== previous.path || next.filters !== previous.filters) {
      this.#updatePaths(next);
      if (r && next.path && this.#paths.length) void this.#centerAfterRender(this.#paths.flatMap((p) => p.nodes));
    }
    if (next.selection !== previous.selection || next.path !== previous.path || next.filters !== previous.filters || next.lang !== previous.lang) {
      r?.setHighlight(this.#highlight());
    }
    if (next.selection !== previous.selection) {
      const sel = next.selection;
      if (sel && this._panel === null) this._panel = 'details';
      if (!sel && this._panel === 'details') this._panel = null;
      this._announcement = this.#describeSelection(sel, next.lang);
      this.dispatchEvent(new KgSelectEvent({ id: sel?.id ?? null, kind: sel?.kind ?? null }));
    }
    if (this.syncUrl) this.#hashSync.write(next, previous, loaded.kg.languages[0] ?? next.lang);
  }

  #describeSelection(sel: Selection | null, lang: string): string {
    const kg = this.#loaded?.kg;
    const s = uiStrings(lang);
    if (!sel || !kg) return s.selectionCleared;
    if (sel.kind === 'node') {
      const node = kg.node(sel.id);
      if (!node) return '';
      return s.selected(nodeText(kg, node, lang), nodeTypeLabel(kg, node.type, lang), kg.incidentEdges(node.id).length);
    }
    const edge = kg.edge(sel.id);
    return edge ? s.selected(relationSentence(kg, edge, lang, directionOf(lang)), s.edge, 1) : '';
  }

  /** How much of the stage the panel covers: a side (wide screens) or the bottom (narrow). */
  #panelInsets(): Insets {
    const panel = this.renderRoot.querySelector<HTMLElement>('.panel');
    const stage = this.renderRoot.querySelector<HTMLElement>('.stage');
    if (!panel || !stage) return { left: 0, right: 0, bottom: 0 };
    const p = panel.getBoundingClientRect();
    const st = stage.getBoundingClientRect();
    if (p.width >= st.width - 1) return { left: 0, right: 0, bottom: Math.max(0, st.bottom - p.top) };
    return p.left > st.left + st.width / 2
      ? { left: 0, right: Math.max(0, st.right - p.left), bottom: 0 }
      : { left: Math.max(0, p.right - st.left), right: 0, bottom: 0 };
  }

  /** Centres on elements once the panel is rendered, in the part of the stage it leaves free. */
  async #centerAfterRender(ids: readonly string[], animate = true, onlyIfHidden = false): Promise<void> {
    await this.updateComplete;
    const r = this.#renderer;
    if (!r) return;
    const insets = this.#panelInsets();
    if (onlyIfHidden && ids.every((id) => r.isInView(id, insets))) return;
    r.centerOn(ids, { animate, insets });
  }

  #setFocusedNode(id: string | null): void {
    this.#focusedNode = id;
    this.#renderer?.setFocused(id);
  }

  #onGraphKey(ev: KeyboardEvent): void {
    const kg = this.#loaded?.kg;
    const r = this.#renderer;
    const state = this.#store?.state;
    if (!kg || !r || !state) return;
    const direction = arrowDirection(ev.key);
    if (direction) {
      ev.preventDefault();
      const visible = this.#visible;
      const current = this.#focusedNode ?? (state.selection?.kind === 'node' ? state.selection.id : null);
      if (!current) {
        // Start from the best-connected visible node.
        let best: string | null = null;
        let bestDegree = -1;
        for (const n of kg.nodes) {
          if (visible && !visible.node(n.id)) continue;
          const d = kg.degree(n.id);
          if (d > bestDegree) {
            best = n.id;
            bestDegree = d;
          }
        }
        if (best) this.#focusNode(best);
        return;
      }
      const from = r.position(current);
      if (!from) return;
      const candidates = kg
        .neighbours(current)
        .filter((id) => !visible || visible.node(id))
        .map((id) => ({ id, ...(r.position(id) ?? { x: 0, y: 0 }) }));
      const next = neighbourInDirection(from, candidates, direction);
      if (next) this.#focusNode(next);
    } else if (ev.key === 'Enter' || ev.key === ' ') {
      if (this.#focusedNode) {
        ev.preventDefault();
        this.#apply({ type: 'select', kind: 'node', id: this.#focusedNode });
      }
    }
  }

  #focusNode(id: string): void {
    const kg = this.#loaded?.kg;
    this.#setFocusedNode(id);
    void this.#centerAfterRender([id]);
    const node = kg?.node(id);
    const lang = this.#store?.state.lang ?? 'en';
    if (kg && node) this._announcement = `${nodeText(kg, node, lang)}, ${nodeTypeLabel(kg, node.type, lang)}`;
  }

  #onKeyDown = (ev: KeyboardEvent): void => {
    const target = ev.composedPath()[0] as HTMLElement | undefined;
    const typing = target && (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA');
    if (ev.key === '/' && !typing) {
      ev.preventDefault();
      this.renderRoot.querySelector<KgSearch>('kg-search')?.focus();
    } else if (ev.key === 'Escape') {
      const state = this.#store?.state;
      if (this._panel === 'source') this.#apply({ type: 'close-panel' });
      else if (state?.selection) this.#apply({ type: 'clear-selection' });
      else if (state?.path) this.#apply({ type: 'clear-path' });
      else if (this._panel) this._panel = null;
      else if (this.#focusedNode) this.#setFocusedNode(null);
    }
  };

  #togglePanel(panel: Panel): void {
    this._panel = this._panel === panel ? (this.#store?.state.selection ? 'details' : null) : panel;
  }

  override render(): TemplateResult {
    const status = this._status;
    const lang = this._state?.lang ?? (this.lang || 'en');
    const s = uiStrings(lang);
    const dir = directionOf(lang);
    if (status.kind === 'error') {
      return html`<div class="root" dir=${dir} lang=${lang}>
        <div class="message" role="alert">
          <h2>${s.loadFailed}</h2>
          <p><bdi dir="ltr">${status.origin}</bdi>${status.reason ? html`: <bdi dir="ltr">${status.reason}</bdi>` : nothing}</p>
          ${status.problems.length ? html`<p>${s.problemsFound(status.total)}</p>` : nothing}
          <!-- The loader's messages are English technical text: shown left to right as written. -->
          <ul dir="ltr" lang="en">
            ${status.problems.slice(0, 20).map(
              (p) => html`<li><code>${p.line !== undefined ? `${p.line}:${p.column ?? 0} ` : ''}${p.severity} ${p.code} ${p.pointer}</code>:
                ${p.message}${p.hint ? html` — ${p.hint}` : nothing}</li>`,
            )}
          </ul>
          ${status.total > 20 ? html`<p>${s.moreProblems(status.total - 20)}</p>` : nothing}
        </div>
      </div>`;
    }
    if (status.kind !== 'ready' || !this.#loaded || !this._state) {
      return html`<div class="root" dir=${dir} lang=${lang}>
        <div class="message" role="status">${status.kind === 'loading' ? s.loading : ''}</div>
      </div>`;
    }
    const kg = this.#loaded.kg;
    const state = this._state;
    const title = resolveText(kg.document.meta.title, lang, kg.languages);
    this.#colors ??= nodeColorScale(kg.document.nodeTypes, this.#tokens.palette, this.#tokens.background);
    const colors = this.#colors;
    const degraded = detailFor(kg.nodes.length, kg.edges.length) === 'large';
    return html`<div class="root" dir=${dir} lang=${lang} @keydown=${this.#onKeyDown}
        @kg-intent=${(ev: CustomEvent<Intent>) => {
          ev.stopPropagation();
          this.#apply(ev.detail);
        }}>
      <div class="toolbar" part="toolbar">
        <h1 class="title"><bdi lang=${title?.lang ?? ''}>${title?.text ?? ''}</bdi></h1>
        <kg-search .kg=${kg} .index=${this.#searchIndex()} .visible=${this.#visible} lang=${lang}></kg-search>
        <div class="tools" role="toolbar" aria-label=${s.controls}>
          ${this.#renderLanguageSwitch(kg.languages, lang, s.language)}
          <button aria-label=${s.pathFinder} title=${s.pathFinder} aria-pressed=${this._panel === 'path' ? 'true' : 'false'}
            @click=${() => this.#togglePanel('path')}><span aria-hidden="true">⇄</span><span class="label">${s.pathFinder}</span></button>
          <button aria-label=${s.textView} title=${s.textView} aria-pressed=${this._panel === 'text' ? 'true' : 'false'}
            @click=${() => this.#togglePanel('text')}><span aria-hidden="true">☰</span><span class="label">${s.textView}</span></button>
          <button aria-label=${s.themeDark} title=${s.themeDark} aria-pressed=${this.#isDark() ? 'true' : 'false'}
            @click=${() => (this.theme = this.#isDark() ? 'light' : 'dark')}><span aria-hidden="true">◐</span></button>
        </div>
      </div>
      <div class="body">
        <div class="stage" part="stage">
          <div class="graph" tabindex="0" role="application" aria-roledescription=${s.graphLabel}
            aria-label=${`${title?.text ?? s.graphLabel}. ${s.graphDescription(kg.nodes.length, kg.edges.length)}`}
            @keydown=${this.#onGraphKey}
            @blur=${() => this.#setFocusedNode(null)}></div>
          <div class="veil" aria-hidden="true"></div>
          <div class="spotlight" aria-hidden="true"></div>
          <div class="zoom" role="group" aria-label=${s.controls}>
            <button title=${s.zoomIn} aria-label=${s.zoomIn} @click=${() => this.#renderer?.zoomBy(1.3)}>+</button>
            <button title=${s.zoomOut} aria-label=${s.zoomOut} @click=${() => this.#renderer?.zoomBy(1 / 1.3)}>−</button>
            <button title=${s.fit} aria-label=${s.fit} @click=${() => this.#renderer?.fit()}>⤢</button>
            <button title=${s.relayout} aria-label=${s.relayout} @click=${() => this.#startLayout(false, !this.#renderer?.allPinned)}>↻</button>
          </div>
          <div class="legend-box">
            <button aria-expanded=${this._legendOpen ? 'true' : 'false'} @click=${() => (this._legendOpen = !this._legendOpen)}>${s.legend}</button>
            ${this._legendOpen
              ? html`<kg-legend .kg=${kg} lang=${lang} .filters=${state.filters} .counts=${this.#loaded.counts} .colors=${colors}></kg-legend>`
              : nothing}
          </div>
          ${degraded ? html`<div class="note" role="note">${s.degradedLarge}</div>` : nothing}
          ${this._layoutRunning && !degraded ? html`<div class="note" role="status">${s.layoutRunning}</div>` : nothing}
        </div>
        ${this._panel ? html`<aside class="panel" part="panel" aria-label=${s.details}>${this.#renderPanel(kg, state, lang, colors)}</aside>` : nothing}
      </div>
      <div class="sr-only" role="status" aria-live="polite">${this._announcement}</div>
    </div>`;
  }

  /** Two languages: one button naming the other; more: a list to choose from. */
  #renderLanguageSwitch(languages: readonly string[], lang: string, label: string): TemplateResult | typeof nothing {
    const setLang = (l: string) => this.#store?.update((st) => withLanguage(st, l));
    if (languages.length < 2) return nothing;
    if (languages.length === 2) {
      const other = languages.find((l) => l !== lang) ?? languages[0] ?? lang;
      return html`<button lang=${other} title=${label} @click=${() => setLang(other)}>${languageName(other)}</button>`;
    }
    return html`<select aria-label=${label} @change=${(ev: Event) => setLang((ev.target as HTMLSelectElement).value)}>
      ${languages.map((l) => html`<option value=${l} lang=${l} ?selected=${l === lang}>${languageName(l)}</option>`)}
    </select>`;
  }

  #searchIndex(): SearchIndex | undefined {
    const loaded = this.#loaded;
    if (!loaded) return undefined;
    loaded.search ??= SearchIndex.build(loaded.kg);
    return loaded.search;
  }

  #renderPanel(kg: KnowledgeGraph, state: ViewState, lang: string, colors: (t: string) => string): TemplateResult | typeof nothing {
    switch (this._panel) {
      case 'details':
        return html`<kg-details .kg=${kg} .selection=${state.selection} lang=${lang} .visible=${this.#visible} .colors=${colors}></kg-details>`;
      case 'source':
        return state.sourceView
          ? html`<kg-source-view .kg=${kg} .sourceId=${state.sourceView.sourceId} .start=${state.sourceView.start} .end=${state.sourceView.end} lang=${lang}></kg-source-view>`
          : nothing;
      case 'path':
        return html`<kg-path-finder .kg=${kg} lang=${lang} .query=${state.path} .paths=${this.#paths}></kg-path-finder>`;
      case 'text':
        return html`<kg-text-view .kg=${kg} lang=${lang} .visible=${this.#visible} .selection=${state.selection}></kg-text-view>`;
      default:
        return nothing;
    }
  }
}

/** A language's own name for itself ("العربية", "English"). */
function languageName(lang: string): string {
  let name = LANGUAGE_NAMES.get(lang);
  if (name === undefined) {
    try {
      name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
    } catch {
      name = lang;
    }
    LANGUAGE_NAMES.set(lang, name);
  }
  return name;
}

// A cache of constant facts (a language's name), shared safely by every viewer on the page.
const LANGUAGE_NAMES = new Map<string, string>();

declare global {
  interface HTMLElementTagNameMap {
    'kg-viewer': KgViewer;
  }
}

/**
 * `<kg-viewer>`'s controllers, created and wired to each other in one place: each gets what it
 * reads of the others as closures over this object, so the element keeps only its public API,
 * its properties and its template. The few reactive values that are no attribute (the legend
 * open or closed, the live region's words, a broken file's problems under `npm start`) live here
 * too and ask the element to render again when they change.
 */
import { nothing, type LitElement, type PropertyValues } from 'lit';
import type { GraphDocument } from '../../format/types';
import type { Limits } from '../../format/limits';
import type { LoadResult } from '../../format/load';
import type { Problem } from '../../format/problem';
import { resolveText } from '../../model/localize';
import { drawFailureMessage, loadFailureMessage } from '../../i18n/load-messages';
import type { Intent } from '../../state/intents';
import type { ViewSession } from '../../state/view-session';
import { focusAnnouncement } from '../../view/announce';
import { parseControls } from '../../view/controls';
import { nodeColorScale } from '../../view/encodings';
import { wheelMode, type WheelMode } from '../../view/gestures';
import type { Highlight } from '../../view/highlight';
import type { ThemeTokens } from '../../view/theme';
import { NARROW_MAX_WIDTH_PX } from '../../view/thresholds';
import { detailFor } from '../../view/view-model';
import { KgDrawEvent, KgErrorEvent, KgReadyEvent } from '../events';
import { prefetchLazyElements } from '../lazy-elements';
import type { KgSearch } from '../kg-search/kg-search';
import type { KgShareDialog } from '../kg-share/kg-share-dialog';
import { EditModeController } from './edit-mode-controller';
import { GestureController } from './gesture-controller';
import { gestureHintTemplate } from './gesture-hint';
import { HandoutController, handoutFileName } from './handout-controller';
import { HashSyncController } from './hash-sync-controller';
import { KeyboardNavController } from './keyboard-nav-controller';
import { panelTemplate, type ViewerActions, type ViewerInputs } from './kg-viewer.templates';
import { LiveFileController, liveProblemsTemplate } from './live-file-controller';
import { LoadController, type FinishedLoad } from './load-controller';
import { SessionEffects } from './session-effects';
import { showShareDialog } from './share';
import { StageController, type StageLayers } from './stage-controller';
import { ThemeController } from './theme-controller';
import { TourController } from './tour-controller';

/** The element's properties the controllers read (declared and documented on `KgViewer`). */
export interface ViewerHost extends LitElement {
  src: string | undefined;
  graph: GraphDocument | undefined;
  lang: string;
  theme: 'light' | 'dark' | undefined;
  limits: Partial<Limits> | undefined;
  loadTimeout: number;
  syncUrl: boolean;
  editable: boolean;
  fileName: string | undefined;
  tour: string | undefined;
  tourStep: number | undefined;
  autoplay: number | undefined;
  wheel: WheelMode | undefined;
  node: string | undefined;
  view: string | undefined;
  controls: string | undefined;
  share(): Promise<void>;
}

/** Where the share dialog's snippets point: the element's attributes, else the page-wide defaults. */
export interface ShareUrls {
  readonly scriptUrl: string | undefined;
  readonly embedUrl: string | undefined;
}

export class ViewerControllers {
  readonly #host: ViewerHost;
  #legendOpen = true;
  #announcement = '';
  /** The file on disk was saved with errors (dev server): shown over the last good graph. */
  #liveProblems: { problems: readonly Problem[]; total: number } | undefined;
  /** Node type → colour, kept while the file's types and the theme's colours stay the same. */
  #colors: { readonly types: object; readonly tokens: string; readonly scale: (type: string) => string } | undefined;
  #readyAt = 0;

  readonly load: LoadController;
  readonly theme: ThemeController;
  readonly hashSync: HashSyncController;
  readonly gestures: GestureController;
  readonly stage: StageController;
  readonly tour: TourController;
  readonly handout: HandoutController;
  readonly keyboard: KeyboardNavController;
  readonly edit: EditModeController;
  /** Last: it carries state changes out through the controllers above. */
  readonly sessions: SessionEffects;

  constructor(host: ViewerHost) {
    this.#host = host;
    this.load = new LoadController(host, {
      finished: (status, startedAt) => this.#loadFinished(status, startedAt),
      timeoutMs: () => host.loadTimeout * 1000,
      limits: () => host.limits,
      keepInvalid: () => host.editable,
    });
    this.theme = new ThemeController(host, () => this.themeChanged());
    this.hashSync = new HashSyncController(host, {
      enabled: () => host.syncUrl,
      defaultLanguage: () => this.session?.kg.languages[0],
      dispatch: (intent) => this.dispatch(intent),
    });
    this.gestures = new GestureController(host, {
      mode: () => wheelMode(host.wheel, host.syncUrl),
      graph: () => host.renderRoot?.querySelector<HTMLElement>('.graph') ?? null,
    });
    this.stage = new StageController(host, {
      layers: () => this.#layers(),
      graph: () => this.session?.kg,
      lang: () => this.session?.state.lang,
      visible: () => this.session?.visible,
      highlight: () => this.highlight(),
      tokens: () => this.theme.tokens(),
      // Taps; the one that ends a one-finger page scroll is not the reader's (see GestureController).
      dispatch: (intent) => {
        if (!this.gestures.swallowsTap()) this.dispatch(intent);
      },
      drawn: () => this.session && host.dispatchEvent(new KgDrawEvent(this.#counts())),
      settled: () => this.#settled(),
      failed: (error) => {
        const status = this.load.drawFailed(error, host.src ?? 'graph');
        host.dispatchEvent(new KgErrorEvent({ message: `${status.origin}: ${drawFailureMessage(status.drawFailure, 'en')}`, problems: [] }));
      },
    });
    this.tour = new TourController(host, {
      graph: () => this.session?.kg,
      state: () => this.session?.state,
      visible: () => this.session?.visible,
      dispatch: (intent) => this.dispatch(intent),
      frame: (ids) => void this.stage.frame(ids),
      autoplaySeconds: () => host.autoplay,
      preferredTour: () => host.tour,
      focusCard: () => void this.#afterRender('kg-tour-card', (card) => card.focus()),
      focusControl: () => void this.#afterRender('kg-tour-menu', (menu) => menu.focus()),
      focusInCard: () => (host.renderRoot as ShadowRoot).activeElement?.localName === 'kg-tour-card',
      mirror: (position) => {
        if (host.tour !== position?.id) host.tour = position?.id;
        if (host.tourStep !== position?.step) host.tourStep = position?.step;
      },
    });
    this.handout = new HandoutController(host, {
      inputs: () => {
        const renderer = this.stage.renderer;
        const session = this.session;
        if (!renderer || !session) return undefined;
        const tokens = this.theme.tokens();
        const colors = this.#colorsFor(session, tokens);
        return { renderer, kg: session.kg, state: session.state, tokens, colors, covered: this.stage.panelInsets() };
      },
      printContainer: () => host.renderRoot.querySelector<HTMLElement>('.print-handout'),
      fileName: () => handoutFileName(host.src),
    });
    this.keyboard = new KeyboardNavController(host, {
      graph: () => this.session?.kg,
      visible: () => this.session?.visible,
      selectedNode: () => (this.session?.state.selection?.kind === 'node' ? this.session.state.selection.id : null),
      position: (id) => this.stage.renderer?.position(id),
      showFocus: (id) => this.stage.renderer?.setFocused(id),
      focused: (id) => {
        void this.stage.frame([id]);
        if (this.session) this.#announce(focusAnnouncement(this.session.kg, id, this.session.state.lang));
      },
      dispatch: (intent) => this.dispatch(intent),
    });
    // Edit mode: the editor's code loads on demand (edit-mode-controller.ts).
    this.edit = new EditModeController(host, () => host.editable, {
      element: host,
      document: () => this.session?.kg.document,
      origin: () => ({
        ...(host.src && host.graph === undefined ? { src: new URL(host.src, document.baseURI).href } : {}),
        ...(host.fileName ? { fileName: host.fileName } : {}),
      }),
      showDocument: (doc, placeAt) => this.#replaceDocument(doc, placeAt),
      renderer: () => this.stage.renderer,
      stage: () => host.renderRoot.querySelector<HTMLElement>('.stage'),
      viewState: () => this.session?.state,
      dispatch: (intent) => this.dispatch(intent),
      spotlight: () => {
        const h = this.highlight();
        return { nodes: h ? [...h.elements.nodes] : [], edges: h ? [...h.elements.edges] : [] };
      },
    });
    this.sessions = new SessionEffects(host, {
      stage: this.stage,
      tour: this.tour,
      keyboard: this.keyboard,
      hashSync: this.hashSync,
      opening: () => ({ lang: host.lang, node: host.node, view: host.view, tour: host.tour, tourStep: host.tourStep }),
      languageChanged: (lang) => {
        if (host.lang !== lang) host.lang = lang;
      },
      stateChanged: () => host.requestUpdate(),
      announce: (text) => this.#announce(text),
    });
    // Live files exist only under `npm start`; a build leaves this (and its code) out.
    if (import.meta.hot) new LiveFileController(host, {
      src: () => (host.graph === undefined ? host.src : undefined),
      limits: () => host.limits,
      changed: (result) => this.#fileChanged(result),
    });
  }

  /** The session of the graph shown. */
  get session(): ViewSession | undefined {
    return this.sessions.session;
  }

  /** The live region's current words. */
  get announcement(): string {
    return this.#announcement;
  }

  dispatch(intent: Intent): void {
    this.sessions.dispatch(intent);
  }

  /** What the spotlight lights now (a tour step's elements included). */
  highlight(): Highlight | null {
    return this.sessions.highlight();
  }

  /** The element's properties changed (from its `willUpdate`). */
  propertiesChanged(changed: PropertyValues<ViewerHost>): void {
    const host = this.#host;
    if (changed.has('graph') || (changed.has('src') && host.graph === undefined)) this.load.load(host.src, host.graph);
    if (changed.has('lang') && host.lang && changed.get('lang') !== undefined) this.dispatch({ type: 'set-language', lang: host.lang });
    if (changed.has('syncUrl')) this.hashSync.refresh();
    if (changed.has('tour') || changed.has('tourStep')) this.tour.attributesChanged(host.tour, host.tourStep, changed.has('tour'));
    if (changed.has('autoplay')) this.tour.autoplayChanged();
    // A `node` set after the graph loaded selects it (at load it is part of the initial view).
    if (changed.has('node') && this.session) this.select(host.node ?? null);
  }

  /** The `theme` attribute or the reader's system theme changed: colours are resolved again. */
  themeChanged(): void {
    this.stage.restyle();
    this.#host.requestUpdate();
  }

  select(id: string | null): void {
    const intent = id === null ? ({ type: 'clear-selection' } as const) : this.session?.selectIntent(id);
    if (intent) this.dispatch(intent);
  }

  async share(urls: ShareUrls): Promise<void> {
    const host = this.#host;
    const dialog = host.renderRoot.querySelector<KgShareDialog>('kg-share-dialog');
    const session = this.session;
    if (!dialog || !session) return;
    await showShareDialog(dialog, {
      kg: session.kg,
      state: session.state,
      src: this.load.source === 'src' && host.src ? new URL(host.src, document.baseURI).href : undefined,
      theme: host.theme,
      controls: host.controls,
      syncUrl: host.syncUrl,
      ...urls,
    });
  }

  /** What the toolbar, the stage and the panel show; undefined while there is no graph. */
  inputs(): ViewerInputs | undefined {
    const host = this.#host;
    const session = this.session;
    if (this.load.status.kind !== 'ready' || !session) return undefined;
    const { kg, context, visible, paths, state } = session;
    const lang = state.lang;
    const tokens = this.theme.tokens();
    const colors = this.#colorsFor(session, tokens);
    const shown = parseControls(host.controls);
    return {
      context, state, lang, colors, visible, paths,
      title: resolveText(kg.document.meta.title, lang, kg.languages),
      searchIndex: () => session.searchIndex(),
      show: (part) => shown.has(part),
      tours: this.tour.tours(),
      playing: this.tour.current(),
      autoplay: this.tour.autoplayStatus,
      dark: this.theme.dark,
      legendOpen: this.#legendOpen,
      exportStatus: this.handout.status,
      degraded: detailFor(kg.nodes.length, kg.edges.length) === 'large',
      layoutRunning: this.stage.layoutRunning,
      gestureHint: gestureHintTemplate(wheelMode(host.wheel, host.syncUrl), this.gestures.hint, lang),
      liveProblems: import.meta.hot && this.#liveProblems ? liveProblemsTemplate(this.#liveProblems, lang) : nothing,
      editToolbar: this.edit.toolbar(),
      panel: state.panel ? this.edit.panel(state, () => panelTemplate({ kg, state, lang, visible, colors, paths })) : nothing,
    };
  }

  readonly actions: ViewerActions = {
    dispatch: (intent) => this.dispatch(intent),
    toggleLegend: () => {
      this.#legendOpen = !this.#legendOpen;
      this.#host.requestUpdate();
      void this.#host.updateComplete.then(() => this.stage.renderer?.overlaysChanged());
    },
    toggleTheme: () => (this.#host.theme = this.theme.dark ? 'light' : 'dark'),
    zoom: (factor) => this.stage.renderer?.zoomBy(factor),
    fit: () => this.stage.renderer?.fit(),
    relayout: () => this.stage.relayout(!this.stage.renderer?.allPinned),
    share: () => void this.#host.share(),
    exportChoice: (choice) => this.handout.choose(choice, this.session?.state.lang ?? this.#host.lang ?? 'en'),
    autoplay: (action) => (action === 'resume' ? this.tour.resume() : this.tour.pause()),
    graphKeydown: (ev) => this.keyboard.onKeyDown(ev),
    graphBlur: () => this.keyboard.clear(),
  };

  /** Keys anywhere in the element: `/` focuses the search, Escape steps back. */
  readonly onKeyDown = (ev: KeyboardEvent): void => {
    const target = ev.composedPath()[0] as HTMLElement | undefined;
    const typing = target && (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA');
    const search = this.#host.renderRoot.querySelector<KgSearch>('kg-search');
    if (ev.key === '/' && !typing && search) {
      ev.preventDefault();
      search.focus();
    } else if (ev.key === 'Escape') {
      const before = this.session?.state;
      this.dispatch({ type: 'back' });
      if (before && this.session?.state === before) this.keyboard.clear();
    }
  };

  /** An intent bubbling from a child component (`kg-intent`). */
  readonly onIntent = (ev: CustomEvent<Intent>): void => {
    ev.stopPropagation();
    this.dispatch(ev.detail);
  };

  #announce(text: string): void {
    this.#announcement = text;
    this.#host.requestUpdate();
  }

  #loadFinished(status: FinishedLoad, startedAt: number): void {
    const host = this.#host;
    this.stage.unmount();
    this.#readyAt = startedAt;
    this.sessions.close();
    if (status.kind === 'error') {
      this.hashSync.refresh();
      const message = status.failure
        ? `${status.origin}: ${loadFailureMessage(status.failure, 'en').summary}`
        : `${status.origin}: ${status.total} ${status.total === 1 ? 'problem' : 'problems'}`;
      host.dispatchEvent(new KgErrorEvent({ message, problems: status.problems, ...(status.failure ? { failure: status.failure.kind } : {}) }));
      return;
    }
    performance.mark('kg:model-start');
    this.#legendOpen = host.clientWidth === 0 || host.clientWidth > NARROW_MAX_WIDTH_PX;
    this.sessions.open(status.graph);
    performance.measure('kg:model', 'kg:model-start');
    this.#liveProblems = undefined;
    this.edit.loaded(status.graph);
  }

  #replaceDocument(doc: GraphDocument, placeAt?: { x: number; y: number }): void {
    this.sessions.replaceDocument(doc, placeAt);
  }

  /** The colour of each node type for the panels and handouts (the canvas has its own in its stylesheet). */
  #colorsFor(session: ViewSession, tokens: ThemeTokens): (type: string) => string {
    const types = session.kg.document.nodeTypes;
    const key = `${tokens.palette.join()} ${tokens.background}`;
    if (this.#colors?.types !== types || this.#colors.tokens !== key) {
      this.#colors = { types, tokens: key, scale: nodeColorScale(types, tokens.palette, tokens.background) };
    }
    return this.#colors.scale;
  }

  #fileChanged(result: LoadResult): void {
    if (this.edit.fileChanged(result)) return;
    this.#liveProblems = result.ok ? undefined : { problems: result.problems, total: result.totalProblems };
    this.#host.requestUpdate();
    if (!result.ok) return;
    if (this.session) this.#replaceDocument(result.graph);
    else this.load.retry();
  }

  #counts(): { nodes: number; edges: number } {
    const kg = this.session?.kg;
    return { nodes: kg?.nodes.length ?? 0, edges: kg?.edges.length ?? 0 };
  }

  #settled(): void {
    const sel = this.session?.state.selection;
    if (sel) void this.stage.revealLit([sel.id], { animate: false });
    this.tour.settled();
    // What the reader may open next loads while the browser is idle.
    this.handout.prefetch();
    prefetchLazyElements();
    this.#host.dispatchEvent(new KgReadyEvent({ ...this.#counts(), elapsed: performance.now() - this.#readyAt }));
  }

  #layers(): StageLayers | undefined {
    const root = this.#host.renderRoot;
    const [stage, graph, veil, spotlight] = ['.stage', '.graph', '.veil', '.spotlight'].map((q) => root.querySelector<HTMLElement>(q));
    // What is framed (a selection's neighbourhood, a tour's step) is kept clear of the tour's
    // card and of the open legend.
    const card = root.querySelector<HTMLElement>('kg-tour-card');
    const legend = root.querySelector<HTMLElement>('.legend-box');
    const following = card !== null || !!this.session?.state.readAlong || this.#legendOpen;
    const cards = [card, following ? legend : null].filter((e): e is HTMLElement => e !== null);
    return stage && graph && veil && spotlight ? { stage, graph, veil, spotlight, panel: root.querySelector<HTMLElement>('.panel'), cards } : undefined;
  }

  /** Runs `then` on a child of the shadow root once it and the element have rendered. */
  async #afterRender<K extends 'kg-tour-card' | 'kg-tour-menu'>(tag: K, then: (element: HTMLElementTagNameMap[K]) => void): Promise<void> {
    await this.#host.updateComplete;
    const element = this.#host.renderRoot.querySelector(tag);
    if (!element) return;
    await element.updateComplete;
    then(element);
  }
}

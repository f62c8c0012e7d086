/**
 * The graph's stage: mounts a renderer once the element has a graph and its layers are in
 * the DOM, destroys it on removal, lays the graph out when the stage first has a size (a
 * viewer may start hidden in a closed tab), and turns the renderer's first frame and settled
 * layout into `kg-draw` and `kg-ready`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { KnowledgeGraph } from '../../model/knowledge-graph';
import type { Visibility } from '../../model/filters';
import type { Intent } from '../../state/intents';
import type { GraphRenderer, Insets } from '../../render/renderer';

type RendererModule = typeof import('../../render/renderer');
let rendererModule: Promise<RendererModule> | undefined;

/**
 * The renderer (Cytoscape and its layouts) is loaded apart from the element, once per page and
 * as soon as a viewer connects: the element then fetches its graph meanwhile, and when the
 * drawing library cannot even start (a page that broke Object.prototype) it can still say so.
 */
function loadRendererModule(): Promise<RendererModule> {
  return (rendererModule ??= import('../../render/renderer'));
}
import type { Highlight } from '../../view/highlight';
import { coverInsets, maxInsets } from '../../view/cover-insets';
import type { ThemeTokens } from '../../view/theme';
import { buildGraphView } from '../../view/view-model';

export interface StageLayers {
  readonly stage: HTMLElement;
  readonly graph: HTMLElement;
  readonly veil: HTMLElement;
  readonly spotlight: HTMLElement;
  /** The open panel, which covers part of the stage. */
  readonly panel: HTMLElement | null;
  /** Cards lying over the stage (a tour's caption), kept clear of when framing. */
  readonly cards?: readonly HTMLElement[];
}

export interface StageOptions {
  layers(): StageLayers | undefined;
  graph(): KnowledgeGraph | undefined;
  lang(): string | undefined;
  visible(): Visibility | undefined;
  highlight(): Highlight | null;
  tokens(): ThemeTokens;
  dispatch(intent: Intent): void;
  drawn(): void;
  /** The first layout settled (once per mounted graph). */
  settled(): void;
  /** The renderer could not start (e.g. the page polluted Object.prototype). */
  failed(error: unknown): void;
}

export class StageController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: StageOptions;
  #renderer: GraphRenderer | undefined;
  #resizeObserver: ResizeObserver | undefined;
  #laidOut = false;
  #settledOnce = false;
  #drawn: Promise<void> = Promise.resolve();
  #layoutRunning = false;
  #mounting = false;

  constructor(host: ReactiveControllerHost & HTMLElement, options: StageOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  get renderer(): GraphRenderer | undefined {
    return this.#renderer;
  }

  /** Whether a layout is moving nodes right now (the element says "Arranging…"). */
  get layoutRunning(): boolean {
    return this.#layoutRunning;
  }

  hostConnected(): void {
    void loadRendererModule().catch(() => undefined);
    // Moved elsewhere in the page: draw again once the element has re-rendered.
    if (this.#options.graph()) this.#host.requestUpdate();
  }

  hostUpdated(): void {
    if (!this.#renderer && this.#options.graph()) this.mount();
  }

  hostDisconnected(): void {
    this.unmount();
  }

  /** Mounts a renderer for the current graph (once its module is loaded) if the layers are in place. */
  mount(): void {
    if (this.#mounting || this.#renderer) return;
    this.#mounting = true;
    loadRendererModule().then(
      ({ createRenderer }) => {
        this.#mounting = false;
        this.#mountWith(createRenderer);
      },
      (error: unknown) => {
        this.#mounting = false;
        if (this.#host.isConnected && this.#options.graph()) this.#options.failed(error);
      },
    );
  }

  #mountWith(createRenderer: RendererModule['createRenderer']): void {
    const kg = this.#options.graph();
    const lang = this.#options.lang();
    const layers = this.#options.layers();
    if (!kg || !lang || !layers || this.#renderer || !this.#host.isConnected) return;
    const tokens = this.#options.tokens();
    // Named phases on the performance timeline (see the benchmark and DevTools).
    performance.mark('kg:view-start');
    const view = buildGraphView(kg, lang, tokens);
    performance.measure('kg:view-model', 'kg:view-start');
    performance.mark('kg:cytoscape-start');
    let renderer: GraphRenderer;
    // The stage's own floating controls; names are placed clear of them.
    const overlays = () => layers.stage.querySelectorAll(':scope > .zoom, :scope > .legend-box');
    try {
      renderer = createRenderer(
        { ...layers, overlays },
        view,
        tokens,
        {
          tapNode: (id) => this.#options.dispatch({ type: 'select', kind: 'node', id }),
          tapEdge: (id) => this.#options.dispatch({ type: 'select', kind: 'edge', id }),
          tapBackground: () => this.#options.dispatch({ type: 'clear-selection' }),
        },
        // Read once per mount: the layout shows only its result and the camera jumps.
        { reducedMotion: window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true },
      );
    } catch (error) {
      // Never fail silently: the element says why instead of an empty stage.
      this.#options.failed(error);
      return;
    }
    this.#renderer = renderer;
    performance.measure('kg:cytoscape', 'kg:cytoscape-start');
    const visible = this.#options.visible();
    if (visible) renderer.setVisibility(visible);
    renderer.setHighlight(this.#options.highlight());
    this.#drawn = renderer.firstFrame();
    void this.#drawn.then(() => {
      if (this.#renderer !== renderer) return;
      performance.measure('kg:first-frame', 'kg:cytoscape-start');
      this.#options.drawn();
    });
    this.#resizeObserver = new ResizeObserver(() => this.#onResize());
    this.#resizeObserver.observe(layers.stage);
    this.#laidOut = false;
    this.#settledOnce = false;
    if (layers.stage.clientWidth > 0 && layers.stage.clientHeight > 0) this.relayout(true);
  }

  unmount(): void {
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = undefined;
    this.#renderer?.destroy();
    this.#renderer = undefined;
    this.#layoutRunning = false;
  }

  /** Runs the layout; `respectPins` false rearranges even a graph whose curator pinned it. */
  relayout(respectPins = true): void {
    const r = this.#renderer;
    if (!r) return;
    this.#laidOut = true;
    this.#setLayoutRunning(true);
    const run = r.runLayout({ respectPins });
    // Ready means drawn and settled: a pinned layout settles before its first frame is drawn.
    void Promise.all([run.done, this.#drawn]).then(() => {
      if (this.#renderer !== r) return;
      this.#setLayoutRunning(false);
      if (!this.#settledOnce) {
        this.#settledOnce = true;
        this.#options.settled();
      }
    });
  }

  /** After filters changed: small graphs re-settle around what is left; pinned ones are framed. */
  afterVisibilityChange(visible: Visibility, nodeCount: number, relayoutMaxNodes: number): void {
    const r = this.#renderer;
    if (!r) return;
    r.setVisibility(visible);
    if (r.allPinned) r.fit();
    else if (nodeCount <= relayoutMaxNodes) this.relayout();
  }

  /** Redraws with new tokens (theme) or labels (language) for the same graph. */
  restyle(): void {
    const r = this.#renderer;
    const kg = this.#options.graph();
    const lang = this.#options.lang();
    if (!r || !kg || !lang) return;
    const tokens = this.#options.tokens();
    r.setTokens(tokens);
    r.updateView(buildGraphView(kg, lang, tokens));
  }

  /**
   * After the graph changed under the same view (an edit, a file reloaded from disk): the canvas
   * follows without mounting again, so the camera and what stayed keep their places. The sync
   * module loads on first use (edit mode and live reload only).
   */
  async resync(placeAt?: { x: number; y: number }): Promise<void> {
    const r = this.#renderer;
    if (!r) return;
    const { syncElements } = await import('../../render/element-sync');
    const kg = this.#options.graph();
    const lang = this.#options.lang();
    if (this.#renderer !== r || !kg || !lang) return;
    syncElements(r, buildGraphView(kg, lang, this.#options.tokens()), placeAt ? { placeAt } : {});
    const visible = this.#options.visible();
    if (visible) r.setVisibility(visible);
    r.setHighlight(this.#options.highlight());
  }

  /** How much of the stage the open panel covers: a side (wide screens) or the bottom (narrow). */
  panelInsets(): Insets {
    const layers = this.#options.layers();
    const panel = layers?.panel;
    if (!layers) return { left: 0, right: 0, bottom: 0 };
    const st = layers.stage.getBoundingClientRect();
    const cards = (layers.cards ?? []).reduce<Insets>((all, card) => maxInsets(all, coverInsets(st, card.getBoundingClientRect())), { left: 0, right: 0, bottom: 0 });
    if (!panel) return cards;
    const p = panel.getBoundingClientRect();
    if (p.width >= st.width - 1) return maxInsets(cards, { left: 0, right: 0, bottom: Math.max(0, st.bottom - p.top) });
    return maxInsets(
      cards,
      p.left > st.left + st.width / 2 ? { left: 0, right: Math.max(0, st.right - p.left), bottom: 0 } : { left: Math.max(0, p.right - st.left), right: 0, bottom: 0 },
    );
  }

  /** Frames elements in the part of the stage the panels leave free, once the host has rendered. */
  async frame(ids: readonly string[], options: { animate?: boolean } = {}): Promise<void> {
    await this.#host.updateComplete;
    const r = this.#renderer;
    if (!r) return;
    r.centerOn(ids, { animate: options.animate ?? true, insets: this.panelInsets() });
  }

  /**
   * Brings what the spotlight lights (the selection's neighbourhood, a path) into the part of the
   * stage the panels leave free, keeping the reader's zoom when it fits; `fallback` when nothing
   * is lit. Once the host has rendered (the panel that opened takes its room first).
   */
  async revealLit(fallback: readonly string[], options: { animate?: boolean } = {}): Promise<void> {
    await this.#host.updateComplete;
    const r = this.#renderer;
    if (!r) return;
    const lit = this.#options.highlight()?.elements.nodes;
    r.reveal(lit && lit.size ? lit : fallback, { animate: options.animate ?? true, insets: this.panelInsets() });
  }

  #onResize(): void {
    const r = this.#renderer;
    const stage = this.#options.layers()?.stage;
    if (!r || !stage || stage.clientWidth === 0 || stage.clientHeight === 0) return;
    // A viewer that started hidden (a closed tab or accordion) lays out once it has a size.
    const firstTimeVisible = !this.#laidOut;
    r.resize(firstTimeVisible);
    if (firstTimeVisible) this.relayout();
  }

  #setLayoutRunning(running: boolean): void {
    if (this.#layoutRunning === running) return;
    this.#layoutRunning = running;
    this.#host.requestUpdate();
  }
}

/**
 * The loaded graph's session in a viewer: opens it from the element's attributes and the URL,
 * sends every intent through it, and carries each change of state out into the page — the
 * canvas, the camera, the tour, announcements, `kg-select` and the URL hash. What a state means
 * is decided in ViewSession (src/state, tested in Node); this class only applies it (a plain
 * class: it has no Lit lifecycle of its own).
 */
import type { ReactiveControllerHost } from 'lit';
import type { GraphDocument } from '../../format/types';
import type { Intent } from '../../state/intents';
import { ViewSession } from '../../state/view-session';
import { selectionAnnouncement } from '../../view/announce';
import { litAnnouncement } from '../../view/fact-words';
import { buildGraphContext, openingLanguage } from '../../view/graph-context';
import type { Highlight } from '../../view/highlight';
import { initialViewFromAttributes } from '../../view/initial-view';
import { factsIn } from '../../view/read-along';
import { SMALL_GRAPH_MAX_NODES } from '../../view/thresholds';
import { initialViewState, type ViewState } from '../../view/view-state';
import { KgSelectEvent } from '../events';
import type { HashSyncController } from './hash-sync-controller';
import type { KeyboardNavController } from './keyboard-nav-controller';
import type { StageController } from './stage-controller';
import type { TourController } from './tour-controller';

/** The element's attributes that shape the first view. */
export interface OpeningAttributes {
  readonly lang: string | undefined;
  readonly node: string | undefined;
  readonly view: string | undefined;
  readonly tour: string | undefined;
  readonly tourStep: number | undefined;
}

export interface SessionEffectsOptions {
  readonly stage: StageController;
  readonly tour: TourController;
  readonly keyboard: KeyboardNavController;
  readonly hashSync: HashSyncController;
  opening(): OpeningAttributes;
  /** The view's language changed: the element's `lang` follows. */
  languageChanged(lang: string): void;
  /** The state shown changed (undefined: no graph). */
  stateChanged(state: ViewState | undefined): void;
  /** Words for screen readers (the element's live region). */
  announce(text: string): void;
}

export class SessionEffects {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: SessionEffectsOptions;
  #session: ViewSession | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, options: SessionEffectsOptions) {
    this.#host = host;
    this.#options = options;
  }

  /** The loaded graph and its view state; undefined before a load and after a failed one. */
  get session(): ViewSession | undefined {
    return this.#session;
  }

  /** A graph was loaded: its first view comes from the attributes, then the URL (a link is more particular). */
  open(document: GraphDocument): void {
    const { tour, hashSync } = this.#options;
    const attributes = this.#options.opening();
    const context = buildGraphContext(document);
    const lang = openingLanguage(context.kg, attributes.lang);
    const base = initialViewFromAttributes(initialViewState(lang), { node: attributes.node, view: attributes.view }, context.universe);
    const fromUrl = hashSync.read(base, context.universe);
    const first = fromUrl.tour || !attributes.tour ? fromUrl : { ...fromUrl, tour: { id: attributes.tour, step: attributes.tourStep ?? 1 } };
    const session = new ViewSession(context, { ...first, panel: first.selection ? 'details' : first.path ? 'path' : null });
    this.#session = session;
    session.subscribe((next, previous, intent) => this.#apply(next, previous, intent));
    tour.reset();
    this.#options.stateChanged(session.state);
    if (attributes.lang !== session.state.lang) this.#options.languageChanged(session.state.lang);
    tour.opened(session.state);
    hashSync.refresh();
  }

  /** The load failed or a new one started: nothing is shown. */
  close(): void {
    this.#session = undefined;
    this.#options.stateChanged(undefined);
  }

  /**
   * A changed document on screen without a new load (an edit, the file saved on disk): the
   * camera, the selection while it exists, the language and the filters stay.
   */
  replaceDocument(document: GraphDocument, placeAt?: { x: number; y: number }): void {
    const session = this.#session;
    if (!session) return;
    for (const intent of session.replaceDocument(document)) this.dispatch(intent);
    void this.#options.stage.resync(placeAt);
    this.#host.requestUpdate();
  }

  dispatch(intent: Intent): void {
    const session = this.#session;
    if (!session) return;
    const { stage, keyboard } = this.#options;
    const state = session.dispatch(intent);
    // Camera moves belong to the intent, not to the state: a URL change does not pan.
    if (intent.type === 'select' && state.selection?.id === intent.id) {
      void stage.revealLit([intent.id]);
      // Arrow keys continue from here; the ring itself is drawn only for keyboard focus.
      if (intent.kind === 'node') keyboard.follow(intent.id);
    }
    if (intent.type === 'set-depth') void stage.revealLit([]);
    if (intent.type === 'back' && !state.selection && !state.panel) keyboard.clear();
  }

  /** What the spotlight lights now, a tour step's elements included. */
  highlight(): Highlight | null {
    return this.#session?.highlight(this.#options.tour.lit()) ?? null;
  }

  /** A state change's side effects. */
  #apply(next: ViewState, previous: ViewState, intent: Intent): void {
    const session = this.#session;
    if (!session) return;
    const { stage, tour, hashSync } = this.#options;
    this.#options.stateChanged(next);
    if (next.lang !== previous.lang) {
      this.#options.languageChanged(next.lang);
      stage.restyle();
    }
    if (next.filters !== previous.filters) stage.afterVisibilityChange(session.visible, session.kg.nodes.length, SMALL_GRAPH_MAX_NODES);
    const pathChanged = next.path !== previous.path || next.filters !== previous.filters;
    if (pathChanged && next.path && session.paths.length && intent.type !== 'toggle-filter') void stage.frame(session.paths.flatMap((p) => p.nodes));
    const lit = ['selection', 'depth', 'path', 'filters', 'lang', 'tour', 'readAlong', 'panel', 'sourceView'] as const;
    if (lit.some((key) => next[key] !== previous[key])) stage.renderer?.setHighlight(this.highlight());
    tour.stateChanged(next, previous, intent);
    const paragraph = next.readAlong?.paragraph;
    if (paragraph && paragraph !== previous.readAlong?.paragraph && next.sourceView) {
      const reading = session.readAlongLit(next);
      if (reading.nodes.size) void stage.frame([...reading.nodes, ...reading.edges]);
      this.#options.announce(litAnnouncement(session.kg, factsIn(session.kg, next.sourceView.sourceId, paragraph, session.visible), next.lang));
    }
    if (next.selection !== previous.selection) {
      const sel = next.selection;
      this.#options.announce(selectionAnnouncement(session.kg, sel, next.lang));
      this.#host.dispatchEvent(new KgSelectEvent({ id: sel?.id ?? null, kind: sel?.kind ?? null }));
    }
    hashSync.write(next, previous);
  }
}

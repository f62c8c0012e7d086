/**
 * Plays a tour around the view state: when the tour or its step changes it frames the step in
 * the free part of the stage, tells the page (`kg-tour-step`), moves focus to the card when the
 * reader started the tour, and runs autoplay (a timer for the next step, paused by any pointer,
 * key or wheel on the element until the reader resumes).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Tour } from '../../format/types';
import type { KnowledgeGraph } from '../../model/knowledge-graph';
import type { Visibility } from '../../model/filters';
import type { ElementSet } from '../../model/neighbourhood';
import type { Intent } from '../../state/intents';
import {
  autoplayDue,
  autoplayNextStep,
  autoplayStepShown,
  pauseAutoplay,
  resumeAutoplay,
  startAutoplay,
  type AutoplayState,
} from '../../view/autoplay';
import { playableTours, stepElements, tourById, tourStep } from '../../view/tour';
import type { TourPosition, ViewState } from '../../view/view-state';
import { KgTourStepEvent } from '../events';
import type { AutoplayStatus } from '../kg-tour/kg-tour-card';

export interface TourControllerOptions {
  graph(): KnowledgeGraph | undefined;
  state(): ViewState | undefined;
  visible(): Visibility | undefined;
  dispatch(intent: Intent): void;
  /** Frames elements in the free part of the stage (animated unless the reader asked for less motion). */
  frame(ids: readonly string[]): void;
  /** Seconds per step when the element autoplays; undefined when it does not. */
  autoplaySeconds(): number | undefined;
  /** The tour the element's `tour` attribute names, to autoplay when none is playing. */
  preferredTour(): string | undefined;
  /** Moves focus to the tour's card (after the host rendered it). */
  focusCard(): void;
  /** Moves focus back to the toolbar's tour control. */
  focusControl(): void;
  /** Whether keyboard focus is on the tour's card. */
  focusInCard(): boolean;
  /** Keeps the element's `tour` and `tour-step` saying which tour and step are shown (undefined: none). */
  mirror(position: TourPosition | null | undefined): void;
}

const EMPTY: ElementSet = { nodes: new Set(), edges: new Set() };

export class TourController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: TourControllerOptions;
  #autoplay: AutoplayState | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #ready = false;

  constructor(host: ReactiveControllerHost & HTMLElement, options: TourControllerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    for (const type of ['pointerdown', 'keydown', 'wheel'] as const) this.#host.addEventListener(type, this.#onInteraction, { capture: true, passive: true });
  }

  hostDisconnected(): void {
    for (const type of ['pointerdown', 'keydown', 'wheel'] as const) this.#host.removeEventListener(type, this.#onInteraction, { capture: true });
    this.#stopAutoplay();
    this.#ready = false;
  }

  /** The tours the file offers. */
  tours(): Tour[] {
    const kg = this.#options.graph();
    return kg ? playableTours(kg) : [];
  }

  /** The tour being played, if the state names one. */
  current(): { tour: Tour; position: TourPosition } | undefined {
    const kg = this.#options.graph();
    const position = this.#options.state()?.tour;
    const tour = kg && position ? tourById(kg, position.id) : undefined;
    return tour && position ? { tour, position } : undefined;
  }

  /** What the current step lights (nothing when no tour plays). */
  lit(): ElementSet {
    const kg = this.#options.graph();
    const current = this.current();
    const step = current && tourStep(current.tour, current.position.step);
    return kg && step ? stepElements(kg, step, this.#options.visible()) : EMPTY;
  }

  get autoplayStatus(): AutoplayStatus {
    return !this.#autoplay ? 'off' : this.#autoplay.paused ? 'paused' : 'playing';
  }

  /** A new graph was loaded: nothing of the old one's tour carries over. */
  reset(): void {
    this.#stopAutoplay();
    this.#ready = false;
  }

  /** The first layout settled: frame a tour opened by a link or an attribute, and start autoplay. */
  settled(): void {
    this.#ready = true;
    if (this.current()) {
      this.#frameStep();
      this.#announceStep();
    } else if (this.#options.autoplaySeconds() !== undefined) {
      const first = this.#options.preferredTour() ?? this.tours()[0]?.id;
      if (first) this.#options.dispatch({ type: 'start-tour', tour: first });
    }
    this.#syncAutoplay();
  }

  /**
   * A graph was loaded into this view state. A tour attribute naming no tour of the file is left
   * as the page wrote it.
   */
  opened(state: ViewState): void {
    if (state.tour) this.#options.mirror(state.tour);
  }

  /** The page set `tour` or `tour-step` (the element's own mirroring dispatches the same step: no change). */
  attributesChanged(tour: string | undefined, step: number | undefined, tourChanged: boolean): void {
    if (!this.#options.state()) return;
    if (tour) this.#options.dispatch({ type: 'start-tour', tour, ...(step ? { step } : {}) });
    else if (tourChanged) this.#options.dispatch({ type: 'stop-tour' });
  }

  /** The view state changed. */
  stateChanged(next: ViewState, previous: ViewState, intent: Intent): void {
    const a = next.tour ?? null;
    const b = previous.tour ?? null;
    if (next.tour !== previous.tour) this.#options.mirror(next.tour);
    if (a?.id === b?.id && a?.step === b?.step) {
      // Filters may have hidden or shown part of the step: light it again (the element restyles).
      return;
    }
    if (this.#ready && a) this.#frameStep();
    this.#announceStep();
    if (a && intent.type === 'start-tour' && intent.focus) this.#options.focusCard();
    if (!a && b && this.#options.focusInCard()) this.#options.focusControl();
    if (this.#autoplay && a) this.#autoplay = autoplayStepShown(this.#autoplay, performance.now());
    this.#syncAutoplay();
  }

  /** The `autoplay` attribute changed. */
  autoplayChanged(): void {
    this.#stopAutoplay();
    if (this.#ready && !this.current() && this.#options.autoplaySeconds() !== undefined) {
      const first = this.#options.preferredTour() ?? this.tours()[0]?.id;
      if (first) this.#options.dispatch({ type: 'start-tour', tour: first });
    }
    this.#syncAutoplay();
  }

  pause(): void {
    if (!this.#autoplay || this.#autoplay.paused) return;
    this.#autoplay = pauseAutoplay(this.#autoplay);
    this.#schedule();
    this.#host.requestUpdate();
  }

  resume(): void {
    if (!this.#autoplay) return;
    this.#autoplay = resumeAutoplay(this.#autoplay, performance.now());
    this.#schedule();
    this.#host.requestUpdate();
  }

  #onInteraction = (): void => this.pause();

  #frameStep(): void {
    const lit = this.lit();
    const ids = [...lit.nodes, ...lit.edges];
    if (ids.length) this.#options.frame(ids);
  }

  #announceStep(): void {
    const current = this.current();
    this.#host.dispatchEvent(
      new KgTourStepEvent(current ? { tour: current.tour.id, step: current.position.step, of: current.tour.steps.length } : { tour: null, step: 0, of: 0 }),
    );
  }

  /** Autoplay runs while a tour plays on a ready element that has the attribute. */
  #syncAutoplay(): void {
    const seconds = this.#options.autoplaySeconds();
    const want = this.#ready && seconds !== undefined && this.current() !== undefined;
    if (!want) {
      this.#stopAutoplay();
      return;
    }
    this.#autoplay ??= startAutoplay(seconds, performance.now());
    this.#schedule();
    this.#host.requestUpdate();
  }

  #stopAutoplay(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#autoplay) {
      this.#autoplay = null;
      this.#host.requestUpdate();
    }
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const state = this.#autoplay;
    if (!state || state.dueAt === null) return;
    this.#timer = setTimeout(() => this.#tick(), Math.max(0, state.dueAt - performance.now()));
  }

  #tick(): void {
    const state = this.#autoplay;
    const current = this.current();
    if (!state || !current) return;
    if (!autoplayDue(state, performance.now())) {
      this.#schedule();
      return;
    }
    const next = autoplayNextStep(current.position.step, current.tour.steps.length);
    // A one-step tour has nowhere to go: wait a whole interval again.
    if (next === current.position.step) {
      this.#autoplay = autoplayStepShown(state, performance.now());
      this.#schedule();
      return;
    }
    this.#options.dispatch({ type: 'go-to-step', step: next });
  }
}

/**
 * Autoplay of a tour, for a kiosk or a projector: a step every `intervalMs`, looping back to the
 * first step after the last; any interaction (pointer, key, wheel) pauses it until the reader
 * resumes. The decisions are pure functions of time so Node tests reach them; the element only
 * keeps one timer for `dueAt`.
 */

/** Seconds per step when `autoplay` is present without a usable number. */
export const DEFAULT_AUTOPLAY_SECONDS = 10;
/** Below this, captions could not be read before the next step (and a timer would spin). */
export const MIN_AUTOPLAY_SECONDS = 2;

export interface AutoplayState {
  readonly intervalMs: number;
  readonly paused: boolean;
  /** When the next step is due (ms, the clock the caller uses); null while paused. */
  readonly dueAt: number | null;
}

/** Seconds per step from the `autoplay` attribute: absent → off, empty or unusable → the default. */
export function autoplaySeconds(attribute: string | null): number | undefined {
  if (attribute === null) return undefined;
  const value = Number(attribute.trim());
  if (attribute.trim() === '' || !Number.isFinite(value) || value <= 0) return DEFAULT_AUTOPLAY_SECONDS;
  return Math.max(value, MIN_AUTOPLAY_SECONDS);
}

export function startAutoplay(seconds: number, now: number): AutoplayState {
  const intervalMs = Math.max(seconds, MIN_AUTOPLAY_SECONDS) * 1000;
  return { intervalMs, paused: false, dueAt: now + intervalMs };
}

/** The reader touched something: stop advancing until they resume. */
export function pauseAutoplay(state: AutoplayState): AutoplayState {
  return state.paused ? state : { ...state, paused: true, dueAt: null };
}

/** Resumed: the next step comes a whole interval from now (time to read the current one). */
export function resumeAutoplay(state: AutoplayState, now: number): AutoplayState {
  return { ...state, paused: false, dueAt: now + state.intervalMs };
}

/** The step changed (by autoplay or otherwise): a playing autoplay gives the new step a whole interval. */
export function autoplayStepShown(state: AutoplayState, now: number): AutoplayState {
  return state.paused ? state : { ...state, dueAt: now + state.intervalMs };
}

/** Whether a step is due at `now`. */
export function autoplayDue(state: AutoplayState, now: number): boolean {
  return !state.paused && state.dueAt !== null && now >= state.dueAt;
}

/** The step that follows `step` (from 1) of `of` under autoplay: the next one, or the first after the last. */
export function autoplayNextStep(step: number, of: number): number {
  return step >= of ? 1 : step + 1;
}

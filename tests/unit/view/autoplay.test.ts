import { describe, expect, it } from 'vitest';
import {
  autoplayDue,
  autoplayNextStep,
  autoplaySeconds,
  autoplayStepShown,
  DEFAULT_AUTOPLAY_SECONDS,
  MIN_AUTOPLAY_SECONDS,
  pauseAutoplay,
  resumeAutoplay,
  startAutoplay,
} from '../../../src/view/autoplay';

describe('autoplay', () => {
  it('reads seconds per step from the attribute: absent is off, blank or unusable the default, tiny values raised', () => {
    expect(autoplaySeconds(null)).toBeUndefined();
    expect(autoplaySeconds('')).toBe(DEFAULT_AUTOPLAY_SECONDS);
    expect(autoplaySeconds('soon')).toBe(DEFAULT_AUTOPLAY_SECONDS);
    expect(autoplaySeconds('-3')).toBe(DEFAULT_AUTOPLAY_SECONDS);
    expect(autoplaySeconds(' 8 ')).toBe(8);
    expect(autoplaySeconds('0.1')).toBe(MIN_AUTOPLAY_SECONDS);
  });

  it('a step is due one interval after it was shown, not before', () => {
    const s = startAutoplay(8, 1000);
    expect(autoplayDue(s, 8999)).toBe(false);
    expect(autoplayDue(s, 9000)).toBe(true);
    const next = autoplayStepShown(s, 9000);
    expect(autoplayDue(next, 16999)).toBe(false);
    expect(autoplayDue(next, 17000)).toBe(true);
  });

  it('an interaction pauses it: nothing is due until it resumes, then a whole interval later', () => {
    const paused = pauseAutoplay(startAutoplay(5, 0));
    expect(paused.paused).toBe(true);
    expect(autoplayDue(paused, 1e9)).toBe(false);
    expect(pauseAutoplay(paused)).toBe(paused);
    // A step changed by hand while paused stays paused.
    expect(autoplayStepShown(paused, 50)).toBe(paused);
    const resumed = resumeAutoplay(paused, 20_000);
    expect(autoplayDue(resumed, 24_999)).toBe(false);
    expect(autoplayDue(resumed, 25_000)).toBe(true);
  });

  it('loops back to the first step after the last', () => {
    expect(autoplayNextStep(1, 8)).toBe(2);
    expect(autoplayNextStep(7, 8)).toBe(8);
    expect(autoplayNextStep(8, 8)).toBe(1);
    expect(autoplayNextStep(1, 1)).toBe(1);
  });
});

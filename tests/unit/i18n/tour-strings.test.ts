import { describe, expect, it } from 'vitest';
import { TOUR_STRINGS, tourStrings } from '../../../src/i18n/tour-strings';

describe('tour strings', () => {
  it('every UI language has every string, of the same kind', () => {
    const shape = (strings: object) => Object.entries(strings).map(([key, value]) => `${key}:${typeof value}`).sort();
    expect(shape(TOUR_STRINGS.ar)).toEqual(shape(TOUR_STRINGS.en));
  });

  it('counts steps from 1 in the reader\'s digits, and falls back to English', () => {
    expect(tourStrings('en').stepOf(3, 8)).toBe('Step 3 of 8');
    expect(tourStrings('ar').stepOf(3, 8)).toBe('الخطوة ٣ من ٨');
    expect(tourStrings('fr').next).toBe('Next');
    expect(tourStrings('constructor').next).toBe('Next');
  });
});

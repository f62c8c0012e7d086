import { describe, expect, it } from 'vitest';
import { median, medianFigure, percentile, ratio } from '../../bench/stats';

describe('median', () => {
  it('takes the middle of an odd count, in any order', () => {
    expect(median([9, 1, 5])).toBe(5);
  });
  it('averages the middle two of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('is NaN for no values and keeps two infinite middles infinite', () => {
    expect(median([])).toBeNaN();
    expect(median([1, Infinity, Infinity, Infinity])).toBe(Infinity);
  });
  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('percentile', () => {
  it('uses the nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile(values, 0)).toBe(1);
    expect(percentile([10, 20], 50)).toBe(10);
  });
});

describe('medianFigure', () => {
  it('is the median of the values', () => {
    expect(medianFigure([{ value: 30 }, { value: 10 }, { value: 20 }])).toEqual({ value: 20 });
  });
  it('counts a timeout as slower than every value', () => {
    expect(medianFigure([{ value: 10 }, { outcome: 'timed-out' }, { value: 20 }])).toEqual({ value: 20 });
    expect(medianFigure([{ value: 10 }, { outcome: 'timed-out' }, { outcome: 'timed-out', reason: 'cap 1 s' }])).toEqual({
      outcome: 'timed-out',
    });
  });
  it('leaves failed runs out and reports the reason when nothing is left', () => {
    expect(medianFigure([{ outcome: 'failed', reason: 'x' }, { value: 4 }])).toEqual({ value: 4 });
    expect(medianFigure([{ outcome: 'unavailable', reason: 'no element' }])).toEqual({ outcome: 'unavailable', reason: 'no element' });
  });
});

describe('ratio', () => {
  it('divides viewer by baseline', () => {
    expect(ratio({ value: 50 }, { value: 200 })).toBe(0.25);
  });
  it('has no value when either side has none or the baseline is zero', () => {
    expect(ratio({ value: 50 }, { outcome: 'timed-out' })).toBeUndefined();
    expect(ratio({ outcome: 'skipped' }, { value: 1 })).toBeUndefined();
    expect(ratio({ value: 50 }, { value: 0 })).toBeUndefined();
    expect(ratio(undefined, { value: 1 })).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { ConvergenceWatch, SIGMA_CONVERGENCE, meanMoveRatio } from '../../bench/convergence';

describe('meanMoveRatio', () => {
  it('is the mean distance moved per node over the diagonal of the new positions', () => {
    // Two nodes on a 30 × 40 box (diagonal 50); one moves by 5, the other stays: mean 2.5.
    expect(meanMoveRatio([0, 0, 30, 40], [3, 4, 30, 40])).toBeCloseTo(2.5 / Math.hypot(27, 36));
    expect(meanMoveRatio([0, 0, 30, 40], [0, 0, 30, 40])).toBe(0);
  });
  it('is 0 for no nodes and infinite when everything collapsed onto a moving point', () => {
    expect(meanMoveRatio([], [])).toBe(0);
    expect(meanMoveRatio([0, 0, 1, 1], [5, 5, 5, 5])).toBe(Infinity);
  });
});

describe('ConvergenceWatch', () => {
  const rule = { meanMoveRatio: 0.01, iterations: 3, budgetMs: 1000 };
  const at = (x: number): number[] => [0, 0, 100, 0, x, 50];

  it('settles after the required number of calm iterations in a row', () => {
    const watch = new ConvergenceWatch(rule, 0);
    expect(watch.step(at(50), 10)).toBeUndefined();
    expect(watch.step(at(50.1), 20)).toBeUndefined();
    expect(watch.step(at(50.2), 30)).toBeUndefined();
    expect(watch.step(at(50.3), 40)).toBe('converged');
    expect(watch.iterations).toBe(4);
  });
  it('starts counting again after a big move', () => {
    const watch = new ConvergenceWatch(rule, 0);
    watch.step(at(50), 1);
    watch.step(at(50.1), 2);
    watch.step(at(50.2), 3);
    expect(watch.step(at(90), 4)).toBeUndefined();
    expect(watch.step(at(90.1), 5)).toBeUndefined();
  });
  it('settles when the budget runs out, converged or not', () => {
    const watch = new ConvergenceWatch(rule, 500);
    expect(watch.step(at(0), 1400)).toBeUndefined();
    expect(watch.step(at(90), 1500)).toBe('budget');
  });
  it('keeps the sigma page within the bench cap', () => {
    expect(SIGMA_CONVERGENCE.budgetMs).toBeLessThan(120_000);
  });
});

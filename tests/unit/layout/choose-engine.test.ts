import { describe, expect, it } from 'vitest';
import { chooseLayoutEngine, COLA_MAX_NODES, QUICK_MAX_NODES } from '../../../src/render/layout/start-layout';
import { colaOptions } from '../../../src/render/layout/cola-layout';
import { forceSettings } from '../../../src/render/layout/force-layout';

describe('chooseLayoutEngine', () => {
  it('uses preset when every node is pinned, whatever the size', () => {
    expect(chooseLayoutEngine(10, 10)).toBe('preset');
    expect(chooseLayoutEngine(50_000, 50_000)).toBe('preset');
  });

  it('uses the quick layout for small graphs, up to QUICK_MAX_NODES, and the force worker above', () => {
    expect(chooseLayoutEngine(40, 0)).toBe('quick');
    expect(chooseLayoutEngine(QUICK_MAX_NODES, 3)).toBe('quick');
    expect(chooseLayoutEngine(QUICK_MAX_NODES + 1, 0)).toBe('force');
  });
});

describe('colaOptions', () => {
  it('starts from the seeds, animated, with no synchronous iterations', () => {
    const options = colaOptions(40, { fit: true, padding: 30 });
    expect(options).toMatchObject({
      name: 'cola',
      animate: true,
      randomize: false,
      centerGraph: false,
      avoidOverlap: true,
      unconstrIter: 0,
      userConstIter: 0,
      allConstIter: 0,
      fit: true,
    });
  });

  it('bounds the simulation time and gives bigger graphs no less of it', () => {
    const small = colaOptions(40, { fit: false, padding: 0 }).maxSimulationTime as number;
    const larger = colaOptions(COLA_MAX_NODES, { fit: false, padding: 0 }).maxSimulationTime as number;
    expect(small).toBeGreaterThan(0);
    expect(larger).toBeGreaterThanOrEqual(small);
    expect(colaOptions(40, { fit: false, padding: 0, maxSimulationTime: 123 }).maxSimulationTime).toBe(123);
  });
});

describe('forceSettings', () => {
  it('gives bigger graphs at least as much time, within the tick bounds', () => {
    const sizes = [40, 300, 1000, 2000, 5000, 20_000];
    const budgets = sizes.map((n) => forceSettings(n).budgetMs);
    for (let i = 1; i < budgets.length; i++) expect(budgets[i]).toBeGreaterThanOrEqual(budgets[i - 1]!);
    for (const n of sizes) {
      const s = forceSettings(n);
      expect(s.minTicks).toBeLessThanOrEqual(s.maxTicks);
      expect(s.chargeStrength).toBeLessThan(0);
      expect(s.theta).toBeGreaterThan(0);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { boundsOf, pointsOfPairs, revealViewport, viewportFor } from '../../../src/render/fit';

const limits = { padding: 20, margin: 0, minZoom: 0.02, maxZoom: 6 };

/** Where a model point lands on screen under a viewport. */
const onScreen = (v: { zoom: number; pan: { x: number; y: number } }, p: { x: number; y: number }) => ({
  x: v.pan.x + v.zoom * p.x,
  y: v.pan.y + v.zoom * p.y,
});

describe('boundsOf', () => {
  it('is the smallest box holding every point', () => {
    expect(boundsOf([{ x: 3, y: -1 }, { x: -2, y: 5 }, { x: 0, y: 0 }])).toEqual({ x1: -2, y1: -1, x2: 3, y2: 5 });
  });

  it('is undefined for no points', () => {
    expect(boundsOf([])).toBeUndefined();
  });

  it('reads flat [x, y, …] buffers like lists of points', () => {
    expect(boundsOf(pointsOfPairs(new Float32Array([1, 2, -4, 8, 0.5, -3])))).toEqual({ x1: -4, y1: -3, x2: 1, y2: 8 });
    expect([...pointsOfPairs([1, 2, 3])]).toEqual([{ x: 1, y: 2 }]);
  });
});

describe('viewportFor', () => {
  it('centres the box and keeps it inside the padding, filling the tighter axis', () => {
    const bounds = { x1: -100, y1: -50, x2: 300, y2: 50 };
    const v = viewportFor(bounds, { width: 440, height: 400 }, limits)!;
    expect(v.zoom).toBeCloseTo(1); // (440 - 2 * 20) / 400 wide
    const topLeft = onScreen(v, { x: bounds.x1, y: bounds.y1 });
    const bottomRight = onScreen(v, { x: bounds.x2, y: bounds.y2 });
    expect(topLeft.x).toBeCloseTo(20);
    expect(bottomRight.x).toBeCloseTo(420);
    expect((topLeft.y + bottomRight.y) / 2).toBeCloseTo(200);
  });

  it('adds the margin around the points before fitting', () => {
    const v = viewportFor({ x1: 0, y1: 0, x2: 100, y2: 100 }, { width: 240, height: 240 }, { ...limits, margin: 50 })!;
    expect(v.zoom).toBeCloseTo(1); // 200 px of room for 200 model units
  });

  it('clamps the zoom to the limits', () => {
    const single = viewportFor({ x1: 5, y1: 5, x2: 5, y2: 5 }, { width: 800, height: 600 }, { ...limits, maxZoom: 2 })!;
    expect(single.zoom).toBe(2);
    expect(onScreen(single, { x: 5, y: 5 })).toEqual({ x: 400, y: 300 });
    const huge = viewportFor({ x1: 0, y1: 0, x2: 1e7, y2: 1e7 }, { width: 800, height: 600 }, limits)!;
    expect(huge.zoom).toBe(limits.minZoom);
  });

  it('gives nothing when the viewport has no room left inside its padding', () => {
    expect(viewportFor({ x1: 0, y1: 0, x2: 10, y2: 10 }, { width: 0, height: 0 }, limits)).toBeUndefined();
    expect(viewportFor({ x1: 0, y1: 0, x2: 10, y2: 10 }, { width: 40, height: 300 }, limits)).toBeUndefined();
  });
});

describe('revealViewport', () => {
  const limits = { padding: 10, minZoom: 0.1, maxZoom: 4 };
  // A 1000 × 600 canvas with a 300 px panel on the right: the free part is 700 × 600.
  const free = { x1: 0, y1: 0, x2: 700, y2: 600 };
  const inside = (v: { zoom: number; pan: { x: number; y: number } }, b: { x1: number; y1: number; x2: number; y2: number }) => {
    const a = onScreen(v, { x: b.x1, y: b.y1 });
    const c = onScreen(v, { x: b.x2, y: b.y2 });
    return a.x >= free.x1 + 9.99 && a.y >= free.y1 + 9.99 && c.x <= free.x2 + 0.01 - 10 && c.y <= free.y2 + 0.01 - 10;
  };

  it('moves nothing when the elements already lie in the free part', () => {
    expect(revealViewport({ x1: 100, y1: 100, x2: 200, y2: 200 }, { zoom: 1, pan: { x: 0, y: 0 } }, free, limits)).toBeNull();
  });

  it('keeps the reader’s zoom and pans as little as needed when they fit at it (out from under the panel)', () => {
    const bounds = { x1: 650, y1: 100, x2: 800, y2: 200 };
    const v = revealViewport(bounds, { zoom: 1, pan: { x: 0, y: 0 } }, free, limits)!;
    expect(v.zoom).toBe(1);
    expect(v.pan).toEqual({ x: -110, y: 0 });
    expect(inside(v, bounds)).toBe(true);
  });

  it('zooms out to fit, centred in the free part, when they do not fit at the reader’s zoom', () => {
    const bounds = { x1: -500, y1: -100, x2: 900, y2: 300 };
    const v = revealViewport(bounds, { zoom: 1, pan: { x: 0, y: 0 } }, free, limits)!;
    expect(v.zoom).toBeCloseTo(680 / 1400, 6);
    expect(inside(v, bounds)).toBe(true);
    const mid = onScreen(v, { x: 200, y: 100 });
    expect(mid.x).toBeCloseTo(350, 6);
    expect(mid.y).toBeCloseTo(300, 6);
  });

  it('frames above a bottom sheet', () => {
    const sheet = { x1: 0, y1: 0, x2: 360, y2: 300 };
    const bounds = { x1: 0, y1: 0, x2: 300, y2: 500 };
    const v = revealViewport(bounds, { zoom: 1, pan: { x: 0, y: 0 } }, sheet, limits)!;
    expect(v.zoom).toBeCloseTo(280 / 500, 6);
    expect(onScreen(v, { x: 0, y: 500 }).y).toBeLessThanOrEqual(290 + 1e-9);
  });

  it('with keepZoom never zooms out: it brings the core (the selection) into view at the reader’s zoom, or moves nothing', () => {
    const bounds = { x1: -500, y1: -100, x2: 900, y2: 300 };
    const core = { x1: 750, y1: 100, x2: 800, y2: 150 };
    const current = { zoom: 1, pan: { x: 0, y: 0 } };
    const v = revealViewport(bounds, current, free, { ...limits, keepZoom: { core } })!;
    expect(v.zoom).toBe(1);
    expect(inside(v, core)).toBe(true);
    expect(revealViewport(bounds, current, free, { ...limits, keepZoom: {} })).toBeNull();
    // What fits at the reader's zoom is revealed as without keepZoom.
    const near = { x1: 650, y1: 100, x2: 800, y2: 200 };
    expect(revealViewport(near, current, free, { ...limits, keepZoom: { core } })).toEqual(revealViewport(near, current, free, limits));
  });
});

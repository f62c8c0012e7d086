import { describe, expect, it } from 'vitest';
import { cameraTransform, LINE_DASH, stillCovers, strokeBatches, strokeEdges, type StrokeContext } from '../../../src/render/edge-strokes';
import { statusEncoding } from '../../../src/view/encodings';
import type { EdgeView } from '../../../src/view/view-model';

function edge(id: string, source: string, target: string, line: string, status: string): EdgeView {
  return { id, type: 't', source, target, text: id, label: id, directed: false, line, status, encoding: statusEncoding(status) };
}

/** A 2D context that records the calls strokeEdges makes. */
function recorder() {
  const calls: string[] = [];
  const lines: [number, number, number, number][] = [];
  let from: [number, number] = [0, 0];
  const ctx: StrokeContext = {
    strokeStyle: '',
    lineWidth: 1,
    lineCap: 'round',
    setTransform: (...m) => calls.push(`transform ${m.join(' ')}`),
    setLineDash: (d) => calls.push(`dash ${d.join(',')}`),
    beginPath: () => calls.push('begin'),
    moveTo: (x, y) => (from = [x, y]),
    lineTo: (x, y) => lines.push([...from, x, y]),
    stroke: () => calls.push(`stroke ${ctx.lineWidth}`),
  };
  return { ctx, calls, lines };
}

describe('strokeBatches', () => {
  it('groups edges by width and line style, in the order each look first appears', () => {
    const edges = [
      edge('a', 'n0', 'n1', 'solid', 'signed'),
      edge('b', 'n1', 'n2', 'dashed', 'proposed'),
      edge('c', 'n2', 'n3', 'solid', 'agreed'),
      edge('d', 'n3', 'n0', 'solid', 'proposed'),
    ];
    const batches = strokeBatches(edges).map((b) => ({ width: b.width, dash: b.dash, edges: [...b.edges] }));
    // signed and agreed share a width (3.5), so a and c are one batch.
    expect(batches).toEqual([
      { width: 3.5, dash: [], edges: [0, 2] },
      { width: 1.8, dash: LINE_DASH['dashed'], edges: [1] },
      { width: 1.8, dash: [], edges: [3] },
    ]);
  });

  it('draws an unknown line style solid', () => {
    expect(strokeBatches([edge('a', 'x', 'y', 'wavy', 'signed')])[0]!.dash).toEqual([]);
  });
});

describe('strokeEdges', () => {
  const positions = [
    { x: 0, y: 0 },
    { x: 100, y: 0 },
    { x: 100, y: 100 },
    { x: 5000, y: 0 },
    { x: 5000, y: 100 },
  ];
  const edges = [edge('ab', 'n0', 'n1', 'solid', 'signed'), edge('bc', 'n1', 'n2', 'dashed', 'proposed'), edge('far', 'n3', 'n4', 'solid', 'signed'), edge('across', 'n0', 'n3', 'solid', 'signed')];
  const graph = (hidden: number[] = []) => ({
    positions,
    ends: Uint32Array.from([0, 1, 1, 2, 3, 4, 0, 3]),
    hidden: Uint8Array.from(edges.map((_, i) => (hidden.includes(i) ? 1 : 0))),
    batches: strokeBatches(edges),
  });

  it('strokes each look once, in model units under the camera, and leaves lines wholly off the canvas out', () => {
    const { ctx, calls, lines } = recorder();
    const drawn = strokeEdges(ctx, graph(), '#123456', { k: 2, tx: 10, ty: 20 }, 800, 600);
    // On a canvas of 800 × 600 px at zoom 2 the model spans x -5…395: "far" (x = 5000) is off it,
    // "across" starts on it.
    expect(drawn).toBe(3);
    expect(lines).toEqual([
      [0, 0, 100, 0],
      [0, 0, 5000, 0],
      [100, 0, 100, 100],
    ]);
    expect(calls).toEqual(['transform 2 0 0 2 10 20', 'dash ', 'begin', 'stroke 3.5', 'dash 7,5', 'begin', 'stroke 1.8', 'transform 1 0 0 1 0 0']);
    expect(ctx.strokeStyle).toBe('#123456');
  });

  it('leaves hidden edges out, and a look with nothing to draw is not stroked', () => {
    const { ctx, calls, lines } = recorder();
    expect(strokeEdges(ctx, graph([1]), '#000', { k: 1, tx: 0, ty: 0 }, 800, 600)).toBe(2);
    expect(lines).toEqual([
      [0, 0, 100, 0],
      [0, 0, 5000, 0],
    ]);
    expect(calls.filter((c) => c.startsWith('stroke'))).toEqual(['stroke 3.5']);
  });

  it('skips an edge whose end has no position', () => {
    const { ctx, lines } = recorder();
    const g = { ...graph(), ends: Uint32Array.from([0, 9, 1, 2, 3, 4, 0, 3]) };
    strokeEdges(ctx, g, '#000', { k: 1, tx: 0, ty: 0 }, 800, 600);
    expect(lines.some((l) => l[0] === 0 && l[2] === 100 && l[3] === 0)).toBe(false);
  });

  it('strokes a long batch in several paths', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => edge(`e${i}`, 'n0', 'n1', 'solid', 'signed'));
    const { ctx, calls } = recorder();
    const drawn = strokeEdges(
      ctx,
      { positions, ends: new Uint32Array(20_000).map((_, i) => i % 2), hidden: new Uint8Array(10_000), batches: strokeBatches(many) },
      '#000',
      { k: 1, tx: 0, ty: 0 },
      800,
      600,
    );
    expect(drawn).toBe(10_000);
    expect(calls.filter((c) => c.startsWith('stroke')).length).toBe(3);
    expect(calls.filter((c) => c === 'begin').length).toBe(3);
  });
});

describe('cameraTransform', () => {
  /** Applies a CSS matrix(k, 0, 0, k, tx, ty) to a screen point. */
  const apply = (css: string, p: { x: number; y: number }) => {
    const [k, , , , tx, ty] = css.slice(7, -1).split(',').map(Number) as number[];
    return { x: p.x * k! + tx!, y: p.y * k! + ty! };
  };
  const screen = (c: { zoom: number; pan: { x: number; y: number } }, m: { x: number; y: number }) => ({ x: m.x * c.zoom + c.pan.x, y: m.y * c.zoom + c.pan.y });

  it('moves a point drawn under one camera to where the other camera shows it', () => {
    const drawn = { zoom: 0.5, pan: { x: 40, y: -10 } };
    const now = { zoom: 1.25, pan: { x: -300, y: 75 } };
    for (const m of [{ x: 0, y: 0 }, { x: 123, y: -456 }, { x: -1000, y: 2000 }]) {
      const moved = apply(cameraTransform(drawn, now), screen(drawn, m));
      const expected = screen(now, m);
      expect(moved.x).toBeCloseTo(expected.x, 6);
      expect(moved.y).toBeCloseTo(expected.y, 6);
    }
  });

  it('is a pure translation for a pan', () => {
    expect(cameraTransform({ zoom: 2, pan: { x: 0, y: 0 } }, { zoom: 2, pan: { x: 40, y: 30 } })).toBe('matrix(1, 0, 0, 1, 40, 30)');
  });
});

describe('stillCovers', () => {
  const drawn = { zoom: 1, pan: { x: 0, y: 0 } };
  it('holds for the camera it was drawn with and for a zoom in about a point inside', () => {
    expect(stillCovers(drawn, drawn, 800, 600)).toBe(true);
    // Zoom ×2 about (400, 300): pan = p − 2p.
    expect(stillCovers(drawn, { zoom: 2, pan: { x: -400, y: -300 } }, 800, 600)).toBe(true);
  });
  it('fails after a pan in any direction or a zoom out, which leave part of the canvas bare', () => {
    expect(stillCovers(drawn, { zoom: 1, pan: { x: 5, y: 0 } }, 800, 600)).toBe(false);
    expect(stillCovers(drawn, { zoom: 1, pan: { x: 0, y: -5 } }, 800, 600)).toBe(false);
    expect(stillCovers(drawn, { zoom: 0.5, pan: { x: 200, y: 150 } }, 800, 600)).toBe(false);
  });
  it('forgives float noise of half a pixel', () => {
    expect(stillCovers(drawn, { zoom: 1, pan: { x: 0.2, y: -0.3 } }, 800, 600)).toBe(true);
  });
});

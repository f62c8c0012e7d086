import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { EDGE_LABEL, LabelLayout, NODE_LABEL, edgeLabelSpots, forcedNodeLabelSpots, labelPx, nodeLabelSpots, textBoxSize } from '../../../src/render/label-layout';
import { CLASSES } from '../../../src/render/stylesheet';
import type { TextMeasure } from '../../../src/render/text-measure';
import { overlaps, type Box } from '../../../src/render/label-placement';

const nodeBox = (cx: number, cy: number, r: number): Box => ({ x1: cx - r, y1: cy - r, x2: cx + r, y2: cy + r });

describe('labelPx', () => {
  it('scales names with the zoom, never below a readable size nor above a calm one', () => {
    expect(labelPx(NODE_LABEL, 1)).toBe(13);
    expect(labelPx(NODE_LABEL, 0.2)).toBe(NODE_LABEL.minPx);
    expect(labelPx(NODE_LABEL, 5)).toBe(NODE_LABEL.maxPx);
    expect(labelPx(EDGE_LABEL, 0.1)).toBe(EDGE_LABEL.minPx);
  });
});

describe('nodeLabelSpots', () => {
  const size = textBoxSize(80, 1, 12);
  it('offers below first, then above, right and left, every one clear of the node', () => {
    const spots = nodeLabelSpots(100, 100, 10, size, 2);
    expect(spots[0]!.dy).toBeGreaterThan(0);
    expect(spots[0]!.dx).toBe(0);
    expect(spots[1]!.dy).toBeLessThan(0);
    expect(spots[2]!.dx).toBeGreaterThan(0);
    expect(spots[3]!.dx).toBeLessThan(0);
    for (const s of spots) expect(overlaps(s.box, nodeBox(100, 100, 10))).toBe(false);
    // Each box is centred on its offset.
    for (const s of spots) expect((s.box.x1 + s.box.x2) / 2).toBeCloseTo(100 + s.dx, 6);
  });

  it('in a crowded view offers only the four sides', () => {
    expect(nodeLabelSpots(0, 0, 10, size, 2, true)).toEqual(nodeLabelSpots(0, 0, 10, size, 2).slice(0, 4));
  });

  it('gives a name that must be drawn rings further out as well', () => {
    const usual = nodeLabelSpots(0, 0, 10, size, 2);
    const forced = forcedNodeLabelSpots(0, 0, 10, size, 2);
    expect(forced.slice(0, usual.length)).toEqual(usual);
    expect(forced.length).toBeGreaterThan(usual.length);
    const farthest = Math.max(...forced.map((s) => Math.abs(s.dy)));
    expect(farthest).toBeGreaterThan(Math.max(...usual.map((s) => Math.abs(s.dy))));
  });
});

describe('edgeLabelSpots', () => {
  it('tries the midpoint, then along the line, then beside it clear of the line', () => {
    const size = textBoxSize(60, 1, 11);
    const from = { x: 0, y: 0 };
    const to = { x: 200, y: 0 };
    const spots = edgeLabelSpots(100, 0, from, to, size, 1);
    expect(spots.map((s) => [Math.round(s.dx), Math.round(s.dy) + 0]).slice(0, 3)).toEqual([
      [0, 0],
      [40, 0],
      [-40, 0],
    ]);
    // The last two lie off a horizontal line: their boxes do not cross y = 0.
    for (const s of spots.slice(3)) expect(s.box.y1 > 0 || s.box.y2 < 0).toBe(true);
  });
});

describe('LabelLayout: the spotlight placed apart (huge graphs)', () => {
  /** A main canvas of a few nodes far apart, an empty spotlight, and a fixed-width text measure. */
  function setup(spotlightApart: boolean) {
    const style = [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }] as cytoscape.StylesheetJson;
    const main = cytoscape({ headless: true, styleEnabled: true, style });
    main.add(['a', 'b', 'c'].map((id, i) => ({ group: 'nodes' as const, data: { id, label: `Name ${id}`, fullLabel: `Name ${id}`, size: 20 }, position: { x: 100 + i * 200, y: 200 } })));
    // Headless: a viewport of 800 × 400 at zoom 1.
    Object.assign(main, { width: () => 800, height: () => 400 });
    const spot = cytoscape({ headless: true, styleEnabled: true, style });
    const measure = { width: (text: string) => text.length * 7 } as unknown as TextMeasure;
    const labels = new LabelLayout(main, { cy: spot, syncNow: () => undefined }, measure, { spotlightApart });
    const light = (id: string): void => {
      const n = main.getElementById(id);
      spot.add({ group: 'nodes', data: { ...n.data() }, position: { ...n.position() }, classes: [CLASSES.selected] });
    };
    return { main, spot, labels, light };
  }
  const mainLabelled = (cy: cytoscape.Core): string[] => cy.nodes(`.${CLASSES.label}`).map((n) => n.id());

  it('names the lit node on the spotlight and leaves the main canvas as it was', () => {
    const { main, spot, labels, light } = setup(true);
    labels.run();
    expect(mainLabelled(main)).toEqual(['a', 'b', 'c']);
    let restyled = 0;
    main.on('style', () => restyled++);
    light('b');
    labels.spotlightChanged(false);
    labels.flush();
    expect(spot.getElementById('b').hasClass(CLASSES.label)).toBe(true);
    expect(mainLabelled(main)).toEqual(['a', 'b', 'c']);
    expect(restyled).toBe(0);
    labels.destroy();
  });

  it('control: otherwise the lit node\u2019s main name gives way to the spotlight\u2019s', () => {
    const { main, spot, labels, light } = setup(false);
    labels.run();
    light('b');
    labels.spotlightChanged(false);
    labels.flush();
    expect(spot.getElementById('b').hasClass(CLASSES.label)).toBe(true);
    expect(mainLabelled(main)).toEqual(['a', 'c']);
    labels.destroy();
  });

  it('a view change pending when the spotlight changes still places the main names', () => {
    const { main, labels, light } = setup(true);
    labels.run();
    main.getElementById('c').addClass(CLASSES.hidden);
    labels.invalidate();
    light('b');
    labels.spotlightChanged(false);
    labels.flush();
    expect(mainLabelled(main)).toEqual(['a']);
    labels.destroy();
  });
});

describe('LabelLayout: the better-connected node is named first (its degree in the node data)', () => {
  /** Two nodes at one spot: the first named takes the place below, the other the place above. */
  function twins(degrees: { a: number; b: number }, onSpotlight: boolean) {
    const style = [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }] as cytoscape.StylesheetJson;
    const main = cytoscape({ headless: true, styleEnabled: true, style });
    const node = (id: 'a' | 'b') => ({ group: 'nodes' as const, data: { id, label: `Name ${id}`, fullLabel: `Name ${id}`, size: 20, degree: degrees[id] }, position: { x: 400, y: 200 } });
    main.add([node('a'), node('b')]);
    Object.assign(main, { width: () => 800, height: () => 400 });
    const spot = cytoscape({ headless: true, styleEnabled: true, style });
    // On the spotlight both are lit (not forced: neither selected nor hovered).
    if (onSpotlight) spot.add([node('a'), node('b')]);
    const measure = { width: (text: string) => text.length * 7 } as unknown as TextMeasure;
    const labels = new LabelLayout(main, { cy: spot, syncNow: () => undefined }, measure);
    labels.run();
    const cy = onSpotlight ? spot : main;
    const below = (id: string) => (cy.getElementById(id).data('labelDy') as number) > 0;
    const result = { aBelow: below('a'), bBelow: below('b') };
    labels.destroy();
    return result;
  }

  it('on the main canvas', () => {
    expect(twins({ a: 5, b: 1 }, false)).toEqual({ aBelow: true, bBelow: false });
    expect(twins({ a: 1, b: 5 }, false)).toEqual({ aBelow: false, bBelow: true });
  });

  it('on the spotlight, where the main instance may hold no edges (above 300 nodes)', () => {
    expect(twins({ a: 5, b: 1 }, true)).toEqual({ aBelow: true, bBelow: false });
    expect(twins({ a: 1, b: 5 }, true)).toEqual({ aBelow: false, bBelow: true });
  });
});

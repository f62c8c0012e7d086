import { describe, expect, it } from 'vitest';
import { NODE_SIZE_RANGE, nodeColorScale, nodeShape, nodeSizeScale, paletteSlots, stableHash, statusEncoding } from '../../../src/view/encodings';
import { BUILTIN_STATUSES } from '../../../src/format/types';
import { THEMES } from '../../../src/view/theme';

const palette = THEMES.light.palette;

describe('nodeColorScale', () => {
  it('gives a type its own colour when the file declares one', () => {
    const scale = nodeColorScale({ country: { label: 'Country', color: '#123456' }, leader: { label: 'Leader' } }, palette);
    expect(scale('country')).toBe('#123456');
    expect(palette).toContain(scale('leader'));
  });

  it('gives the same type the same colour whatever else the file declares and in what order', () => {
    const a = nodeColorScale({ technology: { label: 'T' }, country: { label: 'C' } }, palette);
    const b = nodeColorScale({ country: { label: 'C' }, technology: { label: 'T' }, zebra: { label: 'Z' } }, palette);
    expect(a('technology')).toBe(b('technology'));
    expect(a('country')).toBe(b('country'));
  });

  it('gives different types of one file different colours while the palette lasts', () => {
    const types = Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((t) => [t, { label: t }]));
    const scale = nodeColorScale(types, palette);
    const colours = Object.keys(types).map((t) => scale(t));
    expect(new Set(colours).size).toBe(colours.length);
  });
});

describe('paletteSlots', () => {
  it('starts each type at the slot of its hash', () => {
    const slots = paletteSlots(['country'], 10);
    expect(slots.get('country')).toBe(stableHash('country') % 10);
  });
});

describe('nodeSizeScale', () => {
  it('maps the least and most connected nodes to the ends of the size range', () => {
    const scale = nodeSizeScale([1, 4, 9]);
    expect(scale(1)).toBe(NODE_SIZE_RANGE[0]);
    expect(scale(9)).toBe(NODE_SIZE_RANGE[1]);
  });

  it('grows with the square root of degree', () => {
    const scale = nodeSizeScale([0, 100]);
    const span = NODE_SIZE_RANGE[1] - NODE_SIZE_RANGE[0];
    expect(scale(25)).toBeCloseTo(NODE_SIZE_RANGE[0] + span * 0.5, 5);
  });

  it('gives every node the middle size when all degrees are equal', () => {
    const scale = nodeSizeScale([3, 3, 3]);
    expect(scale(3)).toBe((NODE_SIZE_RANGE[0] + NODE_SIZE_RANGE[1]) / 2);
  });

  it('handles an empty graph', () => {
    expect(Number.isFinite(nodeSizeScale([])(0))).toBe(true);
  });
});

describe('nodeShape', () => {
  it('uses the type shape when given and a stable default otherwise', () => {
    expect(nodeShape('country', { label: 'C', shape: 'diamond' })).toBe('diamond');
    expect(nodeShape('leader', { label: 'L' })).toBe(nodeShape('leader', undefined));
  });
});

describe('statusEncoding', () => {
  it('draws firm statuses thicker with filled markers and tentative ones thinner and hollow', () => {
    expect(statusEncoding('signed').firm).toBe(true);
    expect(statusEncoding('proposed').firm).toBe(false);
    expect(statusEncoding('signed').width).toBeGreaterThan(statusEncoding('proposed').width);
  });

  it('tells every built-in status apart by marker shape and fill, not colour', () => {
    const keys = BUILTIN_STATUSES.map((s) => `${statusEncoding(s).marker}/${statusEncoding(s).firm}`);
    expect(new Set(keys).size).toBe(BUILTIN_STATUSES.length);
    const glyphs = BUILTIN_STATUSES.map((s) => statusEncoding(s).glyph);
    expect(new Set(glyphs).size).toBe(BUILTIN_STATUSES.length);
  });
});

describe('palette colours next to declared ones', () => {
  it('skips palette colours close to a colour the file declares', () => {
    const declared = palette[0] as string;
    const types: Record<string, { label: string; color?: string }> = { fixed: { label: 'F', color: declared } };
    const unnamed = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];
    for (const t of unnamed) types[t] = { label: t };
    // Without the reservation one of these nine would take slot 0 (the declared colour).
    expect([...paletteSlots(unnamed, palette.length).values()]).toContain(0);
    const scale = nodeColorScale(types, palette);
    for (const t of unnamed) expect(scale(t)).not.toBe(declared);
  });
});

describe('the bundled graph’s node types', () => {
  it('get colours that do not look alike, in both themes', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = JSON.parse(readFileSync(new URL('../../../data/russia-iran-ai-blockchain.json', import.meta.url), 'utf8'));
    const { colorDistance } = await import('../../../src/view/encodings');
    for (const theme of [THEMES.light, THEMES.dark]) {
      const scale = nodeColorScale(doc.nodeTypes, theme.palette);
      const colours = Object.keys(doc.nodeTypes).map((t) => scale(t));
      for (let i = 0; i < colours.length; i++)
        for (let j = i + 1; j < colours.length; j++) expect(colorDistance(colours[i]!, colours[j]!), `${colours[i]} ~ ${colours[j]}`).toBeGreaterThan(30);
    }
  });
});

describe('withContrast', () => {
  it('keeps a colour that is visible enough and lightens a dark one on a dark background', async () => {
    const { withContrast } = await import('../../../src/view/encodings');
    const { contrastRatio } = await import('../../../src/view/theme');
    expect(withContrast('#1f5f99', '#ffffff', 3)).toBe('#1f5f99');
    const lifted = withContrast('#1f5f99', THEMES.dark.background, 3);
    expect(lifted).not.toBe('#1f5f99');
    expect(contrastRatio(lifted, THEMES.dark.background)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(withContrast('#ffee00', '#ffffff', 3), '#ffffff')).toBeGreaterThanOrEqual(3);
  });

  it('is applied to declared colours when the scale knows the background', () => {
    const scale = nodeColorScale({ c: { label: 'C', color: '#1f5f99' } }, THEMES.dark.palette, THEMES.dark.background);
    expect(scale('c')).not.toBe('#1f5f99');
  });
});

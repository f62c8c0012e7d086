import { describe, expect, it } from 'vitest';
import { THEMES, THEME_NAMES, contrastRatio, resolveTokens, themeDeclarations, tokenProperty } from '../../../src/view/theme';

describe('theme tokens', () => {
  for (const name of THEME_NAMES) {
    const t = THEMES[name];
    it(`${name}: text reaches 4.5:1 on background and surface (WCAG AA)`, () => {
      expect(contrastRatio(t.text, t.background)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(t.text, t.surface)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(t.mutedText, t.background)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(t.mutedText, t.surface)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(t.accent, t.background)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(t.text, t.mark)).toBeGreaterThanOrEqual(4.5);
    });

    it(`${name}: every palette colour reaches 4.5:1 on the background the nodes and labels are drawn on`, () => {
      for (const c of t.palette) expect(contrastRatio(c, t.background), c).toBeGreaterThanOrEqual(4.5);
    });

    it(`${name}: pressed buttons (background text on accent) are readable`, () => {
      expect(contrastRatio(t.background, t.accent)).toBeGreaterThanOrEqual(4.5);
    });
  }

  it('contrastRatio is 21 for black on white and 1 for a colour on itself', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
  });

  it('themeDeclarations writes one custom property per token', () => {
    const css = themeDeclarations(THEMES.light);
    expect(css).toContain(`${tokenProperty('mutedText')}: ${THEMES.light.mutedText};`);
    expect(css).toContain(`--kg-palette-0: ${THEMES.light.palette[0]};`);
  });

  it('resolveTokens takes a page override and falls back to the theme for the rest', () => {
    const tokens = resolveTokens((p) => (p === '--kg-accent' ? ' #8a2be2 ' : ''), THEMES.light);
    expect(tokens.accent).toBe('#8a2be2');
    expect(tokens.text).toBe(THEMES.light.text);
    expect(tokens.fade).toBe(THEMES.light.fade);
  });
});

/**
 * Design tokens: one set of named values from which both the element's CSS (as `--kg-*`
 * custom properties) and the Cytoscape stylesheet are made. An embedding page themes the
 * viewer by setting the custom properties; the renderer reads the resolved values back.
 */
export interface ThemeTokens {
  /** Canvas and panel background. */
  readonly background: string;
  /** Raised surfaces: panels, toolbar. */
  readonly surface: string;
  readonly border: string;
  readonly text: string;
  readonly mutedText: string;
  readonly accent: string;
  /** Focus ring and selection outline. */
  readonly focus: string;
  readonly edge: string;
  /** Highlight of a quote in the source text. */
  readonly mark: string;
  /** Categorical palette for node types without a colour of their own. */
  readonly palette: readonly string[];
  /** How strongly the rest of the graph fades behind a selection (0–1). */
  readonly fade: number;
  readonly fontFamily: string;
}

export const THEME_NAMES = ['light', 'dark'] as const;
export type ThemeName = (typeof THEME_NAMES)[number];

// Node colours are drawn on the background with the label beside the node, so each palette
// colour must reach 3:1 against its theme's background (WCAG 1.4.11); tests check it.
export const THEMES: Readonly<Record<ThemeName, ThemeTokens>> = {
  light: {
    background: '#ffffff',
    surface: '#f6f7f9',
    border: '#c9ced6',
    text: '#1b1f24',
    mutedText: '#4f5763',
    accent: '#0b5cad',
    focus: '#c2410c',
    edge: '#6b7380',
    mark: '#ffe58a',
    palette: ['#1f6fb2', '#b4461f', '#2e7d32', '#8e3a9d', '#a15c00', '#00796b', '#c2185b', '#5d4037', '#455a9c', '#6d6d00'],
    fade: 0.78,
    fontFamily: '"Noto Sans", "Noto Sans Arabic", system-ui, sans-serif',
  },
  dark: {
    background: '#14171c',
    surface: '#1e232a',
    border: '#3a424d',
    text: '#e8ebef',
    mutedText: '#aab2bd',
    accent: '#7cb8ff',
    focus: '#ffb86b',
    edge: '#8d96a3',
    mark: '#6b5a12',
    palette: ['#6fb3f2', '#f08c64', '#79c97c', '#d18ee0', '#e0b050', '#4fc3b5', '#f48fb1', '#c4a08f', '#9fb0f0', '#c8c85a'],
    fade: 0.8,
    fontFamily: '"Noto Sans", "Noto Sans Arabic", system-ui, sans-serif',
  },
};

/** Custom property name of each scalar token, e.g. `background` → `--kg-background`. */
export function tokenProperty(token: Exclude<keyof ThemeTokens, 'palette'>): string {
  return `--kg-${token.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

const SCALAR_TOKENS = ['background', 'surface', 'border', 'text', 'mutedText', 'accent', 'focus', 'edge', 'mark', 'fade', 'fontFamily'] as const;

/** CSS declarations that set a theme's defaults, as `--kg-*: value;` lines. */
export function themeDeclarations(theme: ThemeTokens): string {
  const lines = SCALAR_TOKENS.map((t) => `${tokenProperty(t)}: ${theme[t]};`);
  theme.palette.forEach((c, i) => lines.push(`--kg-palette-${i}: ${c};`));
  return lines.join('\n');
}

/**
 * Resolves tokens from computed custom properties (an embedding page may override any of
 * them), falling back to the named theme's defaults.
 */
export function resolveTokens(read: (property: string) => string, fallback: ThemeTokens): ThemeTokens {
  const pick = (t: Exclude<keyof ThemeTokens, 'palette' | 'fade'>): string => read(tokenProperty(t)).trim() || fallback[t];
  const fade = Number.parseFloat(read(tokenProperty('fade')));
  return {
    background: pick('background'),
    surface: pick('surface'),
    border: pick('border'),
    text: pick('text'),
    mutedText: pick('mutedText'),
    accent: pick('accent'),
    focus: pick('focus'),
    edge: pick('edge'),
    mark: pick('mark'),
    fontFamily: pick('fontFamily'),
    fade: Number.isFinite(fade) && fade >= 0 && fade <= 1 ? fade : fallback.fade,
    palette: fallback.palette.map((c, i) => read(`--kg-palette-${i}`).trim() || c),
  };
}

/** WCAG relative luminance of a `#rgb`/`#rrggbb` colour. */
export function relativeLuminance(hex: string): number {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex);
  if (!m || !m[1]) throw new Error(`not a hex colour: ${hex}`);
  const h = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  const channel = (i: number): number => {
    const v = Number.parseInt(h.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/** WCAG contrast ratio between two hex colours (1–21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The handout laid out on a page: title, the picture with numbered badges, the legend, the
 * numbered quotes and the sources, as positioned drawing operations that the SVG writer and the
 * PNG painter both follow. Right-to-left handouts start every line at the right; each text keeps
 * its own direction (an Arabic quote in an English handout reads right to left, aligned left).
 * Pure: text widths come from the `measure` function the caller passes.
 */
import type { LineStyle, NodeShape } from '../../format/types';
import { badgeText, type HandoutContent, type HandoutText } from './handout-content';
import type { Scene } from './scene';

export type TextTone = 'text' | 'muted' | 'accent';

export interface TextOp {
  readonly kind: 'text';
  /** Where the line is anchored: its left edge, right edge or centre, by `align`. */
  readonly x: number;
  /** Baseline. */
  readonly y: number;
  readonly text: string;
  readonly size: number;
  readonly bold: boolean;
  readonly tone: TextTone;
  readonly dir: 'ltr' | 'rtl';
  readonly lang: string;
  readonly align: 'left' | 'right' | 'center';
}

export interface ShapeOp {
  readonly kind: 'shape';
  readonly shape: NodeShape;
  readonly cx: number;
  readonly cy: number;
  readonly size: number;
  readonly fill: string;
}

export interface LineOp {
  readonly kind: 'line';
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly style: LineStyle;
  /** An arrow head at (x2, y2). */
  readonly arrow: boolean;
}

/** A numbered tag on the picture: a pill `width` × `height` centred at (cx, cy). */
export interface BadgeOp {
  readonly kind: 'badge';
  readonly cx: number;
  readonly cy: number;
  readonly text: string;
  readonly width: number;
  readonly height: number;
  /** Several numbers read in the handout's direction. */
  readonly dir: 'ltr' | 'rtl';
}

export interface PictureOp {
  readonly kind: 'picture';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface RuleOp {
  readonly kind: 'rule';
  readonly x: number;
  readonly y: number;
  readonly width: number;
}

export type HandoutOp = TextOp | ShapeOp | LineOp | BadgeOp | PictureOp | RuleOp;

export interface HandoutLayout {
  readonly width: number;
  readonly height: number;
  readonly ops: readonly HandoutOp[];
  /** Where the picture sits (the same as its PictureOp). */
  readonly picture: PictureOp;
}

/** Width in px of `text` at `size` px, bold or not, in the handout's font. */
export type Measure = (text: string, size: number, bold: boolean) => number;

export interface LayoutOptions {
  /** The narrowest page (the picture of a phone's stage is narrower): room for the text. */
  readonly minWidth?: number;
  readonly margin?: number;
}

const SIZES = { title: 20, subtitle: 14, heading: 15, body: 13, small: 12 } as const;
const LINE = 1.45;

/** Breaks a text into lines at most `width` wide, at spaces (a word wider than a line, a URL say, is cut). */
export function wrapText(text: string, width: number, size: number, bold: boolean, measure: Measure): string[] {
  const fits = (t: string) => measure(t, size, bold) <= width;
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (fits(candidate)) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      for (const ch of word) {
        if (line && !fits(line + ch)) {
          lines.push(line);
          line = '';
        }
        line += ch;
      }
    }
    if (line) lines.push(line);
  }
  return lines;
}

/** Lays the handout out around a picture of the scene. */
export function layoutHandout(content: HandoutContent, scene: Scene, measure: Measure, options: LayoutOptions = {}): HandoutLayout {
  const margin = options.margin ?? 24;
  const width = Math.ceil(Math.max(scene.width + 2 * margin, options.minWidth ?? 720));
  const inner = width - 2 * margin;
  const rtl = content.dir === 'rtl';
  const ops: HandoutOp[] = [];
  // Every block starts at the handout's start side: the right edge in right-to-left handouts.
  const startX = rtl ? width - margin : margin;
  const align = rtl ? 'right' : 'left';
  /** x of a point `offset` px from the start side. */
  const at = (offset: number) => (rtl ? width - margin - offset : margin + offset);
  let y = margin;

  const paragraph = (text: HandoutText, size: number, bold: boolean, tone: TextTone, indent = 0): void => {
    const lines = wrapText(text.text, inner - indent, size, bold, measure);
    for (const line of lines) {
      y += size * LINE;
      ops.push({ kind: 'text', x: at(indent), y: y - size * 0.35, text: line, size, bold, tone, dir: text.dir, lang: text.lang, align });
    }
  };
  const own = (text: string): HandoutText => ({ text, lang: content.lang, dir: content.dir });

  paragraph(content.title, SIZES.title, true, 'text');
  if (content.subtitle) paragraph(content.subtitle, SIZES.subtitle, false, 'muted');
  y += 10;

  const picture: PictureOp = { kind: 'picture', x: Math.round((width - scene.width) / 2), y: Math.round(y), width: scene.width, height: scene.height };
  ops.push(picture);
  // Badges sit at a node's upper corner, and beside an edge's middle (its status marker is on it).
  for (const node of scene.nodes) badge(node.id, node.x + node.width * 0.45, node.y - node.height * 0.45);
  for (const edge of scene.edges) {
    const dx = edge.end.x - edge.start.x;
    const dy = edge.end.y - edge.start.y;
    const length = Math.hypot(dx, dy) || 1;
    badge(edge.id, edge.mid.x - (dy / length) * 12, edge.mid.y + (dx / length) * 12);
  }
  y += scene.height + 18;

  function badge(id: string, x: number, by: number): void {
    const numbers = content.badges.get(id);
    if (!numbers?.length) return;
    if (x < 0 || by < 0 || x > scene.width || by > scene.height) return;
    const text = badgeText(numbers, content.lang);
    ops.push({ kind: 'badge', cx: picture.x + x, cy: picture.y + by, text, width: Math.max(16, measure(text, 10, true) + 8), height: 16, dir: content.dir });
  }

  // Legend: a heading, then each group as a row of items that wraps.
  const { nodeTypes, edgeTypes, statuses } = content.legend;
  if (nodeTypes.length || edgeTypes.length || statuses.length) {
    paragraph(own(content.words.legend), SIZES.heading, true, 'text');
    y += 4;
    const row = (heading: string, items: { label: string; draw: (x: number, cy: number) => HandoutOp[]; swatch: number }[]): void => {
      if (!items.length) return;
      const size = SIZES.body;
      const lineHeight = 22;
      let offset = 0;
      y += lineHeight;
      const headingWidth = measure(`${heading}:`, size, true);
      ops.push({ kind: 'text', x: at(0), y: y - 6, text: `${heading}:`, size, bold: true, tone: 'text', dir: content.dir, lang: content.lang, align });
      offset = headingWidth + 12;
      for (const item of items) {
        const labelWidth = measure(item.label, size, false);
        const itemWidth = item.swatch + 6 + labelWidth;
        if (offset + itemWidth > inner && offset > 0) {
          y += lineHeight;
          offset = headingWidth + 12;
        }
        const swatchCentre = at(offset + item.swatch / 2);
        ops.push(...item.draw(swatchCentre, y - 10));
        ops.push({ kind: 'text', x: at(offset + item.swatch + 6), y: y - 6, text: item.label, size, bold: false, tone: 'text', dir: content.dir, lang: content.lang, align });
        offset += itemWidth + 16;
      }
    };
    row(
      content.words.nodeTypes,
      nodeTypes.map((n) => ({ label: n.label, swatch: 16, draw: (x, cy) => [{ kind: 'shape', shape: n.shape, cx: x, cy, size: 14, fill: n.color }] })),
    );
    row(
      content.words.edgeTypes,
      edgeTypes.map((e) => ({
        label: e.label,
        swatch: 30,
        // The sample line runs along the reading direction.
        draw: (x, cy) => [{ kind: 'line', x1: rtl ? x + 14 : x - 14, y1: cy, x2: rtl ? x - 14 : x + 14, y2: cy, style: e.line, arrow: e.directed }],
      })),
    );
    row(
      content.words.statuses,
      statuses.map((s) => ({
        label: s.label,
        swatch: 14,
        draw: (x, cy) => [{ kind: 'text', x, y: cy + 5, text: s.glyph, size: 14, bold: false, tone: 'text', dir: 'ltr', lang: content.lang, align: 'center' }],
      })),
    );
    y += 14;
  }

  // The numbered quotes, each with the facts it backs and its source.
  if (content.quotes.length) {
    ops.push({ kind: 'rule', x: margin, y, width: inner });
    y += 6;
    paragraph(own(content.words.quotes), SIZES.heading, true, 'text');
    for (const quote of content.quotes) {
      y += 6;
      const number = `${badgeText([quote.number], content.lang)}.`;
      const numberWidth = 28;
      const top = y;
      paragraph({ ...quote.quote, text: `«${quote.quote.text}»` }, SIZES.body, false, 'text', numberWidth);
      ops.push({ kind: 'text', x: startX, y: top + SIZES.body * LINE - SIZES.body * 0.35, text: number, size: SIZES.body, bold: true, tone: 'accent', dir: content.dir, lang: content.lang, align });
      // With one source the list of sources below names it; with several each quote says which.
      const from = content.sources.length > 1 ? `${quote.source.text} — ` : '';
      paragraph(own(`${from}${content.words.backs}: ${quote.facts.join(content.dir === 'rtl' ? '؛ ' : '; ')}`), SIZES.small, false, 'muted', numberWidth);
    }
    if (content.leftOut > 0) {
      y += 6;
      paragraph(own(content.words.leftOut), SIZES.small, false, 'muted');
    }
    y += 10;
  }

  if (content.sources.length) {
    paragraph(own(content.words.sources), SIZES.heading, true, 'text');
    for (const source of content.sources) {
      paragraph(source.title, SIZES.body, false, 'text', 12);
      const detail = [source.published, source.url].filter(Boolean).join(' · ');
      if (detail) paragraph({ text: detail, lang: 'en', dir: 'ltr' }, SIZES.small, false, 'muted', 12);
    }
  }

  return { width, height: Math.ceil(y + margin), ops, picture };
}

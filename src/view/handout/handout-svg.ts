/**
 * The handout as an SVG document: the laid-out text, legend and badges, and the picture drawn
 * from the scene (what is on screen) and the view model (labels, colours, shapes, lines, status
 * markers): the main layer, the veil, then what the spotlight lights. Text is real text with its
 * own direction, so Arabic reads right to left, stays selectable and searchable.
 *
 * Built here rather than with a library: no maintained package renders a Cytoscape view with
 * its spotlight to SVG with right-to-left labels (cytoscape-svg replays Cytoscape's canvas
 * drawing through its private renderer into canvas2svg, one instance only, with no text
 * direction); the shapes are few and simple.
 */
import type { EdgeView, GraphView, NodeView } from '../view-model';
import type { ThemeTokens } from '../theme';
import { baseDirection, stripBidiControls } from '../text-direction';
import type { HandoutLayout, HandoutOp, TextOp, TextTone } from './handout-layout';
import type { Scene, SceneEdge, SceneMark, SceneNode } from './scene';
import { arrivalAngle, edgePath, markerPath, markerSize, nodeShapePath, type MarkerShape } from './shapes';

/** Characters XML 1.0 does not allow (a quote may hold anything its source holds). */
// eslint-disable-next-line no-control-regex -- these are exactly the characters to remove
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const n = (v: number): string => (Math.round(v * 100) / 100).toString();

function anchor(op: Pick<TextOp, 'align' | 'dir'>): 'start' | 'middle' | 'end' {
  if (op.align === 'center') return 'middle';
  const leftIsStart = op.dir === 'ltr';
  return (op.align === 'left') === leftIsStart ? 'start' : 'end';
}

function textElement(
  x: number,
  y: number,
  text: string,
  style: { size: number; fill: string; bold?: boolean; dir: 'ltr' | 'rtl'; anchor: 'start' | 'middle' | 'end'; lang?: string; outline?: { color: string; width: number }; transform?: string },
): string {
  const attrs = [
    `x="${n(x)}"`,
    `y="${n(y)}"`,
    `font-size="${n(style.size)}"`,
    `fill="${escapeXml(style.fill)}"`,
    `text-anchor="${style.anchor}"`,
    `direction="${style.dir}"`,
    style.bold ? 'font-weight="700"' : '',
    style.lang ? `xml:lang="${escapeXml(style.lang)}"` : '',
    style.outline ? `stroke="${escapeXml(style.outline.color)}" stroke-width="${n(style.outline.width)}" stroke-linejoin="round" paint-order="stroke"` : '',
    style.transform ? `transform="${style.transform}"` : '',
  ].filter(Boolean);
  return `<text ${attrs.join(' ')}>${escapeXml(text)}</text>`;
}

/** The lines of a canvas label (isolates and line breaks from the view model) as plain lines, each with its direction. */
function labelLines(label: string): { text: string; dir: 'ltr' | 'rtl' }[] {
  return label
    .split('\n')
    .map((line) => stripBidiControls(line).trim())
    .filter(Boolean)
    .map((text) => ({ text, dir: baseDirection(text) }));
}

interface PictureContext {
  readonly scene: Scene;
  readonly tokens: ThemeTokens;
  readonly nodes: ReadonlyMap<string, NodeView>;
  readonly edges: ReadonlyMap<string, EdgeView>;
  readonly markers: boolean;
}

function drawEdge(ctx: PictureContext, edge: SceneEdge, lit: readonly SceneMark[] | undefined): string {
  const view = ctx.edges.get(edge.id);
  if (!view) return '';
  const { tokens, scene } = ctx;
  const z = scene.zoom;
  const selected = lit?.includes('selected') || lit?.includes('focused') || lit?.includes('hover');
  const onPath = lit?.includes('path');
  const color = selected ? tokens.focus : onPath ? tokens.accent : tokens.edge;
  const width = (onPath ? 4 : view.encoding.width) * z;
  const dash = view.line === 'dashed' ? `${n(7 * z)} ${n(5 * z)}` : view.line === 'dotted' ? `${n(2 * z)} ${n(4 * z)}` : '';
  const parts = [
    `<path d="${edgePath(edge.start, edge.controls, edge.end)}" fill="none" stroke="${escapeXml(color)}" stroke-width="${n(width)}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`,
  ];
  if (ctx.markers || lit) {
    const size = markerSize(view.encoding.width, z);
    if (view.directed) {
      parts.push(`<path d="${markerPath('triangle', edge.end, arrivalAngle(edge.start, edge.controls, edge.end), size, true)}" fill="${escapeXml(color)}"/>`);
    }
    const angle = Math.atan2(edge.end.y - edge.start.y, edge.end.x - edge.start.x);
    const filled = view.encoding.firm;
    parts.push(
      `<path d="${markerPath(view.encoding.marker as MarkerShape, edge.mid, angle, size, false)}" fill="${escapeXml(filled ? color : tokens.background)}" stroke="${escapeXml(color)}" stroke-width="${n(Math.max(1, z))}"/>`,
    );
  }
  if (lit) {
    // Edge labels only in the spotlight, turned along the line and kept upright.
    let degrees = (Math.atan2(edge.end.y - edge.start.y, edge.end.x - edge.start.x) * 180) / Math.PI;
    if (degrees > 90) degrees -= 180;
    if (degrees < -90) degrees += 180;
    const size = 11 * z;
    const lines = labelLines(view.label);
    lines.forEach((line, i) => {
      const y = edge.mid.y + (i - (lines.length - 1) / 2) * size * 1.25 + size * 0.35;
      parts.push(
        textElement(edge.mid.x, y, line.text, {
          size,
          fill: tokens.text,
          dir: line.dir,
          anchor: 'middle',
          outline: { color: tokens.background, width: 2.5 * z },
          transform: `rotate(${n(degrees)} ${n(edge.mid.x)} ${n(edge.mid.y)})`,
        }),
      );
    });
  }
  return parts.join('');
}

function drawNode(ctx: PictureContext, node: SceneNode, lit: readonly SceneMark[] | undefined): string {
  const view = ctx.nodes.get(node.id);
  if (!view) return '';
  const { tokens, scene } = ctx;
  const z = scene.zoom;
  const selected = lit?.includes('selected');
  const ring = lit?.includes('focused') || lit?.includes('hover');
  const onPath = lit?.includes('path');
  const border = selected || ring ? tokens.focus : onPath ? tokens.accent : tokens.background;
  const borderWidth = (selected ? 5 : onPath ? 4 : ring ? 3 : 2) * z;
  const parts = [
    `<path d="${nodeShapePath(view.shape as Parameters<typeof nodeShapePath>[0], node.x, node.y, node.width, node.height)}" fill="${escapeXml(view.color)}" stroke="${escapeXml(border)}" stroke-width="${n(borderWidth)}"/>`,
  ];
  const size = 13 * z;
  // Labels too small to read are not drawn on screen either (Cytoscape's min-zoomed-font-size).
  if (size >= 7 || lit) {
    const lines = labelLines(lit ? view.fullLabel : view.label);
    const top = node.y + node.height / 2 + 5 * z;
    lines.forEach((line, i) => {
      parts.push(
        textElement(node.x, top + size * 0.95 + i * size * 1.25, line.text, {
          size,
          fill: tokens.text,
          bold: selected === true,
          dir: line.dir,
          anchor: 'middle',
          outline: { color: tokens.background, width: 2.5 * z },
        }),
      );
    });
  }
  return parts.join('');
}

/** The picture of the scene, as SVG elements in the scene's own coordinates. */
export function scenePicture(scene: Scene, view: GraphView, tokens: ThemeTokens): string {
  const ctx: PictureContext = {
    scene,
    tokens,
    nodes: new Map(view.nodes.map((v) => [v.id, v])),
    edges: new Map(view.edges.map((v) => [v.id, v])),
    markers: view.detail === 'full',
  };
  const parts = [`<rect width="${n(scene.width)}" height="${n(scene.height)}" fill="${escapeXml(tokens.background)}"/>`];
  parts.push('<g class="main">');
  for (const edge of scene.edges) parts.push(drawEdge(ctx, edge, undefined));
  for (const node of scene.nodes) parts.push(drawNode(ctx, node, undefined));
  parts.push('</g>');
  if (scene.lit.size > 0) {
    parts.push(`<rect class="veil" width="${n(scene.width)}" height="${n(scene.height)}" fill="${escapeXml(tokens.background)}" opacity="${n(scene.veil)}"/>`);
    parts.push('<g class="spotlight">');
    for (const edge of scene.edges) if (scene.lit.has(edge.id)) parts.push(drawEdge(ctx, edge, scene.lit.get(edge.id)));
    for (const node of scene.nodes) if (scene.lit.has(node.id)) parts.push(drawNode(ctx, node, scene.lit.get(node.id)));
    parts.push('</g>');
  }
  return parts.join('');
}

function tone(tokens: ThemeTokens, t: TextTone): string {
  return t === 'muted' ? tokens.mutedText : t === 'accent' ? tokens.accent : tokens.text;
}

function drawOp(op: HandoutOp, tokens: ThemeTokens, picture: string): string {
  switch (op.kind) {
    case 'text':
      return textElement(op.x, op.y, op.text, { size: op.size, fill: tone(tokens, op.tone), bold: op.bold, dir: op.dir, anchor: anchor(op), lang: op.lang });
    case 'shape':
      return `<path d="${nodeShapePath(op.shape, op.cx, op.cy, op.size, op.size)}" fill="${escapeXml(op.fill)}"/>`;
    case 'line': {
      const dash = op.style === 'dashed' ? ' stroke-dasharray="6 4"' : op.style === 'dotted' ? ' stroke-dasharray="2 3"' : '';
      const head = op.arrow
        ? `<path d="${markerPath('triangle', { x: op.x2, y: op.y2 }, Math.atan2(op.y2 - op.y1, op.x2 - op.x1), 8, true)}" fill="${escapeXml(tokens.edge)}"/>`
        : '';
      return `<path d="M${n(op.x1)} ${n(op.y1)} L${n(op.x2)} ${n(op.y2)}" stroke="${escapeXml(tokens.edge)}" stroke-width="2"${dash}/>${head}`;
    }
    case 'rule':
      return `<path d="M${n(op.x)} ${n(op.y)} H${n(op.x + op.width)}" stroke="${escapeXml(tokens.border)}" stroke-width="1"/>`;
    case 'badge':
      return (
        `<g class="badge"><rect x="${n(op.cx - op.width / 2)}" y="${n(op.cy - op.height / 2)}" width="${n(op.width)}" height="${n(op.height)}" rx="${n(op.height / 2)}" ` +
        `fill="${escapeXml(tokens.accent)}" stroke="${escapeXml(tokens.background)}" stroke-width="1.5"/>` +
        textElement(op.cx, op.cy + 3.5, op.text, { size: 10, fill: tokens.background, bold: true, dir: op.dir, anchor: 'middle' }) +
        '</g>'
      );
    case 'picture':
      return (
        `<svg class="picture" x="${n(op.x)}" y="${n(op.y)}" width="${n(op.width)}" height="${n(op.height)}" viewBox="0 0 ${n(op.width)} ${n(op.height)}" overflow="hidden">${picture}</svg>` +
        `<rect x="${n(op.x)}" y="${n(op.y)}" width="${n(op.width)}" height="${n(op.height)}" fill="none" stroke="${escapeXml(tokens.border)}"/>`
      );
  }
}

/** The whole handout as an SVG document (UTF-8 text). */
export function handoutSvg(layout: HandoutLayout, scene: Scene, view: GraphView, tokens: ThemeTokens, meta: { title: string; lang: string; dir: 'ltr' | 'rtl' }): string {
  const picture = scenePicture(scene, view, tokens);
  const body = layout.ops.map((op) => drawOp(op, tokens, picture)).join('\n');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" ` +
    `xml:lang="${escapeXml(meta.lang)}" direction="${meta.dir}" font-family="${escapeXml(tokens.fontFamily)}">\n` +
    `<title>${escapeXml(meta.title)}</title>\n` +
    `<rect width="100%" height="100%" fill="${escapeXml(tokens.background)}"/>\n${body}\n</svg>\n`
  );
}

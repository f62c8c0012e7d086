/**
 * Handouts of the view: a PNG or SVG image of what the reader sees with the title, a legend and
 * the numbered quotes behind it, and the same handout as the printed page. Loaded apart from the
 * element (a dynamic import, its own chunk), so a reader who never saves or prints does not
 * download it.
 */
import { html, nothing, render, svg, type TemplateResult } from 'lit';
import type { KnowledgeGraph } from '../../../model/knowledge-graph';
import type { GraphRenderer } from '../../../render/renderer';
import { TextMeasure } from '../../../render/text-measure';
import { uiStrings } from '../../../i18n/strings';
import { buildGraphView } from '../../../view/view-model';
import type { ThemeTokens } from '../../../view/theme';
import type { ViewState } from '../../../view/view-state';
import { handoutContent, type HandoutContent, type HandoutText } from '../../../view/handout/handout-content';
import { layoutHandout, type HandoutLayout, type HandoutOp, type Measure } from '../../../view/handout/handout-layout';
import { handoutSvg } from '../../../view/handout/handout-svg';
import { markerPath, nodeShapePath } from '../../../view/handout/shapes';
import { cropScene, shownElements, type Scene, type SceneInsets, type ScenePoint } from '../../../view/handout/scene';

export interface HandoutInputs {
  readonly renderer: GraphRenderer;
  readonly kg: KnowledgeGraph;
  readonly state: ViewState;
  readonly tokens: ThemeTokens;
  readonly colors: (type: string) => string;
  /** What covers the stage (the open panel, the tour's card): the picture shows the rest. */
  readonly covered: SceneInsets;
}

export interface ExportImageOptions {
  readonly format: 'png' | 'svg';
  /** Output pixels per CSS pixel of the PNG (default 2; the SVG scales by itself). */
  readonly scale?: number;
}

/** Browsers refuse canvases much taller than this; a longer handout is drawn at a lower scale. */
const MAX_CANVAS_SIDE = 16_000;

function contentOf(inputs: HandoutInputs, scene: Scene): HandoutContent {
  const { kg, state } = inputs;
  const s = uiStrings(state.lang);
  return handoutContent(kg, shownElements(scene), state.lang, {
    colors: inputs.colors,
    tour: state.tour ?? null,
    selection: state.selection,
    headings: { nodeTypes: s.nodeTypes, edgeTypes: s.edgeTypes, statuses: s.statuses },
  });
}

/** Text widths in the handout's font: the same canvas measure the label placement uses. */
function measurer(fontFamily: string): Measure {
  const widths = new TextMeasure(fontFamily);
  return (text, size, bold) => widths.width(text, size, bold ? 'bold' : 'normal');
}

/** The handout as a PNG or SVG Blob. */
export async function exportHandout(inputs: HandoutInputs, options: ExportImageOptions): Promise<Blob> {
  const { renderer, kg, state, tokens } = inputs;
  const whole = renderer.snapshot();
  if (whole.width <= 0 || whole.height <= 0) throw new Error('exportImage: the stage has no size (is the element hidden?)');
  const { scene, offset } = cropScene(whole, inputs.covered);
  const content = contentOf(inputs, scene);
  const layout = layoutHandout(content, scene, measurer(tokens.fontFamily));
  if (options.format === 'svg') {
    const view = buildGraphView(kg, state.lang, tokens);
    const text = handoutSvg(layout, scene, view, tokens, { title: content.title.text, lang: content.lang, dir: content.dir });
    return new Blob([text], { type: 'image/svg+xml;charset=utf-8' });
  }
  const asked = options.scale ?? 2;
  if (!(asked > 0) || !Number.isFinite(asked)) throw new RangeError(`exportImage: scale must be a positive number, not ${options.scale}`);
  const scale = Math.min(asked, MAX_CANVAS_SIDE / layout.height, MAX_CANVAS_SIDE / layout.width);
  const stage = await createImageBitmap(await renderer.exportPng({ scale }));
  return paintPng(layout, tokens, { image: stage, offset, scale }, scale);
}

/** The stage's picture and where the handout's part of it starts (CSS px), at `scale` pixels per CSS px. */
interface StageImage {
  readonly image: ImageBitmap;
  readonly offset: ScenePoint;
  readonly scale: number;
}

async function paintPng(layout: HandoutLayout, tokens: ThemeTokens, picture: StageImage, scale: number): Promise<Blob> {
  const width = Math.round(layout.width * scale);
  const height = Math.round(layout.height * scale);
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('exportImage: no 2D canvas context');
  ctx.scale(scale, scale);
  ctx.fillStyle = tokens.background;
  ctx.fillRect(0, 0, layout.width, layout.height);
  for (const op of layout.ops) paintOp(ctx, op, tokens, picture);
  return canvas.convertToBlob({ type: 'image/png' });
}

function paintOp(ctx: OffscreenCanvasRenderingContext2D, op: HandoutOp, tokens: ThemeTokens, picture: StageImage): void {
  const font = (size: number, bold: boolean) => `${bold ? 700 : 400} ${size}px ${tokens.fontFamily}`;
  switch (op.kind) {
    case 'text':
      ctx.font = font(op.size, op.bold);
      ctx.fillStyle = op.tone === 'muted' ? tokens.mutedText : op.tone === 'accent' ? tokens.accent : tokens.text;
      ctx.direction = op.dir;
      ctx.textAlign = op.align;
      ctx.fillText(op.text, op.x, op.y);
      return;
    case 'shape':
      ctx.fillStyle = op.fill;
      ctx.fill(new Path2D(nodeShapePath(op.shape, op.cx, op.cy, op.size, op.size)));
      return;
    case 'line':
      ctx.strokeStyle = tokens.edge;
      ctx.lineWidth = 2;
      ctx.setLineDash(op.style === 'dashed' ? [6, 4] : op.style === 'dotted' ? [2, 3] : []);
      ctx.beginPath();
      ctx.moveTo(op.x1, op.y1);
      ctx.lineTo(op.x2, op.y2);
      ctx.stroke();
      ctx.setLineDash([]);
      if (op.arrow) {
        ctx.fillStyle = tokens.edge;
        ctx.fill(new Path2D(markerPath('triangle', { x: op.x2, y: op.y2 }, Math.atan2(op.y2 - op.y1, op.x2 - op.x1), 8, true)));
      }
      return;
    case 'rule':
      ctx.strokeStyle = tokens.border;
      ctx.lineWidth = 1;
      ctx.beginPath();
      ctx.moveTo(op.x, op.y);
      ctx.lineTo(op.x + op.width, op.y);
      ctx.stroke();
      return;
    case 'badge':
      ctx.beginPath();
      ctx.roundRect(op.cx - op.width / 2, op.cy - op.height / 2, op.width, op.height, op.height / 2);
      ctx.fillStyle = tokens.accent;
      ctx.fill();
      ctx.lineWidth = 1.5;
      ctx.strokeStyle = tokens.background;
      ctx.stroke();
      ctx.font = font(10, true);
      ctx.fillStyle = tokens.background;
      ctx.direction = op.dir;
      ctx.textAlign = 'center';
      ctx.fillText(op.text, op.cx, op.cy + 3.5);
      return;
    case 'picture':
      ctx.drawImage(
        picture.image,
        picture.offset.x * picture.scale,
        picture.offset.y * picture.scale,
        op.width * picture.scale,
        op.height * picture.scale,
        op.x,
        op.y,
        op.width,
        op.height,
      );
      ctx.strokeStyle = tokens.border;
      ctx.lineWidth = 1;
      ctx.strokeRect(op.x + 0.5, op.y + 0.5, op.width - 1, op.height - 1);
      return;
  }
}

// ── Printing ─────────────────────────────────────────────────────────────────────────────

/**
 * Fills `container` with the handout for printing, synchronously (the browser lays the page out
 * for print right after `beforeprint`): the picture composed from the stage's own canvases, the
 * badges over it, the legend, the numbered quotes and the sources, as text.
 */
export function renderPrintHandout(inputs: HandoutInputs, container: HTMLElement): void {
  const { renderer, tokens } = inputs;
  const whole = renderer.snapshot();
  if (whole.width <= 0 || whole.height <= 0) return;
  const { scene, offset } = cropScene(whole, inputs.covered);
  const content = contentOf(inputs, scene);
  const layout = layoutHandout(content, scene, measurer(tokens.fontFamily), { minWidth: 0, margin: 0 });
  const picture = composeStage(renderer, whole, scene, offset, tokens, container.ownerDocument);
  const badges = layout.ops.filter((op) => op.kind === 'badge');
  render(printTemplate(content, scene, picture, badges, layout.picture, tokens), container);
}

/** Clears the printed handout. */
export function clearPrintHandout(container: HTMLElement): void {
  render(nothing, container);
}

/** The stage's own canvases drawn into one, cut to the part `scene` shows (synchronous, for printing). */
function composeStage(renderer: GraphRenderer, whole: Scene, scene: Scene, offset: ScenePoint, tokens: ThemeTokens, doc: Document): HTMLCanvasElement {
  const layers = renderer.canvases();
  const ratio = doc.defaultView?.devicePixelRatio ?? 1;
  const canvas = doc.createElement('canvas');
  canvas.width = Math.round(scene.width * ratio);
  canvas.height = Math.round(scene.height * ratio);
  const ctx = canvas.getContext('2d');
  if (!ctx) return canvas;
  ctx.fillStyle = tokens.background;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  // Each layer canvas covers the whole stage at its own pixel ratio.
  const draw = (layer: HTMLCanvasElement) => {
    const sx = layer.width / whole.width;
    const sy = layer.height / whole.height;
    ctx.drawImage(layer, offset.x * sx, offset.y * sy, scene.width * sx, scene.height * sy, 0, 0, canvas.width, canvas.height);
  };
  layers.main.forEach(draw);
  if (layers.veil > 0) {
    ctx.globalAlpha = layers.veil;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.globalAlpha = 1;
  }
  layers.spotlight.forEach(draw);
  return canvas;
}

const bidiText = (t: HandoutText): TemplateResult => html`<bdi lang=${t.lang} dir=${t.dir}>${t.text}</bdi>`;

function printTemplate(
  content: HandoutContent,
  scene: Scene,
  picture: HTMLCanvasElement,
  badges: readonly HandoutOp[],
  origin: { readonly x: number; readonly y: number },
  tokens: ThemeTokens,
): TemplateResult {
  const { nodeTypes, edgeTypes, statuses } = content.legend;
  const pct = (v: number, of: number) => `${((v / of) * 100).toFixed(3)}%`;
  const swatch = (d: string, fill: string) => svg`<svg class="swatch" viewBox="0 0 16 16" aria-hidden="true"><path d=${d} fill=${fill}></path></svg>`;
  return html`<article class="handout" dir=${content.dir} lang=${content.lang}>
    <h1>${bidiText(content.title)}</h1>
    ${content.subtitle ? html`<p class="subtitle">${bidiText(content.subtitle)}</p>` : nothing}
    <figure class="picture" style="aspect-ratio: ${scene.width} / ${scene.height}">
      ${picture}
      ${badges.map((b) =>
        b.kind === 'badge'
          ? html`<span class="badge" dir=${b.dir} style="left: ${pct(b.cx - origin.x, scene.width)}; top: ${pct(b.cy - origin.y, scene.height)}">${b.text}</span>`
          : nothing,
      )}
    </figure>
    <section class="legend">
      <h2>${content.words.legend}</h2>
      ${nodeTypes.length
        ? html`<p><strong>${content.words.nodeTypes}:</strong> ${nodeTypes.map((t) => html`<span class="item">${swatch(nodeShapePath(t.shape, 8, 8, 14, 14), t.color)}${t.label}</span>`)}</p>`
        : nothing}
      ${edgeTypes.length
        ? html`<p><strong>${content.words.edgeTypes}:</strong> ${edgeTypes.map(
            (t) => html`<span class="item"><span class="line" style="border-top-style: ${t.line}; border-color: ${tokens.edge}"></span><span aria-hidden="true"
                >${t.directed ? (content.dir === 'rtl' ? '◂' : '▸') : ''}</span>${t.label}</span>`,
          )}</p>`
        : nothing}
      ${statuses.length
        ? html`<p><strong>${content.words.statuses}:</strong> ${statuses.map((t) => html`<span class="item"><span aria-hidden="true">${t.glyph}</span> ${t.label}</span>`)}</p>`
        : nothing}
    </section>
    ${content.quotes.length
      ? html`<section class="quotes">
          <h2>${content.words.quotes}</h2>
          <ol>
            ${content.quotes.map(
              (q) => html`<li value=${q.number}>
                <blockquote lang=${q.quote.lang} dir=${q.quote.dir}>«${q.quote.text}»</blockquote>
                <p class="cite">${content.sources.length > 1 ? html`${bidiText(q.source)} — ` : nothing}${content.words.backs}: ${q.facts.map((f, i) => html`${i ? '; ' : ''}<bdi>${f}</bdi>`)}</p>
              </li>`,
            )}
          </ol>
          ${content.leftOut ? html`<p class="cite">${content.words.leftOut}</p>` : nothing}
        </section>`
      : nothing}
    ${content.sources.length
      ? html`<section class="sources">
          <h2>${content.words.sources}</h2>
          <ul>
            ${content.sources.map((s) => html`<li>${bidiText(s.title)}${s.published ? html` — ${s.published}` : nothing}${s.url ? html` — <span dir="ltr">${s.url}</span>` : nothing}</li>`)}
          </ul>
        </section>`
      : nothing}
  </article>`;
}

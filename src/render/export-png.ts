/**
 * A PNG of what the reader sees: the main canvas on the theme's background, the veil over it and
 * the spotlight above, composited in that order. Cytoscape draws each instance; their sizes are
 * pinned through maxWidth/maxHeight, so the picture has `scale` pixels per CSS pixel whatever
 * the screen's pixel ratio, and both layers share that scale.
 */
import type cytoscape from 'cytoscape';
import type { StrokeTransform } from './edge-strokes';

export interface PictureLayers {
  readonly main: cytoscape.Core;
  /**
   * Draws what lies under the main instance's picture (the edges drawn apart, ./edge-layer.ts)
   * into a picture of `width` × `height` px with the model → picture transform `t`.
   */
  readonly under?: (ctx: Context2D, t: StrokeTransform, width: number, height: number) => void;
  readonly spotlight: cytoscape.Core;
  readonly background: string;
  readonly veil: { readonly color: string; readonly opacity: number };
}

/** A model-space box drawn by Cytoscape's full export: its origin and its size in whole units. */
interface FullFrame {
  readonly x1: number;
  readonly y1: number;
  readonly w: number;
  readonly h: number;
}

/** The box Cytoscape's `png({ full: true })` draws: every element's bounding box, size rounded up. */
function fullFrame(cy: cytoscape.Core): FullFrame | undefined {
  if (cy.elements().empty()) return undefined;
  const bb = cy.elements().boundingBox();
  const w = Math.ceil(bb.w);
  const h = Math.ceil(bb.h);
  return w > 0 && h > 0 ? { x1: bb.x1, y1: bb.y1, w, h } : undefined;
}

export async function exportPng(layers: PictureLayers, options: { readonly scale?: number; readonly full?: boolean } = {}): Promise<Blob> {
  const scale = options.scale ?? 1;
  if (!(scale > 0) || !Number.isFinite(scale)) throw new RangeError(`exportPng: scale must be a positive number, not ${scale}`);
  const { main, spotlight } = layers;
  const spotLit = !spotlight.elements().empty();
  let width: number;
  let height: number;
  let mainImage: Blob | undefined;
  let spotImage: { blob: Blob; x: number; y: number; w: number; h: number } | undefined;
  /** Model → picture px, for what is drawn under the main picture. */
  let transform: StrokeTransform | undefined;
  if (options.full) {
    const frame = fullFrame(main);
    width = Math.max(1, Math.round((frame?.w ?? 1) * scale));
    height = Math.max(1, Math.round((frame?.h ?? 1) * scale));
    if (frame) {
      transform = { k: width / frame.w, tx: (-frame.x1 * width) / frame.w, ty: (-frame.y1 * height) / frame.h };
      mainImage = await main.png({ output: 'blob-promise', full: true, maxWidth: frame.w * scale, maxHeight: frame.h * scale });
      const spotFrame = spotLit ? fullFrame(spotlight) : undefined;
      if (spotFrame) {
        const w = spotFrame.w * scale;
        const h = spotFrame.h * scale;
        const blob = await spotlight.png({ output: 'blob-promise', full: true, maxWidth: w, maxHeight: h });
        spotImage = { blob, x: (spotFrame.x1 - frame.x1) * scale, y: (spotFrame.y1 - frame.y1) * scale, w, h };
      }
    }
  } else {
    // The spotlight follows the main viewport and has the same size: the two pictures line up.
    if (main.width() <= 0 || main.height() <= 0) throw new Error('exportPng: the canvas has no size (is the element hidden?)');
    width = Math.max(1, Math.round(main.width() * scale));
    height = Math.max(1, Math.round(main.height() * scale));
    const k = width / main.width();
    transform = { k: main.zoom() * k, tx: main.pan().x * k, ty: main.pan().y * k };
    mainImage = await main.png({ output: 'blob-promise', maxWidth: width, maxHeight: height });
    if (spotLit) {
      const blob = await spotlight.png({ output: 'blob-promise', maxWidth: width, maxHeight: height });
      spotImage = { blob, x: 0, y: 0, w: width, h: height };
    }
  }

  const picture = newCanvas(width, height, main.container()?.ownerDocument);
  const ctx = picture.context;
  ctx.fillStyle = layers.background;
  ctx.fillRect(0, 0, width, height);
  if (transform && layers.under) layers.under(ctx, transform, width, height);
  if (mainImage) ctx.drawImage(await createImageBitmap(mainImage), 0, 0, width, height);
  if (layers.veil.opacity > 0) {
    ctx.globalAlpha = layers.veil.opacity;
    ctx.fillStyle = layers.veil.color;
    ctx.fillRect(0, 0, width, height);
    ctx.globalAlpha = 1;
  }
  if (spotImage) ctx.drawImage(await createImageBitmap(spotImage.blob), spotImage.x, spotImage.y, spotImage.w, spotImage.h);
  return picture.toBlob();
}

type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** A detached canvas to compose on (an OffscreenCanvas where there is one; never put in a page). */
function newCanvas(width: number, height: number, doc: Document | undefined): { context: Context2D; toBlob(): Promise<Blob> } {
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (context) return { context, toBlob: () => canvas.convertToBlob({ type: 'image/png' }) };
  }
  const canvas = (doc ?? document).createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('exportPng: no 2D canvas context');
  return {
    context,
    toBlob: () =>
      new Promise<Blob>((resolve, reject) =>
        canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('exportPng: the canvas gave no PNG'))), 'image/png'),
      ),
  };
}

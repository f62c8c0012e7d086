/**
 * Widths of canvas labels without asking Cytoscape, which measures a label only once it is
 * drawn (and at 20,000 nodes would restyle every one to do so). One canvas context measures
 * each distinct line once, at a reference size; widths scale with the font size.
 */

/** Font size the widths are measured at; any other size scales linearly. */
const REFERENCE_PX = 100;

export type FontWeight = 'normal' | 'bold';

export class TextMeasure {
  readonly #context: CanvasRenderingContext2D | null;
  readonly #widths = new Map<string, number>();
  #family: string;

  constructor(fontFamily: string) {
    this.#family = fontFamily;
    this.#context = document.createElement('canvas').getContext('2d');
  }

  /** A new font family forgets every width measured in the old one. */
  setFontFamily(fontFamily: string): void {
    if (fontFamily === this.#family) return;
    this.#family = fontFamily;
    this.#widths.clear();
  }

  /**
   * Width in px of the widest line of `text` (lines split at "\n") at `sizePx`. Without a
   * canvas (none in the page) an estimate of 0.6 em per character.
   */
  width(text: string, sizePx: number, weight: FontWeight = 'normal'): number {
    let widest = 0;
    for (const line of text.split('\n')) widest = Math.max(widest, this.#lineWidth(line, weight));
    return (widest * sizePx) / REFERENCE_PX;
  }

  #lineWidth(line: string, weight: FontWeight): number {
    const key = weight === 'bold' ? `b${line}` : `n${line}`;
    let width = this.#widths.get(key);
    if (width === undefined) {
      const ctx = this.#context;
      if (ctx) {
        ctx.font = `normal ${weight} ${REFERENCE_PX}px ${this.#family}`;
        width = ctx.measureText(line).width;
      } else width = [...line].length * 0.6 * REFERENCE_PX;
      this.#widths.set(key, width);
    }
    return width;
  }
}

/** How many lines a label has. */
export function lineCount(text: string): number {
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}

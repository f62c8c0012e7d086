/**
 * Per-label text direction for canvas drawing. Cytoscape sets no text direction: labels are
 * drawn with one inherited direction (on its detached texture canvases, always left to
 * right), so an Arabic label would have its brackets, Latin acronyms and numbers reordered
 * (tests/browser/viewer-labels.test.ts shows it). Each label line
 * is wrapped in a directional isolate (RLI/LRI … PDI) chosen from its first strong
 * character, which makes the Unicode bidi algorithm order it by its own direction whatever
 * the page direction is.
 */
const RLI = '\u2067';
const LRI = '\u2066';
const PDI = '\u2069';

// Bidi controls from the data are removed before isolating: they are warned by the loader,
// and left in they could reorder text around them.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
const RTL_CHAR = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const LTR_CHAR = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/;

/** Direction of a text from its first strong character (`ltr` when it has none). */
export function baseDirection(text: string): 'rtl' | 'ltr' {
  for (const ch of text) {
    if (RTL_CHAR.test(ch)) return 'rtl';
    if (LTR_CHAR.test(ch)) return 'ltr';
  }
  return 'ltr';
}

/** Removes bidi control characters. */
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/**
 * Breaks a label into lines of at most `maxLineLength` characters at spaces (a longer word
 * stays whole on its own line). Lines never exceed `maxLines`; the last one ends in "…".
 */
export function wrapLines(text: string, maxLineLength: number, maxLines = 3): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + 1 + word.length > maxLineLength) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
    return kept;
  }
  return lines;
}

/** Shortens a label to `maxLength` characters with an ellipsis. */
export function shorten(text: string, maxLength: number): string {
  const chars = [...text];
  return chars.length <= maxLength ? text : `${chars.slice(0, maxLength - 1).join('').trimEnd()}…`;
}

/**
 * A label ready for the canvas: bidi controls removed, wrapped into lines, and each line
 * isolated in the label's own direction.
 */
export function canvasLabel(text: string, maxLineLength = 18, maxLines = 3): string {
  const clean = stripBidiControls(text).trim();
  const dir = baseDirection(clean);
  const open = dir === 'rtl' ? RLI : LRI;
  return wrapLines(clean, maxLineLength, maxLines)
    .map((line) => `${open}${line}${PDI}`)
    .join('\n');
}

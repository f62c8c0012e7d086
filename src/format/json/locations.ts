import { orderedKeys } from './key-order';
import { parsePointer } from './pointer';

/** 1-based line and column; columns count UTF-16 code units (what JS string indices count). */
export interface LineColumn {
  readonly line: number;
  readonly column: number;
}

/**
 * Offsets of parsed values, per container: for an object, `[keyOffset, valueOffset]` pairs in
 * the object's original key order; for an array, one value offset per element.
 */
export type ContainerOffsets = number[];

/**
 * Where every key and value of a parsed JSON text is. Offsets are recorded once per container
 * while parsing (cheap); a pointer is resolved to a line and column only when asked, which in
 * practice means only for the values a problem is reported about.
 */
export class JsonLocations {
  private lineStarts: number[] | undefined;

  constructor(
    private readonly text: string,
    private readonly root: unknown,
    private readonly rootOffset: number,
    private readonly offsets: ReadonlyMap<object, ContainerOffsets>,
  ) {}

  /** Offset of the value (or, with `part: 'key'`, of the key) that `pointer` names. */
  offsetOf(pointer: string, part: 'value' | 'key' = 'value'): number | undefined {
    const tokens = parsePointer(pointer);
    if (tokens.length === 0) return part === 'value' ? this.rootOffset : undefined;
    let value: unknown = this.root;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as string;
      if (typeof value !== 'object' || value === null) return undefined;
      const recorded = this.offsets.get(value);
      if (!recorded) return undefined;
      const last = i === tokens.length - 1;
      if (Array.isArray(value)) {
        const index = Number(token);
        if (!Number.isInteger(index) || index < 0 || index >= value.length) return undefined;
        if (last) return part === 'value' ? recorded[index] : undefined;
        value = value[index];
      } else {
        const keyIndex = orderedKeys(value).indexOf(token);
        if (keyIndex < 0) return undefined;
        if (last) return recorded[keyIndex * 2 + (part === 'key' ? 0 : 1)];
        value = (value as Record<string, unknown>)[token];
      }
    }
    return undefined;
  }

  /** Line and column of the value or key that `pointer` names, if it exists in the text. */
  positionOf(pointer: string, part: 'value' | 'key' = 'value'): LineColumn | undefined {
    const offset = this.offsetOf(pointer, part);
    return offset === undefined ? undefined : this.lineColumn(offset);
  }

  /** Line and column of a text offset. */
  lineColumn(offset: number): LineColumn {
    return lineColumnOf(this.lines(), offset);
  }

  private lines(): number[] {
    this.lineStarts ??= lineStartsOf(this.text);
    return this.lineStarts;
  }
}

/** Offsets where lines start; `\n`, `\r\n` and a lone `\r` each end a line. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** Line and column of `offset`, by binary search over the line starts. */
export function lineColumnOf(lineStarts: readonly number[], offset: number): LineColumn {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((lineStarts[mid] as number) <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - (lineStarts[low] as number) + 1 };
}

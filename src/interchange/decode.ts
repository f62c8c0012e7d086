/**
 * File bytes → text for the importers: UTF-8 (a leading byte order mark removed), or UTF-16
 * when a byte order mark says so (Excel's "Unicode text"). Anything else is reported with the
 * place of the first byte that is not UTF-8.
 */
import { DEFAULT_LIMITS } from '../format/limits';
import type { ReportBuilder } from './report';
import type { InputFile } from './table';

/** The text of a file; undefined (with an error in `report`) when it cannot be decoded or is too large. */
export function decodeText(input: InputFile, report: ReportBuilder, maxLength = DEFAULT_LIMITS.maxTextLength * 4): string | undefined {
  const file = input.name;
  let text: string;
  if (typeof input.content === 'string') text = input.content;
  else {
    const bytes = input.content;
    if (bytes.length > maxLength * 3) {
      report.error('file-too-large', `the file has ${bytes.length.toLocaleString('en')} bytes; at most ${(maxLength * 3).toLocaleString('en')} are read`, { file });
      return undefined;
    }
    const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      const at = firstBadByte(bytes);
      const before = new TextDecoder('utf-8').decode(bytes.subarray(0, at));
      const lines = before.split('\n');
      report.error('not-utf8', `the file is not UTF-8: byte ${at.toLocaleString('en')} does not start or continue a character`, { file, line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 });
      return undefined;
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.length > maxLength) {
    report.error('file-too-large', `the file has ${text.length.toLocaleString('en')} characters; at most ${maxLength.toLocaleString('en')} are read`, { file });
    return undefined;
  }
  return text;
}

/** Index of the first byte that does not decode as UTF-8 (the length when all do). */
function firstBadByte(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let low = 0;
  let high = bytes.length;
  // The longest prefix that decodes: binary search, each probe a fatal decode (a cut inside a
  // character fails too, so the answer can be up to 3 bytes early: walk forward from there).
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    try {
      decoder.decode(bytes.subarray(0, middle));
      low = middle;
    } catch {
      high = middle - 1;
    }
  }
  return low;
}

// The special characters are defined once, as ranges (src/format/characters.ts); every regular
// expression the loader uses, the message escaping and the schema's id pattern follow them.
import { describe, expect, test } from 'vitest';
import {
  BIDI_CONTROL,
  BIDI_CONTROL_RANGES,
  CONTROL,
  CONTROL_EXCEPT_NEWLINE_TAB,
  CONTROL_OR_BIDI,
  CONTROL_RANGES,
  ESCAPED_IN_MESSAGES_RANGES,
  FORBIDDEN_IN_ID,
  INVISIBLE_RANGES,
  characterClass,
  findLoneSurrogate,
  isBlank,
  type CharacterRange,
} from '../../../src/format/characters';
import { escapeForMessage } from '../../../src/format/message-text';
import { ID_PATTERN } from '../../../src/format/schema';

const inRanges = (ranges: readonly CharacterRange[], code: number): boolean => ranges.some(([first, last]) => code >= first && code <= last);

/** Every BMP code point that is not a surrogate, with its one-character string. */
const bmp: [number, string][] = [];
for (let code = 0; code <= 0xffff; code++) if (code < 0xd800 || code > 0xdfff) bmp.push([code, String.fromCharCode(code)]);

/** Code points where `actual` and `expected` disagree, as U+XXXX. */
function disagreements(actual: (char: string) => boolean, expected: (code: number) => boolean): string[] {
  return bmp.filter(([code, char]) => actual(char) !== expected(code)).map(([code]) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`);
}

describe('the character classes follow their ranges, for every BMP character', () => {
  test('controls, controls a description may not carry, bidi controls, and either', () => {
    expect(disagreements((c) => CONTROL.test(c), (code) => inRanges(CONTROL_RANGES, code))).toEqual([]);
    expect(disagreements((c) => CONTROL_EXCEPT_NEWLINE_TAB.test(c), (code) => inRanges(CONTROL_RANGES, code) && code !== 9 && code !== 10)).toEqual([]);
    expect(disagreements((c) => BIDI_CONTROL.test(c), (code) => inRanges(BIDI_CONTROL_RANGES, code))).toEqual([]);
    expect(disagreements((c) => CONTROL_OR_BIDI.test(c), (code) => inRanges(CONTROL_RANGES, code) || inRanges(BIDI_CONTROL_RANGES, code))).toEqual([]);
  });

  test('an id may contain none of the invisible characters, and the schema says the same', () => {
    expect(disagreements((c) => FORBIDDEN_IN_ID.test(c), (code) => inRanges(INVISIBLE_RANGES, code))).toEqual([]);
    const idPattern = new RegExp(ID_PATTERN, 'u');
    expect(disagreements((c) => !idPattern.test(`a${c}b`), (code) => inRanges(INVISIBLE_RANGES, code))).toEqual([]);
  });

  test('a one-character text is blank when it is whitespace or invisible', () => {
    expect(disagreements((c) => isBlank(c), (code) => /\s/.test(String.fromCharCode(code)) || inRanges(INVISIBLE_RANGES, code))).toEqual([]);
    expect(isBlank('')).toBe(true);
    expect(isBlank(' \u200b\u2066 ')).toBe(true);
    expect(isBlank(' \u200bx')).toBe(false);
  });

  test('messages escape exactly the invisible characters and the interlinear annotation marks', () => {
    expect(disagreements((c) => escapeForMessage(c) !== c, (code) => inRanges(ESCAPED_IN_MESSAGES_RANGES, code))).toEqual([]);
    expect(escapeForMessage('coun\u2066try')).toBe('coun\\u2066try');
    expect(escapeForMessage('a\ud800b\udc00c\ud83d\ude00')).toBe('a\\ud800b\\udc00c\ud83d\ude00');
  });

  test('bidi controls and controls are among the invisible characters', () => {
    for (const [first, last] of [...BIDI_CONTROL_RANGES, ...CONTROL_RANGES]) {
      for (let code = first; code <= last; code++) expect(inRanges(INVISIBLE_RANGES, code)).toBe(true);
    }
  });
});

describe('characterClass', () => {
  test('writes \\uXXXX escapes, merges touching ranges, and writes one or two code points singly', () => {
    expect(characterClass([[0x41, 0x41]])).toBe('\\u0041');
    expect(characterClass([[0x41, 0x42]])).toBe('\\u0041\\u0042');
    expect(characterClass([[0x41, 0x43]])).toBe('\\u0041-\\u0043');
    expect(characterClass([[0x50, 0x60], [0x41, 0x43], [0x44, 0x45], [0x55, 0x70]])).toBe('\\u0041-\\u0045\\u0050-\\u0070');
    expect(characterClass([[0xfeff, 0xfeff]])).toBe('\\uFEFF');
  });
});

describe('findLoneSurrogate', () => {
  test('finds a lone high or low half and passes a pair', () => {
    expect(findLoneSurrogate('ab\ud83d\ude00')).toBe(-1);
    expect(findLoneSurrogate('ab\ud83d')).toBe(2);
    expect(findLoneSurrogate('a\ude00')).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { baseDirection, canvasLabel, shorten, stripBidiControls, wrapLines } from '../../../src/view/text-direction';

const RLI = '\u2067';
const LRI = '\u2066';
const PDI = '\u2069';

describe('baseDirection', () => {
  it('reads the first strong character', () => {
    expect(baseDirection('الذكاء الاصطناعي (AI)')).toBe('rtl');
    expect(baseDirection('AI (الذكاء)')).toBe('ltr');
    expect(baseDirection('(2024) روسيا')).toBe('rtl');
    expect(baseDirection('123')).toBe('ltr');
  });
});

describe('canvasLabel', () => {
  it('isolates an Arabic label right-to-left so brackets, acronyms and numbers keep their order', () => {
    expect(canvasLabel('منظمة (SCO) [2]', 40)).toBe(`${RLI}منظمة (SCO) [2]${PDI}`);
  });

  it('isolates a Latin label left-to-right', () => {
    expect(canvasLabel('Iran (IR)', 40)).toBe(`${LRI}Iran (IR)${PDI}`);
  });

  it('isolates every wrapped line on its own', () => {
    const lines = canvasLabel('منظمة شنغهاي للتعاون الدولية', 12).split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) {
      expect(line.startsWith(RLI)).toBe(true);
      expect(line.endsWith(PDI)).toBe(true);
    }
  });

  it('removes bidi controls from the data before isolating', () => {
    const label = canvasLabel('abc\u202Edef', 40);
    expect(label).toBe(`${LRI}abcdef${PDI}`);
    expect(stripBidiControls('a\u2066b\u200Fc')).toBe('abc');
  });
});

describe('wrapLines and shorten', () => {
  it('wraps at spaces, keeps long words whole and caps the number of lines', () => {
    expect(wrapLines('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrapLines('supercalifragilistic x', 5)).toEqual(['supercalifragilistic', 'x']);
    expect(wrapLines('a b c d e f', 1, 2)).toEqual(['a', 'b…']);
  });

  it('shortens by characters, not UTF-16 units', () => {
    expect(shorten('abcdef', 4)).toBe('abc…');
    expect(shorten('abc', 4)).toBe('abc');
    expect([...shorten('😀😀😀😀😀', 3)].length).toBe(3);
  });
});

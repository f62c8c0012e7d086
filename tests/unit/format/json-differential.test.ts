// The hand-written parser against JSON.parse, on generated text: it gives the same value, or it
// refuses for one of the reasons it is meant to (each checked against what JSON.parse returned):
//   duplicate-key      JSON.parse silently keeps the last of two equal keys; we keep the first and say so
//   max-depth          nesting deeper than maxDepth is refused before descending
//   lone-surrogate     a string that is not well-formed Unicode
//   non-finite-number  a number too large for a double (JSON.parse gives Infinity)
// and one intended acceptance: a leading byte order mark (JSON.parse refuses it).
// Whatever JSON.parse refuses, the parser refuses too.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { orderedKeys } from '../../../src/format/json/key-order';
import { parseJson } from '../../../src/format/json/parse';
import { escapePointerToken } from '../../../src/format/json/pointer';

const MAX_DEPTH = 64;
const INTENDED_REFUSALS = new Set(['duplicate-key', 'max-depth', 'lone-surrogate', 'non-finite-number']);

/** Levels of nesting of objects and arrays (a scalar is 0, `[]` is 1). */
function depthOf(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  let deepest = 0;
  for (const child of Object.values(value)) deepest = Math.max(deepest, depthOf(child));
  return deepest + 1;
}

/** True when some key or value in `value` satisfies `test` (strings) or `testNumber` (numbers). */
function some(value: unknown, testString: (text: string) => boolean, testNumber: (n: number) => boolean): boolean {
  if (typeof value === 'string') return testString(value);
  if (typeof value === 'number') return testNumber(value);
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return value.some((child) => some(child, testString, testNumber));
  return Object.keys(value).some((key) => testString(key) || some((value as Record<string, unknown>)[key], testString, testNumber));
}

const isIllFormed = (text: string): boolean => !(text as unknown as { isWellFormed(): boolean }).isWellFormed();
const hasLoneSurrogate = (value: unknown): boolean => some(value, isIllFormed, () => false);
const hasNonFinite = (value: unknown): boolean => some(value, () => false, (n) => !Number.isFinite(n));

/** Where two JSON values differ (same key order, same numbers by Object.is), or undefined when equal. */
function difference(ours: unknown, theirs: unknown, at = ''): string | undefined {
  if (typeof ours !== 'object' || ours === null || typeof theirs !== 'object' || theirs === null) {
    return Object.is(ours, theirs) ? undefined : `${at}: ${String(ours)} ≠ ${String(theirs)}`;
  }
  if (Array.isArray(ours) !== Array.isArray(theirs)) return `${at}: array and object`;
  const ourKeys = Object.keys(ours);
  const theirKeys = Object.keys(theirs);
  if (ourKeys.join('\u0000') !== theirKeys.join('\u0000')) return `${at}: keys ${JSON.stringify(ourKeys)} ≠ ${JSON.stringify(theirKeys)}`;
  if (Object.getPrototypeOf(ours) !== Object.getPrototypeOf(theirs)) return `${at}: prototypes differ`;
  for (const key of ourKeys) {
    const found = difference(Object.getOwnPropertyDescriptor(ours, key)?.value, Object.getOwnPropertyDescriptor(theirs, key)?.value, `${at}/${key}`);
    if (found) return found;
  }
  return undefined;
}

/** Parses `text` both ways and checks that they agree, up to the intended differences. */
function agree(text: string): void {
  const ours = parseJson(text, { maxDepth: MAX_DEPTH });
  let theirs: { ok: true; value: unknown } | { ok: false };
  try {
    // The one intended acceptance: a leading BOM (a file saved "with signature").
    theirs = { ok: true, value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) };
  } catch {
    theirs = { ok: false };
  }
  if (!theirs.ok) {
    expect(ours.fatal, `JSON.parse refuses ${JSON.stringify(text)}, the parser accepted it`).toBe(true);
    return;
  }
  const codes = new Set(ours.issues.map((issue) => issue.code));
  expect([...codes].filter((code) => !INTENDED_REFUSALS.has(code)), JSON.stringify(text)).toEqual([]);
  // The only fatal refusal of text JSON.parse accepts is the depth limit, and only beyond it.
  expect(ours.fatal).toBe(codes.has('max-depth'));
  expect(codes.has('max-depth'), JSON.stringify(text)).toBe(depthOf(theirs.value) > MAX_DEPTH);
  if (ours.fatal) return;
  const duplicates = codes.has('duplicate-key');
  // What JSON.parse returns proves each refusal; with duplicate keys it may have dropped the proof.
  if (hasLoneSurrogate(theirs.value) || !duplicates) expect(codes.has('lone-surrogate'), JSON.stringify(text)).toBe(hasLoneSurrogate(theirs.value));
  if (hasNonFinite(theirs.value) || !duplicates) expect(codes.has('non-finite-number'), JSON.stringify(text)).toBe(hasNonFinite(theirs.value));
  if (!duplicates) expect(difference(ours.value, theirs.value), JSON.stringify(text)).toBeUndefined();
}

/** String units: any code point, lone surrogate halves, and characters JSON must escape. */
const anyUnit = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  fc.constantFrom('\ud800', '\udbff', '\udc00', '\udfff', '"', '\\', '\u0000', '\u001f', '\u2028', '\ufeff', '\u{1F600}'),
);

describe('the parser agrees with JSON.parse', () => {
  test('on fc.json() text (ASCII strings)', () => {
    fc.assert(fc.property(fc.json(), agree), { numRuns: 300 });
  });

  test('on JSON with Unicode strings and keys (graphemes, any code point)', () => {
    fc.assert(fc.property(fc.json({ stringUnit: 'grapheme' }), agree), { numRuns: 200 });
    fc.assert(fc.property(fc.json({ stringUnit: 'binary' }), agree), { numRuns: 200 });
  });

  test('on fc.jsonValue() written with and without indentation, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: anyUnit }), fc.constantFrom(undefined, 2, '\t'), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        agree(text);
        // The key order of the text is kept (integer-like keys included) where JS would reorder.
        const parsed = parseJson(text, { maxDepth: MAX_DEPTH });
        if (!parsed.fatal && parsed.issues.length === 0 && typeof value === 'object' && value !== null && !Array.isArray(value)) {
          expect(orderedKeys(parsed.value as object)).toEqual(Object.keys(value));
        }
      }),
      { numRuns: 300 },
    );
  });

  test('on text made of JSON tokens in random order (mostly not JSON)', () => {
    const token = fc.constantFrom(
      '{', '}', '[', ']', ',', ':', '"a"', '"b"', '"\\u00e9"', '"\\ud800"', '"\\ud83d\\ude00"', '"x\\"y"', '"\\q"', '"\u0001"',
      '0', '1', '-0', '-', '01', '1.', '.5', '1e5', '1E+2', '2e-3', '1e999', '-1e400', '0x10', '+1',
      'true', 'false', 'null', 'True', 'NaN', 'Infinity', 'undefined', "'a'", '//', '/*', '*/',
      ' ', '\n', '\t', '\r', '\u00a0', '\ufeff', '\u2028', '<',
    );
    fc.assert(fc.property(fc.array(token, { maxLength: 25 }), (tokens) => agree(tokens.join(''))), { numRuns: 2000 });
  });

  test('on valid JSON with a few characters changed', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 3 }), fc.nat(), fc.string({ maxLength: 2, unit: anyUnit }), fc.nat(2), (text, at, insert, remove) => {
        const i = at % (text.length + 1);
        agree(text.slice(0, i) + insert + text.slice(i + remove));
      }),
      { numRuns: 500 },
    );
  });

  test('on numbers from tiny to out of range', () => {
    const number = fc.tuple(fc.constantFrom('', '-'), fc.stringMatching(/^(0|[1-9][0-9]{0,20})$/), fc.constantFrom('', '.5', '.000001', '.99999999999999999999'), fc.constantFrom('', 'e', 'E', 'e+', 'e-'), fc.integer({ min: 0, max: 400 }));
    fc.assert(
      fc.property(number, ([sign, integer, fraction, e, exponent]) => {
        agree(`[${sign}${integer}${fraction}${e === '' ? '' : `${e}${exponent}`}]`);
      }),
      { numRuns: 500 },
    );
  });

  test('on nesting just below, at and just above the depth limit', () => {
    for (let depth = MAX_DEPTH - 2; depth <= MAX_DEPTH + 2; depth++) {
      agree(`${'['.repeat(depth)}${']'.repeat(depth)}`);
      agree(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);
    }
  });

  test('with a leading BOM (accepted; JSON.parse refuses it)', () => {
    fc.assert(fc.property(fc.json({ maxDepth: 2 }), (text) => agree(`\ufeff${text}`)), { numRuns: 100 });
    expect(parseJson('\ufeff{"a":1}', { maxDepth: MAX_DEPTH }).value).toEqual({ a: 1 });
  });
});

describe('duplicate keys: the first value is kept, JSON.parse keeps the last', () => {
  test('on generated objects with one key repeated', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ unit: 'grapheme' }), fc.jsonValue({ maxDepth: 2 }), { minKeys: 1 }), fc.nat(), fc.jsonValue({ maxDepth: 2 }), (object, pick, first) => {
        const keys = Object.keys(object);
        const key = keys[pick % keys.length] as string;
        const text = `{${JSON.stringify(key)}:${JSON.stringify(first)},${JSON.stringify(object).slice(1)}`;
        const ours = parseJson(text, { maxDepth: MAX_DEPTH });
        expect(ours.fatal).toBe(false);
        expect(ours.issues.map((issue) => [issue.code, issue.pointer])).toEqual([['duplicate-key', `/${escapePointerToken(key)}`]]);
        const theirs = JSON.parse(text) as Record<string, unknown>;
        // What the text carries (JSON writes -0 as 0), not the generated value itself.
        expect(theirs[key]).toEqual(JSON.parse(JSON.stringify(object[key])));
        // Same keys in the same order; the repeated key holds the first value.
        const expected: Record<string, unknown> = {};
        for (const k of Object.keys(theirs)) Object.defineProperty(expected, k, { value: k === key ? JSON.parse(JSON.stringify(first)) : theirs[k], enumerable: true, writable: true, configurable: true });
        expect(difference(ours.value, expected)).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });
});

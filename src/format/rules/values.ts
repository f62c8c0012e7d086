/** Rules for single values: dates, URLs, colors, enumerations, plain types. */
import { describeType, quote } from '../message-text';
import { childPointer } from '../json/pointer';
import type { RuleContext } from './context';
import { didYouMean } from './suggest';

export const VALUE_CODES = {
  wrongType: 'wrong-type',
  invalidDate: 'invalid-date',
  invalidUrl: 'invalid-url',
  unsafeUrl: 'unsafe-url',
  invalidColor: 'invalid-color',
  unknownShape: 'unknown-shape',
  unknownLineStyle: 'unknown-line-style',
  missingField: 'missing-field',
} as const;

/** Reports a value of the wrong JSON type. */
export function wrongType(ctx: RuleContext, pointer: string, expected: string, value: unknown): void {
  ctx.error(VALUE_CODES.wrongType, pointer, `expected ${expected}, found ${describeType(value)}`);
}

export function checkString(ctx: RuleContext, value: unknown, pointer: string): value is string {
  if (typeof value === 'string') return true;
  wrongType(ctx, pointer, 'a string', value);
  return false;
}

export function checkBoolean(ctx: RuleContext, value: unknown, pointer: string): value is boolean {
  if (typeof value === 'boolean') return true;
  wrongType(ctx, pointer, 'true or false', value);
  return false;
}

/** Checks that a value is an array, then each element. */
export function checkArray(ctx: RuleContext, value: unknown, pointer: string, element: (value: unknown, pointer: string) => void): void {
  if (!Array.isArray(value)) {
    wrongType(ctx, pointer, 'an array', value);
    return;
  }
  for (let i = 0; i < value.length; i++) element(value[i], childPointer(pointer, i));
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** ISO 8601 calendar date at year, month or day precision, with real month and day ranges. */
export function checkDate(ctx: RuleContext, value: unknown, pointer: string): void {
  if (!checkString(ctx, value, pointer)) return;
  const match = DATE.exec(value);
  const hint = 'write 2024, 2024-12 or 2024-12-03; keep what the source says in words in when.text';
  if (!match) {
    ctx.error(VALUE_CODES.invalidDate, pointer, `${quote(value)} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD`, hint);
    return;
  }
  const year = Number(match[1]);
  if (match[2] === undefined) return;
  const month = Number(match[2]);
  if (month < 1 || month > 12) {
    ctx.error(VALUE_CODES.invalidDate, pointer, `"${value}" has month ${match[2]}; months run from 01 to 12`, hint);
    return;
  }
  if (match[3] === undefined) return;
  const day = Number(match[3]);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 && !leap ? 28 : (DAYS_IN_MONTH[month - 1] as number);
  if (day < 1 || day > days) {
    ctx.error(VALUE_CODES.invalidDate, pointer, `"${value}" has day ${match[3]}, but that month has ${days} days`, hint);
  }
}

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * `http:`, `https:` or `mailto:` only, judged on the URL as a browser parses it: the WHATWG
 * parser drops tabs and newlines, so `java\tscript:` is `javascript:` and is refused.
 */
export function checkUrl(ctx: RuleContext, value: unknown, pointer: string): void {
  if (!checkString(ctx, value, pointer)) return;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    ctx.error(VALUE_CODES.invalidUrl, pointer, `${quote(value)} is not an absolute URL`, 'write the whole address, starting with https://');
    return;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) {
    ctx.error(VALUE_CODES.unsafeUrl, pointer, `links must use http:, https: or mailto:, not ${quote(url.protocol)}`, 'other schemes (javascript:, data:, file:) are refused for safety');
  }
}

const COLOR = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

/** `#rgb` or `#rrggbb`. */
export function checkColor(ctx: RuleContext, value: unknown, pointer: string): void {
  if (!checkString(ctx, value, pointer)) return;
  if (!COLOR.test(value)) {
    ctx.error(VALUE_CODES.invalidColor, pointer, `${quote(value)} is not a color of the form #rgb or #rrggbb`, 'for example #1f77b4');
  }
}

/** A value from a fixed list (shapes, line styles), with a did-you-mean. */
export function checkEnum(ctx: RuleContext, value: unknown, pointer: string, allowed: readonly string[], code: string, what: string): void {
  if (!checkString(ctx, value, pointer)) return;
  if (!allowed.includes(value)) {
    ctx.error(code, pointer, `${quote(value)} is not a ${what}; use one of: ${allowed.join(', ')}`, ctx.takeSuggestion() ? didYouMean(value, allowed) : undefined);
  }
}

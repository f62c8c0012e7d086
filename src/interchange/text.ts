/**
 * Small pure helpers shared by the formats: ids the loader accepts, colours, numbers, language
 * suffixes of column names, and records whose keys stay plain data in their order.
 */
import { defineDataProperty, setKeyOrder } from '../format/json/key-order';
import { escapeForMessage } from '../format/message-text';
import { FORBIDDEN_IN_ID } from '../format/characters';
import { MAX_ID_LENGTH } from '../format/rules/ids';

export { escapeForMessage };

const FORBIDDEN_IN_ID_GLOBAL = new RegExp(FORBIDDEN_IN_ID.source, 'g');

/**
 * The text of `raw` as an id the loader accepts: characters ids may not hold removed, surrounding
 * white space trimmed, cut to the id length limit (never inside a surrogate pair). '' when
 * nothing usable is left.
 */
export function cleanId(raw: unknown): string {
  if (raw === undefined || raw === null) return '';
  let id = String(raw).replace(FORBIDDEN_IN_ID_GLOBAL, '').replace(/\s+/g, ' ').trim().normalize('NFC');
  if (id.length > MAX_ID_LENGTH) {
    id = id.slice(0, MAX_ID_LENGTH);
    if (/[\ud800-\udbff]$/.test(id)) id = id.slice(0, -1);
    id = id.trim();
  }
  return id;
}

/** Hands out ids unique in one namespace: `base`, then `base-2`, `base-3`… (kept within the length limit). */
export class IdSpace {
  readonly #taken = new Set<string>();

  has(id: string): boolean {
    return this.#taken.has(id);
  }
  /** Marks an id as used without checking it. */
  reserve(id: string): void {
    this.#taken.add(id);
  }
  /** `base` (cleaned, or `fallback` when nothing is left), made unique, and reserved. */
  claim(base: unknown, fallback: string): string {
    const clean = cleanId(base) || fallback;
    let id = clean;
    for (let n = 2; this.#taken.has(id); n++) {
      const suffix = `-${n}`;
      id = `${clean.slice(0, MAX_ID_LENGTH - suffix.length).trim()}${suffix}`;
    }
    this.#taken.add(id);
    return id;
  }
}

/** `#rrggbb` from `#rgb`, `#rrggbb`, `#rrggbbaa`, `rgb(r,g,b)`, `rgba(…)` or three 0–255 numbers; undefined when not a colour. */
export function parseColor(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim().toLowerCase();
  let match = /^#([0-9a-f]{3})$/.exec(text);
  if (match) return `#${[...(match[1] as string)].map((c) => c + c).join('')}`;
  match = /^#([0-9a-f]{6})(?:[0-9a-f]{2})?$/.exec(text);
  if (match) return `#${match[1] as string}`;
  match = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*[\d.]+\s*)?\)$/.exec(text);
  if (match) return rgbToHex(Number(match[1]), Number(match[2]), Number(match[3]));
  return undefined;
}

/** `#rrggbb` from red, green and blue (0–255); undefined when any is not such a number. */
export function rgbToHex(r: unknown, g: unknown, b: unknown): string | undefined {
  const channels = [r, g, b].map((c) => (typeof c === 'string' && c.trim() !== '' ? Number(c) : c));
  if (!channels.every((c) => typeof c === 'number' && Number.isFinite(c) && c >= 0 && c <= 255)) return undefined;
  return `#${channels.map((c) => Math.round(c as number).toString(16).padStart(2, '0')).join('')}`;
}

/** Red, green and blue of `#rrggbb`. */
export function hexToRgb(hex: string): [number, number, number] {
  return [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)) as [number, number, number];
}

/** A finite number from a number or a numeric string (`'1e3'`, `' -2.5 '`); undefined otherwise. */
export function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const number = Number(value.trim());
  return Number.isFinite(number) ? number : undefined;
}

/** A number when the text is exactly how JavaScript writes that number (`'12'`, `'-0.5'`), else the text. */
export function canonicalNumberOrText(text: string): string | number {
  const number = Number(text);
  return text !== '' && Number.isFinite(number) && String(number) === text ? number : text;
}

/**
 * A language tag as a column suffix may carry it (`ar`, `en`, `zh-Hant`, `es-419`): stricter than
 * BCP 47 so that `label_size` is not read as a label in the language "size".
 */
export function isLanguageSuffix(text: string): boolean {
  return /^[a-z]{2,3}(?:-(?:[A-Z][a-z]{3}|[A-Z]{2}|\d{3}|[a-z0-9]{5,8}))*$/.test(text);
}

/**
 * Splits `label_en` into `['label', 'en']` when the name is `base_<language>`; undefined otherwise.
 * `-` works as the separator too (`label-ar`).
 */
export function languageColumn(name: string, bases: readonly string[]): { base: string; lang: string } | undefined {
  for (const base of bases) {
    if (name.length > base.length + 1 && name.toLowerCase().startsWith(base) && (name[base.length] === '_' || name[base.length] === '-' || name[base.length] === '.')) {
      const lang = name.slice(base.length + 1);
      if (isLanguageSuffix(lang)) return { base, lang };
    }
  }
  return undefined;
}

/** An object with these keys in this order, every key plain data (`__proto__` included), as the serializer keeps them. */
export function makeRecord(entries: Iterable<readonly [string, unknown]>): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  const keys: string[] = [];
  for (const [key, value] of entries) {
    if (!Object.prototype.hasOwnProperty.call(record, key)) keys.push(key);
    defineDataProperty(record, key, value);
  }
  setKeyOrder(record, keys);
  return record;
}

/** The items of a list cell: `a | b | c` (empty items kept, so columns in several languages stay aligned). */
export function splitList(text: string): string[] {
  return text.split('|').map((item) => item.trim());
}

/** The text of a list cell; undefined when an item holds the separator itself. */
export function joinList(items: readonly string[]): string | undefined {
  return items.some((item) => item.includes('|')) ? undefined : items.join(' | ');
}

/** Characters XML 1.0 cannot hold (most C0 controls, lone surrogates, U+FFFE/U+FFFF). */
// eslint-disable-next-line no-control-regex -- these are exactly the characters XML cannot carry
export const NOT_XML_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

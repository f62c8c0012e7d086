/**
 * Ids: non-empty strings without surrounding whitespace, at most 128 characters, with no
 * control, bidi-control or invisible characters; unique per kind (nodes and edges share one
 * namespace); ids equal after NFC, or confusable, are warned.
 */
import { describeType, quote } from '../message-text';
import { FORBIDDEN_IN_ID } from '../characters';
import type { RuleContext } from './context';

export const MAX_ID_LENGTH = 128;

export const ID_CODES = {
  notString: 'id-not-string',
  empty: 'empty-id',
  whitespace: 'id-whitespace',
  tooLong: 'id-too-long',
  forbiddenCharacter: 'id-forbidden-character',
  duplicate: 'duplicate-id',
  nfcEqual: 'ids-equal-after-nfc',
  confusable: 'confusable-ids',
} as const;

/**
 * Checks one id (`atKey` when the id is an object key, as for types and statuses). Returns
 * the id when it is a string that references can use (even if it has other problems).
 */
export function checkId(ctx: RuleContext, value: unknown, pointer: string, what: string, atKey = false): string | undefined {
  if (typeof value !== 'string') {
    ctx.error(ID_CODES.notString, pointer, `the ${what} id must be a string, found ${describeType(value)}`, typeof value === 'number' ? `write it in double quotes: "${value}"` : undefined, atKey);
    return undefined;
  }
  if (value.length === 0) {
    ctx.error(ID_CODES.empty, pointer, `the ${what} id is empty`, undefined, atKey);
    return value;
  }
  if (value.trim() !== value) {
    ctx.error(ID_CODES.whitespace, pointer, `the ${what} id ${quote(value)} starts or ends with whitespace`, `write ${quote(value.trim())}`, atKey);
  }
  if (value.length > MAX_ID_LENGTH) {
    ctx.error(ID_CODES.tooLong, pointer, `the ${what} id has ${value.length} characters; ids have at most ${MAX_ID_LENGTH}`, undefined, atKey);
  }
  if (FORBIDDEN_IN_ID.test(value)) {
    ctx.error(
      ID_CODES.forbiddenCharacter,
      pointer,
      `the ${what} id ${quote(value)} contains a control, bidi-control or invisible character`,
      'ids must look exactly like what they are; retype it without the hidden character',
      atKey,
    );
  }
  return value;
}

/** An id declared somewhere, for uniqueness and similarity checks. */
export interface DeclaredId {
  readonly id: string;
  /** Where it is: the pointer itself, or (cheaper for many ids) how to build it. */
  readonly pointer: string | { readonly list: string; readonly index: number };
  readonly what: string;
  readonly atKey?: boolean;
}

function pointerOf(declared: DeclaredId): string {
  const { pointer } = declared;
  return typeof pointer === 'string' ? pointer : `${pointer.list}/${pointer.index}/id`;
}

/**
 * Reports ids declared twice in one namespace (the second one, naming the first), and warns
 * about ids equal after NFC normalization or confusable with one another.
 */
export function checkUniqueIds(ctx: RuleContext, ids: readonly DeclaredId[]): void {
  const first = new Map<string, DeclaredId>();
  const unique: DeclaredId[] = [];
  for (const declared of ids) {
    const earlier = first.get(declared.id);
    if (earlier) {
      ctx.error(
        ID_CODES.duplicate,
        pointerOf(declared),
        `the id ${quote(declared.id)} is already used by the ${earlier.what} at ${pointerOf(earlier)}`,
        declared.what !== earlier.what ? 'nodes and edges share one namespace, so links such as #id are never ambiguous' : 'ids must be unique',
        declared.atKey,
      );
    } else {
      first.set(declared.id, declared);
      unique.push(declared);
    }
  }
  checkNfcEqualIds(ctx, unique, first);
  checkConfusableIds(ctx, unique);
}

/** Ids that differ only in how accented letters are encoded. Only non-ASCII ids can (NFC leaves ASCII alone). */
function checkNfcEqualIds(ctx: RuleContext, ids: readonly DeclaredId[], exact: ReadonlyMap<string, DeclaredId>): void {
  const byNfc = new Map<string, DeclaredId>();
  const reported = new Set<DeclaredId>();
  ids.forEach((declared, index) => {
    if (isPrintableAscii(declared.id) || reported.has(declared)) return;
    const nfc = declared.id.normalize('NFC');
    const other = byNfc.get(nfc) ?? (nfc !== declared.id ? exact.get(nfc) : undefined);
    if (!other) {
      byNfc.set(nfc, declared);
      return;
    }
    // Report at the later of the two, naming the earlier (an exact match may come later; that is rare, so indexOf is fine).
    const [earlier, later] = ids.indexOf(other) < index ? [other, declared] : [declared, other];
    byNfc.set(nfc, earlier);
    reported.add(later);
    ctx.warning(
      ID_CODES.nfcEqual,
      pointerOf(later),
      `the id ${quote(later.id)} equals the id ${quote(earlier.id)} of the ${earlier.what} at ${pointerOf(earlier)} after Unicode normalization (NFC)`,
      'they look identical but differ in how accents are encoded; use one spelling',
      later.atKey,
    );
  });
}

/** Ids a reader could mistake for one another (case, look-alike letters). */
function checkConfusableIds(ctx: RuleContext, ids: readonly DeclaredId[]): void {
  const bySkeleton = new Map<string, DeclaredId>();
  for (const declared of ids) {
    const skeleton = confusableSkeleton(declared.id);
    const lookalike = bySkeleton.get(skeleton);
    if (lookalike) {
      // NFC-equal ids are already warned about as such.
      if (lookalike.id.normalize('NFC') === declared.id.normalize('NFC')) continue;
      ctx.warning(
        ID_CODES.confusable,
        pointerOf(declared),
        `the id ${quote(declared.id)} is easily confused with the id ${quote(lookalike.id)} of the ${lookalike.what} at ${pointerOf(lookalike)}`,
        'ids that differ only in case or look-alike letters are easy to mix up; rename one',
        declared.atKey,
      );
    } else bySkeleton.set(skeleton, declared);
  }
}

function isPrintableAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

/**
 * Look-alike letters mapped to one representative (Latin, Cyrillic, Greek; Arabic/Persian
 * variants of yeh, kaf, heh and alef), used after NFKD, case folding and mark removal.
 */
const CONFUSABLES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w',
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ζ: 'z',
  ı: 'i', ſ: 's', ℓ: 'l', '|': 'l', '_': '-', '‐': '-', '‑': '-', '–': '-', '—': '-', '−': '-',
  ی: 'ي', ى: 'ي', ک: 'ك', ە: 'ه', ہ: 'ه', ھ: 'ه', ٱ: 'ا', أ: 'ا', إ: 'ا', آ: 'ا',
};

/** A key equal for ids a reader could mistake for one another. */
export function confusableSkeleton(id: string): string {
  // Printable ASCII (the common case): case and _/- only, with native string operations.
  if (isPrintableAscii(id)) {
    const lower = id.toLowerCase();
    return lower.includes('_') || lower.includes('|') ? lower.replace(/_/g, '-').replace(/\|/g, 'l') : lower;
  }
  const folded = id.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  let skeleton = '';
  for (const char of folded) skeleton += CONFUSABLES[char] ?? char;
  return skeleton;
}

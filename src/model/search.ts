import type { KnowledgeGraph } from './knowledge-graph';
import type { LocalizedText } from '../format/types';

// Removed outright: format and default-ignorable characters (zero-width, bidi controls, soft
// hyphen, BOM), Arabic harakat/tanwin/shadda/sukun and hamza/madda marks (U+064B–U+065F),
// superscript alef (U+0670), Quranic annotation marks (U+06D6–U+06ED), tatweel (U+0640), and the
// combining diacritics that NFKD splits off Latin (and Greek, Cyrillic…) letters.
const REMOVED =
  // eslint-disable-next-line no-misleading-character-class -- ranges of combining marks, removed on purpose
  /[\p{Cf}\p{Default_Ignorable_Code_Point}\u0640]|[\u064B-\u065F\u0670\u06D6-\u06ED]|[\u0300-\u036F\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F]/gu;

// Letters a reader does not distinguish when searching, and Arabic-Indic / Persian digits.
const UNIFIED: Readonly<Record<string, string>> = {
  'أ': 'ا', // U+0623 alef with hamza above
  'إ': 'ا', // U+0625 alef with hamza below
  'آ': 'ا', // U+0622 alef with madda
  'ٱ': 'ا', // U+0671 alef wasla
  'ة': 'ه', // U+0629 teh marbuta
  'ى': 'ي', // U+0649 alef maksura
  'ؤ': 'و', // U+0624 waw with hamza
  'ئ': 'ي', // U+0626 yeh with hamza
  'ی': 'ي', // U+06CC Farsi yeh, common in Persian names
  'ک': 'ك', // U+06A9 keheh (Persian kaf)
};
const UNIFIED_OR_DIGIT = /[أإآٱةىؤئیک\u0660-\u0669\u06F0-\u06F9]/g;

function unify(char: string): string {
  const code = char.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(code - 0x0660 + 48);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(code - 0x06f0 + 48);
  return UNIFIED[char] ?? char;
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const WHITE_SPACE = /\s+/g;

/**
 * Arabic-aware normalisation: diacritics & tatweel removed, أإآٱ→ا, ة→ه, ى→ي, ؤ→و, ئ→ي,
 * case-folded, Latin accents removed.
 *
 * Also: Arabic-Indic and Persian digits become ASCII digits, NFKD folds compatibility forms
 * (Arabic presentation forms, ligatures, full-width letters), zero-width and bidi control
 * characters are dropped, white space is collapsed to single spaces and trimmed. Queries and
 * labels go through the same function, so `ايران` finds `إيران` and `rússia` finds `Russia`.
 */
export function normalizeForSearch(text: string): string {
  if (PRINTABLE_ASCII.test(text)) return text.toLowerCase().replace(WHITE_SPACE, ' ').trim();
  // Lower-case after NFKD: a compatibility form may decompose to a capital (ℌ → H).
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(REMOVED, '')
    .replace(UNIFIED_OR_DIGIT, unify)
    .replace(WHITE_SPACE, ' ')
    .trim();
}

/** How a query matched a text; a higher score is a better match. */
export const MATCH_SCORE = {
  /** The whole text equals the query. */
  exact: 5,
  /** The text starts with the query. */
  prefix: 4,
  /** A word inside the text starts with the query (after a space, punctuation, or the article ال). */
  wordPrefix: 3,
  /** The query occurs inside a word. */
  substring: 2,
  /** Every word of a multi-word query occurs in the text, in any order. */
  allWords: 1,
} as const;

export interface SearchHit {
  /** Id of the node found. */
  readonly id: string;
  /** The label or alias that matched, as written in the document. */
  readonly text: string;
  /** Language of `text`. */
  readonly lang: string;
  readonly field: 'label' | 'alias';
  /** One of {@link MATCH_SCORE}; higher is better. */
  readonly score: number;
}

export interface SearchOptions {
  /** At most this many hits (default 10). */
  readonly limit?: number;
  /** The reader's language: when a node matches equally well in several languages, this one is reported. */
  readonly lang?: string;
  /** Only nodes for which this returns true are found (e.g. the visible ones). */
  readonly include?: (nodeId: string) => boolean;
}

export const DEFAULT_SEARCH_LIMIT = 10;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const ARABIC_ARTICLE = 'ال';

function startsWord(text: string, at: number): boolean {
  if (at === 0) return true;
  if (!LETTER_OR_DIGIT.test(text.charAt(at - 1))) return true;
  // "هند" should find "الهند" as readily as "india" finds "the india": the article is a prefix.
  return at >= 2 && text.startsWith(ARABIC_ARTICLE, at - 2) && startsWord(text, at - 2);
}

/** The score of `query` against `text` (both normalised), or 0 for no match. */
export function matchScore(text: string, query: string, queryWords?: readonly string[]): number {
  let at = text.indexOf(query);
  if (at === 0) return text.length === query.length ? MATCH_SCORE.exact : MATCH_SCORE.prefix;
  if (at > 0) {
    for (; at >= 0; at = text.indexOf(query, at + 1)) if (startsWord(text, at)) return MATCH_SCORE.wordPrefix;
    return MATCH_SCORE.substring;
  }
  const words = queryWords ?? query.split(' ');
  if (words.length > 1 && words.every((word) => text.includes(word))) return MATCH_SCORE.allWords;
  return 0;
}

const FIELD_LABEL = 0;
const FIELD_ALIAS = 1;

/**
 * Node labels and aliases in every language, normalised once, searched by a linear scan.
 * Ranking: exact > prefix > word prefix > substring > all words; then the shorter text; then
 * document order. Each node appears once, with its best-matching label or alias.
 */
export class SearchIndex {
  readonly #kg: KnowledgeGraph;
  // One entry per label or alias text, as parallel arrays (compact and fast to scan).
  readonly #normalized: string[] = [];
  readonly #text: string[] = [];
  readonly #lang: string[] = [];
  readonly #field: number[] = [];
  readonly #node: number[] = [];

  private constructor(kg: KnowledgeGraph) {
    this.#kg = kg;
    kg.nodes.forEach((node, nodeIndex) => {
      this.#add(node.label, FIELD_LABEL, nodeIndex);
      if (Array.isArray(node.aliases)) for (const alias of node.aliases) this.#add(alias, FIELD_ALIAS, nodeIndex);
    });
  }

  /** Indexes node labels and aliases in every language. O(total text length). */
  static build(kg: KnowledgeGraph): SearchIndex {
    return new SearchIndex(kg);
  }

  /** Number of label and alias texts indexed. */
  get size(): number {
    return this.#normalized.length;
  }

  /** Indexes every language of a localized text (listed languages first); blank texts normalise to '' and are skipped. */
  #add(text: LocalizedText | undefined, field: number, nodeIndex: number): void {
    const languages = this.#kg.languages;
    if (typeof text === 'string') {
      this.#addText(text, languages[0] ?? '', field, nodeIndex);
      return;
    }
    if (text === null || typeof text !== 'object') return;
    // A plain loop rather than allTexts(): this runs for every label of a large graph.
    for (const lang of languages) if (Object.hasOwn(text, lang)) this.#addText(text[lang], lang, field, nodeIndex);
    for (const lang of Object.keys(text)) if (!languages.includes(lang)) this.#addText(text[lang], lang, field, nodeIndex);
  }

  #addText(value: unknown, lang: string, field: number, nodeIndex: number): void {
    if (typeof value !== 'string') return;
    const normalized = normalizeForSearch(value);
    if (normalized === '') return;
    this.#normalized.push(normalized);
    this.#text.push(value);
    this.#lang.push(lang);
    this.#field.push(field);
    this.#node.push(nodeIndex);
  }

  /** Nodes whose labels or aliases match `query`, best first, one hit per node; [] for a blank query. */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const limit = options.limit ?? DEFAULT_SEARCH_LIMIT;
    const q = normalizeForSearch(query);
    if (q === '' || !(limit > 0)) return [];
    const words = q.split(' ');
    const lang = options.lang;
    const include = options.include;
    const nodes = this.#kg.nodes;
    const normalized = this.#normalized;

    // Best entry per node (entries of one node are consecutive, so a node is settled before the
    // next). Only the best `limit` settled nodes are kept, in order — no sort of every hit, which
    // cost most of a one-letter query at 20,000 nodes. Ties keep document order.
    type Hit = { entry: number; score: number; length: number; node: number };
    const hits: Hit[] = [];
    const keep = (hit: Hit): void => {
      let at = hits.length;
      while (at > 0) {
        const other = hits[at - 1] as Hit;
        if (other.score > hit.score || (other.score === hit.score && other.length <= hit.length)) break;
        at--;
      }
      if (at >= limit) return;
      hits.splice(at, 0, hit);
      if (hits.length > limit) hits.pop();
    };
    let current: Hit | undefined;
    for (let entry = 0; entry < normalized.length; entry++) {
      const text = normalized[entry] as string;
      if (text.length < q.length && words.length === 1) continue;
      const score = matchScore(text, q, words);
      if (score === 0) continue;
      const node = this.#node[entry] as number;
      if (current !== undefined && current.node === node) {
        if (this.#better(entry, score, current, lang)) {
          current.entry = entry;
          current.score = score;
          current.length = text.length;
        }
        continue;
      }
      if (current !== undefined) keep(current);
      current = undefined;
      if (include && !include((nodes[node] as { id: string }).id)) continue;
      current = { entry, score, length: text.length, node };
    }
    if (current !== undefined) keep(current);

    return hits.map(({ entry, score, node }) => ({
      id: (nodes[node] as { id: string }).id,
      text: this.#text[entry] as string,
      lang: this.#lang[entry] as string,
      field: this.#field[entry] === FIELD_LABEL ? 'label' : 'alias',
      score,
    }));
  }

  /** Whether `entry` beats the node's best so far: score, then shorter, then in `lang`, then label over alias. */
  #better(entry: number, score: number, best: { entry: number; score: number; length: number }, lang?: string): boolean {
    if (score !== best.score) return score > best.score;
    const length = (this.#normalized[entry] as string).length;
    if (length !== best.length) return length < best.length;
    if (lang !== undefined) {
      const inLang = this.#lang[entry] === lang;
      if (inLang !== (this.#lang[best.entry] === lang)) return inLang;
    }
    return (this.#field[entry] as number) < (this.#field[best.entry] as number);
  }
}

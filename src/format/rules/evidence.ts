/** Evidence quotes must be exact substrings of their source's text. */
import { quote as quoted } from '../message-text';
import { own, type RuleContext } from './context';
import { forEachEvidence, objectsIn } from './references';

export const EVIDENCE_CODES = {
  quoteNotFound: 'quote-not-found',
  quoteUnverifiable: 'quote-unverifiable',
} as const;

/**
 * A quote must occur exactly in its source's `text` (an error otherwise); a quote into a
 * source without text cannot be checked (a warning).
 */
export function checkQuotes(ctx: RuleContext, doc: Record<string, unknown>): void {
  const texts = new Map<string, string | undefined>();
  for (const [source] of objectsIn(doc, 'sources')) {
    const id = own(source, 'id');
    const text = own(source, 'text');
    if (typeof id === 'string' && !texts.has(id)) texts.set(id, typeof text === 'string' ? text : undefined);
  }
  forEachEvidence(doc, (evidence, at) => {
    const sourceId = own(evidence, 'source');
    const quote = own(evidence, 'quote');
    if (typeof sourceId !== 'string' || typeof quote !== 'string' || quote === '' || !texts.has(sourceId)) return;
    const text = texts.get(sourceId);
    if (text !== undefined && text.includes(quote)) return;
    const pointer = `${at()}/quote`;
    if (text === undefined) {
      ctx.warning(EVIDENCE_CODES.quoteUnverifiable, pointer, `the source ${quoted(sourceId)} has no text, so this quote cannot be checked`, 'add the source\'s full text to its "text" field');
    } else if (!text.includes(quote)) {
      ctx.error(EVIDENCE_CODES.quoteNotFound, pointer, `this quote is not an exact part of the text of source ${quoted(sourceId)}`, nearMissHint(quote, text));
    }
  });
}

/** Explains the usual near misses: different spaces, Unicode normalization, or case. */
function nearMissHint(quote: string, text: string): string {
  const squash = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (squash(text).includes(squash(quote))) return 'it matches when spaces and line breaks are ignored or Unicode is normalized: copy the words exactly from the source text';
  if (text.toLowerCase().includes(quote.toLowerCase())) return 'it matches only when case is ignored: copy the words exactly from the source text';
  return 'copy the words exactly from the source text (a quote may not be paraphrased, translated or shortened inside)';
}

